/**
 * "티비 소리 싹 죽여", "애 깼어, TV 볼륨 싹 없애 줘", "스피커 소리 완전히 꺼": a word for "all" said after
 * the sound and before silencing it says how fully it goes (muted outright), not that every device goes;
 * the device is found as it would be without it. "모든 티비 소리 꺼", "싹 다 소리 꺼" keep every device.
 * Fixer fx19.
 */
import type { Frame } from './clause-frame.js';
import { WIPE_WORDS } from './lexicon/plain-speech.js';
import { hasLex } from './tokenize.js';

const WIPE = new Set(WIPE_WORDS.map((w) => w.replace(/ /g, '')));

const isAll = (f: Frame, k: number): boolean =>
  f.tokens[k]?.lex.some((x) => x.t === 'mod' && x.v === 'all') ?? false;

export function soundWiped(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.mods.has('all') || !f.attrs.includes('volume')) continue;
    if (!f.verbs.some((v) => v === 'mute' || v === 'off' || v === 'cancel')) continue;
    const sound = f.tokens.findIndex(
      (t) => hasLex(t, 'attr') && t.lex.some((x) => x.t === 'attr' && x.v === 'volume'),
    );
    if (sound < 0) continue;
    const alls = f.tokens.map((_, k) => k).filter((k) => isAll(f, k));
    if (!alls.length || alls.some((k) => k < sound || !WIPE.has(f.tokens[k]?.text ?? ''))) continue;
    if (f.targets.some((t) => t.all)) continue;
    f.mods.delete('all');
  }
}
