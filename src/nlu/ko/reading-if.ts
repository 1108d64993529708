/**
 * A condition on a reading crossing a value (issue #13, fixer fx43): "습도 60% 넘으면 환기 틀어 줘", "25도 넘으면
 * 에어컨 꺼 줘", "이산화탄소 1000 넘어가면 …", "아이방 이산화탄소 높아지면 …". The home cannot wait for the reading
 * (the hub's routines take such triggers before the engine), so the condition's clause is set aside — its number is
 * never a value to set — and the request after it is put off and asked about now, as an event to come is
 * (upon.ts, delay.ts). Said of now ("지금 26도 넘으면 에어컨 켜 줘", "…넘었으면") the reading is checked now, beside
 * condition-held.ts's states: `readingUnmet` tells the reading when it does not hold.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { TurnContext } from '../types.js';
import type { Frame } from './clause-frame.js';
import { attr, epWith, num } from './device.js';
import type { HomeIndex } from './home.js';
import {
  READING_ATTRS,
  READING_BELOW,
  READING_IF_NOT_AFTER,
  READING_IFS,
  READING_IFS_DONE,
  READING_NOW,
  READING_WORDS,
} from './lexicon/reading-ifs.js';
import type { AttrKey } from './lexicon/words.js';
import { sensorsFor } from './state.js';

const flat = (ws: string[]) =>
  [...new Set(ws.map((w) => w.replace(/\s+/g, '')))].sort((a, b) => b.length - a.length);
const IFS = flat(READING_IFS);
const DONE = flat(READING_IFS_DONE);
const ANY_RE = new RegExp([...DONE, ...IFS].join('|'));
const WORDS = flat(READING_WORDS);
/** The units of a reading's number (a degree, a percentage). */
const UNITS = new Set(['deg', 'pct']);

/** The first crossing word after a reading in the compact text: its start, end, and whether said in the past. */
function crossing(compact: string): { at: number; end: number; done: boolean } | null {
  let best: { at: number; end: number; done: boolean } | null = null;
  for (const [list, done] of [
    [DONE, true],
    [IFS, false],
  ] as const)
    for (const w of list) {
      const at = compact.indexOf(w);
      if (at > 0 && (!best || at < best.at)) best = { at, end: at + w.length, done };
    }
  return best;
}

export function readingIf(frames: Frame[], compact: string): void {
  if (!ANY_RE.test(compact)) return;
  const c = crossing(compact);
  if (!c) return;
  // "…30도 넘어가면 안 되니까 에어컨 켜 줘": a worry, no condition; its number is still never a value to set
  if (READING_IF_NOT_AFTER.some((w) => compact.startsWith(w, c.end))) {
    for (const f of frames)
      if ((f.tokens[0]?.start ?? compact.length) < c.at && f.verb === null) f.numbers = [];
    return;
  }
  const before = frames.filter((f) => (f.tokens[0]?.start ?? compact.length) < c.at);
  const cond = before[before.length - 1];
  if (!cond) return;
  const from = cond.tokens[0]?.start ?? 0;
  const toks = cond.tokens.filter((t) => t.start < c.at);
  const number = toks.findLast((t) => t.num !== undefined);
  const said = compact.slice(from, c.at);
  const word = WORDS.find((w) => said.includes(w));
  const unit = number?.num?.unit ?? null;
  // a number of a reading ("25도", "60%") or a reading named ("습도 …", "이산화탄소 높아지면")
  if (!word && !(number && unit !== null && UNITS.has(unit))) return;
  // the request: the clauses after the crossing word
  const after = frames.filter((f) => (f.tokens[0]?.start ?? -1) >= c.end && f !== cond);
  const inside = cond.tokens.some((t) => t.start >= c.end);
  if (!after.length && !inside) return;
  // only a word or two ("좀", "꼭") between the condition and the request
  if (!inside && (after[0]?.tokens[0]?.start ?? c.end) - c.end > 2) return;
  const now = c.done || READING_NOW.some((w) => compact.slice(0, c.at).includes(w));
  const attrOf =
    READING_ATTRS.find(([ws]) => ws.some((w) => said.toLowerCase().includes(w)))?.[1] ??
    (unit === 'deg' ? 'temperature' : null);
  // "습도 육십 넘어가믄 환기 좀 틀어": the request read into the condition's clause keeps its verb
  for (const f of before) {
    f.numbers = [];
    if (f === cond && inside) continue;
    f.cond = true;
    f.reason = true;
  }
  if (inside) after.unshift(cond);
  if (now && number?.num && attrOf) {
    cond.reading = {
      attr: attrOf,
      value: number.num.value,
      above: !READING_BELOW.some((w) => compact.slice(c.at, c.end).includes(w)),
    };
    return;
  }
  for (const f of after) {
    if (f.reason || f.chat || (f.question && !f.req)) break;
    if (f.verb !== null) f.delay = 'upon';
  }
}

/** The reading of a device as said in a condition's units, or null. */
function readingOf(d: DeviceDescription, a: AttrKey): number | null {
  const read = (cluster: string, at: string, scale: number) => {
    const v = num(attr(epWith(d, cluster), cluster, at));
    return v === null ? null : v / scale;
  };
  switch (a) {
    case 'temperature':
      return (
        read('TemperatureMeasurement', 'MeasuredValue', 100) ?? read('Thermostat', 'LocalTemperature', 100)
      );
    case 'humidity':
      return read('RelativeHumidityMeasurement', 'MeasuredValue', 100);
    case 'co2':
      return read('CarbonDioxideConcentrationMeasurement', 'MeasuredValue', 1);
    case 'pm25':
      return read('Pm25ConcentrationMeasurement', 'MeasuredValue', 1);
    default:
      return null;
  }
}

/**
 * The condition on a reading now before the request, when it does not hold: a question of that reading and its
 * sensor, for the reply to tell ("거실 온습도계는 23.5도예요."). Null when it holds or cannot be read.
 */
export function readingUnmet(
  f: Frame,
  all: Frame[],
  idx: HomeIndex,
  ctx: TurnContext,
): { cond: Frame; devs: DeviceDescription[] } | null {
  const at = all.indexOf(f);
  const cond = all.findLast((c, i) => c.reading !== undefined && (at < 0 || i <= at));
  const r = cond?.reading;
  if (!cond || !r || f.verb === null) return null;
  const q: Frame = {
    ...cond,
    attrs: [r.attr],
    attr: r.attr,
    question: true,
    verb: 'query',
    verbs: ['query'],
  };
  q.cond = false;
  q.reason = false;
  const devs = sensorsFor(q, idx, { areas: [], devices: [...idx.byId.values()] }, ctx);
  const d = devs[0];
  const v = d ? readingOf(d, r.attr) : null;
  if (!d || v === null) return null;
  return (r.above ? v > r.value : v < r.value) ? null : { cond: q, devs: [d] };
}
