/**
 * A moment as a clock in the home shows it: in the home's timezone (not the reader's), on a
 * 24-hour clock from 00 to 23. Pure: no DOM; the dashboard's times (activity, routine runs).
 */
import type { Lang } from './i18n.js';

// Not `hour12: false`: for a 12-hour locale such as ko-KR, engines that predate ECMA-402's 2023
// change (V8 in Node 20, older browsers) resolve it to the h24 cycle and show the hour after
// midnight as "24:05:00". `hourCycle: 'h23'` reads 00:05:00 everywhere.
const TIME: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};
const DATE_TIME: Intl.DateTimeFormatOptions = { ...TIME, year: 'numeric', month: '2-digit', day: '2-digit' };

/** "09:05:00" (or, with the date, "2026. 12. 06. 09:05:00" / "06/12/2026, 09:05:00"). */
export function clockText(lang: Lang, timezone: string | undefined, at: number, withDate = false): string {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-GB';
  const opts = withDate ? DATE_TIME : TIME;
  try {
    return new Intl.DateTimeFormat(locale, { ...opts, timeZone: timezone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(locale, opts).format(at);
  }
}
