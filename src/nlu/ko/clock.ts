/** The current time and date in the home's time zone, said in Korean. */
import { CLOCK, WEEKDAYS } from './lexicon/replies.js';
import { compileAll } from './template.js';

const SAY = compileAll({ hour: CLOCK.hour, hourMinute: CLOCK.hourMinute, date: CLOCK.date });

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz || 'Asia/Seoul',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hour12: false,
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The last minute told, per time zone: formatting to parts is slow and a minute says the same. */
const told = new Map<string, { minute: number; said: { time: string; date: string } }>();

export function fmtTime(now: number, tz: string): { time: string; date: string } {
  const minute = Math.floor(now / 60_000);
  const last = told.get(tz);
  if (last && last.minute === minute) return last.said;
  const said = tell(now, tz);
  told.set(tz, { minute, said });
  return said;
}

function tell(now: number, tz: string): { time: string; date: string } {
  try {
    const parts = formatter(tz).formatToParts(new Date(now));
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    const h = Number(get('hour')) % 24;
    const m = Number(get('minute'));
    const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
    const ampm = h < 12 ? CLOCK.am : CLOCK.pm;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return {
      time: m ? SAY.hourMinute({ ampm, h: h12, m }) : SAY.hour({ ampm, h: h12 }),
      date: SAY.date({ y: get('year'), mo: get('month'), d: get('day'), weekday: WEEKDAYS[wd] ?? '' }).trim(),
    };
  } catch {
    return { time: '', date: '' };
  }
}
