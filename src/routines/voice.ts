/**
 * Routines by voice, a stage of the conversation pipeline before understanding: a routine request
 * ("매일 아침 7시에 거실 불 켜줘") is repeated back as a question (`needsInput: {kind: "confirm"}`)
 * and created on "네", as the turn's assistant principal (its grants, no PIN actions); "아침 루틴
 * 꺼줘" switches routines off, "무슨 루틴 있어?" lists them, and a routine's phrase runs it.
 */
import { type AssistantPrincipal, principalKey } from '../gate/types.js';
import type { SatelliteEntry } from '../home/types.js';
import type { TurnHook, TurnParts } from '../hub/conversation/parts.js';
import type { Conversation, TurnRequest, TurnResult } from '../hub/conversation/types.js';
import { isHubError } from '../model/errors.js';
import {
  nameMatches,
  parseSpokenRoutine,
  parseYesNo,
  type SpokenRoutine,
  saysPhrase,
} from '../nlu/ko/routines.js';
import { withJosa } from '../nlu/ko/text.js';
import type { HomeView, Understander } from '../nlu/types.js';
import type { RoutineEngine } from './engine.js';
import { ANNOUNCE_WORDS, DO_WORDS, fill, ROUTINE_MESSAGES as M, TIME_WORDS, WHEN_WORDS } from './messages.js';
import type { Routine, RoutineAction, RoutineInput, Trigger } from './types.js';
import { type VoiceVerdict, voiceMayList, voiceMayManage } from './voice-gate.js';
import { measureTrigger } from './voice-measure.js';

