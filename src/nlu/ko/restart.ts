/**
 * "거실 불 좀 어… 안방 불 좀 켜 줘", "티비 음 아니 에어컨 꺼": a device or room said, then a hesitation
 * (어, 음, 그, 저기) and another one with no word joining them (이랑, 하고, 와) is the speaker starting
 * over; the first is dropped and only the one said last is acted on. Fixer fx19.
 */
import type { Frame } from './clause-frame.js';
import { isTargetTok, type Token } from './tokenize.js';

const pureFiller = (t: Token): boolean => t.lex.length > 0 && t.lex.every((x) => x.t === 'filler');

export function restartAfterFiller(frames: Frame[]): void {
  for (const f of frames) {
    if (f.targets.length < 2) continue;
    const at = f.tokens.map((t, k) => (isTargetTok(t) ? k : -1)).filter((k) => k >= 0);
    for (let i = 0; i + 1 < at.length; i++) {
      const between = f.tokens.slice((at[i] as number) + 1, at[i + 1] as number);
      if (!between.some(pureFiller) || between.some((t) => t.lex.some((x) => x.t === 'and'))) continue;
      // (a complaint between them is a reason told after the request: "커튼 어 좀 닫아줘 햇빛이 너무 … 티비가")
      if (between.some((t) => t.lex.some((x) => x.t === 'cplx'))) continue;
      const said = (f.tokens[at[i] as number] as Token).text;
      const k = f.targets.findIndex((t) => t.text === said);
      // the target dropped must be one of its own, not a room that narrows the next one
      if (k >= 0 && k < f.targets.length - 1) f.targets.splice(k, 1);
    }
  }
}
