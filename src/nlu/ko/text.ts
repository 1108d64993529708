/**
 * Text normalization and the trie used to find lexicon words in an utterance
 * without regard to spacing.
 */
import { josa } from 'es-hangul';
import { markAfterDegree } from './degree.js';
import { resayHeardDevices } from './heard-device.js';
import { CALLS } from './lexicon/household.js';
import { LETTER_HEARD } from './lexicon/recognizer.js';
import { ENGLISH_DIGITS, LATIN_WORDS, LETTER_NAMES, WAKE_WORDS } from './lexicon/words.js';
import { lastSyllableOfNumber } from './numbers.js';

/** Longest utterance the engine reads; longer input is not a spoken command. */
export const MAX_INPUT = 300;

export interface Normalized {
  /** Lower-cased text with spaces removed. */
  compact: string;
  /** starts[i] is 1 when compact[i] begins a word of the spoken text. */
  starts: Uint8Array;
  /** The cleaned text with single spaces (for free-text slots). */
  spaced: string;
  /** spacedIndex[i]: index in `spaced` of compact[i]. */
  spacedIndex: Uint32Array;
  question: boolean;
  /** Compact offsets where a question mark ended a clause the turn runs on past ("세탁기 다 돌았어? 불 켜 줘"). */
  asks: number[];
}

const FRACTION_NUMBERS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 한: 1, 두: 2, 세: 3 };
const FRACTION = /([1-9]|[이삼사오])\s*분\s*의\s*([1-9]|[일이삼사])/g;

const WAKE = WAKE_WORDS.map((w) => w.replace(/\s+/g, '')).sort((a, b) => b.length - a.length);
/** The first two letters of each wake word (all have three or more), as one number: "지금" begins none. */
const WAKE_PAIRS = new Set(WAKE.map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));

/** The first two letters of the cleaned text as one number, its spaces skipped (spaces are its only blanks). */
function firstTwo(s: string): number {
  let i = 0;
  while (s.charCodeAt(i) === 0x20) i++;
  let j = i + 1;
  while (s.charCodeAt(j) === 0x20) j++;
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(j);
}
/** Anything the cleaning below would change: a character it drops, or a run of two or more of them. */
const UNCLEAN = /[^\uac00-\ud7a3a-z0-9%\uE000\uE001 ]|[^\uac00-\ud7a3a-z0-9%\uE000\uE001]{2}/;
/** A name of the assistant said after the first word, spacing-insensitively. */
const CALL = new RegExp(`\\s(?:${CALLS.map((w) => [...w.replace(/\s+/g, '')].join('\\s*')).join('|')})`);

/** "숙제해. 지니야 티비 꺼": the assistant called by name mid-turn; what came before was said to someone else. */
function afterCall(s: string): string {
  const m = CALL.exec(s);
  if (!m) return s;
  const rest = s.slice(m.index + m[0].length).trim();
  // only when something is asked after the name ("불 꺼 줘 지니야" keeps its request)
  return rest.replace(/\s+/g, '').length >= 2 ? rest : s;
}

/** Text with only printable ASCII and Hangul syllables, which NFKC leaves as they are. */
const NFKC_STABLE = /^[\x20-\x7e\uac00-\ud7a3]*$/;

const JAMO = /[\u3131-\u318e\u1100-\u11ff]/;

/** Typed or transcribed letters: ㄴㄴ is 아니, ㄱ/ㄱㄱ go (on), ㄲ off. */
function typedLetters(text: string): string {
  // "아 ㄴㄴ tvN": typed or transcribed ㄴㄴ is 아니 (NFKC turns ㄴ into its conjoining form)
  let s = text.replace(/(^|[^\uac00-\ud7a3])[\u3134\u1102]{2,}(?![\uac00-\ud7a3])/g, '$1 아니 ');
  // "티비 ㄱㄱ", "불 ㄲ": typed go (ㄱ, ㄱㄱ) and off (ㄲ) after a word
  // ("불 끄기 ㄱ": after an action said as a noun, ㄱ is only "go")
  s = s.replace(
    /((?:끄|켜|키|돌리|하|틀|열|닫|잠그|올리|내리|줄이|키우|보|듣)기\s*)[\u3131\u1100]{1,4}(?![\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff])/g,
    '$1 ',
  );
  s = s.replace(
    /([\uac00-\ud7a3a-z0-9]\s*)[\u3131\u1100]{1,4}(?![\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff])/g,
    '$1 켜 ',
  );
  return s.replace(
    /([\uac00-\ud7a3a-z0-9]\s*)[\u3132\u1101](?![\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff])/g,
    '$1 꺼 ',
  );
}

