import { describe, expect, it } from 'vitest';
import { inWindow, localParts, sunDue, timeDue } from '../../src/routines/time.js';

const SEOUL = 'Asia/Seoul';
const seoul = { lat: 37.5665, lon: 126.978 };
const hhmm = (tz: string, t: number | null) => {
  if (t === null) return null;
  const p = localParts(tz, t);
  return `${p.m}/${p.d} ${String(p.hh).padStart(2, '0')}:${String(p.mm).padStart(2, '0')}`;
};
const minutesOf = (tz: string, t: number) => {
  const p = localParts(tz, t);
  return p.hh * 60 + p.mm;
};

describe('times of day in the home timezone', () => {
  it('finds the next and the last 07:00 in Seoul, on weekdays too', () => {
    const from = Date.UTC(2026, 11, 2, 15, 0); // 3 Dec 00:00 KST, a Thursday
    expect(hhmm(SEOUL, timeDue(SEOUL, '07:00', undefined, from))).toBe('12/3 07:00');
    expect(hhmm(SEOUL, timeDue(SEOUL, '07:00', ['sat'], from))).toBe('12/5 07:00');
    expect(hhmm(SEOUL, timeDue(SEOUL, '07:00', undefined, from, -1))).toBe('12/2 07:00');
    // Exactly at the due time: the next one is tomorrow's, the last one is now.
    const seven = Date.UTC(2026, 11, 2, 22, 0);
    expect(timeDue(SEOUL, '07:00', undefined, seven)).toBe(seven + 86_400_000);
    expect(timeDue(SEOUL, '07:00', undefined, seven, -1)).toBe(seven);
  });

  it('keeps the wall clock across a daylight-saving change', () => {
    const ny = 'America/New_York';
    const before = timeDue(ny, '07:00', undefined, Date.UTC(2026, 2, 7, 13, 0)) as number; // 7 Mar
    const after = timeDue(ny, '07:00', undefined, before) as number; // 8 Mar, after the change
    expect(hhmm(ny, before)).toBe('3/8 07:00');
    expect(after - before).toBe(86_400_000);
    expect(hhmm(ny, after)).toBe('3/9 07:00');
  });

  it('tells time windows, wrapping midnight', () => {
    const at = Date.UTC(2026, 11, 2, 14, 30); // 23:30 KST
    expect(inWindow(SEOUL, at, '22:00', '06:00')).toBe(true);
    expect(inWindow(SEOUL, at, '06:00', '22:00')).toBe(false);
    expect(inWindow(SEOUL, at, undefined, '23:00')).toBe(false);
    expect(inWindow(SEOUL, at, '23:00')).toBe(true);
  });
});

describe('sunrise and sunset (NOAA equations)', () => {
  it('matches published times for Seoul within two minutes', () => {
    // KASI almanac, Seoul: 2026-12-03 sunrise 07:28, sunset 17:14; 2026-06-21 05:11 / 19:57.
    const dec = Date.UTC(2026, 11, 2, 15, 0);
    const rise = sunDue(SEOUL, seoul, 'sunrise', 0, undefined, dec) as number;
    const set = sunDue(SEOUL, seoul, 'sunset', 0, undefined, dec) as number;
    expect(Math.abs(minutesOf(SEOUL, rise) - (7 * 60 + 28))).toBeLessThanOrEqual(2);
    expect(Math.abs(minutesOf(SEOUL, set) - (17 * 60 + 14))).toBeLessThanOrEqual(2);
    const jun = Date.UTC(2026, 5, 20, 15, 0);
    const jrise = sunDue(SEOUL, seoul, 'sunrise', 0, undefined, jun) as number;
    const jset = sunDue(SEOUL, seoul, 'sunset', 0, undefined, jun) as number;
    expect(Math.abs(minutesOf(SEOUL, jrise) - (5 * 60 + 11))).toBeLessThanOrEqual(2);
    expect(Math.abs(minutesOf(SEOUL, jset) - (19 * 60 + 57))).toBeLessThanOrEqual(2);
    // An offset moves it, and the local date is the home's.
    const early = sunDue(SEOUL, seoul, 'sunset', -30, undefined, dec) as number;
    expect(set - early).toBe(30 * 60_000);
    expect(localParts(SEOUL, rise).d).toBe(3);
  });

  it('has no sunrise in a polar night', () => {
    const svalbard = { lat: 78.2, lon: 15.6 };
    expect(sunDue('Europe/Oslo', svalbard, 'sunrise', 0, undefined, Date.UTC(2026, 11, 2, 12, 0))).toBeNull();
  });
});
