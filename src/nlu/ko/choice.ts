/** Choice answers to "어느 TV요?": the pending question and the option the user picked. */
import type { Understanding } from '../types.js';
import { optionsOfKind } from './choice-kind.js';
import { endpointLabel } from './device.js';
import type { HomeIndex } from './home.js';
import { ORDINAL_WORDS } from './lexicon/clause-shapes.js';
import { parse } from './parse.js';
import type { Plan } from './plan/types.js';

export interface PendingChoice {
  text: string;
  frame: number;
  /** Device ids, or "device/endpoint" for a cabinet of one appliance. */
  options: string[];
}

/** A cabinet option ("kimchi/lower") → the device and the cabinet's endpoint id. */
export function splitPart(id: string): { dev: string; ep: string } | null {
  const k = id.indexOf('/');
  return k > 0 ? { dev: id.slice(0, k), ep: id.slice(k + 1) } : null;
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
      // "하칸", "아래 칸": the cabinet asked about
      if (x.t === 'comp')
        for (const o of pending.options) {
          const part = splitPart(o);
          const ep = part && idx.byId.get(part.dev)?.endpoints.find((e) => e.id === part.ep);
          if (ep && (ep.tags.includes(x.v) || ep.name === x.v)) ids.add(o);
        }
    }
  if (ids.size) return [...ids];
  const ofKind = optionsOfKind(p.tokens, pending.options, idx);
  if (ofKind.length) return ofKind;
  const n =
    p.tokens.find((t) => t.num)?.num?.value ??
    ORDINAL_WORDS.find(([, ws]) => ws.some((w) => text.includes(w)))?.[0] ??
    null;
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

/** The cabinet question as a choice, so that the next turn's "하칸" is carried back to it. */
export function askPart(u: Understanding, part: NonNullable<Plan['part']>, text: string): Understanding {
  const options = part.eps.map((e) => ({
    id: `${part.device.id}/${e.id}`,
    label: `${part.device.name} ${endpointLabel(e)}`,
  }));
  const pending: PendingChoice = { text, frame: part.frame ?? 0, options: options.map((o) => o.id) };
  const { answer, ...rest } = u;
  return { ...rest, ask: { kind: 'choice', text: answer ?? '', options, pending } };
}
