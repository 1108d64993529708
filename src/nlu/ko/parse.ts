/**
 * From an utterance to frames: the lexicon (static words plus the home's names, areas and
 * channels) is found in the spacing-free text by longest match; numbers with their units are
 * read; the words are grouped into clauses ("끄고", "켜서" split them), each a Frame.
 */

import { NEGATIVE_WORDS } from './lexicon/numerals.js';
import {
  AND_WORDS,
  ATTRS,
  type AttrKey,
  CLAUSE_ENDS,
  COLOR_TEMPS,
  COLORS,
  COMPARTMENTS,
  ENDINGS,
  FAN_SPEEDS,
  FILLERS,
  KINDS,
  type KindWord,
  MODES,
  MODS,
  type ModKey,
  NEVERMIND,
  PARTICLES,
  STATES,
  UNITS,
  VERBS,
  type VerbKey,
} from './lexicon/words.js';
import { parseNumberAt } from './numbers.js';
import { compactForm, type Normalized, normalize, Trie } from './text.js';

export interface ChannelRef {
  device: string;
  major: number;
  minor: number;
  name: string;
}

export type Lex =
  | { t: 'verb'; v: VerbKey }
  | { t: 'attr'; v: AttrKey }
  | { t: 'kind'; v: KindWord }
  | { t: 'comp'; v: string }
  | { t: 'mod'; v: ModKey }
  | { t: 'state'; v: string }
  | { t: 'color'; v: string }
  | { t: 'ctemp'; v: number }
  | { t: 'mode'; v: string }
  | { t: 'fan'; v: number }
  | { t: 'clause' }
  | { t: 'and' }
  | { t: 'part' }
  | { t: 'end' }
  | { t: 'filler' }
  | { t: 'nev' }
  | { t: 'neg' }
  | { t: 'unit'; v: string }
  | { t: 'area'; v: string }
  | { t: 'dev'; v: string }
  | { t: 'chan'; v: ChannelRef };

export interface Token {
  start: number;
  end: number;
  text: string;
  lex: Lex[];
  num?: { value: number; unit: string | null; hangul: boolean };
}

/** Lexicon categories that only follow another recognised word (particles, endings). */
const GLUE = new Set(['part', 'end', 'clause', 'and']);

