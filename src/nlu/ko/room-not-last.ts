/**
 * "안방이랑 거실 불 다 켜 줘, 아 안방 말고": a room said last, with only 말고 after it, takes that room out of the
 * rooms the request named; the other rooms keep it. (A room that was the request's only one is left to the
 * correction rules: there is nothing else to keep.)
 */
import type { Frame } from './clause-frame.js';
import { NOT_LAST as NOT } from './lexicon/long-turn.js';
import type { Normalized } from './text.js';
import { hasLex } from './tokenize.js';

const NOT_LAST = new RegExp(`^${NOT.word}(?:${NOT.tails.join('|')})?$`);

export function roomNotLast(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  if (!s.includes(NOT.word)) return;
  for (const f of frames) {
    const toks = f.tokens;
    const last = toks[toks.length - 1];
    if (!last || !NOT_LAST.test(s.slice(last.end))) continue;
    const rooms = last.lex.flatMap((x) => (x.t === 'area' ? [x.v] : []));
    const verb = toks.findLastIndex((t) => hasLex(t, 'verb'));
    if (!rooms.length || verb < 0 || verb >= toks.length - 1) continue;
    const out = (a: string[]) => a.filter((x) => !rooms.includes(x));
    // "현관 불이랑 거실 불 켜 줘, 아 현관 말고": a device named with that room's name is left out
    const named = f.targets.filter((t) => t.devs.length && t.text.startsWith(last.text));
    // ("거실이랑 안방 보일러 …, 안방 말고": the same kind in the other rooms joined to it stays)
    for (const t of named) if (out(t.areas).length) t.moved = true;
    const gone = named.filter((t) => !t.moved);
    if (gone.length < named.length || (gone.length && gone.length < f.targets.length)) {
      f.targets = f.targets.filter((t) => !gone.includes(t));
      f.areas = out(f.areas);
      continue;
    }
    const keeps = f.targets.every((t) => t.devs.length > 0 || out(t.areas).length > 0);
    if (!keeps || !f.targets.some((t) => t.areas.some((a) => rooms.includes(a)))) continue;
    for (const t of f.targets) t.areas = out(t.areas);
    f.areas = out(f.areas);
  }
}
