/** Plain text tables for the terminal. */

/** A plain text table; width counts Hangul and other wide characters as two columns. */
export function table(rows: string[][]): string {
  const width = (s: string) =>
    [...s].reduce((n, ch) => n + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 2 : 1), 0);
  const cols = Math.max(...rows.map((r) => r.length));
  const w = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows
    .map((r) =>
      r.map((cell, i) => (i === cols - 1 ? cell : cell + ' '.repeat((w[i] ?? 0) - width(cell)))).join('  '),
    )
    .join('\n');
}
