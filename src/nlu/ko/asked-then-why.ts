/**
 * A question closed by its ending, then why it is asked ("거실 티비 무슨 채널이냐, 소리만 들려서", "안방 몇
 * 도니, 좀 썰렁해서", "주방 불 켜져 있니, 불빛이 보여서"): what follows the question ending, closed by a
 * connective of reason (서, 니까, 길래), explains the question and adds nothing to it — no verb, no
 * attribute, no complaint of its own, whether it was read into the question's clause or as a clause
 * after it (fixer fx24, natural-20 M).
 */
import type { Frame } from './clause-frame.js';
import { ASKED_TAILS, ASKING_WORDS, QUESTION_ENDS, REASON_CLOSERS } from './lexicon/clause-tails.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const lexValues = (toks: Token[], t: 'attr' | 'verb'): Set<string> =>
  new Set(toks.flatMap((x) => x.lex.flatMap((l) => (l.t === t && 'v' in l ? [String(l.v)] : []))));

/** The clause ends in a connective of reason. */
const closedByReason = (f: Frame): boolean => {
  const last = f.tokens[f.tokens.length - 1];
  return !!last && (hasLex(last, 'clause') || hasLex(last, 'conn')) && REASON_CLOSERS.has(last.text);
};

const questionEnd = (t: Token | undefined): boolean => !!t && hasLex(t, 'end') && QUESTION_ENDS.has(t.text);

const asking = (t: Token): boolean => ASKING_WORDS.some((w) => t.text.startsWith(w));

/** "배터리 얼마나 남았어", "미세먼지 몇이야": a plain ending after an asking word closes the question too. */
const plainAsked = (toks: Token[], k: number): boolean =>
  ASKED_TAILS.has((toks[k] as Token).text) && toks.slice(0, k).some(asking);

export function whyAfterAsked(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const toks = f.tokens;
    if (f.asked || f.req) continue;
    const q = toks.findIndex((t, k) => k > 0 && (questionEnd(t) || plainAsked(toks, k)));
    if (q < 0) continue;
    const after = frames.slice(i + 1);
    // the turn ends with the reason, and nothing after the question asks for anything
    const last = after[after.length - 1] ?? f;
    if (!closedByReason(last) || after.some((x) => x.asked || x.req)) continue;
    if (q === toks.length - 1 && !after.length) continue;
    const before = toks.slice(0, q + 1);
    if (!before.some((t) => isTargetTok(t) || hasLex(t, 'attr') || hasLex(t, 'state'))) continue;
    const attrs = lexValues(before, 'attr');
    const verbs = lexValues(before, 'verb');
    f.attrs = f.attrs.filter((a) => attrs.has(a));
    f.attr = f.attrs[0] ?? null;
    f.verbs = f.verbs.filter((v) => verbs.has(v));
    f.verb = f.verbs[0] ?? null;
    if (!before.some((t) => hasLex(t, 'cplx'))) f.complaint = null;
    // the devices said after the question ending are the reason's ("불빛이 보이길래")
    const named = before.filter((t) => hasLex(t, 'dev') || hasLex(t, 'kind')).length;
    // (none named before it: every target is the reason's, "습도 몇 프로야, 빨래 널려고"; fixer fx50)
    const part = (t: Token) => hasLex(t, 'comp') || hasLex(t, 'brand') || hasLex(t, 'line');
    if (named || (!f.inherited && !before.some(part))) f.targets = f.targets.slice(0, named);
    f.tokens = before;
    f.joined = false;
    f.reason = false;
    f.question = true;
    // talk said only in the reason is the reason's ("우유가 미지근해서"); asking leave stays talk
    if (!before.some((t) => hasLex(t, 'chat'))) f.chat = false;
    // what follows is why: it asks nothing and lends nothing
    for (const x of after) {
      x.reason = true;
      x.chat = false;
      x.verb = null;
      x.verbs = [];
      x.complaint = null;
      x.targets = [];
      x.areas = [];
      x.attrs = [];
      x.attr = null;
    }
    return;
  }
}
