/** Choice answers to "어느 TV요?": the pending question and the option the user picked. */
import type { HomeIndex } from './home.js';
import { parse } from './parse.js';

export interface PendingChoice {
  text: string;
  frame: number;
  options: string[];
}

/** A choice answer ("안방 거", "두 번째", "둘 다") → the chosen option ids, or null. */
export function pickOption(text: string, pending: PendingChoice, idx: HomeIndex): string[] | null {
  const p = parse(text, idx.dyn);
  if (p.tokens.some((t) => t.lex.some((x) => x.t === 'mod' && (x.v === 'both' || x.v === 'all'))))
    return pending.options;
  const ids = new Set<string>();
  for (const t of p.tokens)
    for (const x of t.lex) {
      if (x.t === 'dev' && pending.options.includes(x.v)) ids.add(x.v);
      if (x.t === 'area') for (const o of pending.options) if (idx.byId.get(o)?.area === x.v) ids.add(o);
    }
  if (ids.size) return [...ids];
  const n =
    p.tokens.find((t) => t.num)?.num?.value ??
    (/첫/.test(text)
      ? 1
      : /둘째|두번째|두 번째/.test(text)
        ? 2
        : /셋째|세번째|세 번째/.test(text)
          ? 3
          : null);
  if (n && n >= 1 && n <= pending.options.length) return [pending.options[n - 1] as string];
  return null;
}

export function isPending(v: unknown): v is PendingChoice {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as PendingChoice).text === 'string' &&
    Array.isArray((v as PendingChoice).options)
  );
}
