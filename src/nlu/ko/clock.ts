/** The current time and date in the home's time zone, said in Korean. */
import { WEEKDAYS } from './lexicon/replies.js';

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
    const ampm = h < 12 ? '오전' : '오후';
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return {
      time: `${ampm} ${h12}시${m ? ` ${m}분` : ''}`,
      date: `${get('year')}년 ${get('month')}월 ${get('day')}일 ${WEEKDAYS[wd] ?? ''}`.trim(),
    };
  } catch {
    return { time: '', date: '' };
  }
}
