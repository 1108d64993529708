/**
 * Tokenization: the lexicon (static words plus the home's names, areas and channels) is found in
 * the spacing-free text by longest match, and numbers are read with their units.
 */

import { causeOk, latinInside } from './cause.js';
import { type DynamicLexicon, type Lex, UNIT_TRIE } from './lex.js';
import { BUY_NEXT, YEONG_ADVERB_NEXT } from './lexicon/numerals.js';
import { PARTICLE_SYLLABLES, WEAK_VERB_KEYS } from './lexicon/words.js';
import { digitsAt, parseNumberAt } from './numbers.js';
import { modCutsWord } from './split-mod.js';
import { namesAt, staticAt } from './static-at.js';
import type { Normalized } from './text.js';
import { unitBeginsName } from './unit-begins-name.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lex: Lex[];
  /** The token begins a spoken word (a space before it, or the start of the text). */
  ws?: boolean;
  num?: { value: number; unit: string | null; hangul: boolean };
}

const BUY = new Set(BUY_NEXT);

/** Verbs that ask or tell, not do. */
const ASKS_ONLY = new Set(WEAK_VERB_KEYS);

/** Lexicon categories that only follow another recognised word (particles, endings). */
export const GLUE = new Set(['part', 'end', 'clause', 'and', 'req', 'conn']);

/** Particles that end a word ("동생이", "엄마가", "밥은"). */
const WORD_FINAL = new Set([...PARTICLE_SYLLABLES]);

