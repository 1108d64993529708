/**
 * "스피커 두 칸 더 빵빵하게", "에어컨 바람 한 단계만 빵빵하게": a count of steps said with a word for "full
 * blast" moves by that count; the word only says which way (up), not to the top. Fixer fx19.
 */
import type { Frame } from './clause-frame.js';
import { ONE_STEP as ONE } from './lexicon/clause-shapes.js';
import { FULL_BLAST } from './lexicon/usage.js';

const BLAST = new Set(FULL_BLAST);
/** "한 칸", "한 단계": one step, read as a modifier. */
const ONE_STEP = new RegExp(`^${ONE.one}(${ONE.units.join('|')})$`);

export function countOverBlast(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.mods.has('max')) continue;
    const counted = f.numbers.some((n) => n.unit === 'step') || f.tokens.some((t) => ONE_STEP.test(t.text));
    if (!counted) continue;
    if (!f.tokens.some((t) => BLAST.has(t.text))) continue;
    f.mods.delete('max');
    f.fan = null;
    if (!f.verb) {
      f.verb = 'up';
      f.verbs = [...f.verbs, 'up'];
    }
  }
}
