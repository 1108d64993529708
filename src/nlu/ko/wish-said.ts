/**
 * Wishes said as wishes are requests (issue #13, fixer fx39): the action wished for is asked. A verb in the past
 * before 으면 and a wish ("티비 좀 껐으면 좋겠다", "현관 불 켜 놨으면 좋겄어", "켜줬음 좋겠다"), the passive state
 * wished ("커튼 닫혔으면 좋겠어", "현관 불 켜져 있으면 좋을 텐데"), a value wished ("25도였으면 좋겠다"), what
 * must be done now ("커튼 좀 닫아야겠네") and a wish to do ended like a reason ("불 좀 끄고 싶은데") are read as
 * the request they ask, before the turn is parsed. Only where the verb is one the lexicon knows as an action;
 * wishes of a state that is no action ("조용했으면", "시원했으면") are left to wished.ts, and wishes of things the
 * home does not do ("비가 왔으면") stay talk.
 */

import { MORE_VERBS } from './lexicon/action-verbs.js';
import { PUT_OFF_WHEN } from './lexicon/put-off.js';
import {
  WISH_JOINTS as J,
  MUST_TAILS,
  PASSIVE_TO_ACTIVE,
  VALUE_UNITS,
  WANT_TAILS,
  WISH_AFTER_FILLERS,
  WISH_AFTER_IF,
  WISH_CLOSERS,
  WISH_UNSAID_TAIL,
  WISHED_NOT_ACTIONS,
  WOULD_BE_NICE,
} from './lexicon/wish-said.js';
import { VERBS, type VerbKey, WEAK_VERB_KEYS } from './lexicon/words.js';

/** The lexicon's forms of verbs that act (not of asking or of feeling: "추워"). */
const ACTION_FORMS = new Set(
  [VERBS, MORE_VERBS].flatMap((vs) =>
    Object.entries(vs)
      .filter(([k]) => !WEAK_VERB_KEYS.includes(k as VerbKey))
      .flatMap(([, ws]) => ws ?? [])
      .filter((w) => !w.includes(' ')),
  ),
);
const NOT_ACTIONS = new Set(WISHED_NOT_ACTIONS);
const alt = (ws: string[]) => ws.map((w) => w.replace(/ /g, '\\s*')).join('|');
/** The end of the turn: punctuation, a filler. */
const END = `(?:[\\s,.!~?]*(?:${alt(WISH_AFTER_FILLERS)}))?[\\s.!~?]*$`;
/** A Hangul syllable (a class of code points). */
const SYL = '[\\uac00-\\ud7a3]';
const NICE = new RegExp(`${J.niceIf}\\s*(?:${alt(WOULD_BE_NICE)})(?:\\s*(?:${alt(WISH_CLOSERS)}))?(${END})`);
const IF_WISH = new RegExp(`(${SYL}?)(${SYL})(?:${alt(J.ifs)})\\s*(?:${alt(WISH_AFTER_IF)})${SYL}*(${END})`);
const STATE_WISH = new RegExp(
  `(${SYL}+)\\s*${J.stateIf}(?:${alt(J.ifs)})\\s*(?:${alt(WISH_AFTER_IF)})${SYL}*(${END})`,
);
const WANT = new RegExp(`${J.wantIf}\\s*(?:${alt(WANT_TAILS)})(${END})`);
const MUST = new RegExp(`(${SYL}{1,3})(?:${alt(MUST_TAILS)})(${END})`);
/** A past stem and 으면 ending the turn: a wish whose tail is not said. */
const UNSAID = new RegExp(`(${SYL})${J.ifs[0]}([\\s.!~?]*)$`);

const SS = 20;
const HANGUL = 0xac00;
/** The syllable without its final ㅆ ("껐" → "꺼"), or null. */
function withoutPast(s: string): string | null {
  const c = s.charCodeAt(0) - HANGUL;
  return c >= 0 && c < 11172 && c % 28 === SS ? String.fromCharCode(s.charCodeAt(0) - SS) : null;
}

/** The action a form asks: the form itself when it is an action, the active of a passive, else null. */
function actionOf(form: string): string | null {
  if (NOT_ACTIONS.has(form)) return null;
  return PASSIVE_TO_ACTIVE[form] ?? (ACTION_FORMS.has(form) ? form : null);
}

/** "…껐으면 좋겠다" → "…꺼 줘". */
function pastWish(text: string): string {
  const m = IF_WISH.exec(text);
  if (!m) return text;
  const [, prev = '', syl = '', end = ''] = m;
  const v = withoutPast(syl);
  if (!v) return text;
  const head = text.slice(0, m.index);
  if (J.askedAsIs.includes(v)) return `${head}${prev}${v === J.ask ? '' : `${v} `}${J.ask}${end}`;
  // "25도였으면": the value wished, set
  if (v === J.valueWas && VALUE_UNITS.some((u) => (head + prev).endsWith(u)))
    return `${head}${prev}${J.valueSet} ${J.ask}${end}`;
  const pair = actionOf(prev + v);
  if (pair) return `${head}${pair} ${J.ask}${end}`;
  // ("청소 좀 했으면": 해 only as a word of its own; "조용했으면" is a state)
  const one = v === J.weak && prev !== '' ? null : actionOf(v);
  return one ? `${head}${prev}${one} ${J.ask}${end}` : text;
}

/** "…켜져 있으면 좋을 텐데" → "…켜 줘". */
function stateWish(text: string): string {
  const m = STATE_WISH.exec(text);
  const act = m ? PASSIVE_TO_ACTIVE[m[1] as string] : undefined;
  return m && act ? `${text.slice(0, m.index)}${act} ${J.ask}${m[2]}` : text;
}

/** "…닫아야겠네" → "…닫아 줘", unless put off to later ("내일 돌려야겠다": shrug.ts). */
function mustDo(text: string): string {
  const m = MUST.exec(text);
  if (!m || PUT_OFF_WHEN.some((w) => text.includes(w))) return text;
  const form = m[1] as string;
  for (let k = 0; k < form.length; k++) {
    const tail = form.slice(k);
    if (actionOf(tail) === tail) return `${text.slice(0, m.index)}${form.slice(0, k)}${tail} ${J.ask}${m[2]}`;
  }
  return text;
}

/** The turn with a wish at its end said as the request it asks. */
export function wishAsRequest(text: string): string {
  // cheap guards first: nearly every turn has none of these
  const ifs = J.ifs.some((w) => text.includes(w));
  const want = text.includes(J.wantGuard);
  const must = text.includes(J.mustGuard);
  const nice = text.includes(J.niceGuard);
  if (!ifs && !want && !must && !nice) return text;
  let s = nice ? text.replace(NICE, `${J.niceAs}$1`) : text;
  if (ifs) {
    const u = UNSAID.exec(s);
    if (u && withoutPast(u[1] as string))
      s = `${s.slice(0, u.index)}${u[1]}${J.ifs[0]}${WISH_UNSAID_TAIL}${u[2]}`;
    if (s.includes(J.stateIf)) s = stateWish(s);
    s = pastWish(s);
  }
  if (want) s = s.replace(WANT, `${J.wantAs}$1`);
  return must ? mustDo(s) : s;
}
