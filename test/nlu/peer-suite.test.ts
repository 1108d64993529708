/**
 * The Korean engine on Home Assistant's Korean intent tests, from the repository's own copy
 * (test/peer-suites/ha-intents-ko, CC BY 4.0), scored by scripts/score-ha-ko.mjs through the
 * built `yeondong nlu --ha` (run `npm run build` first), as a user would run it.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function score(...opts: string[]): string {
  const r = spawnSync(
    process.execPath,
    ['scripts/score-ha-ko.mjs', ...opts, '--', process.execPath, 'bin/yeondong.js', 'nlu', '--ha'],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.stdout.trim().split('\n').at(-1) ?? '';
}

describe('the Home Assistant Korean peer suite (in-repo copy)', () => {
  it('scores every sentence, intent and slots, each with its own home and in one whole house', () => {
    expect(score()).toMatch(/^ha-ko: intent 100\.0%, intent\+slots 100\.0% \((\d+)\/\1\)/);
    expect(score('--whole-house')).toMatch(/^ha-ko whole-house: intent 100\.0%, intent\+slots 100\.0%/);
  }, 120_000);
});
