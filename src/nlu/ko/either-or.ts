/**
 * An either-or question ("거실 춥나 덥나", "안방 추워 더워?", "아이방 더운지 추운지"): both opposite feelings
 * said of one room ask which it is, so the clause asks the room's reading; neither complaint is acted on.
 */
import type { Frame } from './clause-frame.js';
import { hasLex, type Token } from './tokenize.js';

/** Complaint senses said as each other's opposite. */
const OPPOSITE: Array<[string, string]> = [['cold', 'hot']];

const says = (tokens: Token[], sense: string) =>
  tokens.some((t) => t.lex.some((x) => x.t === 'cplx' && x.v === sense));

export function eitherOrAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (f.numbers.length || (f.verb !== null && f.verb !== 'hot' && f.verb !== 'query')) continue;
    if (!OPPOSITE.some(([a, b]) => says(f.tokens, a) && says(f.tokens, b))) continue;
    if (f.tokens.some((t) => hasLex(t, 'req'))) continue;
    f.complaint = null;
    f.verb = 'query';
    f.verbs = ['query'];
    if (!f.attrs.includes('temperature')) f.attrs.push('temperature');
    f.question = true;
  }
}