/** Cleans an utterance: NFKC, lower case, Hangul/Latin/digits only, wake word dropped. */
export function normalize(text: string, keepWake?: (compact: string, wake: string) => boolean): Normalized {
  // (ASCII and Hangul syllables are their own NFKC form: most turns skip the costly normalization)
  let s = (NFKC_STABLE.test(text) ? text : text.normalize('NFKC')).toLowerCase();
  // "25도로 해 줘, 아 너무 높나? 그냥 23도로": a question mark the turn runs on past is a clause's doubt,
  // not a question the turn asks
  const question =
    s.includes('?') && (s.slice(s.lastIndexOf('?') + 1).match(/[\uac00-\ud7a3a-z0-9]/g)?.length ?? 0) < 2;
  // a question mark the turn runs on past is kept as a mark between clauses (asked-mid.ts)
  const marked = s.includes('?');
  if (marked) s = s.replace(/\?+(?=(?:[\s\S]*?[\uac00-\ud7a3a-z0-9]){2})/g, ' \uE001 ');
  if (s.includes('°') || s.includes('℃')) s = s.replace(/°c|°|℃/g, '도');
  // typed letters (ㄴㄴ, ㄱㄱ, ㄲ) are rare: their rewrites run only when one is there
  if (JAMO.test(s)) s = typedLetters(s);
  const digits = /\d/.test(s);
  if (digits) {
    if (s.includes('-')) s = s.replace(/(^|[^0-9a-z\uac00-\ud7a3])-(?=\d)/g, '$1 마이너스 ');
    // "1/3", written as a fraction: said as 3분의 1
    if (s.includes('/')) s = s.replace(/(^|[^0-9])([1-9])\s*\/\s*([2-9])(?![0-9])/g, '$1$3분의 $2');
    if (s.includes('.')) s = s.replace(/(\d)\.(\d)/g, '$1\uE000$2');
  }
  // keep Hangul syllables, Latin letters, digits, % and decimal points between digits
  if (UNCLEAN.test(s)) s = s.replace(/[^\uac00-\ud7a3a-z0-9%\uE000\uE001]+/g, ' ');
  if (s.includes('\uE000')) s = s.replace(/\uE000/g, '.');
  if (digits && s.includes(',')) s = s.replace(/(\d),(\d{3})/g, '$1$2');
  // "반의 반": a half of a half
  if (s.includes('반')) s = s.replace(/반\s*의\s*반/g, ' 25% ');
  // "4분의 1", "사분의 일": a fraction, said as a percentage
  if (s.includes('분'))
    s = s.replace(FRACTION, (_m, a: string, b: string) => {
      const den = FRACTION_NUMBERS[a] ?? Number(a);
      const nume = FRACTION_NUMBERS[b] ?? Number(b);
      // to a hundredth of a percent: a third is 33.33 %, not 33 %
      return den > 0 && nume > 0 && nume <= den ? ` ${Math.round((nume * 10000) / den) / 100}% ` : _m;
    });
  s = s.trim();
  // wake word left by the pipeline
  const head = WAKE_PAIRS.has(firstTwo(s)) ? s.replace(/\s+/g, '') : '';
  for (const w of head ? WAKE : []) {
    if (head.startsWith(w)) {
      // "클로바 스피커 소리 줄여": the wake word begins a device's name
      if (keepWake?.(head, w)) break;
      let k = 0;
      let seen = 0;
      while (k < s.length && seen < w.length) {
        if (s[k] !== ' ') seen++;
        k++;
      }
      s = s.slice(k).trim();
      break;
    }
  }
  s = afterCall(s);
  s = resayHeardDevices(s);
  if (marked) s = s.replace(/\s*\uE001[\s\uE001]*/g, '\uE001').replace(/^\uE001|\uE001$/g, '');
  const asks: number[] = [];
  // arrays of the exact length (a subarray view would make V8 move them off its heap)
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0xe001) len++;
  }
  const starts = new Uint8Array(len);
  const spacedIndex = new Uint32Array(len);
  let n = 0;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xe001) asks.push(n);
    if (c === 0x20 || c === 0xe001) {
      prevSpace = true;
      continue;
    }
    starts[n] = prevSpace ? 1 : 0;
    spacedIndex[n] = i;
    n++;
    prevSpace = false;
  }
  // (a plain search for the common case of spaces only)
  const compact =
    n === s.length ? s : s.includes('\uE001') ? s.replace(/[ \uE001]/g, '') : s.replaceAll(' ', '');
  markAfterDegree(compact, starts);
  return {
    compact,
    starts,
    spaced: marked ? s.replace(/\uE001/g, ' ') : s,
    spacedIndex,
    question,
    asks,
  };
}