function buildStatic(): Trie<Lex> {
  const t = new Trie<Lex>();
  const add = (words: string[], lex: Lex) => {
    for (const w of words) t.add(compactForm(w), lex);
  };
  for (const [k, words] of Object.entries(VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  for (const [k, words] of Object.entries(ATTRS)) add(words, { t: 'attr', v: k as AttrKey });
  for (const [words, kw] of KINDS) add(words, { t: 'kind', v: kw });
  for (const [words, tag] of COMPARTMENTS) add(words, { t: 'comp', v: tag });
  for (const [k, words] of Object.entries(MODS)) add(words, { t: 'mod', v: k as ModKey });
  for (const [words, st] of STATES) add(words, { t: 'state', v: st });
  for (const [words, c] of COLORS) add(words, { t: 'color', v: c });
  for (const [words, k] of COLOR_TEMPS) add(words, { t: 'ctemp', v: k });
  for (const [words, m] of MODES) add(words, { t: 'mode', v: m });
  for (const [words, f] of FAN_SPEEDS) add(words, { t: 'fan', v: f });
  add(CLAUSE_ENDS, { t: 'clause' });
  add(AND_WORDS, { t: 'and' });
  add(PARTICLES, { t: 'part' });
  add(ENDINGS, { t: 'end' });
  add(FILLERS, { t: 'filler' });
  add(NEVERMIND, { t: 'nev' });
  add(
    NEGATIVE_WORDS.filter((w) => w !== '-'),
    { t: 'neg' },
  );
  return t;
}

const STATIC = buildStatic();
const UNIT_TRIE = (() => {
  const t = new Trie<string>();
  for (const [words, u] of UNITS) for (const w of words) t.add(compactForm(w) || w, u);
  return t;
})();
const TO_PARTICLES = new Set(['로', '으로', '까지', '에', '에다', '에서', '로해', '으로해']);

/** The home's own words: names and aliases, areas, channels. */
export interface DynamicLexicon {
  trie: Trie<Lex>;
}

/** Splits an utterance into tokens. */
export function tokenize(norm: Normalized, dyn: DynamicLexicon | null): Token[] {
  const s = norm.compact;
  const n = s.length;
  const tokens: Token[] = [];
  let prevEnd = 0;
  let i = 0;
  const m1: Array<[number, Lex[]]> = [];
  const m2: Array<[number, Lex[]]> = [];
  const mu: Array<[number, string[]]> = [];
  while (i < n) {
    const atStart = norm.starts[i] === 1 || prevEnd === i;
    m1.length = 0;
    m2.length = 0;
    STATIC.matchesAt(s, i, m1);
    if (dyn) dyn.trie.matchesAt(s, i, m2);
    let bestEnd = -1;
    let bestLex: Lex[] | null = null;
    // dynamic names first: on equal length a name wins over a generic word
    for (const [end, items] of m2) {
      if (end - i < 2 && !atStart) continue;
      if (end > bestEnd) {
        bestEnd = end;
        bestLex = items.slice();
      }
    }
    for (const [end, items] of m1) {
      const glue = items.every((x) => GLUE.has(x.t));
      const ok = glue ? prevEnd === i : end - i >= 2 || atStart;
      if (!ok) continue;
      if (end > bestEnd) {
        bestEnd = end;
        bestLex = items.slice();
      } else if (end === bestEnd && bestLex) {
        for (const x of items) if (!bestLex.includes(x)) bestLex.push(x);
      }
    }
    // numbers
    const num = atStart || /[0-9]/.test(s[i] as string) ? parseNumberAt(s, i) : null;
    if (num) {
      mu.length = 0;
      UNIT_TRIE.matchesAt(s, num.end, mu);
      const unitMatch = mu.length ? mu[mu.length - 1] : undefined;
      let end = num.end;
      let unit: string | null = null;
      if (unitMatch) {
        end = unitMatch[0];
        unit = unitMatch[1][0] ?? null;
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
            after.startsWith('번');
          ok = norm.starts[i] === 1 && boundary && (!num.native || num.end - i >= 2);
        }
      }
      if (ok && end >= bestEnd) {
        tokens.push({
          start: i,
          end,
          text: s.slice(i, end),
          lex: [],
          num: { value: num.value, unit, hangul: num.hangul },
        });
        prevEnd = end;
        i = end;
        continue;
      }
    }
    if (bestLex && bestEnd > i) {
      tokens.push({ start: i, end: bestEnd, text: s.slice(i, bestEnd), lex: bestLex });
      prevEnd = bestEnd;
      i = bestEnd;
      continue;
    }
    i++;
  }
  return tokens;
}

export interface NumberMention {
  value: number;
  unit: string | null;
  /** "3도로": a target value. */
  to: boolean;
  /** "2도 더": an amount of change. */
  by: boolean;
  hangul: boolean;
}

export interface TargetRef {
  devs: string[];
  kind: KindWord | null;
  areas: string[];
  comp: string | null;
  text: string;
  all: boolean;
}

export interface Frame {
  verb: VerbKey | null;
  verbs: VerbKey[];
  attr: AttrKey | null;
  attrs: AttrKey[];
  targets: TargetRef[];
  areas: string[];
  mods: Set<ModKey>;
  numbers: NumberMention[];
  color: string | null;
  ctemp: number | null;
  mode: string | null;
  fan: number | null;
  state: string | null;
  channel: ChannelRef | null;
  nev: boolean;
  question: boolean;
  /** The frame inherited its targets from the clause before. */
  inherited: boolean;
  /** Compact-index spans no lexicon word covered. */
  unknown: Array<[number, number]>;
  tokens: Token[];
}

const WEAK_VERBS = new Set<VerbKey>(['do', 'query', 'hot']);
/** Verbs that also modify the following noun ("다음 채널", "이전 곡"): they do not end a clause. */
const NOUNISH_VERBS = new Set<VerbKey>(['next', 'prev']);

function emptyFrame(): Frame {
  return {
    verb: null,
    verbs: [],
    attr: null,
    attrs: [],
    targets: [],
    areas: [],
    mods: new Set(),
    numbers: [],
    color: null,
    ctemp: null,
    mode: null,
    fan: null,
    state: null,
    channel: null,
    nev: false,
    question: false,
    inherited: false,
    unknown: [],
    tokens: [],
  };
}

const has = (tok: Token, t: Lex['t']): boolean => tok.lex.some((x) => x.t === t);
const isTargetTok = (tok: Token): boolean =>
  tok.lex.some((x) => x.t === 'dev' || x.t === 'kind' || x.t === 'area' || x.t === 'comp');

export interface Parsed {
  norm: Normalized;
  tokens: Token[];
  frames: Frame[];
  /** Number of compact characters no word covered. */
  unknownChars: number;
}

/** Parses an utterance into clause frames. */
export function parse(text: string, dyn: DynamicLexicon | null): Parsed {
  const norm = normalize(text);
  const tokens = tokenize(norm, dyn);
  const frames: Frame[] = [];
  let f = emptyFrame();
  let pendingAreas: string[] = [];
  let allNext = false;
  let neg = false;
  let lastWasAnd = false;
  let covered = 0;
  let cursor = 0;
  const close = () => {
    if (pendingAreas.length) {
      const bare = f.targets.filter((t) => t.areas.length === 0);
      if (bare.length) for (const t of bare) t.areas = pendingAreas;
      else f.areas.push(...pendingAreas);
    }
    pendingAreas = [];
    if (f.tokens.length) frames.push(f);
    f = emptyFrame();
    allNext = false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.start > cursor) f.unknown.push([cursor, tok.start]);
    covered += tok.end - tok.start;
    cursor = tok.end;
    // a new noun phrase after a finished action starts a new clause
    if (
      f.verb &&
      !WEAK_VERBS.has(f.verb) &&
      !NOUNISH_VERBS.has(f.verb) &&
      (isTargetTok(tok) || has(tok, 'attr')) &&
      !has(tok, 'verb')
    )
      close();
    f.tokens.push(tok);
    if (tok.num) {
      const next = tokens[k + 1];
      const nextAdj = next && next.start === tok.end ? next : undefined;
      const to = !!(nextAdj && has(nextAdj, 'part') && TO_PARTICLES.has(nextAdj.text));
      const by = !!next?.lex.some((x) => x.t === 'mod' && x.v === 'more');
      f.numbers.push({
        value: neg ? -tok.num.value : tok.num.value,
        unit: tok.num.unit,
        to,
        by,
        hangul: tok.num.hangul,
      });
      if (tok.num.unit === 'num' && /채널/.test(tok.text)) f.attrs.push('channel');
      neg = false;
      continue;
    }
    const lex = tok.lex;
    let devs: string[] | null = null;
    let kind: KindWord | null = null;
    let comp: string | null = null;
    let area: string | null = null;
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
          if (x.v === 'all') allNext = true;
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
        case 'mode':
          f.mode = f.mode ?? x.v;
          break;
        case 'fan':
          f.fan = f.fan ?? x.v;
          break;
        case 'chan':
          f.channel = f.channel ?? x.v;
          break;
        case 'nev':
          f.nev = true;
          break;
        case 'neg':
          neg = true;
          break;
        default:
          break;
      }
    }
    if (verbSeen) {
      const strong = lex.find((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v)) as { v: VerbKey } | undefined;
      const v = strong ? strong.v : verbSeen;
      if (!f.verb || (WEAK_VERBS.has(f.verb) && !WEAK_VERBS.has(v))) f.verb = v;
      if (v === 'query' || lex.some((x) => x.t === 'verb' && x.v === 'query')) f.question = true;
    }
    if (devs || kind) {
      // a compartment right after its appliance belongs to it ("냉장고 냉동실")
      f.targets.push({
        devs: devs ?? [],
        kind,
        areas: pendingAreas,
        comp,
        text: tok.text,
        all: allNext,
      });
      pendingAreas = [];
      allNext = false;
    } else if (comp) {
      const prev = f.targets[f.targets.length - 1];
      if (prev && !lastWasAnd && !prev.comp) prev.comp = comp;
      else {
        f.targets.push({ devs: [], kind: null, areas: pendingAreas, comp, text: tok.text, all: allNext });
        pendingAreas = [];
      }
    } else if (area) {
      pendingAreas.push(area);
    }
    lastWasAnd = has(tok, 'and');
    // "끄고", "켜서": the clause ends after a verb
    const prevTok = tokens[k - 1];
    if (
      has(tok, 'clause') &&
      !isTargetTok(tok) &&
      f.verb &&
      !WEAK_VERBS.has(f.verb) &&
      prevTok &&
      (prevTok.end === tok.start || tok.text.length > 1)
    ) {
      close();
    }
  }
  if (norm.compact.length > cursor) f.unknown.push([cursor, norm.compact.length]);
  close();
  if (frames.length === 0) frames.push(emptyFrame());
  // merge trailing verb-less fragments, inherit targets
  const out: Frame[] = [];
  for (const fr of frames) {
    const prev = out[out.length - 1];
    const hasAction =
      fr.verb !== null ||
      fr.attrs.length > 0 ||
      fr.numbers.length > 0 ||
      fr.color !== null ||
      fr.ctemp !== null ||
      fr.mode !== null ||
      fr.fan !== null ||
      fr.channel !== null ||
      fr.state !== null;
    if (prev && !hasAction) {
      prev.targets.push(...fr.targets);
      prev.areas.push(...fr.areas);
      prev.tokens.push(...fr.tokens);
      prev.unknown.push(...fr.unknown);
      continue;
    }
    if (prev && fr.targets.length === 0 && fr.areas.length === 0 && prev.targets.length) {
      fr.targets = prev.targets.map((t) => ({ ...t }));
      fr.inherited = true;
    }
    out.push(fr);
  }
  for (const fr of out) {
    fr.attr = fr.attrs[0] ?? null;
    if (norm.question) fr.question = true;
  }
  return { norm, tokens, frames: out, unknownChars: norm.compact.length - covered };
}

/** The text of a compact span, with the speaker's own spacing. */
export function spanText(norm: Normalized, start: number, end: number): string {
  if (end <= start) return '';
  const a = norm.spacedIndex[start] ?? 0;
  const b = (norm.spacedIndex[end - 1] ?? a) + 1;
  return norm.spaced.slice(a, b).trim();
}
