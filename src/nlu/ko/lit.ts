/**
 * Devices picked or described by what they are doing (eighth round of issue #13):
 * - "지금 켜져 있는 티비 좀 꺼 줘", "켜진 불 꺼 줘", "켜져 있는 티비 있으면 꺼 줘": a state said before its
 *   target as an adnominal (켜진, 켜져 있는, 작동 중인, 돌아가는), with a verb after it or as a condition,
 *   picks among the devices of that kind the ones in that state: the lights that are on (all of them,
 *   no room said), the TV that is on (asked among them when several are);
 * - "현관 불 켜 놓고 현관문도 열어 줘": the device left on is asked too when the next is said with 도 or
 *   the contrastive 은/는;
 * - "청소기 돌리는 소리 때문에": a verb in its adnominal form before a sound describes the device.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame, TargetRef } from './clause-frame.js';
import { isOn } from './device.js';
import { MARKS } from './lexicon/marks.js';
import { ADNOMINAL_PARTICLES, IF_SYLLABLE } from './lexicon/turn-shapes.js';
import { hasLex, type Token } from './tokenize.js';

const ADNOMINAL_PARTICLE = new Set(ADNOMINAL_PARTICLES);
const namesDevice = (t: Token | undefined): boolean =>
  !!t && t.lex.some((x) => x.t === 'dev' || x.t === 'kind');

/** Marks the target said right after an adnominal "on" state as picked by that state. */
export function markLit(f: Frame, toks: Token[]): void {
  if (f.state !== 'on') return;
  for (let s = 0; s < toks.length; s++) {
    const st = toks[s] as Token;
    if (!hasLex(st, 'state')) continue;
    let k = s + 1;
    const particle = toks[k];
    if (particle && ADNOMINAL_PARTICLE.has(particle.text) && hasLex(particle, 'part')) k++;
    // "켜진 불", "켜져 있는 티비", "돌아가는 선풍기": an adnominal form, not "켜져 있어, 꺼"
    if (k === s + 1 && !MARKS.adnominalEnds.some((e) => st.text.endsWith(e))) continue;
    while (toks[k]?.lex.some((x) => x.t === 'area')) k++;
    if (!namesDevice(toks[k])) continue;
    const t = f.targets[toks.slice(0, k).filter(namesDevice).length];
    if (t && !t.devs.length) t.lit = true;
  }
}

/** The devices of a target picked by its state: those that are on, or all when none is. */
export function litOnly(t: TargetRef, cands: DeviceDescription[]): DeviceDescription[] {
  if (!t.lit) return cands;
  const on = cands.filter(isOn);
  return on.length ? on : cands;
}

/** "켜진 불 꺼 줘", no room said: every light that is on. */
export const litGroup = (t: TargetRef): boolean => !!t.lit && !t.areas.length && t.kind?.kinds[0] === 'light';

/**
 * 도 ("also"), or the contrastive 은/는 ("안방 보일러는 올려 줘"): the next device is set beside the one left
 * on, so both are asked.
 */
const alsoOrContrast = (t: Token | undefined): boolean =>
  !!t && ((t.text === MARKS.also && hasLex(t, 'and')) || (MARKS.topic.includes(t.text) && hasLex(t, 'part')));

const LEFT_VERB: Record<string, 'on' | 'off'> = { on: 'on', off: 'off' };

/**
 * "현관 불 켜 놓고 현관문도 열어 줘", "불 켜 놓고 티비 꺼 줘": the device left on (켜 놓고) is asked too — a frame of
 * its own, switched as the state says — when the one after it is said with 도 ("also") or right after it (a
 * convention changed in session 33: natural-33 M's blind writer and classes-dev-48 read both as asked). Null when
 * the state only tells what someone did ("불 켜 놓고 학원 갔더라") or the clause is talk.
 */
export function leftAsAlso(f: Frame, toks: Token[], s: number, before: number): Frame | null {
  const st = toks[s];
  const lex = st?.lex.find((x) => x.t === 'state');
  const verb = lex && 'v' in lex ? LEFT_VERB[lex.v] : undefined;
  if (!st || !verb || !MARKS.leftSoEnds.some((e) => st.text.endsWith(e))) return null;
  const next = toks.findIndex((t, k) => k > s && namesDevice(t));
  // "현관 불 켜 놓고 도어락 좀 열어 줘": the next request said right after it (a room between at most) asks both;
  // "불 켜 놓고 그냥 학원 갔더라, 꺼 줘" tells what someone did, and talk ("…하는 사람 누가 있을까") asks nothing
  const adjacent =
    next > s &&
    toks.slice(s + 1, next).every((t) => hasLex(t, 'area') || hasLex(t, 'filler')) &&
    !f.unknown.some(([a]) => a >= st.end && a < (toks[next] as Token).start);
  // (asked, or a plain imperative said last with nothing after it: "…하는 사람 누가 있을까", "…열면 안 돼",
  // "…꺼 줬어", "…꺼 놓을게" ask nothing of the home)
  const last = toks[toks.length - 1] as Token;
  const bare =
    hasLex(last, 'verb') &&
    !last.text.endsWith(MARKS.present) &&
    !f.unknown.some(([a]) => a >= last.end) &&
    !f.question &&
    !f.cond &&
    !f.later;
  // ("…창문 열면 안 돼": what is said after is a prohibition, not a request; 면안돼 is one ending)
  const ifAfter = toks.some(
    (t, k) =>
      k > next &&
      (hasLex(t, 'conn') || hasLex(t, 'req')) &&
      (t.text.endsWith(IF_SYLLABLE) || t.text.startsWith(IF_SYLLABLE)),
  );
  if (!alsoOrContrast(toks[next + 1]) && (f.chat || ifAfter || !(f.asked || f.req || bare) || !adjacent))
    return null;
  return {
    ...f,
    verb,
    verbs: [verb],
    attr: null,
    attrs: [],
    targets: f.targets.slice(0, before),
    numbers: [],
    mode: null,
    channel: null,
    state: null,
    asked: true,
    mods: new Set(),
    tokens: toks.slice(0, s + 1),
    unknown: [],
  };
}

/**
 * "청소기 돌리는 소리 때문에 티비가 안 들려": a verb in its adnominal form (돌리는, 켜는) right before what it
 * describes (a sound, a wind: an attribute or a complaint) tells what the device is doing; it asks nothing.
 */
export function describingVerb(f: Frame): void {
  const toks = f.tokens;
  for (let k = 0; k + 2 < toks.length; k++) {
    const [v, p, n] = [toks[k], toks[k + 1], toks[k + 2]] as [Token, Token, Token];
    if (!hasLex(v, 'verb') || p.text !== MARKS.present || !hasLex(p, 'part') || p.start !== v.end) continue;
    if (!(hasLex(n, 'cplx') || hasLex(n, 'attr')) || hasLex(n, 'verb')) continue;
    const said = new Set(v.lex.flatMap((x) => (x.t === 'verb' ? [x.v] : [])));
    f.verbs = f.verbs.filter((x) => !said.has(x));
    f.verb = f.verbs[0] ?? null;
  }
  // "…소리 때문에": a clause that ends in because-of is a reason
  const last = toks[toks.length - 1];
  if (!f.verb && last?.text === MARKS.at && toks[toks.length - 2]?.text.endsWith(MARKS.becauseNoun))
    f.reason = true;
}
