/**
 * "KBS 좀 틀어 줘, 아홉 시 뉴스", "MBC 틀어, 여덟 시 드라마 할 거야": an hour said right before a genre after a
 * channel asked by its own name names the programme on that channel (the nine o'clock news), not another
 * channel of that genre and not a time to wait for: the named channel stays and the hour is no booking.
 * Fixer fx22.
 */
import type { Frame } from './clause-frame.js';

/** The genre clause follows a channel clause and the hour said right before its genre word. */
export function programmeHour(f: Frame, next: Frame): boolean {
  const at = next.tokens.findIndex((t) => t.lex.some((x) => x.t === 'chan' && x.v.genre));
  if (at < 0) return false;
  const before = at > 0 ? next.tokens[at - 1] : f.tokens[f.tokens.length - 1];
  const hour = before?.num;
  if (!before || hour?.unit !== 'oclock' || before.end !== next.tokens[at]?.start) return false;
  // the hour belongs to the programme: drop it from the clause that reads it
  for (const fr of [f, next]) {
    const k = fr.numbers.findIndex((n) => n.unit === 'oclock' && n.value === hour.value);
    if (k >= 0) fr.numbers.splice(k, 1);
  }
  return true;
}
