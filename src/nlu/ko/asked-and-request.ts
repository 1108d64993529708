/**
 * A turn that asks about the home's state and asks for something else ("거실 불 켜 줘, 그리고 지금 몇
 * 도야?", "미세먼지 어때? 그리고 가스 잠가"): both are done. The turn is cut at a clause boundary (a
 * question mark the turn runs on past, a comma or full stop, "그리고"); when one side alone is a plain
 * question answered from the home and the other alone a plain request that names or implies its own
 * target, the turn's actions are the request's and its answer the question's — a request never takes
 * its target from the question's device, and a question never becomes a request. A side that asks back
 * (a condition, "…면 켜 줘"; a choice) or is not understood leaves the turn as the engine read it.
 */
import type { HomeView, TurnContext, Understanding } from '../types.js';
import { askedIds, cycleAsked, cycleRequest, cycleVerb, type Understand } from './asked-cycle-verb.js';
import { endsMused } from './asked-then-may.js';
import { indexHome } from './home.js';
import { judgedIf } from './judged-if.js';
import { AUX_AFTER } from './lexicon/aspect-asked.js';
import { AND_THEN_WORDS, ASKING_WORDS, QUESTION_ENDS, REQUEST_ENDS } from './lexicon/clause-joins.js';
import { MSG } from './lexicon/replies.js';
import { parse } from './parse.js';
import { reassureTag } from './tag-asked.js';
import { compactForm, MAX_INPUT } from './text.js';
import { verbOfAsked } from './verb-of-asked.js';

const AND_THEN = new RegExp(`(?:^|\\s)(?:${AND_THEN_WORDS.join('|')})(?=\\s)`, 'g');
/** A character a cut begins with: a mark, or the first letter of a joining word. */
const CUT_FIRST = new RegExp(`[?,.!${[...new Set(AND_THEN_WORDS.map((w) => w[0]))].join('')}]`);
/** Marks where a turn may be cut: a question mark or comma or full stop with more said after it. */
const MARKS = /[?,.!]+(?=\s+\S)/g;
/** Attributes that imply their own device ("채널 다섯 개 넘겨", "볼륨 올려", "노래 다시"). */
const OWN_ATTRS = new Set(['channel', 'volume', 'media']);
/** Actions only one kind of device does ("음소거 해제", "틀어 줘", "청소 시작"). */
const OWN_VERBS = new Set(['play', 'pause', 'resume', 'next', 'prev', 'mute', 'unmute', 'clean', 'dock']);

