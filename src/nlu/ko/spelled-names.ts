/** A device named by another spelling of its own name (lexicon/spellings.ts): "냉장꼬" for 냉장고. */
import type { DeviceDescription } from '../../model/types.js';
import { SAME_WORD_SPELLINGS } from './lexicon/spellings.js';
import { compactForm } from './text.js';

const GROUPS = SAME_WORD_SPELLINGS.map((g) => g.map(compactForm));

export function spelledNames(d: DeviceDescription): string[] {
  const out: string[] = [];
  for (const n of [d.name, ...(d.aliases ?? [])]) {
    const c = compactForm(n);
    for (const g of GROUPS)
      if (g.includes(c)) for (const s of g) if (s !== c && !out.includes(s)) out.push(s);
  }
  return out;
}
