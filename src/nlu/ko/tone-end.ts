/**
 * "거실 등 완전 새하얗게 켜", "불 완전히 따뜻한 색으로": "completely" said right before a tone word takes the
 * tone to the end of the light's range, as "제일 하얗게" does. Fixer fx19.
 */
import type { Frame } from './clause-frame.js';
import { TONE_END_WORDS } from './lexicon/plain-speech.js';

export function toneEnd(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if ((f.ctemp === null && f.color === null) || f.mods.has('more') || f.mods.has('less')) continue;
    const tones = f.tokens.filter((t) => t.lex.some((x) => x.t === 'ctemp' || x.t === 'color'));
    const said = (start: number): boolean => TONE_END_WORDS.some((w) => compact.slice(0, start).endsWith(w));
    if (tones.some((t) => said(t.start))) f.mods.add('max');
  }
}
