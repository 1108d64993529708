/**
 * "냉장실이랑 냉동실 한 칸씩 내려", "상칸하고 하칸 몇 도야?": two cabinets named in one clause (of one appliance
 * or of two) are each their own target — the clause is planned once per target, so the second cabinet is not
 * lost to the first's (the frame's targets resolve to one device, which takes one cabinet). Fixer fx44, issue #13
 * (natural-23 S: "둘 다" after a question naming two cabinets). Cheap guard: two targets, two cabinets.
 */
import type { Frame } from './parse.js';
import { hasLex, type Token } from './tokenize.js';

const isComp = (t: Token) => hasLex(t, 'comp');
const isBoth = (t: Token) => t.lex.some((x) => x.t === 'mod' && (x.v === 'both' || x.v === 'all'));

/**
 * The cabinets are said together: one right after another joined by 이랑/하고/와 ("냉장실이랑 냉동실"), or listed
 * and then 둘 다/다 ("상칸 하칸 둘 다"), or inherited by a clause that says only 둘 다. A cabinet left alone, left out or corrected (그대로, 빼고, 말고) is not.
 */
function saidTogether(f: Frame): boolean {
  const toks = f.tokens;
  let joined = false;
  let own = false;
  let both = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (hasLex(t, 'nev') || hasLex(t, 'except') || hasLex(t, 'corr')) return false;
    if (isBoth(t)) both = true;
    if (!isComp(t)) continue;
    own = true;
    const next = toks[k + 1];
    const after = toks[k + 2];
    if (next && hasLex(next, 'and') && after && isComp(after)) joined = true;
    if (next && isComp(next) && after && isBoth(after)) joined = true;
    if (next && isBoth(next) && k > 0 && isComp(toks[k - 1] as Token)) joined = true;
  }
  // "냉장실이랑 냉동실 몇 도야? 둘 다 한 칸씩 내려": the cabinets inherited from the clause before, then 둘 다
  return joined || (both && !own);
}

/**
 * The clause once per target when two or more of its targets name a cabinet said together, else null. One value
 * (or none) is shared by every cabinet; a value for each, said in order ("냉장실이랑 냉동실 3도, 영하 20도로"), goes
 * to its own; other counts of values, and a cabinet's door, keep the clause whole.
 */
export function cabinetsEach(f: Frame): Frame[] | null {
  if (f.targets.length < 2) return null;
  let comps = 0;
  for (const t of f.targets) if (t.comp && !t.door) comps++;
  if (comps < 2 || comps < f.targets.length) return null;
  const n = f.numbers.length;
  if (n > 1 && n !== f.targets.length) return null;
  if (!saidTogether(f)) return null;
  return f.targets.map((t, i) => ({
    ...f,
    targets: [t],
    numbers: n > 1 ? [f.numbers[i] as Frame['numbers'][number]] : f.numbers,
  }));
}
