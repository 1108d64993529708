/**
 * What one token adds to its clause's frame: a number mention, or the verbs, attributes,
 * modifiers and values its words name; the target parts (devices, kind, compartment, area) are
 * handed back for the clause reader to group.
 */

import type { Frame } from './clause-frame.js';
import type { Lex } from './lex.js';
import { CHANNEL_WORD } from './lexicon/rule-words.js';
import { APPROX_WORDS } from './lexicon/talk.js';
import { NOUN_VERB_WORDS, REACH_PARTICLES } from './lexicon/turn-shapes.js';
import { type KindWord, type VerbKey, WEAK_VERB_KEYS } from './lexicon/words.js';
import { hasLex, type Token } from './tokenize.js';

/** Verbs that do not finish an action on their own ("해", "알려", "더워"). */
export const WEAK_VERBS = new Set<VerbKey>(WEAK_VERB_KEYS);
/** Verbs that also modify the following noun ("다음 채널", "이전 곡"): they do not end a clause. */
export const NOUNISH_VERBS = new Set<VerbKey>(['next', 'prev']);
/** Verb words that are bare nouns of an activity ("청소"). */
export const NOUN_VERBS = new Set(NOUN_VERB_WORDS);

/** Verbs that also name an activity ("청소", "재생", "세탁 시작"), and what can be done to one. */
const ACTIVITY_VERBS = new Set<VerbKey>(['clean', 'play', 'start']);
const HALT_VERBS = new Set<VerbKey>(['stop', 'pause', 'resume', 'dock']);

const APPROX = new Set(APPROX_WORDS);
const TO_PARTICLES = new Set(REACH_PARTICLES);

/** Adds the number token `tok` to the frame; `neg`: a negative word ("영하") came before it. */
export function readNumber(f: Frame, tok: Token, next: Token | undefined, neg: boolean, after?: Token): void {
  const num = tok.num;
  if (!num) return;
  // "세 배로", "2배": a factor of the value it has now, no value of its own
  if (num.unit === 'times') {
    f.mods.add('double');
    f.times = num.value;
    return;
  }
  let nextAdj = next && next.start === tok.end ? next : undefined;
  // "15쯤으로", "3도 정도로": the particle after the word of approximation
  if (nextAdj && APPROX.has(nextAdj.text) && after && after.start === nextAdj.end) nextAdj = after;
  const to = !!(nextAdj && hasLex(nextAdj, 'part') && TO_PARTICLES.has(nextAdj.text));
  const more = (t: Token | undefined) => !!t?.lex.some((x) => x.t === 'mod' && x.v === 'more');
  // "2도 더", "1도만 더"
  const by = more(next) || (!!next && hasLex(next, 'part') && more(after));
  f.numbers.push({
    value: neg ? -num.value : num.value,
    unit: num.unit,
    to,
    by,
    hangul: num.hangul,
  });
  if (num.unit === 'num' && tok.text.includes(CHANNEL_WORD)) f.attrs.push('channel');
}

/** The parts of a target one word token names, and what it says about the words after it. */
export interface WordParts {
  devs: string[] | null;
  kind: KindWord | null;
  comp: string | null;
  area: string | null;
  /** "모든", "전체": the next target means all of its kind. */
  all: boolean;
  /** "영하", "마이너스": the next number is negative. */
  neg: boolean;
  brand: number | null;
  line: number | null;
}

/** Adds the words of one token to the frame; returns the target parts it names. */
export function readWords(f: Frame, lex: Lex[]): WordParts {
  let devs: string[] | null = null;
  let kind: KindWord | null = null;
  let comp: string | null = null;
  let area: string | null = null;
  let all = false;
  let neg = false;
  let brand: number | null = null;
  let line: number | null = null;
  let verbSeen: VerbKey | null = null;
  for (const x of lex) {
    switch (x.t) {
      case 'dev':
        if (!devs) devs = [];
        devs.push(x.v);
        break;
      case 'kind':
        kind = kind ?? x.v;
        break;
      case 'comp':
        comp = comp ?? x.v;
        break;
      case 'area':
        area = area ?? x.v;
        break;
      case 'verb':
        verbSeen = verbSeen ?? x.v;
        if (!f.verbs.includes(x.v)) f.verbs.push(x.v);
        break;
      case 'attr':
        if (!f.attrs.includes(x.v)) f.attrs.push(x.v);
        break;
      case 'mod':
        f.mods.add(x.v);
        if (x.v === 'all') all = true;
        break;
      case 'state':
        f.state = f.state ?? x.v;
        break;
      case 'color':
        f.color = f.color ?? x.v;
        break;
      case 'ctemp':
        f.ctemp = f.ctemp ?? x.v;
        break;
      // "표준으로 돌려, 아 울 코스로": a second one said after the verb replaces the first
      case 'mode':
        if (f.mode === null || (f.verb !== null && !WEAK_VERBS.has(f.verb))) f.mode = x.v;
        break;
      case 'fan':
        if (f.fan === null || (f.verb !== null && !WEAK_VERBS.has(f.verb))) f.fan = x.v;
        break;
      case 'chan':
        // "드라마는 별로고 그냥 뉴스 틀어": of genres, the last said is the one decided on
        if (!f.channel || f.channel.genre) f.channel = x.v;
        break;
      case 'nev':
        f.nev = true;
        break;
      case 'neg':
        neg = true;
        break;
      case 'cplx':
        f.complaint = f.complaint ?? x.v;
        break;
      case 'chat':
        f.chat = true;
        break;
      case 'food':
        f.food = f.food ?? x.v;
        break;
      case 'later':
        f.later = true;
        break;
      case 'delay':
        if (x.v) f.delay = 'book';
        else if (f.numbers.some((n) => n.unit === 'hour' || n.unit === 'min' || n.unit === 'sec'))
          f.delay = f.delay ?? 'after';
        break;
      case 'req':
        f.req = true;
        break;
      case 'brand':
        brand = brand ?? x.v;
        break;
      case 'line':
        line = line ?? x.v;
        break;
      default:
        break;
    }
  }
  if (verbSeen) {
    const strong = lex.find((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v)) as { v: VerbKey } | undefined;
    const v = strong ? strong.v : verbSeen;
    if (!f.verb || (WEAK_VERBS.has(f.verb) && !WEAK_VERBS.has(v))) f.verb = v;
    // "청소 중지", "세탁 일시정지": an activity named, then what to do with it
    else if (ACTIVITY_VERBS.has(f.verb) && HALT_VERBS.has(v)) f.verb = v;
    // "청소기 그만하고 충전하러 가": stopped, then sent home, is sent home
    else if ((f.verb === 'stop' || f.verb === 'pause') && v === 'dock') f.verb = v;
    if (v === 'query' || lex.some((x) => x.t === 'verb' && x.v === 'query')) f.question = true;
  }
  return { devs, kind, comp, area, all, neg, brand, line };
}
