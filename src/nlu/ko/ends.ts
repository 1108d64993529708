/**
 * Word lists looked up by how a text ends: the words are grouped by their last letter, so a test of
 * "ends with one of them" reads only the few words that could match, in the list's own order.
 */
const NONE: readonly string[] = [];

/** The words of `words` that end as `s` ends (by its last letter), in list order; none for empty words. */
export function endingsBy(words: readonly string[]): (s: string) => readonly string[] {
  // keyed by the last code unit: no string is made per lookup
  const by = new Map<number, string[]>();
  for (const w of words) {
    // an empty word ends every text: such a list is read whole
    if (!w.length) return () => words;
    const k = w.charCodeAt(w.length - 1);
    const list = by.get(k);
    if (list) list.push(w);
    else by.set(k, [w]);
  }
  return (s) => (s.length ? (by.get(s.charCodeAt(s.length - 1)) ?? NONE) : NONE);
}
