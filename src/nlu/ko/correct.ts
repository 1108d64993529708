/** Self-corrections inside a turn: what a later clause replaces in the clause before it. */

import { bothCorrected, noteReplaced } from './both.js';
import { carriesValue, type Frame } from './clause-frame.js';
import { valueSaidAgain } from './correct-why.js';
import { WEAK_VERBS } from './extract.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';

export { earlierNamed } from './correct-earlier.js';

export const hasContent = (f: Frame): boolean =>
  f.verb !== null ||
  f.mods.has('half') ||
  f.mods.has('max') ||
  f.mods.has('min') ||
  f.mods.has('double') ||
  f.targets.length > 0 ||
  f.areas.length > 0 ||
  carriesValue(f);

/**
 * "22도로, 아니 그보다 1도 높게", "볼륨 20으로, 아니 5 더 줄여": an amount said as the correction
 * moves the value just said, not the device's own.
 */
function relativeToCorrected(prev: Frame, fr: Frame): boolean {
  const [n0] = prev.numbers;
  const [n1] = fr.numbers;
  if (prev.numbers.length !== 1 || fr.numbers.length !== 1 || !n0 || !n1 || n0.by || n1.to) return false;
  // "볼륨 세 칸 아니 다섯 칸 올려": steps are an amount replaced, never a value to move from
  if (n0.unit === 'step' && !n0.to && !n1.by) return false;
  // "1도 내려, 아니 2도 내려": an amount moved by, said again with its verb, is the amount replaced;
  // "2도 올려, 아니 1도 더 올려": an amount and more of it is the larger amount
  const amount = !n0.to && !n1.to && (prev.verb === 'up' || prev.verb === 'down');
  if (amount && !n1.by) return false;
  // "25도로 올려, 아니 1도만 더": more of the same way
  const way = fr.verb ?? (n1.by ? (prev.verb === 'down' ? 'down' : 'up') : null);
  if (way !== 'up' && way !== 'down') return false;
  if (n0.unit !== n1.unit && n0.unit !== null && n1.unit !== null) return false;
  const sign = way === 'up' ? 1 : -1;
  if (amount) {
    const value = n0.value + (way === prev.verb ? 1 : -1) * n1.value;
    prev.numbers = [{ ...n0, unit: n0.unit ?? n1.unit, value }];
  } else
    prev.numbers = [
      { ...n0, unit: n0.unit ?? n1.unit, value: n0.value + sign * n1.value, to: true, by: false },
    ];
  if (!amount && (!prev.verb || WEAK_VERBS.has(prev.verb) || prev.verb === 'up' || prev.verb === 'down')) {
    prev.verb = 'set';
    prev.verbs = ['set'];
  }
  if (fr.targets.length) prev.targets = fr.targets;
  for (const a of fr.attrs) if (!prev.attrs.includes(a)) prev.attrs.unshift(a);
  prev.req = prev.req || fr.req;
  prev.asked = prev.asked || fr.asked;
  prev.tokens.push(...fr.tokens);
  prev.unknown.push(...fr.unknown);
  return true;
}

/** "영하 20으로, 아니지 22도": a bare number and degrees are one unit for a temperature said again. */
const sameUnit = (a: string | null, b: string | null): boolean => a === b || (a ?? 'deg') === (b ?? 'deg');

/**
 * "냉동실 영하 20도, 아니다 21도로": the value said again below zero keeps the sign it corrects
 * (the speaker says 영하 once); an amount or a value of another unit is itself.
 */
function keepSign(prev: Frame, fr: Frame): Frame['numbers'] {
  const [n0] = prev.numbers;
  const [n1] = fr.numbers;
  if (prev.numbers.length !== 1 || fr.numbers.length !== 1 || !n0 || !n1) return fr.numbers;
  // "26도로 올려 줘, 아 아니다 그냥 25도": a bare value corrects the value said (fx9), never an amount
  const to = n1.to || (n0.to && !n1.by && n1.unit === n0.unit);
  if (n0.value >= 0 || n1.value <= 0 || n0.by || n1.by || !sameUnit(n0.unit, n1.unit))
    return to === n1.to ? fr.numbers : [{ ...n1, to }];
  return [{ ...n1, value: -n1.value, to }];
}

/**
 * "켜, 아니다 됐어", "꺼 줘, 아 아니다 그냥 둬 아직 좀 덥네": a never-mind with nothing to do of its own
 * (a complaint said after it is only why) calls the whole request off.
 */
export function callsOff(fr: Frame): boolean {
  if (!fr.nev) return false;
  if (!hasContent(fr)) return true;
  const why =
    !fr.targets.length &&
    !fr.areas.length &&
    !carriesValue(fr) &&
    fr.complaint !== null &&
    (fr.verb === null || WEAK_VERBS.has(fr.verb));
  if (!why) return false;
  // the complaint is why it is left as it is: nothing to remedy
  fr.complaint = null;
  fr.verb = null;
  fr.verbs = [];
  return true;
}

