/**
 * A product line the home has none of, said without a kind word ("엘지 올레드 켜", "비스포크 큐커 돌려"):
 * said so ("집에 엘지 올레드는 없어요."), never mapped to another device nor answered "찾지 못했어요".
 */
import { MSG } from './lexicon/replies.js';
import { BRANDS, PRODUCT_LINES } from './lexicon/speech.js';
import type { TargetRef } from './parse.js';
import { compile } from './template.js';

const NO_MAKE = compile(MSG.noMake);

export function lineMissing(t: TargetRef): string | null {
  const line = t.lines[0] !== undefined ? PRODUCT_LINES[t.lines[0]]?.words[0] : undefined;
  if (!line) return null;
  const brand = t.brands[0] !== undefined ? BRANDS[t.brands[0]]?.words[0] : undefined;
  return NO_MAKE({ said: brand ? `${brand} ${line}` : line });
}