interface Draft {
  input: RoutineInput;
  summary: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const nameOf = (view: HomeView, id: string) => view.devices.find((d) => d.id === id)?.name ?? id;

function timeWords(hh: number, mm: number, weekdays?: string[]): string {
  const days = !weekdays
    ? TIME_WORDS.everyDay
    : weekdays.length === 5
      ? TIME_WORDS.weekdays
      : weekdays.length === 2
        ? TIME_WORDS.weekend
        : weekdays.join(',');
  const part = hh < 12 ? TIME_WORDS.am : TIME_WORDS.pm;
  const h = hh % 12 === 0 ? 12 : hh % 12;
  const min = mm > 0 ? ` ${fill(TIME_WORDS.minute, { m: mm })}` : '';
  return `${days} ${part} ${fill(TIME_WORDS.hour, { h })}${min}`;
}

function draftOf(
  u: Extract<SpokenRoutine, { kind: 'create' }>,
  text: string,
  view: HomeView,
  sat: SatelliteEntry,
  p: TurnParts,
  understander: Understander,
): Draft | string {
  let trigger: Trigger;
  let whenText: string;
  let announceText: string;
  if (u.when.kind === 'time') {
    trigger = {
      type: 'time',
      at: `${pad(u.when.hh)}:${pad(u.when.mm)}`,
      ...(u.when.weekdays ? { weekdays: u.when.weekdays as never } : {}),
    };
    whenText = `${timeWords(u.when.hh, u.when.mm, u.when.weekdays)}${TIME_WORDS.at}`;
    announceText = fill(ANNOUNCE_WORDS.time as string, {
      time: timeWords(u.when.hh, u.when.mm).split(' ').slice(1).join(' '),
    });
  } else if (u.when.kind === 'measure') {
    const m = measureTrigger(u.when, view, sat.area);
    if (typeof m === 'string') return m;
    ({ trigger, whenText, announceText } = m);
  } else {
    const { device, state } = u.when;
    const dev = view.devices.find((d) => d.id === device);
    const subject = withJosa(nameOf(view, device), '이/가');
    trigger =
      state === 'on' || state === 'off'
        ? { type: 'attribute', device, cluster: 'OnOff', attribute: 'OnOff', becomes: state === 'on' }
        : { type: 'event', device, event: state as 'opened' };
    whenText = fill(WHEN_WORDS[state] ?? '{device}', { device: subject });
    announceText = fill(ANNOUNCE_WORDS[`${state}:${dev?.deviceType}`] ?? ANNOUNCE_WORDS[state] ?? '', {
      device: subject,
    });
  }
  let actions: RoutineAction[];
  let doText: string;
  if ('announce' in u.action) {
    const target = u.action.announce.target;
    const named = target ? targetNamed(target, view, p) : sat.player ? sat.id : null;
    if (target && !named) return M.notUnderstoodAction;
    actions = [{ type: 'announce', text: announceText, ...(named ? { device: named } : {}) }];
    doText = fill(DO_WORDS.announce as string, { target: target ?? sat.name });
  } else {
    const got = understander.understand(u.action.text, view, {
      satelliteArea: sat.area,
      satellitePlayer: null,
      pending: null,
      now: p.ctx.clock.now(),
      timezone: p.home.file.home.timezone,
    });
    if (!got.understood || got.ask || got.actions.length === 0) return M.notUnderstoodAction;
    actions = got.actions.map((a) => ({
      type: 'command',
      device: a.deviceId,
      endpoint: String(a.endpoint),
      cluster: a.cluster,
      command: a.command,
      args: a.args,
    }));
    doText = got.actions
      .map((a) =>
        fill(DO_WORDS[a.command] ?? (DO_WORDS.other as string), { device: nameOf(view, a.deviceId) }),
      )
      .join(', ');
  }
  const name = text
    .replace(/[.!?~]+$/g, '')
    .trim()
    .slice(0, 100);
  return { input: { name, triggers: [trigger], actions }, summary: `${whenText} ${doText}` };
}

/** A device or a player satellite by what it was called. */
function targetNamed(target: string, view: HomeView, p: TurnParts): string | null {
  const sat = p.home.file.satellites.find(
    (s) => s.player && [s.name, ...s.aliases].some((n) => nameMatches(n, target) || nameMatches(target, n)),
  );
  if (sat) return sat.id;
  const c = target.replace(/\s+/g, '');
  const dev = view.devices.find((d) =>
    [d.name, ...(d.aliases ?? [])].some((n) => n.replace(/\s+/g, '') === c),
  );
  return dev?.id ?? null;
}

function refusalText(err: unknown, engine: RoutineEngine, input: RoutineInput, assistant: string): string {
  if (!isHubError(err)) return fill(M.refused, { reason: String(err) });
  const index = (err.details?.action as number | undefined) ?? 0;
  const a = input.actions[index];
  const device = a && 'device' in a && a.device ? (engine.runtime.device(a.device)?.name ?? a.device) : '';
  const reason =
    err.code === 'forbidden'
      ? fill(M.reasonForbidden, { device })
      : err.code === 'pin-required' || /PIN/.test(err.message)
        ? fill(M.reasonPin, { device })
        : err.code === 'not-allowed'
          ? fill(M.reasonNotAllowed, { assistant, device })
          : err.code === 'conflict'
            ? M.reasonLoop
            : fill(M.reasonOther, { message: err.message });
  return fill(M.refused, { reason });
}

/** Why a routine may not be managed by this turn, in Korean. */
function manageRefusal(
  engine: RoutineEngine,
  speaker: AssistantPrincipal,
  r: Routine,
  v: VoiceVerdict,
): string {
  if (v.ok) return '';
  const device = v.device ? (engine.runtime.device(v.device)?.name ?? v.device) : '';
  const name = engine.runtime.file.assistants.find((a) => a.id === speaker.id)?.name ?? speaker.id;
  return v.code === 'pin-required'
    ? fill(M.managePin, { name: r.name, device })
    : fill(M.manageNotAllowed, { name: r.name, assistant: withJosa(name, '이/가'), device });
}

/** The routines a turn may act on, and the refusals (in Korean) of the others. */
function mayManage(engine: RoutineEngine, speaker: AssistantPrincipal, found: Routine[]) {
  const ok: Routine[] = [];
  const refusals: string[] = [];
  for (const r of found) {
    const v = voiceMayManage(engine, speaker, r);
    if (v.ok) ok.push(r);
    else refusals.push(manageRefusal(engine, speaker, r, v));
  }
  return { ok, refusals };
}

export function voiceRoutines(engine: RoutineEngine, understander: Understander): TurnHook {
  return {
    async turn(p, req, speaker, sat, conv, text) {
      const say = (reply: string, intent: string, extra: Partial<TurnResult> = {}) =>
        answer(p, req, speaker, conv, text, reply, intent, extra);
      if (conv.pending?.kind === 'confirm') {
        const draft = conv.pending.state as Draft;
        const yes = parseYesNo(text);
        if (yes === 'no') {
          conv.pending = null;
          return say(M.cancelled, 'RoutineCancel');
        }
        if (yes === 'yes') {
          conv.pending = null;
          try {
            const r = await engine.create(draft.input, speaker, 'voice');
            return say(fill(M.created, { name: r.name }), 'RoutineCreate', {
              intents: [{ intent: 'RoutineCreate', slots: { id: r.id } }],
            });
          } catch (err) {
            return say(refusalText(err, engine, draft.input, speaker.id), 'RoutineRefused');
          }
        }
        conv.pending = null; // anything else drops the question and is a request of its own
      }
      const view = p.home.view();
      const u = parseSpokenRoutine(text, view);
      if (!u) {
        const phrased = engine
          .byPhrase((ph) => saysPhrase(text, ph))
          .filter((r) => voiceMayList(engine, speaker, r));
        if (phrased.length === 0) return null;
        const { ok, refusals } = mayManage(engine, speaker, phrased);
        for (const r of ok)
          engine.run(r.id, { kind: 'phrase', detail: speaker.id, t0: performance.now() }).catch(() => {});
        const ran = ok.map((r) => fill(M.ran, { name: r.name }));
        return say([...ran, ...refusals].join(' '), ok.length > 0 ? 'RoutineRun' : 'RoutineRefused');
      }
      if (u.kind === 'list') {
        const all = engine.list().filter((r) => voiceMayList(engine, speaker, r));
        if (all.length === 0) return say(M.listNone, 'RoutineList');
        const names = all.map((r) => (r.enabled ? r.name : fill(M.listOff, { name: r.name }))).join(', ');
        return say(fill(M.list, { count: all.length, names }), 'RoutineList');
      }
      if (u.kind === 'manage') {
        const found = engine
          .list()
          .filter((r) => nameMatches(r.name, u.name) && voiceMayList(engine, speaker, r));
        if (found.length === 0) return say(fill(M.noSuchRoutine, { name: u.name }), 'RoutineManage');
        const { ok, refusals } = mayManage(engine, speaker, found);
        if (ok.length === 0) return say(refusals.join(' '), 'RoutineRefused');
        const names = ok.map((r) => r.name).join('", "');
        try {
          for (const r of ok) {
            if (u.verb === 'disable' || u.verb === 'enable')
              await engine.update(r.id, { enabled: u.verb === 'enable' });
            else if (u.verb === 'delete') await engine.remove(r.id);
            else engine.run(r.id, { kind: 'voice', detail: speaker.id }).catch(() => {});
          }
        } catch (err) {
          return say(
            fill(M.manageFailed, { reason: err instanceof Error ? err.message : String(err) }),
            'RoutineManage',
          );
        }
        const key =
          u.verb === 'disable'
            ? 'disabled'
            : u.verb === 'enable'
              ? 'enabled'
              : u.verb === 'delete'
                ? 'deleted'
                : 'ran';
        return say([fill(M[key], { names, name: names }), ...refusals].join(' '), 'RoutineManage');
      }
      const draft = draftOf(u, text, view, sat, p, understander);
      if (typeof draft === 'string') return say(draft, 'RoutineCreate');
      try {
        engine.preview(draft.input, speaker, 'voice');
      } catch (err) {
        return say(refusalText(err, engine, draft.input, speaker.id), 'RoutineRefused');
      }
      conv.pending = { kind: 'confirm', state: draft };
      const prompt = fill(M.confirm, { summary: draft.summary });
      return say(prompt, 'RoutineCreate', { needsInput: { kind: 'confirm', prompt } });
    },
  };
}

async function answer(
  p: TurnParts,
  req: TurnRequest,
  speaker: AssistantPrincipal,
  conv: Conversation,
  text: string,
  reply: string,
  intent: string,
  extra: Partial<TurnResult>,
): Promise<TurnResult> {
  const r: TurnResult = {
    conversationId: conv.id,
    assistant: speaker.id,
    understood: true,
    actions: [],
    response: { text: reply },
    needsInput: null,
    intents: [{ intent, slots: {} }],
    ...extra,
  };
  return p.recorder.finish(req, principalKey(speaker), speaker.id, text, r, 'allowed', { routine: intent });
}