/** Splits an utterance into tokens. */
export function tokenize(norm: Normalized, dyn: DynamicLexicon | null): Token[] {
  const s = norm.compact;
  const n = s.length;
  const tokens: Token[] = [];
  let prevEnd = 0;
  let i = 0;
  const mu: Array<[number, string[]]> = [];
  while (i < n) {
    const atStart = norm.starts[i] === 1 || prevEnd === i;
    const m1 = staticAt(s, i);
    const m2 = dyn ? namesAt(dyn, s, i) : NONE;
    let bestEnd = -1;
    // (the trie's own list until a tie adds to it: copied once, for the token, not per candidate)
    let bestLex: Lex[] | null = null;
    let owned = false;
    // dynamic names first: on equal length a name wins over a generic word
    for (const [end, items] of m2) {
      if (end - i < 2 && !atStart) continue;
      // a name said in two words never cuts a plain word its last word begins ("애기 방금" is no 애기방)
      // (a particle after the name keeps it: "거실 불만 꺼" is the light, 만 "only")
      if (crossesWord(norm, i, end) && cutsNextWord(norm, i, end, 'word') && !glueAt(s, end)) continue;
      // a name begun inside a spoken word never cuts a word said after it ("엄마가 스피커" has no 가스)
      if (norm.starts[i] !== 1 && (cutsNextWord(norm, i, end) || (dyn && cutsNextName(norm, i, end, dyn))))
        continue;
      // nor one begun at the particle of a word the lexicon knows ("아빠가 스포츠" has no 가스)
      if (particleAfterNoun(norm, i, tokens)) continue;
      if (end > bestEnd) {
        bestEnd = end;
        bestLex = items;
        owned = false;
      }
    }
    for (const [end, items] of m1) {
      const glue = items.every((x) => GLUE.has(x.t));
      // a connective also ends a word the lexicon does not know ("손님 오니까")
      const wordEnd = end === n || norm.starts[end] === 1;
      // a request ending ("불어" of "꺼불어") only follows a verb or another ending
      const last = tokens[tokens.length - 1];
      const afterVerb =
        !items.every((x) => x.t === 'req') ||
        (!!last &&
          last.lex.some((x) => x.t === 'verb' || x.t === 'end' || x.t === 'req') &&
          // "면 안 돼", "면 어떨까" ask only after a home verb ("켜면 안 돼?"), not "켜고 자면 안 돼?"
          (s[i] !== '면' || last.lex.some((x) => x.t === 'verb') || last.text.endsWith('주')));
      const ok = glue
        ? (prevEnd === i && afterVerb) || (wordEnd && end - i >= 2 && items.some((x) => x.t === 'conn'))
        : end - i >= 2 || atStart;
      if (!ok) continue;
      // a one-syllable ending begun at a spoken word's start never runs on into it ("어 고모 왔어" has no 고)
      if (
        glue &&
        end - i === 1 &&
        norm.starts[i] === 1 &&
        end < n &&
        norm.starts[end] !== 1 &&
        !wordAt(s, end, dyn, false)
      )
        continue;
      // an ending never begins the spoken word after a clause's connective ("잠그고 나온" has no 나)
      if (
        norm.starts[i] === 1 &&
        end - i === 1 &&
        end < n &&
        norm.starts[end] !== 1 &&
        items.every((x) => x.t === 'end') &&
        last?.lex.every((x) => x.t === 'clause') &&
        shortVerbAt(s, end)
      )
        continue;
      // an English word is a whole one: "on" is not in "online", nor "up" in "update"
      if (latinInside(s, i, end)) continue;
      // "추운 바람에" is because, "에어컨 바람에" the wind
      if (glue && !causeOk(s, i, end, prevEnd === i && tokens.length > 0)) continue;
      // a one-syllable word runs on into syllables no word begins: it is part of another word
      // ("강아지" is no 강, "따뜻하다" no 따, "문제" no 문)
      if (
        !glue &&
        end - i === 1 &&
        end < n &&
        norm.starts[end] !== 1 &&
        !wordAt(
          s,
          end,
          dyn,
          items.some((x) => x.t === 'verb'),
        )
      )
        continue;
      // the particle that ends a word the lexicon does not know never starts a word that runs
      // on into the next one ("동생이 불" is not "이불")
      // (nor one that ends a word it knows, a person or a place: "아빠가 스포츠" has no 가스, "거실도 어둡네"
      // no 도어)
      if (
        !glue &&
        (atStart
          ? namesThing(items) && particleAfterNoun(norm, i, tokens)
          : norm.starts[i + 1] === 1 && WORD_FINAL.has(s[i] as string)) &&
        !items.some((x) => x.t === 'cplx')
      )
        continue;
      // a filler never swallows the start of the next word ("그 거실" is not "그거" + "실")
      if (!wordEnd && items.every((x) => x.t === 'filler') && crossesWord(norm, i, end)) continue;
      // nor does a correction marker ("아니 다섯 칸" is not "아니다" + "섯 칸", "아니 네 칸" no "아니네")
      if (
        items.every((x) => x.t === 'corr') &&
        crossesWord(norm, i, end) &&
        (!wordEnd || numberInside(norm, s, i, end))
      )
        continue;
      // a word begun inside a word the lexicon does not know never cuts a known word that follows
      // ("탔다 음악" is not "다음")
      // (nor, said apart, a modifier before a complaint, "좀 덜 시원해" is no 좀덜 + 시원; nor a phrase a
      // device word said after it, "집에 가습기" is no 집에 가)
      const apart = atStart && (items.every((x) => x.t === 'mod') ? 'cplx' : 'kind');
      if (!glue && (apart ? cutsNextWord(norm, i, end, apart) : cutsNextWord(norm, i, end))) continue;
      // nor does a mode begun inside a spoken word run on into the next ("동생이 불 켜" has no 이불 course)
      if (norm.starts[i] !== 1 && items.every((x) => x.t === 'mode') && crossesWord(norm, i, end)) continue;
      // nor a verb begun inside a spoken word run on into the middle of the next ("너무 음침해" has no 무음;
      // "불꺼 줘" keeps 꺼줘)
      if (
        norm.starts[i] !== 1 &&
        items.every((x) => x.t === 'verb') &&
        crossesWord(norm, i, end) &&
        end < n &&
        norm.starts[end] !== 1 &&
        !glueAt(s, end)
      )
        continue;
      // a one-syllable mode begins a spoken word: "시끄러울까", "더울까 봐" hold no 울 (wool) course
      if (end - i === 1 && norm.starts[i] !== 1 && items.every((x) => x.t === 'mode')) continue;
      // nor one begun inside a spoken word a name of the home that follows ("올려 주고 장판도" has no 고장),
      // nor words said apart ("집에 가스 밸브" has no 집에 가)
      if (!glue && dyn && cutsNextName(norm, i, end, dyn)) continue;
      // "좀 더워" is no 좀 더 (split-mod.ts)
      if (modCutsWord(norm, i, end, items)) continue;
      // a plain word is one spoken word: "문 제대로" is no 문제
      // ("불만 꺼 줘" is the light, 만 "only": a device word and a particle, before a verb)
      if (items.every((x) => x.t === 'word') && targetThenParticle(norm, i, end)) continue;
      if (items.every((x) => x.t === 'word') && crossesWord(norm, i, end)) continue;
      if (end > bestEnd) {
        bestEnd = end;
        bestLex = items;
        owned = false;
      } else if (end === bestEnd && bestLex) {
        for (const x of items) {
          if (bestLex.includes(x)) continue;
          if (!owned) {
            bestLex = bestLex.slice();
            owned = true;
          }
          bestLex.push(x);
        }
      }
    }
    // numbers
    const num = atStart
      ? (digitsAt(s, i, norm.starts) ?? parseNumberAt(s, i, norm.starts) ?? halfDegree(s, i))
      : isDigitAt(s, i)
        ? parseNumberAt(s, i, norm.starts)
        : null;
    if (num) {
      mu.length = 0;
      UNIT_TRIE.matchesAt(s, num.end, mu);
      const unitMatch = mu.length ? mu[mu.length - 1] : undefined;
      let end = num.end;
      let unit: string | null = null;
      if (unitMatch && !unitBeginsName(norm, num.end, unitMatch[0], dyn)) {
        end = unitMatch[0];
        unit = unitMatch[1][0] ?? null;
      }
      // "22도 반", "이십이 도 반으로": degrees and a half
      let value = num.value;
      if (unit === 'deg' && s[end] === '반' && s[end + 1] !== '만' && Number.isInteger(value)) {
        value += 0.5;
        end += 1;
      }
      let ok = true;
      if (num.hangul) {
        if (!unit) {
          const after = s.slice(num.end, num.end + 2);
          const boundary =
            num.end === n ||
            norm.starts[num.end] === 1 ||
            after.startsWith('로') ||
            after.startsWith('으로') ||
            after.startsWith('까지') ||
            after.startsWith('쯤') ||
            after.startsWith('정도') ||
            after.startsWith('번');
          ok = norm.starts[i] === 1 && boundary && (!num.native || num.end - i >= 2);
          // "과일 사 와서": a lone 사 before a verb of bringing is "buy" (after a setting word it counts)
          const afterSetting = tokens[tokens.length - 1]?.lex.some((x) => x.t === 'attr');
          if (ok && s[i] === '사' && num.end - i === 1 && BUY.has(s[num.end] ?? '') && !afterSetting)
            ok = false;
        }
      }
      if (num.hangul && s[i] === '영' && YEONG_ADVERB_NEXT.some((w) => s.startsWith(w, i + 1))) ok = false;
      // "하나도" ("at all") is no number of degrees: a word of what cannot be done wins a tie
      if (num.hangul && end === bestEnd && bestLex?.some((x) => x.t === 'cannot')) ok = false;
      // "채널 한번 돌려 봐": 한번 (a try) is no channel number
      if (num.hangul && unit === 'num' && end === bestEnd && bestLex?.some((x) => x.t === 'filler'))
        ok = false;
      if (ok && end >= bestEnd) {
        tokens.push({
          start: i,
          end,
          text: s.slice(i, end),
          lex: [],
          num: { value, unit, hangul: num.hangul },
        });
        prevEnd = end;
        i = end;
        continue;
      }
    }
    if (bestLex && bestEnd > i) {
      tokens.push({
        start: i,
        end: bestEnd,
        text: s.slice(i, bestEnd),
        lex: owned ? bestLex : bestLex.slice(),
        ws: norm.starts[i] === 1,
      });
      prevEnd = bestEnd;
      i = bestEnd;
      continue;
    }
    i++;
  }
  return tokens;
}

