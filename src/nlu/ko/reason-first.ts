/**
 * "친구들 놀러 왔는데 채널 십오번", "애기 자는데 거실 조명 흰색 빛으로": a reason of words the lexicon does not
 * know, closed by a connective, then a request said as a device or a setting and its value with no verb.
 * The reason's unknown words do not count against the turn (a turn made mostly of unknown words is no home
 * command): the request after it is what was asked. Fixer fx23.
 */
import type { Frame } from './clause-frame.js';
import { hasLex, type Token } from './tokenize.js';

const QUIET = new Set(['word', 'filler', 'part', 'end', 'conn', 'clause']);
const VALUE = new Set(['color', 'ctemp', 'mode', 'fan']);
const quiet = (t: Token): boolean => t.lex.every((x) => QUIET.has(x.t)) && !t.num;

/** How many characters of unknown words the opening reason holds, when a request said with a value follows. */
export function reasonFirstUnknown(frames: Frame[]): number {
  const [f, g] = frames;
  if (!f || !g || frames.length !== 2 || !f.reason || f.cond || f.question || f.complaint) return 0;
  const last = f.tokens[f.tokens.length - 1];
  if (!last || !hasLex(last, 'conn') || !f.tokens.every(quiet)) return 0;
  if (g.reason || g.chat || g.question || g.cond) return 0;
  const named = g.targets.length > 0 || g.attrs.length > 0;
  const value = g.numbers.length > 0 || g.tokens.some((t) => t.lex.some((x) => VALUE.has(x.t)));
  if (!named || !value) return 0;
  let n = 0;
  for (const [a, e] of f.unknown) n += e - a;
  for (const t of f.tokens) if (t.lex.length && t.lex.every((x) => x.t === 'word')) n += t.end - t.start;
  return n;
}
