/**
 * How other homes or people in general do it ("요즘 다른 집들은 보일러 몇 도로 틀어 놓고 사는지 궁금하다",
 * "남들은 에어컨 하루 종일 켜 놓고 사나 몰라", "딴 집들은 공기청정기 밤새 돌리나?"): a turn about others' homes
 * that asks nothing outright (no imperative, no request ending) is talk — no action, no state told, no
 * question back (fixer fx24, natural-20 M).
 */
import type { Frame } from './clause-frame.js';
import { OTHER_HOMES } from './lexicon/others.js';

const OTHERS = new Set(OTHER_HOMES.map((w) => w.replace(/\s+/g, '')));

export function othersHomes(frames: Frame[]): void {
  if (frames.some((f) => f.asked || f.req)) return;
  const said = frames.some((f) => f.tokens.some((t) => OTHERS.has(t.text)));
  if (!said) return;
  // talk, and never read as a request even where a device follows the talk (turn.ts): set aside as a
  // condition is
  for (const f of frames) {
    f.chat = true;
    f.cond = true;
    f.question = false;
  }
}