/**
 * One pattern for "any of these words" (at the end of the text, before its closing marks, with `atEnd`), built
 * once where a rule is loaded: a single scan of the turn instead of one `includes` per word.
 */
export function anyWord(words: readonly string[], atEnd = false): RegExp {
  const alt = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(atEnd ? `(?:${alt})[?!.,~]*$` : alt);
}

/** Compact form of a lexicon or name string: the same cleaning as utterances, spaces removed. */
export function compactForm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\uac00-\ud7a3a-z0-9%]+/g, '');
}

const SINO = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
function readDigits(d: string): string {
  const n = Number(d);
  if (!Number.isFinite(n) || d.length > 4) return d;
  if (n === 0) return '영';
  let out = '';
  const units = ['', '십', '백', '천'];
  const str = String(n);
  for (let k = 0; k < str.length; k++) {
    const digit = Number(str[k]);
    const u = units[str.length - 1 - k] ?? '';
    if (digit === 0) continue;
    out += (digit === 1 && u ? '' : SINO[digit]) + u;
  }
  return out;
}

/**
 * Spoken variants of a name: Latin words spelled in Hangul (TV → 티비, KBS → 케이비에스),
 * digits read in Sino-Korean (KBS1 → 케이비에스일). All compact.
 */
export function nameVariants(name: string): string[] {
  const c = compactForm(name);
  if (!c) return [];
  const runs = c.match(/[a-z]+|[0-9]+|[^a-z0-9]+/g) ?? [c];
  let acc: string[] = [''];
  for (const run of runs) {
    let alts: string[];
    if (/^[a-z]+$/.test(run)) {
      alts = [run, ...(LATIN_WORDS[run] ?? [])];
      const spelled = [...run].map((ch) => LETTER_NAMES[ch] ?? ch).join('');
      if (!alts.includes(spelled)) alts.push(spelled);
      // as a recognizer writes it ("엠비시" for MBC)
      const heard = [...run].map((ch) => LETTER_HEARD[ch] ?? LETTER_NAMES[ch] ?? ch).join('');
      if (!alts.includes(heard)) alts.push(heard);
    } else if (/^[0-9]+$/.test(run)) {
      alts = [run, readDigits(run)];
      // a single digit after Latin letters is also read in English ("KBS2" → 케이비에스 투)
      const english = ENGLISH_DIGITS[run];
      if (english) alts.push(english);
    } else alts = [run];
    const next: string[] = [];
    for (const a of acc) for (const b of alts) if (next.length < 24) next.push(a + b);
    acc = next;
  }
  return [...new Set(acc)];
}

/** A trie over compact strings, keyed by UTF-16 code units (no one-letter strings made while matching). */
export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), items: null };

  add(key: string, item: T): void {
    if (!key) return;
    let node = this.root;
    for (let j = 0; j < key.length; j++) {
      const ch = key.charCodeAt(j);
      let n = node.next.get(ch);
      if (!n) {
        n = { next: new Map(), items: null };
        node.next.set(ch, n);
      }
      node = n;
    }
    if (!node.items) node.items = [];
    if (!node.items.includes(item)) node.items.push(item);
  }

  /** Every match starting at `i`, shortest first: [end, items]. */
  matchesAt(s: string, i: number, out: Array<[number, T[]]>): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let j = i; j < s.length; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) return;
      if (node.items) out.push([j + 1, node.items]);
    }
  }
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  items: T[] | null;
}

const LETTER_LAST: Record<string, string> = {};
for (const [k, v] of Object.entries(LETTER_NAMES)) LETTER_LAST[k] = v[v.length - 1] as string;

/** The syllable a word is read as ending with, for particle choice (TV → 비, 3 → 삼, KBS1 → 일). */
export function lastReading(word: string): string {
  const w = word.trim();
  const m = /(\d+(?:\.\d+)?)\s*$/.exec(w);
  if (m) return lastSyllableOfNumber(Number(m[1]));
  const last = w[w.length - 1] ?? '';
  if (/[\uac00-\ud7a3]/.test(last)) return last;
  const lower = last.toLowerCase();
  if (/[a-z]/.test(lower)) {
    const tail = /([a-z]+)$/i.exec(w)?.[1]?.toLowerCase() ?? lower;
    const word2 = LATIN_WORDS[tail]?.[0];
    if (word2) return word2[word2.length - 1] as string;
    return LETTER_LAST[lower] ?? '이';
  }
  if (last === '%') return '트';
  return '이';
}

/** Attaches a particle pair ("을/를", "이/가", "은/는", "으로/로", "와/과", "이에요/예요") correctly. */
export function withJosa(word: string, pair: Parameters<typeof josa>[1]): string {
  const reading = lastReading(word);
  return word + josa(reading, pair).slice(reading.length);
}
