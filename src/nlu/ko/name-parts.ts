/**
 * A device named by a word of its name and a word for its kind (issue #13, helper lxd): households
 * shorten "누구 캔들" to "캔들 스피커", "카카오 미니" to "카카오 스피커", and name a speaker by its maker
 * ("네이버 스피커" for the 클로바 스피커). Room words, kind words, brand words and
 * plain words of the name stand for nothing alone, so "거실 TV" gives no new name.
 */
import type { DeviceDescription } from '../../model/types.js';
import { NAME_MAKERS, PLAIN_NAME_PARTS } from './lexicon/device-words.js';
import { ROOM_WORDS } from './lexicon/rooms.js';
import { BRANDS } from './lexicon/speech.js';
import { KINDS } from './lexicon/words.js';
import { compactForm } from './text.js';

const kindWords = new Set(KINDS.flatMap(([words]) => words.map(compactForm)));
const skip = new Set(
  [
    ...PLAIN_NAME_PARTS,
    ...BRANDS.flatMap((b) => b.words),
    ...ROOM_WORDS.flatMap(([canon, words]) => [...canon, ...words]),
  ].map(compactForm),
);

/** The kind words said for a device kind: the first few of each KINDS entry that leads with it. */
const wordsOfKind = (kind: string): string[] =>
  KINDS.filter(([, k]) => k.kinds[0] === kind).flatMap(([words]) => words.slice(0, 3));

/** Spoken names beyond the device's own: a part of its name (or its maker's other names) with a kind word. */
export function nameParts(d: DeviceDescription, kinds: string[], areaWords: Set<string>): string[] {
  const out = new Set<string>();
  const kw = kinds.length ? wordsOfKind(kinds[0] as string) : [];
  for (const n of [d.name, ...(d.aliases ?? [])]) {
    const parts = n.toLowerCase().split(/\s+/).filter(Boolean);
    if (parts.length < 2) continue;
    for (const p of parts) {
      const c = compactForm(p);
      if (c.length < 2 || kindWords.has(c) || skip.has(c) || areaWords.has(c)) continue;
      const said = [c, ...(NAME_MAKERS.find(([ws]) => ws.includes(c))?.[1] ?? [])];
      for (const s of said) for (const k of kw) out.add(compactForm(`${s} ${k}`));
    }
  }
  return [...out];
}
