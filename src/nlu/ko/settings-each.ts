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

/** The clause as its brightness part and its colour part, or null. */
export function settingsEach(f: Frame): Frame[] | null {
  if (!f.attrs.includes('brightness') || !(f.attrs.includes('color') || f.attrs.includes('colortemp')))
    return null;
  const toks = f.tokens;
  const b = toks.findIndex((t) => isAttr(t, 'brightness'));
  const c = toks.findIndex((t, k) => k > b && isColourWord(t));
  if (b < 0 || c < 0) return null;
  // the brightness part must carry its own value: a number, or a level word (반만, 최대로)
  const head = toks.slice(b + 1, c);
  const mods = (part: Token[]) => {
    const out = new Set<ModKey>();
    for (const t of part) for (const x of t.lex) if (x.t === 'mod') out.add(x.v);
    return out;
  };
  const headMods = mods(head);
  const headNums = head.filter((t) => t.num).length;
  if (!headNums && !headMods.size) return null;
  // the brightness part's own verb; a verb of the colour part ("따뜻하게": warmer) is not its, but 해 줘 is both's
  const headVerbs: VerbKey[] = [];
  for (const t of toks.slice(0, c)) for (const x of t.lex) if (x.t === 'verb') headVerbs.push(x.v);
  const shared = f.verbs.filter((v) => WEAK_VERBS.has(v));
  const verbs = headVerbs.length ? headVerbs : shared;
  return [
    {
      ...f,
      verb: verbs[0] ?? null,
      verbs,
      attrs: ['brightness'],
      color: null,
      ctemp: null,
      mods: headMods,
      numbers: f.numbers.slice(0, headNums),
      tokens: toks.slice(0, c),
    },
    {
      ...f,
      attrs: f.attrs.filter((a) => a !== 'brightness'),
      mods: mods(toks.slice(c)),
      numbers: f.numbers.slice(headNums),
      tokens: toks.slice(c),
    },
  ];
}
