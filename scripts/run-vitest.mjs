// Runs vitest with a JSON report beside the usual output, then prints the plain closing line
// 'N passed, N failed, N skipped' and exits with vitest's status.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const [name = 'vitest', ...extra] = process.argv.slice(2);
const out = `test-results/${name}.json`;
rmSync(out, { force: true });
const r = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra],
  { stdio: 'inherit' },
);
if (!existsSync(out)) {
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(r.status || 1);
}
const j = JSON.parse(readFileSync(out, 'utf8'));
const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
// A file that failed without a failed test (it did not load, or a hook threw) counts as one failure;
// a file whose tests failed is counted by those tests alone.
const broken = (j.testResults ?? []).filter(
  (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'),
).length;
const failed = j.numFailedTests + broken;
console.log(`${j.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(r.status ?? 1);
