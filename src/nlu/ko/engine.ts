/**
 * The Korean understanding engine against the hub's home view: frames from parse.ts are
 * resolved to devices and endpoints (names, aliases, areas, device words, the satellite's area)
 * and turned into Matter commands, questions ("어느 TV요?") or answers.
 */
import type { HomeView, TurnContext, Understanding } from '../types.js';
import { noneOn, offAllOn } from './all-on.js';
import { aroundRequest, deviceAsked, leftSoInList } from './around.js';
import { askedByEnding } from './asked-ending.js';
import { askPart, isPending, type PendingChoice, pickOption, splitPart } from './choice.js';
import { carriesValue, targetRef } from './clause-frame.js';
import { condUnmet } from './condition-held.js';
import { withoutCourtesy } from './courtesy.js';
import { actionKey } from './device.js';
import { choiceAsked, noRemedySaid, partOrHowAsked } from './engine-say.js';
import {
  calledOff,
  contentsAsked,
  humidityAsked,
  loanDirection,
  markSizeTalk,
  markVacuumHome,
  restatedChannel,
} from './family.js';
import { markFlip } from './flip.js';
import { planFrame } from './frame.js';
import { prepFrame } from './frame-prep.js';
import { heardFor } from './heard-for.js';
import { type HomeIndex, indexHome } from './home.js';
import { householdFrames } from './household.js';
import { idiomVerbs } from './idiom-verbs.js';
import {
  checkAsked,
  contextBefore,
  dropMusicInheritance,
  lookFirst,
  loudnessConsequence,
  pastNotLater,
  stepsOverGenre,
} from './joined.js';
import { leaveToUse } from './leave-use.js';
import {
  COMFORT_WORDS,
  REMEDY_DEVICE,
  ROOM_BRIGHTER,
  ROOM_COOLER,
  ROOM_DIMMER,
  ROOM_FEEL,
  ROOM_WARMER,
} from './lexicon/remedies.js';
import { SEASON_TALK } from './lexicon/talk.js';
import { KINDS, WHERE_WORDS } from './lexicon/words.js';
import { longTurn } from './long-turn.js';
import { declinedAfter } from './not-after.js';
import { notifyUpon } from './notify-upon.js';
import { markProductTalk, soundRemark } from './opinion.js';
import { orderThenPlan } from './order-then-plan.js';
import { type Frame, parse } from './parse.js';
import { notUnderstood, partly } from './partly.js';
import type { Plan } from './plan/types.js';
import { markRemark } from './remark.js';
import { remedyFor, remedyFrame } from './remedy.js';
import { complaintReported } from './report.js';
import { withRespacing } from './respace.js';
import { saidInPart } from './said-part.js';
import { describeState } from './state.js';
import { compactForm, MAX_INPUT } from './text.js';
import { isActionClause, requestFrames } from './turn.js';
import { turnMarks } from './turn-marks.js';
import { unknownVerbAsked } from './unknown-verb.js';
import { markUsage } from './usage.js';
import { valueBeside } from './value-beside.js';
import { whatsOn } from './whats-on.js';
import { doneAsked, markClippedRemedy, markQuietReason, markWish } from './wish.js';
import { withdrawnRequest } from './withdrawn.js';

export type { PendingChoice } from './choice.js';
export { endpointLabel } from './device.js';
export { type HomeIndex, indexHome } from './home.js';

export function understandKo(text: string, home: HomeView, ctx: TurnContext): Understanding {
  try {
    if (typeof text !== 'string' || text.length > MAX_INPUT) return notUnderstood();
    const idx = indexHome(home);
    if (isPending(ctx.pending)) {
      const chosen = pickOption(text, ctx.pending, idx);
      if (chosen) {
        // a cabinet chosen ("하칸"): its appliance, with that cabinet named
        const pend = ctx.pending;
        const runs = chosen.map((c) => {
          const part = splitPart(c);
          const ep = part && idx.byId.get(part.dev)?.endpoints.find((e) => e.id === part.ep);
          const comp = ep ? (ep.tags[0] ?? ep.name ?? null) : null;
          return part ? run(pend.text, home, idx, ctx, { frame: pend.frame, ids: [part.dev], comp }) : null;
        });
        if (runs.every((r) => r !== null)) {
          // "둘 다": each cabinet in turn
          const [first, ...more] = runs as Understanding[];
          if (first) return { ...first, actions: [first, ...more].flatMap((r) => r.actions) };
        }
        const ids = [...new Set(chosen.map((c) => splitPart(c)?.dev ?? c))];
        return run(ctx.pending.text, home, idx, ctx, { frame: ctx.pending.frame, ids });
      }
    }
    return withRespacing(text, idx.dyn, (t) => run(t, home, idx, ctx, null));
  } catch {
    return notUnderstood();
  }
}

