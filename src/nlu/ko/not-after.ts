/**
 * A verb declined after the request (issue #13, natural-11 V, fixer fx12): "세탁기 울 코스로 바꿔만 놔,
 * 돌리지는 말고", "에어컨 온도만 맞춰 놔, 켜지 말고". The turn ends on 지(는/도) 말고 with nothing after,
 * so the clause of the declined verb is dropped; what came before stands.
 */

import { carriesValue, type Frame } from './clause-frame.js';
import { NOT_AFTER_END as END } from './lexicon/clause-shapes.js';
import type { Normalized } from './text.js';
import { isTargetTok } from './tokenize.js';

/** The turn's end: a verb's 지, then 는/도, then 말고 (a closing 요 or mark allowed). */
const DECLINED_END = new RegExp(
  `${END.verb}[${END.particles.join('')}]?${END.not}(?:${END.polite})?[.!?~]*$`,
);

export function declinedAfter(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  // cheap guard first: nearly every turn ends otherwise
  if (!frames.length || !s.includes(END.not) || !DECLINED_END.test(s)) return;
  if (frames.length === 1) {
    declinedInClause(frames[0] as Frame);
    return;
  }
  const k = frames.length - 1;
  const last = frames[k] as Frame;
  // the clause names no device of its own (the one before is carried into it) and no value
  if (last.verb === null || last.tokens.some(isTargetTok) || carriesValue(last)) return;
  // only when something before asks for an action of its own
  if (!frames.slice(0, k).some((f) => f.verb !== null && !f.chat)) return;
  frames.splice(k, 1);
}

/**
 * One clause ("울 코스로 맞춰만 둬 시작하지는 말고", "코스만 울로 해 놔, 아직 돌리지는 말고"): the verb said
 * last is declined when another verb was said before it.
 */
function declinedInClause(f: Frame): void {
  const isVerb = (t: Frame['tokens'][number]) => t.lex.some((x) => x.t === 'verb');
  let kl = -1;
  for (let k = f.tokens.length - 1; k >= 0 && kl < 0; k--)
    if (isVerb(f.tokens[k] as Frame['tokens'][number])) kl = k;
  if (kl <= 0) return;
  const declined = new Set<string>();
  // the declined verb may be said in two tokens ("시작" + "하")
  let k0 = kl;
  while (
    k0 > 0 &&
    isVerb(f.tokens[k0 - 1] as Frame['tokens'][number]) &&
    f.tokens[k0 - 1]?.end === f.tokens[k0]?.start
  )
    k0--;
  for (const t of f.tokens.slice(k0, kl + 1))
    for (const x of t.lex) if (x.t === 'verb') declined.add(String(x.v));
  const said = new Set<string>();
  for (const t of f.tokens.slice(0, k0)) for (const x of t.lex) if (x.t === 'verb') said.add(String(x.v));
  if (!said.size) return;
  // a verb said before too ("해 놓고 … 시작하지는 말고": 해) is not the one declined
  for (const v of said) declined.delete(v);
  const rest = f.verbs.filter((v) => !declined.has(v));
  if (!rest.length) return;
  f.verbs = rest;
  if (f.verb !== null && declined.has(f.verb)) f.verb = rest[0] ?? null;
}