/**
 * "22도로 해 줘, 아 너무 춥겠다 24도": the same kind of value said again in one clause, the last wins;
 * "영하 이십일 도로 해 줘 음 이십일 도": said again after one below zero, it keeps the sign.
 */
export function lastOfUnit(fr: Frame): void {
  const last = new Map(fr.numbers.map((n) => [n.unit, n]));
  if (last.size === fr.numbers.length) return;
  fr.numbers = fr.numbers.flatMap((n, i) => {
    if (last.get(n.unit) !== n) return [];
    const before = fr.numbers.slice(0, i).filter((m) => m.unit === n.unit && n.unit === 'deg');
    const prev = before[before.length - 1];
    return prev && prev.value < 0 && n.value > 0 && !prev.by && !n.by ? [{ ...n, value: -n.value }] : [n];
  });
}

/**
 * "티비 꺼 줘, 아니 소리만 줄여, 아니다 그냥 꺼": a second correction back to the first action said, of the
 * device as a whole, switches the device as a whole again.
 */
function backToFirst(prev: Frame, fr: Frame): boolean {
  const k = prev.tokens.findIndex((t) => t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v)));
  const first = prev.tokens[k]?.lex.find((x) => x.t === 'verb');
  if (!first || first.v !== fr.verb) return false;
  return !prev.tokens.slice(0, k).some((t) => t.lex.some((x) => x.t === 'attr'));
}

/** The values a clause asked (switched off instead, none of them is set). */
function dropValues(f: Frame): void {
  f.numbers = [];
  f.mode = null;
  f.fan = null;
  f.channel = null;
  f.color = null;
  f.ctemp = null;
  for (const m of ['half', 'max', 'min', 'double'] as const) f.mods.delete(m);
}

/** The room set aside by the correction marker after it ("현관 말고 안방": 현관, said last in `prev`), or null. */
function asideArea(prev: Frame): string | null {
  const last = prev.tokens[prev.tokens.length - 1];
  const a = last?.lex.find((x) => x.t === 'area');
  return a && 'v' in a && typeof a.v === 'string' ? a.v : null;
}

/**
 * A self-correction: what the later clause says replaces the same part of the clause before
 * ("꺼, 아니지 켜 줘": the verb; "18도, 아니 20도로": the value; "거실 말고 주방 불": the place).
 */
