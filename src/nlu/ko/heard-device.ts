/**
 * A device word a recognizer wrote as another word ("가수 잠가" for 가스 잠가; data in lexicon/heard-devices.ts):
 * read as the device when a word of its action follows. The heard word and the device word have the same length,
 * so the text keeps its positions. Cheap guard: one `includes` per entry (the list is short). Fixer fx44.
 */
import { HEARD_BETWEEN, HEARD_DEVICES } from './lexicon/heard-devices.js';

const BETWEEN = `(?:(?:${HEARD_BETWEEN.join('|')})\\s*)?`;

const ENTRIES = HEARD_DEVICES.map((e) => ({
  heard: e.heard,
  meant: e.meant,
  re: new RegExp(
    `(?<![\uac00-\ud7a3])${e.heard}(?=\\s*${BETWEEN}(?:${e.before.map((w) => w.replace(/\s+/g, '\\s*')).join('|')}))`,
    'g',
  ),
}));

/** The spaced, cleaned text with each heard device word before its action read as the device. */
export function resayHeardDevices(s: string): string {
  let out = s;
  for (const e of ENTRIES) if (out.includes(e.heard)) out = out.replace(e.re, e.meant);
  return out;
}