/** The turn's cut points: [end of the first side, start of the second]. */
function cuts(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (a cheap look first: most turns hold no mark and no word that joins)
  if (!CUT_FIRST.test(text)) return out;
  for (const m of text.matchAll(MARKS)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(AND_THEN)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

const HANGUL = /[\uac00-\ud7a3]/;
/** The last syllable said. */
const last = (side: string): string => side[side.length - 1] ?? '';
const Q_ENDS = new Set(QUESTION_ENDS);
const R_ENDS = new Set(REQUEST_ENDS);
/** The tail of the answer for what a device cannot do. */
const CANNOT = MSG.cannot.replace(/^\{[^}]*\}/, '').trim();
/** A turn of this many words or more is not cut where no mark was said. */
const BARE_WORDS = 14;

/**
 * Where a question said without its mark may end ("지금 몇 도야 거실 불 켜 줘", "불 꺼 줘 지금 몇 도야"): between
 * two words, when one side holds an asking word and ends as a question ends, and the other ends as a request.
 */
function bareCuts(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const asks = (side: string) => ASKING_WORDS.some((w) => side.includes(w));
  // no asking word anywhere: no side can be a question (most turns, looked at once)
  if (!asks(text)) return out;
  const spaces = [...text.matchAll(/\s+/g)];
  if (spaces.length >= BARE_WORDS) return out;
  // a question ends as a question ends; a request of two words or more as a request ends
  // (the endings first: they are the cheap tests)
  const fits = (q: string, r: string) =>
    R_ENDS.has(last(r)) && Q_ENDS.has(last(q.replace(/\?$/, ''))) && /\s/.test(r) && asks(q);
  for (const m of spaces) {
    const [before, after] = [text.slice(0, m.index).trim(), text.slice(m.index).trim()];
    // "전기장판 켜 | 놨어 안 켜 놨어?": an auxiliary verb belongs to the verb before it
    if (AUX_AFTER.some((w) => after.startsWith(w))) continue;
    if (fits(before, after) || fits(after, before)) out.push([m.index, m.index]);
  }
  return out;
}

/** The side that holds an asking word is asked ("지금 몇 도야" → "지금 몇 도야?"). */
const asked = (side: string): string =>
  !side.endsWith('?') && ASKING_WORDS.some((w) => side.includes(w)) ? `${side}?` : side;

/** A side that only tells the home's state: understood, an answer that asks nothing back, no action. */
const answers = (u: Understanding): boolean =>
  u.understood && !u.actions.length && !u.ask && !!u.answer && !/\?$/.test(u.answer.trim());

/** A side that only acts: understood, actions, nothing told or asked back. */
const acts = (u: Understanding): boolean => u.understood && u.actions.length > 0 && !u.ask && !u.answer;

/** Intents of an answer told from the home's state, the clock or the air. */
const READ_INTENTS = new Set([
  'HassGetState',
  'HassClimateGetTemperature',
  'HassGetCurrentTime',
  'HassGetCurrentDate',
  'AirQuality',
]);

/**
 * A side of the turn that asks about the home's state: a question answered by reading (or told that
 * nothing there can be read, "작은방에는 온도를 잴 수 있는 기기가 없어요"), nothing corrected.
 */
function asksState(text: string, q: Understanding, home: HomeView): boolean {
  if (!q.intents.every((i) => READ_INTENTS.has(i.intent))) return false;
  const p = parse(text, indexHome(home).dyn);
  const asked = p.norm.question || p.frames.some((f) => f.question);
  const about = q.intents.length > 0 || p.frames.some((f) => f.question && f.attrs.length > 0);
  return asked && about && !p.frames.some((f) => f.corrects);
}

/**
 * A side of the turn that is a plain request naming or implying its own target: no clause of condition,
 * complaint or correction (a reason may come with it; a request put off is told, never acted on alone), and a clause that is no reason says a
 * device, a room, or an attribute or action of its own.
 */
function ownRequest(text: string, home: HomeView, cycle = false): { room: boolean } | null {
  const p = parse(text, indexHome(home).dyn);
  const room = p.frames.some((f) => f.areas.length > 0 || f.targets.some((t) => t.areas.length > 0));
  const own =
    !p.frames.some(
      (f) => f.cond || f.complaint || f.chat || f.corrects || f.story || (f.question && !f.req),
    ) &&
    p.frames.some(
      (f) =>
        !f.reason &&
        (f.targets.length > 0 ||
          f.areas.length > 0 ||
          f.channel !== null ||
          f.mode !== null ||
          f.attrs.some((a) => OWN_ATTRS.has(a)) ||
          f.verbs.some((v) => OWN_VERBS.has(v) && !(cycle && cycleVerb(v)))),
    );
  return own ? { room } : null;
}

/**
 * "안방 지금 몇 도야? 보일러 좀 올려 줘": a request naming no room, whose device word finds the device
 * asked about in the question's room, is about that device.
 */
function askedDevice(
  q: Understanding,
  rText: string,
  home: HomeView,
  ctx: TurnContext,
  understand: Understand,
): Understanding | null {
  const asked = askedIds(q);
  const areas = new Set(home.devices.filter((d) => asked.has(d.id)).map((d) => d.area));
  const [area] = areas;
  if (areas.size !== 1 || !area || area === ctx.satelliteArea) return null;
  const r = understand(rText, home, { ...ctx, satelliteArea: area });
  return acts(r) && r.actions.every((a) => asked.has(a.deviceId)) ? r : null;
}

const sameActions = (a: Understanding, b: Understanding): boolean =>
  a.actions.length === b.actions.length &&
  a.actions.every((x, i) => JSON.stringify(x) === JSON.stringify(b.actions[i]));

/** The turn with both its request done and its question answered, or the whole turn as read. */
export function askedAndRequest(
  text: string,
  home: HomeView,
  ctx: TurnContext,
  whole: Understanding,
  understand: Understand,
): Understanding {
  if (ctx.pending || typeof text !== 'string' || text.length > MAX_INPUT) return whole;
  const judged = judgedIf(text, home, ctx, understand);
  if (judged) return judged;
  if (whole.ask) return whole;
  // a question said without a mark between it and the request is looked for only when the turn was read
  // without an answer (or with only "… 그렇게 할 수 없어요") or without an action
  const marked = cuts(text);
  const bare = !marked.length && !(whole.actions.length && whole.answer && !whole.answer.includes(CANNOT));
  const points = bare ? bareCuts(text) : marked;
  if (!points.length) return whole;
  for (const [end, start] of points) {
    // the question mark stays with its clause ("지금 몇 시야?" asks; "지금 몇 시야" may not)
    let left = (text.slice(0, end) + (text.slice(end, start).includes('?') ? '?' : '')).trim();
    let right = text.slice(start).trim();
    if (bare) [left, right] = [asked(left), asked(right)];
    // each side says something in Korean ("Hello, how are you?" is not read twice more)
    if (!HANGUL.test(left) || !HANGUL.test(right)) continue;
    // "…해 줘, 김냉은 괜찮지?": a reassurance sought after a request leaves the request to be done, alone
    const tagged = reassureTag(right);
    const a = understand(left, home, ctx);
    if (tagged && acts(a)) return a;
    const b = understand(right, home, ctx);
    let [q, r, qText, rText] =
      answers(a) && acts(b) ? [a, b, left, right] : answers(b) && acts(a) ? [b, a, right, left] : [];
    if (!q || !r || !qText || !rText) continue;
    // "…남았어? 돌려도 되나": musing whether it may after the question is no request (asked-then-may.ts)
    if (qText === left && endsMused(compactForm(rText))) continue;
    // cut where no mark was said, the request ends as a request ends ("… 꺼 줘", not "… 들려서", "켤까") and the
    // question as a question ends (bareCuts): the sides must be the ones that fit
    if (bare && !(R_ENDS.has(last(rText)) && Q_ENDS.has(last(qText.replace(/\?$/, ''))) && /\s/.test(rText)))
      continue;
    const stateAsked = asksState(qText, q, home);
    const own = stateAsked ? ownRequest(rText, home, cycleAsked(q, home)) : null;
    // "세탁기 멈춰 있어? 다시 돌려": a cycle verb alone after a question about a cycle device is that device's
    const cyc =
      stateAsked && !own && ownRequest(rText, home) ? cycleRequest(q, rText, home, ctx, understand) : null;
    if (cyc) {
      const both = qText === left ? [...q.intents, ...cyc.intents] : [...cyc.intents, ...q.intents];
      return { understood: true, intents: both, actions: cyc.actions, answer: q.answer };
    }
    if (!own) continue;
    // the room of a question said first carries to the request after it
    if (!own.room && qText === left) r = askedDevice(q, rText, home, ctx, understand) ?? r;
    // "불 켜져 있어? 끄고 가스도 잠가": a bare verb first is the asked device's
    if (qText === left) r = verbOfAsked(q, rText, home, ctx, understand) ?? r;
    // the engine already did both
    if (sameActions(whole, r) && whole.answer?.includes(q.answer ?? '')) return whole;
    const intents = qText === left ? [...q.intents, ...r.intents] : [...r.intents, ...q.intents];
    return { understood: true, intents, actions: r.actions, answer: q.answer };
  }
  return whole;
}
