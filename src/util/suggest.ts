/** "Did you mean …?": the closest of some known words to a mistyped one. */

/**
 * Edit distance by code points: insertions, deletions, substitutions and swaps of two neighbours
 * (optimal string alignment), so "araes" is one edit from "areas" and "sya" one from "say".
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row[j] = d;
    }
    before = prev;
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/**
 * The known word closest to `word` (case-insensitive), if it is close enough to be a typo: at most
 * one edit for short words, a third of the length for longer ones; a prefix of a known word counts.
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const kl = k.toLowerCase();
    const d = kl.startsWith(w) && w.length >= 2 ? 0.5 : editDistance(w, kl);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return bestD <= Math.max(1, Math.floor(w.length / 3)) ? best : undefined;
}

/** ` (did you mean 'x'?)`, or nothing. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const k = closest(word, known);
  return k === undefined ? '' : ` (did you mean '${k}'?)`;
}