export function correct(prev: Frame, fr: Frame): void {
  // "18도 정정 20도 작은방 말고 …": a correction that ended its sentence ends the corrected one
  if (fr.ended) prev.ended = true;
  if (bothCorrected(prev, fr) || !hasContent(fr)) return;
  if (fr.targets.length) {
    noteReplaced(prev, prev.targets);
    prev.targets = fr.targets;
    prev.areas = fr.areas;
  } else if (fr.areas.length) {
    // "거실 청소 시켜 줘, 아니 안방부터": the room to clean changes, not where the robot is
    const cleaning = prev.verbs.includes('clean') || fr.verbs.includes('clean');
    // "거실 불이랑 현관 불 켜, 아 현관 말고 안방": of several devices, only the one in the room set aside moves
    const from = prev.targets.length > 1 ? asideArea(prev) : null;
    for (const t of cleaning ? [] : prev.targets) {
      t.areas = fr.areas;
      if (t.devs.length) t.moved = true;
      if (from) t.movedFrom = from;
    }
    prev.areas = fr.areas;
  }
  // a value said again replaces the old one ("반만 닫아, 아니 다 닫아")
  if (fr.verb || fr.numbers.length || fr.mods.size)
    for (const m of ['half', 'max', 'min', 'double'] as const) if (!fr.mods.has(m)) prev.mods.delete(m);
  if (relativeToCorrected(prev, fr)) return;
  // "불 꺼 줘, 아니 끄지 말고 어둡게만": not off but dimmer, so the light stays (or goes) on
  const dimNotOff =
    prev.verb === 'off' &&
    fr.verb === 'down' &&
    fr.attrs.every((a) => a === 'brightness') &&
    prev.attrs.every((a) => a === 'brightness');
  // "티비 소리 꺼 줘, 아니 줄여만 줘": a mute corrected to a move moves the sound it muted
  const soundMoved =
    (prev.verb === 'mute' || prev.verb === 'unmute') &&
    (fr.verb === 'up' || fr.verb === 'down') &&
    !fr.attrs.length;
  if (soundMoved && !prev.attrs.includes('volume')) prev.attrs.unshift('volume');
  if (fr.verb && (!WEAK_VERBS.has(fr.verb) || !prev.verb)) {
    prev.verb = fr.verb;
    prev.verbs = [...fr.verbs];
  } else for (const v of fr.verbs) if (!prev.verbs.includes(v)) prev.verbs.push(v);
  if (dimNotOff) prev.verbs.push('on');
  if (fr.numbers.length) prev.numbers = keepSign(prev, fr);
  // "티비 소리 줄여 줘, 아니 아예 꺼 줘" / "아니 그냥 티비 꺼": switched as a whole, not its sound
  const whole =
    fr.targets.length > 0 || fr.tokens.some((t) => t.text === W.outright) || backToFirst(prev, fr);
  if ((fr.verb === 'on' || fr.verb === 'off') && !fr.attrs.length && whole) prev.attrs = [];
  // "채널 올려, 아니 볼륨 올려": what of the device is moved, said again with its verb, replaces the other
  if (
    fr.attrs.length &&
    (fr.verb === 'up' || fr.verb === 'down') &&
    (prev.verb === 'up' || prev.verb === 'down')
  )
    prev.attrs = [];
  for (const a of fr.attrs) if (!prev.attrs.includes(a)) prev.attrs.unshift(a);
  // "보일러 25도로, 아니 그냥 꺼": switched off instead, the value said before is not set
  if (fr.verb === 'off' && !carriesValue(fr) && !fr.attrs.length) dropValues(prev);
  for (const m of fr.mods) prev.mods.add(m);
  if (fr.color !== null || fr.ctemp !== null) {
    prev.color = fr.color;
    prev.ctemp = fr.ctemp;
  }
  if (fr.mode !== null) prev.mode = fr.mode;
  if (fr.fan !== null) prev.fan = fr.fan;
  if (fr.channel !== null) prev.channel = fr.channel;
  if (fr.state !== null) prev.state = fr.state;
  // "20으로, 아니 그건 너무 크다 15": a complaint said with the new value is only its reason
  // ("차가운 빛으로, 아니 너무 차갑다 주백색으로": so with a colour, a mode or a speed)
  const value = fr.numbers.length || fr.ctemp !== null || fr.color !== null || fr.mode !== null;
  if (!value) prev.complaint = fr.complaint ?? prev.complaint;
  else if (fr.complaint) prev.complaint = null;
  prev.req = prev.req || fr.req;
  // "거실 불 켜, 아니 아이방 불 켜 줘 애 깼나 봐": the corrected clause asked for it; the guess after is talk
  prev.asked = prev.asked || fr.asked;
  prev.tokens.push(...fr.tokens);
  prev.unknown.push(...fr.unknown);
}

/** What a clause of reason says beyond its weak verbs ("시끄럽다고 할 수도 있으니까" says nothing to do). */
const reasonContent = (f: Frame): boolean =>
  hasContent({ ...f, verb: f.verb && WEAK_VERBS.has(f.verb) ? null : f.verb });

/** Nothing but a reason: "곧 나가야 되니까", "옆집에서 시끄럽다고 할 수도 있으니까". */
const onlyReason = (f: Frame): boolean => f.reason && !reasonContent(f);

/**
 * "표준으로 돌려 줘, 아니다 곧 나가야 되니까 쾌속으로 돌려": a correction marker followed only by a reason
 * corrects with the clause after the reason; the reason itself is set aside. With nothing after the
 * reason ("티비 꺼 줘, 아니다 애가 보고 있으니까", "…아 잠깐만 애가 자고 있으니까"), nothing takes the
 * request's place: it is called off.
 */
export function carryCorrection(frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  let carry: Frame | null = null;
  for (let i = 0; i < frames.length; i++) {
    const fr = frames[i] as Frame;
    if (carry) {
      if (onlyReason(fr)) continue;
      fr.corrects = true;
      // "아 잠깐만 애가 무서워하니까 안방은 놔 둬": the hold goes with it
      fr.nev ||= carry.nev;
      carry = null;
    } else if (fr.corrects && i > 0 && fr.reason && !fr.asked && !fr.req) {
      const next = frames.slice(i + 1).find((f) => !onlyReason(f));
      // "…아니다 창문 열어 놨으니까 선풍기만 틀어 줘": a reason with a device of its own, then a request
      const asks = !!next && next.verb !== null && !WEAK_VERBS.has(next.verb) && (next.asked || next.req);
      // "…아니다 이불 빨래라서 표준으로": the reason's own value is only why when the next says it again
      if (next && (onlyReason(fr) ? hasContent(next) || next.nev : asks || valueSaidAgain(fr, next))) {
        carry = fr;
        continue;
      }
      if (!next && onlyReason(fr)) {
        Object.assign(fr, { reason: false, nev: true, complaint: null, chat: false, verb: null, verbs: [] });
        out.push(fr);
        break;
      }
    }
    out.push(fr);
  }
  return out;
}