/** A word of the spoken text begins inside [i, end) and a static word starting there runs past `end`. */
function cutsNextWord(norm: Normalized, i: number, end: number, only?: Lex['t']): boolean {
  for (let k = i + 1; k < end; k++) {
    if (norm.starts[k] !== 1) continue;
    return staticAt(norm.compact, k).some(
      ([e, items]) =>
        e > end && !items.every((x) => GLUE.has(x.t)) && (!only || items.some((x) => x.t === only)),
    );
  }
  return false;
}

/** A spoken word begins inside [i, end) and a name of the home starting there runs past `end`. */
function cutsNextName(norm: Normalized, i: number, end: number, dyn: DynamicLexicon): boolean {
  for (let k = i + 1; k < end; k++) {
    if (norm.starts[k] !== 1) continue;
    return namesAt(dyn, norm.compact, k).some(([e]) => e > end);
  }
  return false;
}

/** No matches (no home's names to look in). */
const NONE: ReadonlyArray<[number, Lex[]]> = [];

/**
 * Some word of the lexicon, or a number, begins at `k`; a filler ("아", "어") counts only after a
 * verb, whose vowel it draws out ("꺼어").
 */
function wordAt(s: string, k: number, dyn: DynamicLexicon | null, afterVerb: boolean): boolean {
  const some = ([, items]: [number, Lex[]]) => afterVerb || items.some((x) => x.t !== 'filler');
  return (
    staticAt(s, k).some(some) || (!!dyn && namesAt(dyn, s, k).some(some)) || parseNumberAt(s, k) !== null
  );
}

