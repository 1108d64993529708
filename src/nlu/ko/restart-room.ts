/**
 * "거실 어 주방 불 켜", "안방 음 아이방 불 꺼": a room said, a hesitation (어, 음, 그, 저기) and then
 * another room or a device named outright, with no word joining them, is the speaker starting over; the
 * room said first narrows nothing (issue #13, fixer fx20). restart.ts does the same for a device said twice.
 */
import type { Frame } from './clause-frame.js';
import type { Token } from './tokenize.js';

const pureFiller = (t: Token): boolean => t.lex.length > 0 && t.lex.every((x) => x.t === 'filler');
const areaOf = (t: Token): string | null => {
  const x = t.lex.find((l) => l.t === 'area');
  return x && x.t === 'area' ? x.v : null;
};
const named = (t: Token): boolean => t.lex.some((x) => x.t === 'dev');

export function restartRoomAfterFiller(frames: Frame[]): void {
  for (const f of frames)
    f.tokens.forEach((tok, i) => {
      const first = areaOf(tok);
      if (!first) return;
      let j = i + 1;
      while (j < f.tokens.length && pureFiller(f.tokens[j] as Token)) j++;
      const after = f.tokens[j];
      if (j === i + 1 || !after || areaOf(after) === first || !(areaOf(after) || named(after))) return;
      if (f.areas.length > 1) f.areas = f.areas.filter((a) => a !== first);
      for (const t of f.targets) if (t.areas.includes(first)) t.areas = t.areas.filter((a) => a !== first);
    });
}
