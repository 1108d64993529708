/** Case tables against the demo home (test/nlu/cases/**.yaml): loading, running and checking one turn. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { koreanUnderstander } from '../../../src/nlu/ko/index.js';
import type { HomeView, PlannedAction, Understanding } from '../../../src/nlu/types.js';
import { ctxFor } from './demo-home.js';

export interface CaseGroup {
  kind?: string;
  expect: string;
  reply?: string;
  sat?: string;
  say: string[];
}

export interface CaseTurn {
  g: CaseGroup;
  text: string;
}

export function loadCases(path: string): CaseTurn[] {
  const groups = parseYaml(readFileSync(path, 'utf8')) as CaseGroup[];
  return groups.flatMap((g) => (g.say ?? []).map((text) => ({ g, text: String(text) })));
}

const fmtArgs = (args: Record<string, unknown>) =>
  Object.entries(args)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
export const fmtAction = (a: PlannedAction): string =>
  `${a.deviceId}/${a.endpoint} ${a.cluster}.${a.command}${Object.keys(a.args).length ? ` ${fmtArgs(a.args)}` : ''}`;

/** A question back: a choice, or an understood turn whose answer asks something. */
const asks = (u: Understanding): boolean =>
  u.actions.length === 0 && (u.ask !== undefined || (u.understood && /\?$/.test((u.answer ?? '').trim())));

/** null when the understanding meets the group's expectation, else what went wrong. */
export function checkTurn(g: CaseGroup, u: Understanding, home: HomeView): string | null {
  const expect = String(g.expect).trim();
  if (expect === 'none')
    return u.understood || u.actions.length || u.ask
      ? `understood: ${u.actions.map(fmtAction).join(' ; ')} ${u.answer ?? u.ask?.text ?? ''}`
      : null;
  if (expect === 'ask')
    return asks(u) ? null : `no ask: ${u.actions.map(fmtAction).join(' ; ')} ${u.answer ?? ''}`;
  if (expect.startsWith('answer:')) {
    const want = expect.slice(7).trim();
    if (u.actions.length) return `actions ${u.actions.map(fmtAction).join(' ; ')}`;
    return u.understood && (u.answer ?? '').includes(want)
      ? null
      : `answer ${JSON.stringify(u.answer ?? u.ask?.text)}`;
  }
  const got = u.actions.map(fmtAction).join(' ; ');
  if (got !== expect) return `got ${got || JSON.stringify(u.answer ?? u.ask?.text)}`;
  if (g.reply) {
    const r = koreanUnderstander.reply(
      u,
      u.actions.map((action) => ({ action, status: 'success' as const })),
      home,
    );
    if (r !== g.reply) return `reply ${r}`;
  }
  return null;
}

export interface Score {
  total: number;
  passed: number;
  byKind: Map<string, { total: number; passed: number }>;
  failures: string[];
}

/** Runs every turn of a table against the home. */
export function scoreCases(turns: CaseTurn[], home: HomeView): Score {
  const s: Score = { total: 0, passed: 0, byKind: new Map(), failures: [] };
  for (const { g, text } of turns) {
    const u = koreanUnderstander.understand(text, home, ctxFor(g.sat ?? 'genie-speaker'));
    const problem = checkTurn(g, u, home);
    const kind = g.kind ?? '-';
    const k = s.byKind.get(kind) ?? { total: 0, passed: 0 };
    k.total++;
    s.total++;
    if (!problem) {
      k.passed++;
      s.passed++;
    } else s.failures.push(`[${kind}] ${g.sat ?? ''} ${JSON.stringify(text)} → want ${g.expect}: ${problem}`);
    s.byKind.set(kind, k);
  }
  return s;
}

const pct = (p: number, t: number) => (t ? ((p * 100) / t).toFixed(1) : '-');

/** The per-kind table of a score. */
export function scoreTable(name: string, s: Score): string {
  const rows = [...s.byKind.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const lines = rows.map(
    ([k, v]) =>
      `  ${k.padEnd(22)} ${String(v.passed).padStart(4)}/${String(v.total).padEnd(4)} ${pct(v.passed, v.total)}%`,
  );
  return `${name}: ${s.passed}/${s.total} = ${pct(s.passed, s.total)}%\n${lines.join('\n')}`;
}
