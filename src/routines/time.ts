/**
 * Times of day in a home's timezone, and sunrise/sunset at its location (the NOAA solar
 * calculation: no network). Instants are ms since the epoch; "local" parts are the home's wall clock.
 */
import { WEEKDAYS, type Weekday } from './types.js';

export interface LocalParts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  /** 0 = Sunday. */
  wd: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(tz: string): Intl.DateTimeFormat {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(tz, f);
  }
  return f;
}

/** Whether `tz` is a timezone this runtime knows. */
export function validTimezone(tz: string): boolean {
  try {
    format(tz);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock parts of an instant in `tz`. */
export function localParts(tz: string, at: number): LocalParts {
  const p: Record<string, number> = {};
  for (const part of format(tz).formatToParts(new Date(at))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const y = p.year as number;
  const m = p.month as number;
  const d = p.day as number;
  return {
    y,
    m,
    d,
    hh: p.hour as number,
    mm: p.minute as number,
    wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay(),
  };
}

/** The offset of `tz` from UTC at an instant, ms. */
function offsetAt(tz: string, at: number): number {
  const p: Record<string, number> = {};
  for (const part of format(tz).formatToParts(new Date(at))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    p.year as number,
    (p.month as number) - 1,
    p.day as number,
    p.hour as number,
    p.minute as number,
    p.second as number,
  );
  return asUtc - (at - (at % 1000));
}

/** The instant of a wall-clock time in `tz` (a time skipped by a DST change falls after it). */
export function localToInstant(tz: string, y: number, m: number, d: number, hh: number, mm: number): number {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const off = offsetAt(tz, guess);
  const t = guess - off;
  const off2 = offsetAt(tz, t);
  return off2 === off ? t : guess - off2;
}

const dayOk = (wd: number, weekdays?: readonly Weekday[]) =>
  !weekdays || weekdays.includes(WEEKDAYS[wd] as Weekday);

/** The local date `k` days after (y, m, d), with its weekday. */
function addDays(
  y: number,
  m: number,
  d: number,
  k: number,
): { y: number; m: number; d: number; wd: number } {
  const t = new Date(Date.UTC(y, m - 1, d + k));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), wd: t.getUTCDay() };
}

/**
 * The first instant strictly after `after` (dir 1) or at/before `after` (dir -1) on which
 * `instantOn(date)` falls on an allowed weekday.
 */
function search(
  tz: string,
  after: number,
  dir: 1 | -1,
  weekdays: readonly Weekday[] | undefined,
  instantOn: (y: number, m: number, d: number) => number | null,
): number | null {
  const base = localParts(tz, after);
  for (let i = 0; i <= 9; i++) {
    const k = dir === 1 ? i - 1 : 1 - i;
    const day = addDays(base.y, base.m, base.d, k);
    if (!dayOk(day.wd, weekdays)) continue;
    const t = instantOn(day.y, day.m, day.d);
    if (t === null) continue;
    if (dir === 1 ? t > after : t <= after) return t;
  }
  return null;
}

export function parseHhmm(s: string): { hh: number; mm: number } {
  const [hh, mm] = s.split(':').map(Number);
  return { hh: hh ?? 0, mm: mm ?? 0 };
}

/** The next (or, dir -1, the last) instant of a time-of-day trigger. */
export function timeDue(
  tz: string,
  at: string,
  weekdays: readonly Weekday[] | undefined,
  from: number,
  dir: 1 | -1 = 1,
): number | null {
  const { hh, mm } = parseHhmm(at);
  return search(tz, from, dir, weekdays, (y, m, d) => localToInstant(tz, y, m, d, hh, mm));
}

export interface Location {
  lat: number;
  lon: number;
}

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/**
 * Sunrise or sunset (minutes from 00:00 UTC of the date, may be negative or beyond 1440) for a
 * calendar date at a location, by the NOAA solar equations; null where the sun does not rise or
 * set that day (polar day or night).
 */
export function sunMinutesUtc(
  y: number,
  m: number,
  d: number,
  loc: Location,
  event: 'sunrise' | 'sunset',
): number | null {
  const jd0 = Date.UTC(y, m - 1, d) / 86_400_000 + 2_440_587.5;
  let minutes = 720 - 4 * loc.lon;
  for (let i = 0; i < 3; i++) {
    const T = (jd0 + minutes / 1440 - 2_451_545) / 36_525;
    const L0 = (((280.46646 + T * (36_000.76983 + T * 0.0003032)) % 360) + 360) % 360;
    const M = 357.52911 + T * (35_999.05029 - 0.0001537 * T);
    const e = 0.016708634 - T * (0.000042037 + 0.0000001267 * T);
    const C =
      Math.sin(rad(M)) * (1.914602 - T * (0.004817 + 0.000014 * T)) +
      Math.sin(rad(2 * M)) * (0.019993 - 0.000101 * T) +
      Math.sin(rad(3 * M)) * 0.000289;
    const omega = 125.04 - 1934.136 * T;
    const lambda = L0 + C - 0.00569 - 0.00478 * Math.sin(rad(omega));
    const eps0 = 23 + (26 + (21.448 - T * (46.815 + T * (0.00059 - T * 0.001813))) / 60) / 60;
    const eps = eps0 + 0.00256 * Math.cos(rad(omega));
    const decl = Math.asin(Math.sin(rad(eps)) * Math.sin(rad(lambda)));
    const yv = Math.tan(rad(eps / 2)) ** 2;
    const eqTime =
      4 *
      deg(
        yv * Math.sin(2 * rad(L0)) -
          2 * e * Math.sin(rad(M)) +
          4 * e * yv * Math.sin(rad(M)) * Math.cos(2 * rad(L0)) -
          0.5 * yv * yv * Math.sin(4 * rad(L0)) -
          1.25 * e * e * Math.sin(2 * rad(M)),
      );
    const cosHa =
      Math.cos(rad(90.833)) / (Math.cos(rad(loc.lat)) * Math.cos(decl)) -
      Math.tan(rad(loc.lat)) * Math.tan(decl);
    if (cosHa < -1 || cosHa > 1) return null;
    const ha = deg(Math.acos(cosHa));
    const noon = 720 - 4 * loc.lon - eqTime;
    minutes = event === 'sunrise' ? noon - 4 * ha : noon + 4 * ha;
  }
  return minutes;
}

/** The next (or last) sunrise/sunset instant plus an offset, on allowed weekdays, in the home's calendar. */
export function sunDue(
  tz: string,
  loc: Location,
  event: 'sunrise' | 'sunset',
  offsetMinutes: number,
  weekdays: readonly Weekday[] | undefined,
  from: number,
  dir: 1 | -1 = 1,
): number | null {
  return search(tz, from, dir, weekdays, (y, m, d) => {
    const min = sunMinutesUtc(y, m, d, loc, event);
    return min === null ? null : Date.UTC(y, m - 1, d) + Math.round((min + offsetMinutes) * 60_000);
  });
}

/** Whether a local time falls in a window ("22:00"–"06:00" wraps midnight); open ends are unbounded. */
export function inWindow(
  tz: string,
  at: number,
  after?: string,
  before?: string,
  weekdays?: readonly Weekday[],
): boolean {
  const p = localParts(tz, at);
  if (!dayOk(p.wd, weekdays)) return false;
  const now = p.hh * 60 + p.mm;
  const a = after ? parseHhmm(after) : null;
  const b = before ? parseHhmm(before) : null;
  const am = a ? a.hh * 60 + a.mm : null;
  const bm = b ? b.hh * 60 + b.mm : null;
  if (am !== null && bm !== null) return am <= bm ? now >= am && now < bm : now >= am || now < bm;
  if (am !== null) return now >= am;
  if (bm !== null) return now < bm;
  return true;
}
