/**
 * A channel said by name in a long turn (fixer fx28): "청소기 보내, 제이티비씨 틀어 줘", "와이 티 엔, 청소기 돌려",
 * "티비엔 틀어, 손님 오니까 …". A channel's name names what the request acts on as a device does: a request that
 * named it is said to its end by its verb (or, said bare, by the name itself), and a name said after a finished
 * request that named no channel begins a clause of its own. Read by request-done.ts.
 */
import type { Frame } from './clause-frame.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { hasLex, type Token } from './tokenize.js';

/** The token is a channel's own name ("티비엔", "KBS2"), not a genre ("뉴스", "드라마": said in reasons too). */
const named = (t: Token): boolean => t.lex.some((x) => x.t === 'chan' && !x.v.genre);

/** The clause named a channel by its own name. */
export const channelNamed = (f: Frame): boolean =>
  f.channel !== null && !f.channel.genre && f.tokens.some(named);

/** "와이 티 엔", "채널 티비엔으로": the channel said bare, last, with no verb — a request said to its end. */
export function channelSaidBare(f: Frame, last: Token): boolean {
  if (f.verb !== null || !channelNamed(f) || f.targets.length) return false;
  const before = f.tokens[f.tokens.length - 2];
  return named(last) || (hasLex(last, 'part') && last.text.endsWith(W.to) && !!before && named(before));
}

/** `tok` is a channel's name after a request that named no channel ("…집에 보내, 제이티비씨 틀어"). */
export const channelBegins = (f: Frame, tok: Token): boolean =>
  named(tok) && !hasLex(tok, 'verb') && f.channel === null && !f.attrs.includes('channel');

/**
 * "냉장실 3도로 맞춰 놔, 와이티엔 좀 틀어 봐": a clause naming a channel by name that only inherited a compartment
 * (no device, no device word) from the clause before is about the tuner, not the fridge: the compartment is
 * dropped (inherit-attr.ts reads inherited devices; a compartment alone names none).
 */
export function channelOverCompartment(frames: Frame[]): void {
  for (const f of frames) {
    // ("…꽝꽝하게 해 줘, 채널 십오번": a channel's number too)
    const tuned = channelNamed(f) || (f.attrs.includes('channel') && f.numbers.some((n) => n.unit === 'num'));
    if (!f.inherited || f.complaint || !tuned || !f.targets.length) continue;
    if (f.targets.every((t) => t.comp !== null && !t.devs.length && !t.kind)) {
      f.targets = [];
      f.inherited = false;
    }
  }
}
