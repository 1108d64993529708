/**
 * "거실 불 밝기는 반만, 색은 제일 하얗게 해 줘": a light's brightness and its colour, each said with its own value
 * in one clause, are two settings — planned one after the other, so the brightness is not lost to the colour.
 * Cheap guard: the clause names brightness and colour as settings (밝기, 색은, 색깔): "밝기 50%에 전구색으로"
 * keeps its one plan.
 */
import { WEAK_VERBS } from './extract.js';
import type { ModKey, VerbKey } from './lexicon/words.js';
import type { Frame } from './parse.js';
import type { Token } from './tokenize.js';

const isAttr = (t: Token, v: string) => t.lex.some((x) => x.t === 'attr' && x.v === v);
const isColourWord = (t: Token) => isAttr(t, 'color') || isAttr(t, 'colortemp');

const modsOf = (part: Token[]): Set<ModKey> => {
  const out = new Set<ModKey>();
  for (const t of part) for (const x of t.lex) if (x.t === 'mod') out.add(x.v);
  return out;
};

/**
 * The clause as its brightness part and its colour part, in the order said ("밝기는 반만, 색은 하얗게"; "색온도
 * 3000켈빈, 밝기는 절반"), or null.
 */
export function settingsEach(f: Frame): Frame[] | null {
  if (!f.attrs.includes('brightness') || !(f.attrs.includes('color') || f.attrs.includes('colortemp')))
    return null;
  const toks = f.tokens;
  const b = toks.findIndex((t) => isAttr(t, 'brightness'));
  const c = toks.findIndex(isColourWord);
  if (b < 0 || c < 0) return null;
  const cut = Math.max(b, c);
  const before = toks.slice(0, cut);
  const after = toks.slice(cut);
  // the part said first must carry its own value: a number, or a level word (반만, 최대로); so must the
  // brightness when said last
  const firstOwn = toks.slice(Math.min(b, c) + 1, cut);
  const firstNums = before.filter((t) => t.num).length;
  // (the numbers are shared out by their tokens; a number read with its neighbour keeps the clause whole)
  if (toks.filter((t) => t.num).length !== f.numbers.length) return null;
  if (!firstOwn.some((t) => t.num) && !modsOf(firstOwn).size) return null;
  if (b > c && !after.some((t) => t.num) && !modsOf(after).size) return null;
  // the brightness part's own verb; a verb of the colour part ("따뜻하게": warmer) is not its, but 해 줘 is both's
  const own: VerbKey[] = [];
  for (const t of b < c ? before : after) for (const x of t.lex) if (x.t === 'verb') own.push(x.v);
  const verbs = own.length ? own : f.verbs.filter((v) => WEAK_VERBS.has(v));
  // (each part its own lists: planning pushes into a frame's verbs)
  const part = (tokens: Token[], numbers: Frame['numbers']): Frame => ({
    ...f,
    verbs: [...f.verbs],
    targets: f.targets.map((t) => ({ ...t })),
    areas: [...f.areas],
    mods: modsOf(tokens),
    numbers,
    tokens,
  });
  const bright = (tokens: Token[], numbers: Frame['numbers']): Frame => ({
    ...part(tokens, numbers),
    verb: verbs[0] ?? null,
    verbs: [...verbs],
    attrs: ['brightness'],
    color: null,
    ctemp: null,
  });
  const colour = (tokens: Token[], numbers: Frame['numbers']): Frame => ({
    ...part(tokens, numbers),
    attrs: f.attrs.filter((a) => a !== 'brightness'),
  });
  const [n1, n2] = [f.numbers.slice(0, firstNums), f.numbers.slice(firstNums)];
  return b < c ? [bright(before, n1), colour(after, n2)] : [colour(before, n1), bright(after, n2)];
}
