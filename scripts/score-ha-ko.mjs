#!/usr/bin/env node
// Scores a Korean intent recognizer against the Home Assistant Korean test sentences
// in test/peer-suites/ha-intents-ko/cases.jsonl (from OHF-Voice/intents, CC BY 4.0, see LICENSE.md
// and PROVENANCE.txt there).
//
// Usage: node scripts/score-ha-ko.mjs [--whole-house] [--show-failures N] -- COMMAND [ARGS...]
//   e.g. node scripts/score-ha-ko.mjs -- node bin/yeondong.js nlu --ha
//
// COMMAND is started once. It reads one JSON object per line on stdin:
//   {"sentence": "...", "entities": [{name, domain, area?, attributes?, state?}],
//    "areas": ["거실", ...], "floors": [...], "contextArea": "거실" | null}
// and must print exactly one JSON object per input line, in order, on stdout:
//   {"intent": "HassTurnOn" | null, "slots": {"name": "...", "area": "...", "domain": "light", ...}}
// contextArea is the area of the voice satellite that heard the sentence.
// --whole-house gives every sentence the union of all cases' entities and areas (one big home).
//
// Scoring follows the upstream harness in simplified form: the intent name must match; when
// contextArea is set, an "area" slot equal to it is dropped before comparing; an expected
// value given as a list means "any of these"; slot names must match exactly; numbers compare
// numerically. COMMAND must exit when its stdin ends (it is killed after 120 s). The last line
// printed is the figure.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
if (sep < 0 || sep === argv.length - 1) {
  console.error('usage: score-ha-ko.mjs [--whole-house] [--show-failures N] -- COMMAND [ARGS...]');
  process.exit(2);
}
const opts = argv.slice(0, sep);
const [cmd, ...cmdArgs] = argv.slice(sep + 1);
const wholeHouse = opts.includes('--whole-house');
const showIdx = opts.indexOf('--show-failures');
const show = showIdx >= 0 ? Number(opts[showIdx + 1]) : 15;

const casesPath = join(here, '..', 'test', 'peer-suites', 'ha-intents-ko', 'cases.jsonl');
const cases = readFileSync(casesPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

let union = null;
if (wholeHouse) {
  const seen = new Map();
  const areas = new Set();
  const floors = new Set();
  for (const c of cases) {
    for (const e of c.entities) seen.set(`${e.name}\u0000${e.domain}`, e);
    for (const a of c.areas) areas.add(a);
    for (const f of c.floors) floors.add(f);
  }
  union = { entities: [...seen.values()], areas: [...areas], floors: [...floors] };
}

const child = spawn(cmd, cmdArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
child.stdin.on('error', () => {});
const answers = [];
const rl = createInterface({ input: child.stdout });
rl.on('line', (line) => {
  if (line.trim()) answers.push(line);
});

const started = process.hrtime.bigint();
for (const c of cases) {
  const input = {
    sentence: c.sentence,
    entities: union ? union.entities : c.entities,
    areas: union ? union.areas : c.areas,
    floors: union ? union.floors : c.floors,
    contextArea: c.contextArea,
  };
  child.stdin.write(`${JSON.stringify(input)}\n`);
}
child.stdin.end();
const guard = setTimeout(() => child.kill('SIGKILL'), 120000);
const code = await new Promise((resolve) => child.on('close', resolve));
clearTimeout(guard);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const same = (got, want) => {
  if (Array.isArray(want)) return want.some((w) => same(got, w));
  if (typeof want === 'number' || typeof got === 'number') return Number(got) === Number(want);
  return got === want;
};

let intentOk = 0;
let allOk = 0;
const failures = [];
const perIntent = new Map();
cases.forEach((c, i) => {
  let got = null;
  try {
    got = answers[i] ? JSON.parse(answers[i]) : null;
  } catch {
    got = null;
  }
  const row = perIntent.get(c.intent) ?? { n: 0, ok: 0 };
  row.n += 1;
  perIntent.set(c.intent, row);
  const problems = [];
  if (!got || got.intent !== c.intent) {
    problems.push(`intent ${got?.intent ?? 'none'}`);
  } else {
    intentOk += 1;
    const slots = { ...(got.slots ?? {}) };
    if (c.contextArea) {
      if (slots.area !== undefined && slots.area !== c.contextArea) problems.push(`area ${slots.area}`);
      delete slots.area;
    }
    const wantKeys = Object.keys(c.slots).sort();
    const gotKeys = Object.keys(slots).sort();
    if (wantKeys.join() !== gotKeys.join()) problems.push(`slots [${gotKeys}] want [${wantKeys}]`);
    for (const k of wantKeys) {
      if (k in slots && !same(slots[k], c.slots[k])) problems.push(`${k}=${JSON.stringify(slots[k])}`);
    }
  }
  if (problems.length === 0) {
    allOk += 1;
    row.ok += 1;
  } else {
    failures.push(
      `${c.sentence}  →  want ${c.intent} ${JSON.stringify(c.slots)}; got ${problems.join(', ')}`,
    );
  }
});

for (const [intent, row] of [...perIntent].sort()) console.log(`${intent.padEnd(28)} ${row.ok}/${row.n}`);
for (const f of failures.slice(0, show)) console.log(`FAIL ${f}`);
if (answers.length !== cases.length) console.log(`answers: ${answers.length} for ${cases.length} cases`);
if (code !== 0) console.log(`command exited ${code}`);
const pct = (n) => ((100 * n) / cases.length).toFixed(1);
console.log(
  `ha-ko${wholeHouse ? ' whole-house' : ''}: intent ${pct(intentOk)}%, intent+slots ${pct(allOk)}% ` +
    `(${allOk}/${cases.length}) in ${seconds.toFixed(2)} s`,
);
process.exit(code === 0 && answers.length === cases.length ? 0 : 1);
