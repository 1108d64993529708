/**
 * "냉장실은 몇 도까지 낮출 수 있노?", "에어컨 최저 몇 도까지 돼?": a setting's limits asked of a device are a
 * question answered from the device's own limits (a cabinet's Min/MaxTemperature, a thermostat's setpoint
 * limits), not a change — even when it ends like a request (-ㄹ 수 있어?). Words in lexicon/range-asked.ts.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import { attr, cabinets, compEndpoint, endpointLabel, epWith, num } from './device.js';
import {
  RANGE_ABLE,
  RANGE_ASKED,
  RANGE_END,
  RANGE_HOW_FAR,
  RANGE_NOT_AFTER,
  RANGE_PART,
} from './lexicon/range-asked.js';
import { formatNumber } from './numbers.js';
import { compile } from './template.js';
import { anyWord, compactForm, type Normalized } from './text.js';

const RANGE = anyWord(RANGE_ASKED.map(compactForm));
const PART = compile(RANGE_PART);
const HOW_FAR = anyWord(RANGE_HOW_FAR.map(compactForm));
const ABLE = anyWord(RANGE_ABLE.map(compactForm));
const notAfter = (rest: string) => RANGE_NOT_AFTER.some((w) => rest.startsWith(w));

/** The text asks a range: a limit word, or how far with what can be done after it. */
function asksRange(s: string): boolean {
  const r = RANGE.exec(s);
  if (r) return !notAfter(s.slice(r.index + r[0].length));
  const m = HOW_FAR.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  const able = ABLE.exec(rest);
  return !!able && !notAfter(rest.slice(able.index + able[0].length));
}

/** Marks the clauses that ask a device's limits as questions of its range. */
export function rangeAsked(frames: Frame[], norm: Normalized): void {
  if (!asksRange(norm.compact)) return;
  for (const [i, f] of frames.entries()) {
    const first = f.tokens[0];
    const last = f.tokens[f.tokens.length - 1];
    if (!first || !last || f.attrs.includes('weather')) continue;
    if (!asksRange(norm.compact.slice(first.start, last.end))) continue;
    // "…몇 도까지 내려가는지 보고 18도로 맞춰", "…알려 주고 거실 불 켜": a request said in the same clause
    if (f.numbers.length || f.targets.length > 1) continue;
    const prev = frames[i - 1];
    // "냉장고 제일 낮게 몇 도까지 돼?", "에어컨 최대한 낮게 하면 몇 도까지 돼?": the clause before, asking
    // nothing, lent the device and is the question's start
    const lent = !!prev && !prev.req && !prev.asked && !prev.numbers.length && prev.targets.length > 0;
    if (!f.targets.length && lent) {
      f.targets = prev.targets.map((t) => ({ ...t }));
      f.inherited = true;
    }
    // "오늘 최고 온도 몇 도야?": the weather's, not a device's
    if (!f.targets.length) continue;
    f.verb = 'query';
    f.verbs = ['query'];
    f.req = false;
    f.asked = false;
    f.question = true;
    f.complaint = null;
    f.numbers = [];
    if (!f.attrs.includes('range')) f.attrs.unshift('range');
    f.attr = 'range';
    if (f.inherited && prev && lent) {
      prev.verb = null;
      prev.verbs = [];
      prev.cond = false;
      prev.reason = true;
    }
  }
}

const deg = (v: number) => formatNumber(v / 100, true);

const part = (n: string, lo: number | null, hi: number | null): string | null =>
  lo === null || hi === null ? null : PART({ n, min: deg(lo), max: deg(hi) });

/** The answer to a range asked of `d` (its cabinet `comp`, or every cabinet), or null when not asked. */
export function rangeState(f: Frame, d: DeviceDescription, comp: string | null): string | null {
  if (!f.attrs.includes('range')) return null;
  const one = comp ? compEndpoint(d, comp) : undefined;
  const cabs = one ? [one] : cabinets(d);
  const parts: string[] = [];
  for (const [i, c] of cabs.entries()) {
    const label = endpointLabel(c);
    const n = i === 0 ? (label ? `${d.name} ${label}` : d.name) : label || d.name;
    const p = part(
      n,
      num(attr(c, 'TemperatureControl', 'MinTemperature')),
      num(attr(c, 'TemperatureControl', 'MaxTemperature')),
    );
    if (p) parts.push(p);
  }
  if (!cabs.length) {
    const th = epWith(d, 'Thermostat');
    const side = d.deviceType === 'Thermostat' ? 'Heat' : 'Cool';
    const p = part(
      d.name,
      num(attr(th, 'Thermostat', `Min${side}SetpointLimit`)),
      num(attr(th, 'Thermostat', `Max${side}SetpointLimit`)),
    );
    if (p) parts.push(p);
  }
  return parts.length ? `${parts.join(', ')}${RANGE_END}` : null;
}
