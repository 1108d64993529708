/**
 * What the benchmark prints: the progress lines, the readable table with the goals, the comparison
 * with a saved run, and `--show` of a saved run.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { LoadResult } from './load.js';

export const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// Formatting

const f = (v: unknown, d = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(d) : '–');
export const fmtLoad = (l: LoadResult) =>
  `${l.perSecond}/s  p50 ${f(l.latencyMs.p50)} ms  p95 ${f(l.latencyMs.p95)} ms  p99 ${f(l.latencyMs.p99)} ms  (${l.ok} ok, ${l.failed} failed${l.firstError ? `: ${l.firstError.slice(0, 120)}` : ''})${l.cpuMsPerOp ? `  CPU/op: hub ${f(l.cpuMsPerOp.hub, 3)} ms, vendors ${f(l.cpuMsPerOp.vendors, 3)} ms, load generator ${f(l.cpuMsPerOp.client, 3)} ms` : ''}`;
export const fmtScale = (s: { devices: number; coldStartMs: number; warmStartMs: number; rssMB: number }) =>
  `${s.devices} devices: cold start ${s.coldStartMs} ms, warm start ${s.warmStartMs} ms, RSS ${s.rssMB} MB`;

export function machine(dataFolder: string) {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    dataFolder,
  };
}

/** Every numeric leaf as a dotted path. */
function flatten(o: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof o === 'number' && Number.isFinite(o)) out[prefix] = o;
  else if (o && typeof o === 'object' && !Array.isArray(o)) {
    for (const [k, v] of Object.entries(o)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

export function table(doc: Record<string, any>): string {
  const rows: string[][] = [['figure', 'p50', 'p95', 'p99', 'rate', 'hub CPU/op', 'goal']];
  const cpu = (l: LoadResult) => (l.cpuMsPerOp ? `${l.cpuMsPerOp.hub.toFixed(3)} ms` : '');
  const goal = (name: string) => {
    const g = (doc.goals as Goal[]).find((x) => x.name === name);
    // A --quick run's 2-s levels after a 0.5-s warm-up measure a hub the JIT has not finished with.
    const verdict = g?.met ? 'met' : doc.quick ? 'not met in a quick run' : 'MISSED';
    return g ? `${verdict} (${g.target})` : '';
  };
  const ms = (v: unknown) => (typeof v === 'number' ? `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms` : '–');
  const nlu = doc.nlu?.inDomain;
  if (nlu)
    rows.push([
      'NLU per utterance (in-domain)',
      ms(nlu.p50),
      ms(nlu.p95),
      ms(nlu.p99),
      '',
      '',
      goal('nlu-p95'),
    ]);
  const ood = doc.nlu?.outOfDomain;
  if (ood)
    rows.push(['NLU per utterance (out-of-domain)', ms(ood.p50), ms(ood.p95), ms(ood.p99), '', '', '']);
  for (const [k, l] of Object.entries((doc.turns ?? {}) as Record<string, LoadResult>)) {
    rows.push([
      `turn, ${l.clients} client${l.clients > 1 ? 's' : ''}`,
      ms(l.latencyMs.p50),
      ms(l.latencyMs.p95),
      ms(l.latencyMs.p99),
      `${l.perSecond} turns/s`,
      cpu(l),
      k === 'c10' ? `${goal('turn-p95-c10')}; ${goal('turn-p99-c10')}` : '',
    ]);
  }
  for (const [k, l] of Object.entries((doc.commands ?? {}) as Record<string, LoadResult>)) {
    rows.push([
      `direct command, ${l.clients} client${l.clients > 1 ? 's' : ''}`,
      ms(l.latencyMs.p50),
      ms(l.latencyMs.p95),
      ms(l.latencyMs.p99),
      `${l.perSecond} cmd/s`,
      cpu(l),
      k === 'c32' ? goal('commands-per-second') : '',
    ]);
  }
  for (const [fo, what, name] of [
    [doc.fanout, 'wall-pad fan', 'fanout-p95'],
    [doc.fanoutMqtt, 'MQTT light', 'fanout-mqtt-p95'],
  ] as const) {
    if (!fo?.fromEmitMs) continue;
    rows.push([
      `event fan-out to ${fo.subscribers} WebSockets, ${what}`,
      ms(fo.fromEmitMs.p50),
      ms(fo.fromEmitMs.p95),
      ms(fo.fromEmitMs.p99),
      '',
      '',
      goal(name),
    ]);
    rows.push([
      '  (from command sent)',
      ms(fo.fromCommandSentMs.p50),
      ms(fo.fromCommandSentMs.p95),
      ms(fo.fromCommandSentMs.p99),
      '',
      '',
      '',
    ]);
  }
  const sc = doc.scale;
  if (sc?.large) {
    rows.push([
      `start-up, ${sc.large.devices} devices (cold / warm)`,
      `${sc.large.coldStartMs} ms`,
      `${sc.large.warmStartMs} ms`,
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      'memory per 1,000 devices (RSS)',
      `${sc.rssPer1000DevicesMB} MB`,
      '',
      '',
      `${sc.large.rssMB} MB total`,
      '',
      '',
    ]);
  }
  const month = doc.care?.history?.monthAt1MinuteSqlite;
  if (month)
    rows.push([
      'history: a month of one fridge at 1-min steps',
      ms(month.p50),
      ms(month.p95),
      '',
      '',
      '',
      '',
    ]);
  const mt = doc.matter;
  if (mt && !mt.skipped) {
    rows.push(['Matter: commissioning the bridge', ms(mt.commissioning?.commissionMs), '', '', '', '', '']);
    for (const k of ['c1', 'c10']) {
      const l = mt.commands?.[k] as LoadResult | undefined;
      if (l)
        rows.push([
          `Matter: command via the bridge, ${l.clients} client(s)`,
          ms(l.latencyMs.p50),
          ms(l.latencyMs.p95),
          ms(l.latencyMs.p99),
          `${l.perSecond}/s`,
          cpu(l),
          '',
        ]);
    }
    rows.push([
      'Matter: vendor change → controller report',
      ms(mt.reportMs?.p50),
      ms(mt.reportMs?.p95),
      ms(mt.reportMs?.p99),
      '',
      '',
      goal('matter-report-p95'),
    ]);
    if (mt.large)
      rows.push([
        `Matter: bridge of ${mt.large.devices} devices, start-up / RSS`,
        ms(mt.large.firstStart?.startMs),
        '',
        '',
        `${mt.large.firstStart?.rssMB} MB`,
        '',
        '',
      ]);
  } else if (mt?.skipped) rows.push([`Matter: skipped (${mt.reason})`, '', '', '', '', '', '']);
  const kinds = kindsTable(doc, ms, goal);
  return `${align(rows)}${kinds ? `\n\n${kinds}` : ''}`;
}

function align(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

type KindResult = { device: string; commands: Record<string, LoadResult>; turns: Record<string, LoadResult> };

/** The per-kind table: p50 / p95 of direct commands and turns at 1 and 10 clients, and the goals. */
function kindsTable(
  doc: Record<string, any>,
  ms: (v: unknown) => string,
  goal: (name: string) => string,
): string {
  const kinds = Object.entries((doc.kinds ?? {}) as Record<string, KindResult>);
  if (kinds.length === 0) return '';
  const pair = (l: LoadResult | undefined) =>
    l ? `${ms(l.latencyMs.p50)} / ${ms(l.latencyMs.p95)}${l.failed ? ` (${l.failed} failed)` : ''}` : '–';
  const rows: string[][] = [
    [
      'connection kind (p50 / p95)',
      'command, 1 client',
      'command, 10 clients',
      'cmd/s',
      'turn, 1 client',
      'turn, 10 clients',
      'turns/s',
    ],
  ];
  for (const [name, k] of kinds) {
    rows.push([
      `${name} (${k.device})`,
      pair(k.commands.c1),
      pair(k.commands.c10),
      String(k.commands.c10?.perSecond ?? '–'),
      pair(k.turns.c1),
      pair(k.turns.c10),
      String(k.turns.c10?.perSecond ?? '–'),
    ]);
  }
  const value = (name: string, unit: string) => {
    const v = (doc.goals as Goal[] | undefined)?.find((x) => x.name === name)?.value;
    return typeof v === 'number' ? `${v}${unit}` : '–';
  };
  return [
    align(rows),
    `slowest command p95 at 10 clients: ${value('kinds-command-p95-c10', ' ms')}, ${goal('kinds-command-p95-c10')}`,
    `slowest kind's command p50 ÷ fastest's, 1 client: ${value('kinds-command-p50-spread-c1', '×')}, ${goal('kinds-command-p50-spread-c1')}`,
    `slowest kind's command p50 ÷ fastest's, 10 clients: ${value('kinds-command-p50-spread-c10', '×')}, ${goal('kinds-command-p50-spread-c10')}`,
  ].join('\n');
}

/** Over every kind: the largest value of `pick`, or the largest ratio of the largest to the smallest. */
function overKinds(doc: Record<string, any>, pick: (k: KindResult) => number | undefined, ratio: boolean) {
  const values = Object.values((doc.kinds ?? {}) as Record<string, KindResult>)
    .map(pick)
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return undefined;
  const max = Math.max(...values);
  return ratio ? Math.round((max / Math.max(Math.min(...values), 1e-9)) * 100) / 100 : max;
}

export interface Goal {
  name: string;
  target: string;
  value: number | null;
  met: boolean;
}

export function goals(doc: Record<string, any>): Goal[] {
  const g = (name: string, target: string, value: unknown, ok: (v: number) => boolean): Goal => {
    const v = typeof value === 'number' && Number.isFinite(value) ? value : null;
    return { name, target, value: v, met: v !== null && ok(v) };
  };
  return [
    g('nlu-p95', 'p95 ≤ 0.2 ms', doc.nlu?.inDomain?.p95, (v) => v <= 0.2),
    g('turn-p95-c10', 'p95 ≤ 10 ms', doc.turns?.c10?.latencyMs?.p95, (v) => v <= 10),
    g('turn-p99-c10', 'p99 ≤ 25 ms', doc.turns?.c10?.latencyMs?.p99, (v) => v <= 25),
    g('commands-per-second', '≥ 2,000/s', doc.commands?.c32?.perSecond, (v) => v >= 2000),
    g('fanout-p95', 'p95 ≤ 20 ms', doc.fanout?.fromEmitMs?.p95, (v) => v <= 20),
    g('fanout-mqtt-p95', 'p95 ≤ 20 ms', doc.fanoutMqtt?.fromEmitMs?.p95, (v) => v <= 20),
    g('matter-report-p95', 'p95 ≤ 200 ms', doc.matter?.reportMs?.p95, (v) => v <= 200),
    g(
      'kinds-command-p95-c10',
      'every kind p95 ≤ 10 ms',
      overKinds(doc, (k) => k.commands.c10?.latencyMs.p95, false),
      (v) => v <= 10,
    ),
    g(
      'kinds-command-p50-spread-c1',
      '≤ 2×',
      overKinds(doc, (k) => k.commands.c1?.latencyMs.p50, true),
      (v) => v <= 2,
    ),
    g(
      'kinds-command-p50-spread-c10',
      '≤ 2×',
      overKinds(doc, (k) => k.commands.c10?.latencyMs.p50, true),
      (v) => v <= 2,
    ),
  ];
}

export function compare(doc: Record<string, unknown>, file: string): string {
  const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const a = flatten(doc);
  const b = flatten(old);
  const keep =
    /(p50|p95|p99|perSecond|coldStartMs|warmStartMs|rssPer1000DevicesMB|rssMB|cpuMsPerOp\.hub|cpuMsPerOp\.vendors)$/;
  const lines = [
    `compared with ${file} (${String(old.at ?? '?')}, ${String((old.machine as any)?.cpu ?? '?')}): new / old`,
  ];
  for (const [k, v] of Object.entries(a)) {
    if (!keep.test(k) || k.startsWith('machine')) continue;
    const o = b[k];
    if (o === undefined || o === 0) continue;
    const ratio = v / o;
    const better = /perSecond$/.test(k) ? ratio > 1.1 : ratio < 0.9;
    const worse = /perSecond$/.test(k) ? ratio < 0.9 : ratio > 1.1;
    lines.push(
      `  ${k.padEnd(44)} ${f(o, 3).padStart(10)} → ${f(v, 3).padStart(10)}  ×${ratio.toFixed(2)}${better ? '  better' : worse ? '  worse' : ''}`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** `--show FILE`: the table of a saved run (and `--compare`), measuring nothing. */
export function show(file: string, compareWith: string | undefined): void {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  doc.goals ??= goals(doc);
  log(
    `machine: ${doc.machine?.cpu}, ${doc.machine?.cores} cores, ${doc.machine?.memoryGB} GB, Node ${doc.machine?.node}; ${doc.at}`,
  );
  log(table(doc));
  if (compareWith) log(`\n${compare(doc, compareWith)}`);
}
