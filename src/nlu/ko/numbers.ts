/**
 * Spoken Korean numbers: Arabic digits, Sino-Korean numerals (삼, 이십오, 십일, 삼 점 오),
 * native numerals (세, 열다섯, 스물두), and spoken PIN digits (공오일이).
 * es-hangul turns numbers into Hangul but not back; this module does the reverse.
 */
import {
  DECIMAL_POINTS,
  ENGLISH_COUNT_AFTER,
  ENGLISH_COUNTS,
  NATIVE_ONES,
  NATIVE_TENS,
  PIN_PREFIXES,
  PIN_SUFFIXES,
  SINO_DIGITS,
  SINO_UNITS,
} from './lexicon/numerals.js';

export interface ParsedNumber {
  value: number;
  /** Index just past the number. */
  end: number;
  /** True when the number was written in Hangul (needs a unit or a word boundary to be trusted). */
  hangul: boolean;
  /** True when it is a native numeral (세, 열다섯): counts, never channel digits. */
  native: boolean;
}

const POINTS = new Set(DECIMAL_POINTS);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Digits s[i..j) and the run from j are two numbers unless both are one digit ("채널 1 1번" is 11). */
function apart(s: string, i: number, j: number): boolean {
  return j - i > 1 || isDigit(s[j + 1]);
}

/**
 * Parses a number starting at `i` of `s` (no spaces inside `s` are expected). With `starts` (where spoken
 * words begin), digits written as words of their own are two numbers: "볼륨 20, 15로" is 20 then 15.
 */
export function parseNumberAt(s: string, i: number, starts?: ArrayLike<number>): ParsedNumber | null {
  const code = s.charCodeAt(i);
  if (code >= 0x30 && code <= 0x39) {
    let j = i;
    while (isDigit(s[j]) && (j === i || starts?.[j] !== 1 || !apart(s, i, j))) j++;
    if ((s[j] === '.' || POINTS.has(s[j] as string)) && isDigit(s[j + 1])) {
      j++;
      while (isDigit(s[j])) j++;
    }
    const value = Number(s.slice(i, j).replace(/[^\d.]/, '.'));
    return digitsTimesUnit(s, j, value) ?? { value, end: j, hangul: false, native: false };
  }
  // (most letters begin no number, and past the end is none: one look before the readers below)
  if (!NUMBER_FIRST.has(code)) return null;
  const sino = parseSino(s, i);
  // "일곱", "일흔": a native numeral that begins like a Sino-Korean one (일) is the longer reading
  if (sino && s[i] === '일') {
    const native = parseNative(s, i);
    if (native && native.end > sino.end) return native;
  }
  return sino ?? parseNative(s, i) ?? englishCount(s, i);
}

const ENGLISH_FIRST = new Set(ENGLISH_COUNTS.map(([w]) => w[0] as string));

/** The syllables a native numeral can begin with (a cheap look before the tables). */
const NATIVE_FIRST = new Set([...NATIVE_TENS, ...NATIVE_ONES].map(([w]) => w[0]));

/** The Sino-Korean digits and units by code unit (one syllable each: no one-letter strings made to look). */
const SINO_DIGIT_AT = new Map(Object.entries(SINO_DIGITS).map(([w, v]) => [w.charCodeAt(0), v]));
const SINO_UNIT_AT = new Map(Object.entries(SINO_UNITS).map(([w, v]) => [w.charCodeAt(0), v]));
const BEON = '번'.charCodeAt(0);

/** Code units a Hangul number can begin with: a Sino-Korean digit or unit, a native numeral, an English count. */
const NUMBER_FIRST = new Set(
  [...Object.keys(SINO_DIGITS), ...Object.keys(SINO_UNITS), ...NATIVE_FIRST, ...ENGLISH_FIRST].map((w) =>
    (w as string).charCodeAt(0),
  ),
);

/**
 * "볼륨 투 업", "티비볼륨투업": an English numeral right before 업/다운 is a count (the first syllable checked first);
 * the direction after it bounds it as a unit bounds digits, so it is trusted like digits, glued or spaced.
 */
