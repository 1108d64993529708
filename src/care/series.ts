/** Small helpers over change-recorded series (each point holds until the next). */
import type { HistoryPoint } from '../store/history.js';

export type Points = ReadonlyArray<Pick<HistoryPoint, 'at' | 'value'>>;

/** The value in force at `t` (the last point at or before it), or undefined. */
export function valueAt(p: Points, t: number): number | undefined {
  let lo = 0;
  let hi = p.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = p[mid] as { at: number; value: number };
    if (x.at <= t) {
      found = x.value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Stretches [start, end) during which `pred(value)` held, within [from, to). */
export function stretches(
  p: Points,
  from: number,
  to: number,
  pred: (v: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open: number | null = null;
  const first = valueAt(p, from);
  if (first !== undefined && pred(first)) open = from;
  for (const x of p) {
    if (x.at <= from || x.at >= to) continue;
    const on = pred(x.value);
    if (on && open === null) open = x.at;
    else if (!on && open !== null) {
      out.push([open, x.at]);
      open = null;
    }
  }
  if (open !== null) out.push([open, to]);
  return out;
}

/** Samples the step function every `stepMs` in [from, to), skipping instants `skip` returns true for. */
export function sampleEvery(
  p: Points,
  from: number,
  to: number,
  stepMs: number,
  skip: (t: number) => boolean = () => false,
): number[] {
  const out: number[] = [];
  for (let t = from; t < to; t += stepMs) {
    if (skip(t)) continue;
    const v = valueAt(p, t);
    if (v !== undefined) out.push(v);
  }
  return out;
}

export function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export const mean = (xs: number[]): number | undefined =>
  xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Least-squares slope of value per ms, or undefined with fewer than 2 points. */
export function slope(p: Points): number | undefined {
  if (p.length < 2) return undefined;
  const mx = mean(p.map((x) => x.at)) as number;
  const my = mean(p.map((x) => x.value)) as number;
  let num = 0;
  let den = 0;
  for (const x of p) {
    num += (x.at - mx) * (x.value - my);
    den += (x.at - mx) ** 2;
  }
  return den === 0 ? undefined : num / den;
}

export const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;
