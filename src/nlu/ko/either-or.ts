/**
 * An either-or question ("거실 춥나 덥나", "안방 추워 더워?", "아이방 더운지 추운지"): both opposite feelings
 * said of one room, one after the other, ask which it is, so the clause asks the room's reading; neither complaint is acted on.
 */
import type { Frame } from './clause-frame.js';
import { hasLex, type Token } from './tokenize.js';

/** Complaint senses said as each other's opposite. */
const OPPOSITE: Array<[string, string]> = [['cold', 'hot']];

const says = (t: Token, sense: string) => t.lex.some((x) => x.t === 'cplx' && x.v === sense);
const names = (t: Token) =>
  t.lex.some((x) => x.t === 'dev' || x.t === 'kind' || x.t === 'comp' || x.t === 'area');

/** Both feelings said one after the other, nothing named between ("안방은 추운데 거실은 더워" is two rooms). */
function eitherOr(tokens: Token[], a: string, b: string): boolean {
  const i = tokens.findIndex((t) => says(t, a) || says(t, b));
  if (i < 0) return false;
  const other = says(tokens[i] as Token, a) ? b : a;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (says(t, other)) return true;
    if (names(t)) return false;
  }
  return false;
}

export function eitherOrAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (f.numbers.length || (f.verb !== null && f.verb !== 'hot' && f.verb !== 'query')) continue;
    if (!OPPOSITE.some(([a, b]) => eitherOr(f.tokens, a, b))) continue;
    if (f.tokens.some((t) => hasLex(t, 'req'))) continue;
    f.complaint = null;
    f.verb = 'query';
    f.verbs = ['query'];
    if (!f.attrs.includes('temperature')) f.attrs.push('temperature');
    f.question = true;
  }
}