function englishCount(s: string, i: number): ParsedNumber | null {
  if (!ENGLISH_FIRST.has(s[i] as string)) return null;
  for (const [w, value] of ENGLISH_COUNTS) {
    if (!s.startsWith(w, i)) continue;
    const end = i + w.length;
    return ENGLISH_COUNT_AFTER.some((d) => s.startsWith(d, end))
      ? { value, end, hangul: false, native: false }
      : null;
  }
  return null;
}

/**
 * "3천", "2천5백": digits a recognizer wrote before 백 or 천 are that many of the unit, and what
 * follows adds to it; null when no such unit follows (만 after digits is "only": "5만 올려").
 */
function digitsTimesUnit(s: string, j: number, value: number): ParsedNumber | null {
  const u = SINO_UNIT_AT.get(s.charCodeAt(j));
  if ((u !== 100 && u !== 1000) || !Number.isInteger(value)) return null;
  const head = value * u;
  const rest = parseNumberAt(s, j + 1);
  if (rest && rest.value < u && (isDigit(s[j + 1]) || rest.hangul))
    return { value: head + rest.value, end: rest.end, hangul: false, native: false };
  return { value: head, end: j + 1, hangul: false, native: false };
}

/**
 * "칠 일 번", "일일번": a number said one Sino-Korean digit at a time, ending in 번 (a channel), is its
 * digits in order (`s` is the compact text, spaces removed). Right after 채널, digits said as words of
 * their own ("채널 일 일", "채널 구 팔로") need no 번 (`starts`: where spoken words begin); "채널이 이상해"
 * (glued) and "일 하러" (no 채널) are no number.
 */
export function digitsAt(s: string, i: number, starts?: ArrayLike<number>): ParsedNumber | null {
  // (no Sino-Korean digit first, no number: the common case, looked at by code unit)
  if (!SINO_DIGIT_AT.has(s.charCodeAt(i))) return null;
  let j = i;
  let digits = '';
  while (
    SINO_DIGIT_AT.has(s.charCodeAt(j)) &&
    (SINO_DIGIT_AT.has(s.charCodeAt(j + 1)) || s.charCodeAt(j + 1) === BEON)
  ) {
    digits += String(SINO_DIGITS[s[j] as string]);
    j++;
  }
  if (digits.length >= 1 && s[j] !== '번' && starts && spokenApart(s, i, j + 1, starts)) {
    digits += String(SINO_DIGITS[s[j] as string]);
    return { value: Number(digits), end: j + 1, hangul: true, native: false };
  }
  if (digits.length < 2 || s[j] !== '번') return null;
  return { value: Number(digits), end: j, hangul: true, native: false };
}

/** Digits s[i..end) each said as a word of its own right after 채널, and nothing glued after them. */
function spokenApart(s: string, i: number, end: number, starts: ArrayLike<number>): boolean {
  if (s.slice(Math.max(0, i - 2), i) !== '채널') return false;
  for (let k = i; k < end; k++) if (starts[k] !== 1) return false;
  const after = s.slice(end);
  return after === '' || starts[end] === 1 || /^(으로|로|번)/.test(after);
}

