#!/usr/bin/env node
// Summarize a V8 .cpuprofile (from `node --cpu-prof`, e.g. `npm run bench -- --profile`):
// self time per function and per file, the top N of each.
//   node scripts/cpuprofile-top.mjs FILE.cpuprofile [N]
import { readFileSync } from 'node:fs';

const [file, nArg] = process.argv.slice(2);
if (!file || file === '--help' || file === '-h') {
  console.log('Usage: node scripts/cpuprofile-top.mjs FILE.cpuprofile [N=40]');
  process.exit(file ? 0 : 2);
}
const n = Number(nArg ?? 40);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const self = new Map();
const { samples, timeDeltas } = prof;
for (let i = 0; i < samples.length; i++) {
  self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const files = new Map();
for (const [id, us] of self) {
  const cf = byId.get(id).callFrame;
  const short = (cf.url || '(native)').replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/');
  const key = `${cf.functionName || '(anonymous)'}  ${short}:${cf.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const pkg = short.startsWith('node_modules/')
    ? short
        .split('/')
        .slice(0, short.split('/')[1].startsWith('@') ? 3 : 2)
        .join('/')
    : short;
  files.set(pkg, (files.get(pkg) ?? 0) + us);
}
const show = (title, m) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    );
  }
};
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const keyOf = (id) => {
  const cf = byId.get(id).callFrame;
  const short = (cf.url || '(native)').replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/');
  return `${cf.functionName || '(anonymous)'}  ${short}:${cf.lineNumber + 1}`;
};
const incl = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
  for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + us);
}
show('self time by function', fn);
show('inclusive time by function', incl);
show('self time by file or package', files);

// --callers NAME: self time of NAME split by the function that called it.
const ci = process.argv.indexOf('--callers');
if (ci > 0) {
  const target = process.argv[ci + 1];
  const by = new Map();
  for (const [id, us] of self) {
    if (byId.get(id).callFrame.functionName !== target) continue;
    const p = parent.get(id);
    const k = p === undefined ? '(none)' : keyOf(p);
    by.set(k, (by.get(k) ?? 0) + us);
  }
  show(`callers of ${target}`, by);
}
