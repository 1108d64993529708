/**
 * "보일러 좀 올려 애들 감기 걸렸어", "거실 불 켜 애가 숙제한대", "안방 보일러 올려 할머니 감기 기운 있으셔": a
 * bare order (올려, 켜, 꺼) with its device, said as a word of its own and followed by a sentence of why —
 * talk words, or a remark's ending — is the request, as it is with 줘 ("보일러 올려 줘 나 감기 걸린 것
 * 같아") and with the reason said first. The talk after it does not make the turn small talk, unless the
 * words right after the order make the order part of what is talked about ("불 켜 자는 거 안 좋대",
 * "에어컨 켜 두면 감기 걸려?"). Fixer fx17.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { ABOUT_ORDER_TAILS, ORDER_GOES_ON } from './lexicon/clause-shapes.js';
import { BARE_ORDER, HELPER } from './order-then-plan.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

/** The order's verb taken into the talk: a verb made a noun or a condition right after it (자는 거, 두면, 하기). */
const ABOUT_ORDER = new RegExp(`^[\\uac00-\\ud7a3]{0,3}?(?:${ABOUT_ORDER_TAILS.join('|')})`);

/**
 * The order's verb going on past a space (a recognizer's or a hurried speaker's): 꺼 졌다, 꺼 버렸대, 켜 달래,
 * 켜 줬대, 켜 놨대, 켜 봤자, 켜 있대, 꺼 야 돼 — then the order is told or talked of, not given.
 */
const GOES_ON = new RegExp(`^(?:${ORDER_GOES_ON.join('|')})`);

/** Lexicon categories that close or continue the order's own clause: then the talk is not after it. */
const CONTINUES = new Set(['end', 'req', 'conn', 'clause', 'later', 'nev', 'cond', 'and']);

const strongVerb = (t: Token): boolean => t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v));

/** The bare order of `f` that talk follows as a sentence of its own, or null. */
function bareOrder(f: Frame, norm: Pick<Normalized, 'compact' | 'starts'>): Token | null {
  if (!f.targets.length || f.asked || f.req || f.question || f.reason || f.cond) return null;
  if (f.verb === null || WEAK_VERBS.has(f.verb)) return null;
  let v = -1;
  for (let k = f.tokens.length - 1; k >= 0; k--)
    if (strongVerb(f.tokens[k] as Token)) {
      v = k;
      break;
    }
  const verb = f.tokens[v];
  if (!verb || !BARE_ORDER.test(verb.text) || norm.starts[verb.end] !== 1) return null;
  const rest = norm.compact.slice(verb.end);
  if (!rest || HELPER.test(rest) || GOES_ON.test(rest) || ABOUT_ORDER.test(rest)) return null;
  // "에어컨 틀어 자서 감기 걸렸나 봐": the talk joined on by a connective is one clause with the order
  if (f.tokens.slice(v + 1).some((t) => hasLex(t, 'conn') || hasLex(t, 'clause') || hasLex(t, 'later')))
    return null;
  // "에어컨 켜 밖에 35도래": a value said in the talk is not clearly the order's: left as it was
  if (f.tokens.slice(v + 1).some((t) => t.num)) return null;
  // the target said before the order; nothing after it continues the order's own clause
  if (f.tokens.slice(v + 1).some((t) => t.lex.some((x) => CONTINUES.has(x.t)) && t.start === verb.end))
    return null;
  return verb;
}

/** Talk words after a bare order leave it a request (the clause reader read them into the order's clause). */
export function orderThenTalk(frames: Frame[], norm: Normalized): void {
  if (norm.question) return;
  for (const f of frames) {
    if (!f.chat) continue;
    const verb = bareOrder(f, norm);
    // the talk words all come after the order
    if (!verb) continue;
    const chat = f.tokens.filter((t) => hasLex(t, 'chat'));
    if (chat.length && chat.every((t) => t.start >= verb.end)) f.chat = false;
  }
}

/** A turn ending as a remark (hearsay, an exclamation, a plain -다) after a bare order: the order is the request. */
export function orderThenRemark(frames: Frame[], norm: Pick<Normalized, 'compact' | 'starts'>): boolean {
  return frames.some((f) => {
    if (f.chat) return false;
    const verb = bareOrder(f, norm);
    // words the home does not know after the order run to the end of the turn
    return !!verb && f.unknown.some(([s, e]) => s >= verb.end && e === norm.compact.length);
  });
}
