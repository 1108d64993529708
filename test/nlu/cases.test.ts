/** The table of natural utterances against the demo home (test/nlu/cases/*.yaml). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { koreanUnderstander } from '../../src/nlu/ko/index.js';
import type { PlannedAction, Understanding } from '../../src/nlu/types.js';
import { ctxFor, demoHome } from './support/demo-home.js';

interface Group {
  expect: string;
  reply?: string;
  sat?: string;
  say: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const groups = parseYaml(readFileSync(join(here, 'cases', 'demo-home.yaml'), 'utf8')) as Group[];
const home = demoHome();

const fmtArgs = (args: Record<string, unknown>) =>
  Object.entries(args)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
const fmt = (a: PlannedAction) =>
  `${a.deviceId}/${a.endpoint} ${a.cluster}.${a.command}${Object.keys(a.args).length ? ` ${fmtArgs(a.args)}` : ''}`;

function check(g: Group, u: Understanding): string | null {
  if (g.expect === 'none')
    return u.understood || u.actions.length ? `understood: ${u.actions.map(fmt).join(' ; ')}` : null;
  if (g.expect === 'ask')
    return u.ask?.kind === 'choice' && u.actions.length === 0
      ? null
      : `no ask: ${u.actions.map(fmt).join(' ; ')} ${u.answer ?? ''}`;
  if (g.expect.startsWith('answer:')) {
    const want = g.expect.slice(7).trim();
    if (u.actions.length) return `actions ${u.actions.map(fmt).join(' ; ')}`;
    return u.understood && (u.answer ?? '').includes(want)
      ? null
      : `answer ${JSON.stringify(u.answer ?? u.ask?.text)}`;
  }
  const got = u.actions.map(fmt).join(' ; ');
  if (got !== g.expect) return `got ${got || JSON.stringify(u.answer ?? u.ask?.text)}`;
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

const all = groups.flatMap((g) => g.say.map((text) => ({ g, text })));

describe('demo-home utterances', () => {
  it('has at least 400 utterances', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
  });

  it('passes at least 95% of them', () => {
    const failures: string[] = [];
    for (const { g, text } of all) {
      const u = koreanUnderstander.understand(text, home, ctxFor(g.sat ?? 'genie-speaker'));
      const problem = check(g, u);
      if (problem) failures.push(`${g.sat ?? ''} ${JSON.stringify(text)} → want ${g.expect}: ${problem}`);
    }
    const rate = 1 - failures.length / all.length;
    if (failures.length) console.log(`${failures.length} of ${all.length} failed:\n${failures.join('\n')}`);
    console.log(
      `demo-home pass rate ${(rate * 100).toFixed(1)}% (${all.length - failures.length}/${all.length})`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