/** A particle or ending of the lexicon begins at `k` ("만" of "불만 꺼"). */
function glueAt(s: string, k: number): boolean {
  return staticAt(s, k).some(([, items]) => items.every((x) => GLUE.has(x.t)));
}

/** A device, a kind, a place, a cabinet or a course. */
const namesThing = (items: Lex[]): boolean =>
  items.some(
    (x) =>
      x.t === 'dev' || x.t === 'kind' || x.t === 'area' || x.t === 'comp' || x.t === 'mode' || x.t === 'attr',
  );

/** `i` is a particle syllable that ends its spoken word, right after a token of a word the lexicon knows. */
function particleAfterNoun(norm: Normalized, i: number, tokens: Token[]): boolean {
  return (
    norm.starts[i] !== 1 &&
    norm.starts[i + 1] === 1 &&
    WORD_FINAL.has(norm.compact[i] as string) &&
    afterNoun(tokens[tokens.length - 1], i)
  );
}

/** The token before ends at `i` and is a word the lexicon knows, a place or a device (a particle may follow it). */
function afterNoun(last: Token | undefined, i: number): boolean {
  return (
    !!last &&
    last.end === i &&
    last.lex.some((x) => x.t === 'area' || x.t === 'dev' || x.t === 'kind' || x.t === 'word')
  );
}

/** [i, end) is a device word and a particle, and a verb begins the next spoken word ("불만 꺼"). */
function targetThenParticle(norm: Normalized, i: number, end: number): boolean {
  const s = norm.compact;
  if (end >= s.length || norm.starts[end] !== 1 || !glueAt(s, end - 1)) return false;
  // (a verb that does something: "불만 있어" asks nothing)
  if (!staticAt(s, end).some(([, items]) => items.some((x) => x.t === 'verb' && !ASKS_ONLY.has(x.v))))
    return false;
  return staticAt(s, i).some(
    ([e, items]) => e === end - 1 && items.some((x) => x.t === 'kind' || x.t === 'dev'),
  );
}

/** A one-syllable verb of the lexicon begins at `k` ("온" of "나온"). */
function shortVerbAt(s: string, k: number): boolean {
  return staticAt(s, k).some(([e, items]) => e - k === 1 && items.some((x) => x.t === 'verb'));
}

/** A word of the spoken text begins inside [i, end). */
/** A spoken word inside [i, end) after the first begins with a number ("아니 네 칸"). */
function numberInside(norm: Normalized, s: string, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (norm.starts[k] === 1 && parseNumberAt(s, k)) return true;
  return false;
}

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

function crossesWord(norm: Normalized, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (norm.starts[k] === 1) return true;
  return false;
}

/** The token has a word of this lexicon category. */
export const hasLex = (tok: Token, t: Lex['t']): boolean => {
  // (a plain loop: asked of every token by most rules)
  for (const x of tok.lex) if (x.t === t) return true;
  return false;
};

/** The token names a device, a device kind, an area or a compartment. */
const TARGET_KINDS = new Set<Lex['t']>(['dev', 'kind', 'area', 'comp', 'brand', 'line']);
export const isTargetTok = (tok: Token): boolean => {
  for (const x of tok.lex) if (TARGET_KINDS.has(x.t)) return true;
  return false;
};
/** "반 도만 올려": half a degree, said as a word before its unit. */
function halfDegree(
  s: string,
  i: number,
): { value: number; end: number; hangul: boolean; native: boolean } | null {
  return s[i] === '반' && s[i + 1] === '도' && s[i + 2] !== '체'
    ? { value: 0.5, end: i + 1, hangul: true, native: false }
    : null;
}