function run(
  text: string,
  home: HomeView,
  idx: HomeIndex,
  ctx: TurnContext,
  forced: { frame: number; ids: string[]; comp?: string | null } | null,
): Understanding {
  const p = parse(heardFor(withoutCourtesy(text)), idx.dyn);
  if (p.tokens.length === 0) return notUnderstood();
  const pointed = saidInPart(p, idx);
  if (pointed) return pointed;
  leftSoInList(p.frames);
  askedByEnding(p.frames, p.norm.compact, p.norm.question);
  // "아 시원해", "따뜻하다": comfort said, not asked about, is small talk
  for (const f of p.frames)
    if (!f.question && f.verb === 'hot' && !f.complaint && f.tokens.some((t) => COMFORT.has(t.text)))
      f.chat = true;
  // "세탁기 다 됐네", "청소 열심히 했다": a remark that asks for nothing is small talk
  markRemark(p.frames, p.norm);
  lookFirst(p.frames);
  householdFrames(p.frames, p.norm, ctx.satelliteArea);
  contextBefore(p.frames, p.norm.compact);
  markUsage(p.frames, p.norm);
  leaveToUse(p.frames, p.norm);
  complaintReported(p.frames, p.norm);
  markProductTalk(p.frames, idx, home, p.norm.compact);
  markSizeTalk(p.frames);
  markVacuumHome(p.frames, idx);
  idiomVerbs(p.frames, p.norm, idx);
  orderThenPlan(p.frames, p.norm.compact);
  restatedChannel(p.frames);
  loanDirection(p.frames);
  calledOff(p.frames, p.norm);
  declinedAfter(p.frames, p.norm);
  contentsAsked(p.frames, p.norm.question);
  humidityAsked(p.frames, p.norm.question);
  markWish(p.frames);
  doneAsked(p.frames, p.norm.question);
  markFlip(p.frames, p.tokens);
  markClippedRemedy(p.frames);
  markQuietReason(p.frames, p.norm.compact);
  loudnessConsequence(p.frames);
  turnMarks(p.frames, p.norm, home);
  // "켜져 있는 거 다 꺼": everything that is on, switched off
  const allOn = offAllOn(p.frames, p.norm, home, ctx);
  if (allOn && !p.frames[0]?.targets.length)
    return { ...notUnderstood(), understood: true, answer: noneOn(p.frames[0], idx) };
  const onNow = whatsOn(p.frames, home, idx) ?? notifyUpon(p.frames, p.norm.compact, idx);
  if (onNow) return onNow;
  const chat = p.frames.some((f) => f.chat);
  pastNotLater(p.frames, p.norm.compact);
  longTurn(p.frames, p.norm);
  aroundRequest(p.frames, p.norm);
  const frames = requestFrames(p.frames);
  // mostly words the lexicon does not know, and no clause that asks for an action: not a home command
  const len = p.norm.compact.length;
  // "집에 아무도 없지? 티비 꺼져 있어?": a state asked of a device is a home question, whatever is around it
  // "손님들 사진 찍는대, 거실 불 주백색으로 해 줘": a value asked for a named device is an action too
  // ("집이 건조한 것 같은데 습도 몇이야": so is a reading asked, after talk the lexicon does not know)
  const acting = frames.some(
    (f) =>
      isActionClause(f) ||
      (f.state !== null && f.targets.length > 0 && (f.question || checkAsked(f))) ||
      (f.asked && f.targets.length > 0 && carriesValue(f)) ||
      (f.question && f.verb === 'query' && f.attrs.some((a) => READINGS.has(a))) ||
      deviceAsked(f),
  );
  if (!acting && p.unknownChars >= 3 && p.unknownChars / len > 0.4)
    return unknownVerbAsked(p, idx, chat) ?? notUnderstood(chat);
  if (!frames.length) return notUnderstood(chat);
  const plan: Plan = { actions: [], answers: [], intents: [], understood: false };
  for (let fi = 0; fi < frames.length; fi++) {
    let f = frames[fi] as Frame;
    const chosen = forced && forced.frame === fi ? forced.ids : null;
    const chosenComp = chosen ? (forced?.comp ?? null) : null;
    if (chosenComp) for (const t of f.targets) t.comp = chosenComp;
    // "안방 추워?", "아이방 공기 괜찮아?": asking how a room feels is asking its reading
    // "요즘 너무 덥지 않아?", "오늘 너무 춥더라": the season or the day, with no room or device named
    if (
      (f.complaint || f.verb === 'hot') &&
      !f.targets.length &&
      !f.areas.length &&
      SEASON.some((w) => p.norm.compact.includes(w))
    )
      continue;
    dropMusicInheritance(f, idx);
    prepFrame(f, frames[fi - 1], idx, ctx.satelliteArea);
    stepsOverGenre(f);
    const unmet = condUnmet(f, p.frames, idx, p.norm.compact, ctx);
    if (unmet) {
      plan.understood = true;
      plan.intents.push({ intent: 'HassGetState', slots: { devices: unmet.devs.map((d) => d.id) } });
      for (const d of unmet.devs) {
        const a = describeState(unmet.cond, d, null);
        plan.answers.push(/[.?!)]$/.test(a) ? a : `${a}.`);
      }
      continue;
    }
    if (f.question) feelQuestion(f, home, p.norm.question);
    activityQuestion(f);
    // "아이방 좀 따뜻하게 해 줘": a room made warmer or cooler is a complaint about it
    const tone = roomTone(f);
    if (tone) f.complaint = tone;
    // "날씨 너무 춥다" is about the weather, not the home
    if (f.complaint && f.attrs.includes('weather')) f.complaint = null;
    // "너무 춥겠다, 24도로 해 줘": a value to set is the request; the complaint is its reason
    if (f.complaint && !tone && f.targets.length && valueBeside(f)) {
      f.complaint = null;
      if (f.verb === null || WEAK.has(f.verb)) {
        f.verb = 'set';
        f.verbs.push('set');
      }
    }
    if (f.complaint && (tone || !(f.verb && !WEAK.has(f.verb))) && !(p.norm.question && f.verb === 'hot')) {
      const r = remedyFor(f, idx, ctx);
      if (r && 'frame' in r) f = r.frame;
      else if (r && 'ask' in r) {
        if (chosen) {
          const devs = chosen.map((id) => idx.byId.get(id)).filter((d) => d !== undefined);
          f = remedyFrame(f, devs, r.verb);
        } else {
          plan.understood = true;
          plan.ask = { options: r.ask, verb: r.verb, frame: fi };
        }
      } else if (r && 'how' in r && chosenComp && r.verb) {
        // "김치가 너무 얼었어" → "상칸과 하칸 중 …?" → "하칸": that cabinet
        f = remedyFrame(f, [r.how], r.verb);
        f.attrs = ['temperature'];
        for (const t of f.targets) t.comp = chosenComp;
      } else if (r && 'how' in r) {
        if (soundRemark(f, p.norm.compact, p.norm.question)) return notUnderstood(true);
        plan.understood = true;
        if (r.parts && r.parts.length > 1)
          plan.part = {
            device: r.how,
            eps: r.how.endpoints.filter((e) => e.clusters.TemperatureControl),
            frame: fi,
          };
        const parts = r.parts?.filter((x) => x) ?? [];
        plan.answers.push(partOrHowAsked(r.how.name, parts, r.verb));
        continue;
      } else if (r && 'none' in r) {
        plan.understood = true;
        plan.answers.push(noRemedySaid(REMEDY_DEVICE[r.none], r.area ? idx.areaName.get(r.area) : undefined));
        continue;
      }
    }
    if (!plan.ask)
      planFrame(f, fi, frames.length, home, idx, ctx, plan, chosen && !f.complaint ? chosen : null);
    if (plan.part && plan.part.frame === undefined) plan.part.frame = fi;
    if (plan.ask) {
      const opts = plan.ask.options;
      const q = choiceAsked(
        opts.map((d) => d.name),
        plan.ask.verb,
      );
      const pending: PendingChoice = { text, frame: fi, options: opts.map((d) => d.id) };
      return {
        understood: true,
        intents: plan.intents,
        actions: [],
        ask: { kind: 'choice', text: q, options: opts.map((d) => ({ id: d.id, label: d.name })), pending },
      };
    }
  }
  if (!plan.understood) return partly(frames, idx, p.unknownChars / len, chat);
  // "안방 TV 켜서 KBS2 틀어": the same command twice is sent once
  const seen = new Set<string>();
  const actions =
    frames.length < 2
      ? plan.actions
      : plan.actions.filter((a) => {
          const key = actionKey(a);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
  const u: Understanding = { understood: true, intents: plan.intents, actions };
  if (plan.answers.length) u.answer = plan.answers.join(' ');
  if (plan.part && !actions.length && u.answer) return askPart(u, plan.part, text);
  return withdrawnRequest(u, p.tokens, p.norm.compact);
}

const WEAK = new Set(['do', 'query', 'hot']);
/** Readings a sensor answers. */
const READINGS = new Set(['humidity', 'temperature', 'co2', 'pm25']);

const WARMER = new RegExp(ROOM_WARMER.join('|'));
const COOLER = new RegExp(ROOM_COOLER.join('|'));

const BRIGHTER = new RegExp(ROOM_BRIGHTER.join('|'));
const DIMMER = new RegExp(ROOM_DIMMER.join('|'));

/** "아이방 좀 따뜻하게", "거실 좀 밝혀 줘": no device, no attribute, only a room made warmer, cooler, brighter or darker. */
function roomTone(f: Frame): 'cold' | 'hot' | 'dark' | 'bright' | null {
  if (f.targets.length || f.attrs.length || f.numbers.length || (f.verb !== 'up' && f.verb !== 'down'))
    return null;
  for (const t of f.tokens) {
    if (WARMER.test(t.text)) return 'cold';
    if (COOLER.test(t.text)) return 'hot';
    if (BRIGHTER.test(t.text)) return 'dark';
    if (DIMMER.test(t.text)) return 'bright';
  }
  return null;
}

const FEEL = new RegExp(ROOM_FEEL.join('|'));
const COMFORT = new Set(COMFORT_WORDS);
const AIR_SENSES = new Set(['stuffy', 'dust', 'smell']);

/** A question about how a room feels ("안방 추워?") becomes a question about its reading. */
function feelQuestion(f: Frame, home: HomeView, asked: boolean): void {
  if (f.targets.some((t) => t.devs.length || t.kind) || (f.verb && !WEAK.has(f.verb) && f.verb !== 'query'))
    return;
  const feel =
    f.complaint === 'cold' ||
    f.complaint === 'hot' ||
    f.verb === 'hot' ||
    f.tokens.some((t) => FEEL.test(t.text));
  // "방이 찜통이야" says it is hot; "안방 추워?" asks
  if (feel && asked && !f.attrs.length) {
    f.attrs.push('temperature');
  } else if (f.complaint && AIR_SENSES.has(f.complaint)) {
    // the room's own reading: fine dust where it is measured, else carbon dioxide
    const area = f.areas[0] ?? f.targets.find((t) => t.areas.length)?.areas[0];
    const here = home.devices.filter((d) => area !== undefined && d.area === area);
    const has = (c: string) => here.some((d) => d.endpoints.some((e) => e.clusters[c]));
    f.attrs.push(
      !has('Pm25ConcentrationMeasurement') && has('CarbonDioxideConcentrationMeasurement') ? 'co2' : 'pm25',
    );
  } else return;
  f.complaint = null;
  f.verb = 'query';
  if (!f.verbs.includes('query')) f.verbs.push('query');
}

const VACUUM_KIND = KINDS.find(([, k]) => k.kinds[0] === 'vacuum')?.[1] ?? null;

/**
 * "청소 얼마나 남았어?": an activity asked about is a question about the device that does it;
 * "어디 불 켜져 있어?": where something is on asks about all of them.
 */
function activityQuestion(f: Frame): void {
  const asking =
    !f.req &&
    (f.verbs.includes('query') || f.attrs.some((a) => a === 'remaining' || a === 'state' || a === 'battery'));
  if (f.question && asking && f.verbs.includes('clean') && !f.targets.length && VACUUM_KIND) {
    f.verb = 'query';
    f.targets.push(targetRef({ kind: VACUUM_KIND }));
  }
  // "켜진 불 있어?": whether any is, of all of them
  const any =
    f.state !== null &&
    f.mods.has('exists') &&
    !f.areas.length &&
    !f.targets.some((t) => t.areas.length || t.devs.length);
  if (f.state && (any || f.tokens.some((t) => WHERE.has(t.text)))) {
    f.mods.add('all');
    for (const t of f.targets) t.all = true;
  }
}

const WHERE = new Set(WHERE_WORDS);
const SEASON = SEASON_TALK.map(compactForm);
