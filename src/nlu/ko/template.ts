/**
 * Reply templates (data in lexicon/replies.ts) filled with values. A template is plain text with
 * placeholders: `{n}` puts the value `n` as it is, `{n은/는}` puts it with the particle pair chosen on
 * the word as read aloud (`text.ts#withJosa`). Templates are split into parts once, at load; a fill
 * is a concatenation.
 */
import type { josa } from 'es-hangul';
import { withJosa } from './text.js';

type JosaPair = Parameters<typeof josa>[1];
type Part = string | { key: string; pair: JosaPair | null };
export type Values = Readonly<Record<string, string | number>>;
/** A compiled template: its values in, the sentence out. */
export type Say = (v: Values) => string;

/** A particle pair: two Hangul forms, after a consonant and after a vowel ("은/는"). */
const PAIR = /^[\uac00-\ud7a3]+\/[\uac00-\ud7a3]+$/;
const SLOT = /\{([A-Za-z][A-Za-z0-9]*)([^{}]*)\}/g;

/** One template split into text and placeholders; an unknown particle pair is an error at load. */
export function compile(template: string): Say {
  const parts: Part[] = [];
  let at = 0;
  for (const m of template.matchAll(SLOT)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    const pair = m[2] ?? '';
    if (pair && !PAIR.test(pair)) throw new Error(`template ${JSON.stringify(template)}: particle ${pair}`);
    parts.push({ key: m[1] as string, pair: pair ? (pair as JosaPair) : null });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return (v) => {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else {
        const w = String(v[p.key] ?? '');
        out += p.pair ? withJosa(w, p.pair) : w;
      }
    }
    return out;
  };
}

/** Every template of a table compiled once. */
export function compileAll<K extends string>(table: Readonly<Record<K, string>>): Record<K, Say> {
  const out = {} as Record<K, Say>;
  for (const k of Object.keys(table) as K[]) out[k] = compile(table[k]);
  return out;
}
