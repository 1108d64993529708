/**
 * A routine's triggers and actions in people's words ("평일 07:00", "“외출 모드”라고 말하면",
 * "거실 조명 끄기", "30초 기다리기"), with the same words for commands and attributes as the
 * activity log (words.ts). Pure: no DOM, no I/O; the caller names devices, routines and so on.
 */
import type { Translate } from './i18n.js';
import { maybe } from './i18n.js';
import { attributeText, commandText, patchesText, valueText } from './words.js';

type Loose = Record<string, unknown> & { type: string };

export interface RoutineNames {
  device(id: string): string;
  routine(id: string): string;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WORKWEEK = ['mon', 'tue', 'wed', 'thu', 'fri'];
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Weekdays as people say them: 매일, 평일, 주말, or "월·수·금" (in week order). */
export function weekdaysText(t: Translate, weekdays: unknown): string {
  const days = Array.isArray(weekdays) ? weekdays.map(String).filter((d) => DAYS.includes(d)) : [];
  if (days.length === 0 || days.length === 7) return t('routines.weekdays.all');
  if (same(days, WORKWEEK)) return t('routines.weekdays.weekdays');
  if (same(days, ['sat', 'sun'])) return t('routines.weekdays.weekend');
  const ordered = [...WORKWEEK, 'sat', 'sun'].filter((d) => days.includes(d));
  return ordered.map((d) => maybe(t, `routines.day.${d}`, d)).join('·');
}

/** A duration in seconds: "30초", "5분", "1분 30초". */
export function durationText(t: Translate, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('routines.seconds', { value: s });
  const m = Math.floor(s / 60);
  return s % 60 === 0
    ? t('routines.minutes', { value: m })
    : t('routines.minutesSeconds', { minutes: m, seconds: s % 60 });
}

export function triggerText(t: Translate, x: Loose, names: RoutineNames): string {
  const device = () => names.device(String(x.device));
  switch (x.type) {
    case 'time':
      return t('routines.trigger.time', { days: weekdaysText(t, x.weekdays), at: String(x.at) });
    case 'sun': {
      const event = t(x.event === 'sunrise' ? 'routines.trigger.sunrise' : 'routines.trigger.sunset');
      const off = typeof x.offsetMinutes === 'number' ? x.offsetMinutes : 0;
      const when =
        off === 0
          ? event
          : t(off < 0 ? 'routines.trigger.sunOffsetBefore' : 'routines.trigger.sunOffsetAfter', {
              event,
              minutes: Math.abs(off),
            });
      return x.weekdays ? `${weekdaysText(t, x.weekdays)} ${when}` : when;
    }
    case 'phrase':
      return t('routines.trigger.phrase', { phrase: String(x.phrase) });
    case 'event':
      return `${device()} · ${maybe(t, `routines.event.${String(x.event)}`, String(x.event))}`;
    case 'button':
      return t('routines.trigger.button', { device: device() });
    case 'attribute': {
      const cluster = String(x.cluster);
      const attr = String(x.attribute);
      if (x.becomes !== undefined)
        return `${device()} · ${patchesText(t, [{ cluster, attributes: { [attr]: x.becomes } }])}`;
      const what = attributeText(t, cluster, attr);
      const bound = typeof x.above === 'number' ? 'above' : typeof x.below === 'number' ? 'below' : null;
      if (!bound) return t('routines.trigger.changes', { device: device(), what });
      const value = valueText(t, cluster, attr, x[bound]);
      return t(bound === 'above' ? 'routines.trigger.above' : 'routines.trigger.below', {
        device: device(),
        what,
        value,
      });
    }
    default:
      return x.type;
  }
}

export function actionText(t: Translate, a: Loose, names: RoutineNames): string {
  switch (a.type) {
    case 'command': {
      const cluster = String(a.cluster);
      const command = String(a.command);
      const args = (a.args && typeof a.args === 'object' ? a.args : {}) as Record<string, unknown>;
      // Writing attributes says what it sets ("난방 설정 온도 22°C"), not "설정 변경".
      const what =
        command === 'WriteAttributes' && Object.keys(args).length > 0
          ? patchesText(t, [{ cluster, attributes: args }])
          : commandText(t, cluster, command);
      return `${names.device(String(a.device))} · ${what}`;
    }
    case 'delay':
      return t('routines.action.delay', { duration: durationText(t, Number(a.seconds) || 0) });
    case 'notice':
      return t('routines.action.notice', { text: String(a.text) });
    case 'announce':
      return t('routines.action.announce', { text: String(a.text) });
    case 'routine':
      return t('routines.action.routine', { name: names.routine(String(a.routine)) });
    default:
      return a.type;
  }
}
