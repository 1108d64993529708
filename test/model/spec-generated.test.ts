/** The generated model is what @matter/model says (the generator's --check), never hand-edited. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('src/model/spec/*.gen.ts is current with @matter/model', () => {
  const root = resolve(import.meta.dirname, '../..');
  const run = () =>
    execFileSync(process.execPath, ['scripts/gen-spec.mjs', '--check'], { cwd: root, stdio: 'pipe' });
  expect(run).not.toThrow();
}, 180_000);