function parseSino(s: string, i: number): ParsedNumber | null {
  let j = i;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let any = false;
  let lastWasDigit = false;
  let lastUnit: number | null = null;
  for (;;) {
    if (j >= s.length) break;
    const code = s.charCodeAt(j);
    const d = SINO_DIGIT_AT.get(code);
    if (d !== undefined) {
      if (lastWasDigit) break; // "일이" is not a number (digits are read one by one only in PINs)
      digit = d;
      lastWasDigit = true;
      any = true;
      j++;
      continue;
    }
    const u = SINO_UNIT_AT.get(code);
    if (u !== undefined) {
      // "이십, 십오": units fall inside a section (이십십오 is no numeral), so a second 십 begins a number
      if (u < 10000 && lastUnit !== null && u >= lastUnit) {
        if (lastWasDigit) j--;
        if (lastWasDigit) digit = null;
        break;
      }
      lastUnit = u < 10000 ? u : null;
      if (u === 10000) {
        total += (section + (digit ?? 0) || 1) * 10000;
        section = 0;
      } else {
        section += (digit ?? 1) * u;
      }
      digit = null;
      lastWasDigit = false;
      any = true;
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  let value = total + section + (digit ?? 0);
  // decimals: 삼점오, 이십삼 점 오
  if (POINTS.has(s[j] as string)) {
    let k = j + 1;
    let frac = '';
    while (s[k] !== undefined && SINO_DIGITS[s[k] as string] !== undefined) {
      frac += String(SINO_DIGITS[s[k] as string]);
      k++;
    }
    if (frac) {
      value = Number(`${value}.${frac}`);
      j = k;
    }
  }
  return { value, end: j, hangul: true, native: false };
}

function matchWord(s: string, i: number, table: Array<[string, number]>): [number, number] | null {
  for (const [w, v] of table) if (s.startsWith(w, i)) return [v, w.length];
  return null;
}

function parseNative(s: string, i: number): ParsedNumber | null {
  if (!NATIVE_FIRST.has(s[i])) return null;
  let j = i;
  let value = 0;
  const tens = matchWord(s, j, NATIVE_TENS);
  if (tens) {
    value += tens[0];
    j += tens[1];
  }
  const ones = matchWord(s, j, NATIVE_ONES);
  if (ones) {
    value += ones[0];
    j += ones[1];
  }
  if (j === i) return null;
  return { value, end: j, hangul: true, native: true };
}

/** Parses a whole string as one number ("이십오", "25", "영하 3", "마이너스 2.5"); null otherwise. */
export function parseKoreanNumber(text: string): number | null {
  let s = text.normalize('NFKC').replace(/\s+/g, '');
  let sign = 1;
  for (const neg of ['영하', '마이너스', '-']) {
    if (s.startsWith(neg)) {
      sign = -1;
      s = s.slice(neg.length);
      break;
    }
  }
  const n = parseNumberAt(s, 0);
  if (!n || n.end !== s.length) return null;
  return sign * n.value;
}

const PIN_DIGITS: Record<string, string> = {
  공: '0',
  영: '0',
  빵: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  륙: '6',
  칠: '7',
  팔: '8',
  구: '9',
};

/**
 * A spoken PIN or digit string ("공오일이", "0 5 1 2", "영오일이요", "비밀번호는 공오일이") as its
 * digits ("0512"); null when the text holds anything else.
 */
export function parseSpokenDigits(text: string): string | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  let s = text.normalize('NFKC').replace(/[\s\-.,!?~·]+/g, '');
  for (const p of PIN_PREFIXES) {
    if (s.startsWith(p)) {
      s = s.slice(p.length);
      break;
    }
  }
  const attempt = (t: string): string | null => {
    if (!t) return null;
    let out = '';
    for (const ch of t) {
      if (isDigit(ch)) out += ch;
      else {
        const d = PIN_DIGITS[ch];
        if (d === undefined) return null;
        out += d;
      }
    }
    return out.length <= 16 ? out : null;
  };
  const direct = attempt(s);
  if (direct) return direct;
  for (const suf of PIN_SUFFIXES) {
    if (s.endsWith(suf)) {
      const r = attempt(s.slice(0, -suf.length));
      if (r) return r;
    }
  }
  return null;
}

const SINO_READ = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];

/** The Korean reading of a number's last syllable, for choosing particles (3 → 삼, 10 → 십). */
export function lastSyllableOfNumber(n: number): string {
  const str = String(Math.abs(n));
  if (str.includes('.')) {
    const last = str[str.length - 1] ?? '0';
    return SINO_READ[Number(last)] ?? '영';
  }
  let v = Math.abs(Math.trunc(n));
  if (v === 0) return '영';
  if (v % 10 !== 0) return SINO_READ[v % 10] ?? '영';
  v = Math.trunc(v / 10);
  if (v % 10 !== 0) return '십';
  v = Math.trunc(v / 10);
  if (v % 10 !== 0) return '백';
  v = Math.trunc(v / 10);
  if (v % 10 !== 0) return '천';
  return '만';
}

/** Reads a number for replies: 3 → "3", -18 → "영하 18" when `temperature`, 3.5 → "3.5". */
export function formatNumber(n: number, temperature = false): string {
  const r = Math.round(n * 10) / 10;
  if (temperature && r < 0) return `영하 ${String(-r)}`;
  return String(r);
}
