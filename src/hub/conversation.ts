/**
 * The conversation pipeline, as its real stages:
 * wake word → arbitration on that satellite → assistant of that satellite → understanding (with
 * the PIN answer and the satellite's media handled here) → authorization (grants, then security
 * rules) → execution → a Korean reply → speaking (and listening when the reply asks something).
 *
 * Every turn and every action is audited. Spoken PINs never reach the audit log, the bus, the
 * logs or a reply: a PIN turn is recorded as "(비밀번호)".
 */
import { randomUUID } from 'node:crypto';
import { Arbiter, type ArbitrationOptions, type Dialog, isUniversalStop } from '../assistants/arbitration.js';
import { Grants, privilegeFor } from '../assistants/grants.js';
import { eul, eun, euro } from '../assistants/korean.js';
import {
  findTracks,
  type MediaCommand,
  type MusicService,
  matchMediaCommand,
  musicServiceOf,
  type Track,
} from '../assistants/media.js';
import { VoicePin } from '../assistants/pin.js';
import { parsePinDigits } from '../assistants/pin-digits.js';
import { SecurityRules } from '../assistants/security.js';
import { WakeWords } from '../assistants/wake.js';
import type { AssistantEntry, SatelliteEntry } from '../home/types.js';
import { MediaState } from '../model/devices.js';
import { invalidRequest, isHubError } from '../model/errors.js';
import type { ActionOutcome, PlannedAction, Understander, Understanding } from '../nlu/types.js';
import type { HubContext } from './context.js';
import type { HomeRuntime } from './home-runtime.js';

export interface TurnRequest {
  text: string;
  satellite: string;
  assistant?: string;
  conversationId?: string;
}

export interface TurnOptions {
  /**
   * 'openfloor': the turn comes from an Open Floor envelope addressed to `assistant`. It is heard by
   * the virtual satellite `openfloor` (every assistant of the home, no area, no player, no
   * arbitration) instead of a satellite of the home file.
   */
  channel?: 'openfloor';
}

export interface TurnAction {
  deviceId: string;
  endpoint: string;
  cluster: string;
  command: string;
  args: Record<string, unknown>;
  status: 'success' | 'error';
  error?: { code: string; message?: string };
}

export interface TurnResult {
  conversationId: string;
  assistant: string | null;
  understood: boolean;
  actions: TurnAction[];
  response: { text: string };
  needsInput: null | {
    kind: 'pin' | 'choice';
    prompt: string;
    options?: Array<{ id: string; label: string }>;
  };
  intents?: Understanding['intents'];
}

export type Decision = 'allowed' | 'denied' | 'pin-required' | 'forbidden' | 'not-understood';

interface PendingPin {
  kind: 'pin';
  actions: PlannedAction[];
  understanding: Understanding;
}

interface Conversation {
  id: string;
  satellite: string;
  assistant: string;
  pending: { kind: 'choice'; state: unknown } | PendingPin | null;
  expires: number;
}

/** What the understanding stage planned, with the reply phrasing when the pipeline planned it itself. */
interface Plan {
  u: Understanding;
  reply?: (executed: ActionOutcome[]) => string;
  /** After the actions ran (media bookkeeping). */
  done?: (executed: ActionOutcome[]) => void;
}

interface MediaSession {
  assistant: string;
  service: MusicService;
  tracks: Track[];
  index: number;
}

/** Why an action was refused before any vendor was called. */
interface Refusal {
  action: PlannedAction;
  decision: 'denied' | 'forbidden' | 'pin-required';
  code: string;
}

export const CONVERSATION_TTL_MS = 5 * 60 * 1000;
export const MAX_TEXT = 10_000;
export const OPENFLOOR_SATELLITE = 'openfloor';
/** Typed surfaces, not microphones: no arbitration or de-duplication there. */
const TYPED_SATELLITES = new Set(['console', OPENFLOOR_SATELLITE]);
const PIN_TEXT = '(비밀번호)';

export const MESSAGES = {
  noWakeWord: '',
  notUnderstood: '죄송해요, 잘 못 알아들었어요.',
  pinPrompt: '보안을 위해 비밀번호를 말씀해 주세요.',
  pinWrong: '비밀번호가 맞지 않아요. 다시 말씀해 주세요.',
  pinBlocked: '비밀번호가 여러 번 틀려서 10분 동안 음성으로 잠금을 해제할 수 없어요.',
  pinNotSet: '음성 비밀번호가 설정되어 있지 않아서 음성으로는 할 수 없어요.',
  stopped: '알겠어요, 멈출게요.',
} as const;

const DECISION_RANK: Record<Decision, number> = {
  'not-understood': 0,
  allowed: 1,
  'pin-required': 2,
  denied: 3,
  forbidden: 4,
};

const opensOrLocks = (command: string): 'open' | 'lock' | 'other' =>
  /Unlock|Open/.test(command) ? 'open' : /Lock|Close/.test(command) ? 'lock' : 'other';
/** "열 수 없어요", "잠글 수 없어요", "조작할 수 없어요". */
const canVerb = (command: string) => ({ open: '열', lock: '잠글', other: '조작할' })[opensOrLocks(command)];
/** "열려면", "잠그려면", "조작하려면". */
const toVerb = (command: string) =>
  ({ open: '열려면', lock: '잠그려면', other: '조작하려면' })[opensOrLocks(command)];

export class ConversationPipeline {
  readonly #home: HomeRuntime;
  readonly #ctx: HubContext;
  readonly #understander: Understander;
  readonly #wake: WakeWords;
  readonly #grants: Grants;
  readonly #security: SecurityRules;
  readonly #pin: VoicePin;
  readonly #arbiter: Arbiter;
  readonly #satellites: Map<string, SatelliteEntry>;
  readonly #assistants: Map<string, AssistantEntry>;
  readonly #virtual: SatelliteEntry;
  readonly #conversations = new Map<string, Conversation>();
  readonly #media = new Map<string, MediaSession>();

  constructor(
    home: HomeRuntime,
    ctx: HubContext,
    understander: Understander,
    arbitration: ArbitrationOptions = {},
  ) {
    this.#home = home;
    this.#ctx = ctx;
    this.#understander = understander;
    this.#wake = new WakeWords(home.file.assistants);
    this.#grants = new Grants(home.file.grants);
    this.#security = new SecurityRules(home.file.security);
    this.#pin = new VoicePin(ctx.store, home.id, ctx.clock, home.file.security.voicePin);
    this.#arbiter = new Arbiter(home.id, ctx.bus, ctx.clock, arbitration);
    this.#satellites = new Map(home.file.satellites.map((s) => [s.id, s]));
    this.#assistants = new Map(home.file.assistants.map((a) => [a.id, a]));
    this.#virtual = {
      id: OPENFLOOR_SATELLITE,
      name: 'Open Floor',
      aliases: [],
      area: null,
      assistants: home.file.assistants.map((a) => a.id),
      player: false,
    };
  }

  get grants(): Grants {
    return this.#grants;
  }

  get assistants(): AssistantEntry[] {
    return [...this.#assistants.values()];
  }

  /** Every satellite with its dialog state and, for players, what plays. */
  satellites(): Array<{
    id: string;
    name: string;
    area: string | null;
    assistants: string[];
    player: boolean;
    dialog: Dialog;
    media: null | {
      state: 'playing' | 'paused' | 'stopped';
      assistant: string | null;
      service: string | null;
      track: Track | null;
      volume: number | null;
    };
  }> {
    return [...this.#satellites.values()].map((s) => ({
      id: s.id,
      name: s.name,
      area: s.area,
      assistants: [...s.assistants],
      player: s.player,
      dialog: this.#arbiter.dialog(s.id),
      media: s.player ? this.#mediaView(s.id) : null,
    }));
  }

  dialog(satellite: string): Dialog {
    return this.#arbiter.dialog(satellite);
  }

  close(): void {
    this.#arbiter.close();
  }

  async turn(req: TurnRequest, principal: string, opts: TurnOptions = {}): Promise<TurnResult> {
    const now = this.#ctx.clock.now();
    const virtual = opts.channel === 'openfloor';
    const sat = virtual ? this.#virtual : this.#satellites.get(req.satellite);
    if (!sat)
      throw invalidRequest(`no satellite '${req.satellite}' in this home`, { satellite: req.satellite });
    if (typeof req.text !== 'string' || req.text.length > MAX_TEXT)
      throw invalidRequest(`text is longer than ${MAX_TEXT} characters`);
    const r0 = { ...req, satellite: sat.id };
    const typed = TYPED_SATELLITES.has(sat.id);
    this.#expire(now);

    // Stage 1–2: wake word, arbitration, and the assistant of this satellite.
    let conv = req.conversationId ? this.#conversations.get(req.conversationId) : undefined;
    if (conv && conv.satellite !== sat.id) conv = undefined;
    let text = req.text;
    let assistant: string | null = null;
    let fresh = false;
    const wake = this.#wake.match(text);

    const stopText = wake ? wake.rest : text;
    if (isUniversalStop(stopText) && (!wake || sat.assistants.includes(wake.assistant.id))) {
      const stopped = await this.#universalStop(r0, principal, sat, wake?.assistant.id ?? null, conv);
      if (stopped) return stopped;
    }

    if (virtual) {
      if (req.assistant === undefined || !this.#assistants.has(req.assistant)) {
        throw invalidRequest(`no assistant '${String(req.assistant)}' in this home`);
      }
      assistant = req.assistant;
      if (wake && wake.assistant.id === assistant) text = wake.rest;
      if (conv && conv.assistant !== assistant) conv = undefined;
    } else if (wake) {
      if (!sat.assistants.includes(wake.assistant.id)) {
        return this.#ignored(r0, principal, 'not-on-satellite');
      }
      assistant = wake.assistant.id;
      text = wake.rest;
      if (!typed) {
        if (this.#arbiter.admit(sat.id, assistant) === 'busy')
          return this.#ignored(r0, principal, 'satellite-busy');
        if (this.#arbiter.duplicate(sat.id, assistant, text))
          return this.#ignored(r0, principal, 'duplicate');
      }
      // A new wake word starts a new conversation; the one it interrupts asks nothing any more.
      if (conv) {
        this.#conversations.delete(conv.id);
        fresh = true;
      }
      conv = undefined;
    } else if (conv) {
      assistant = conv.assistant;
      if (!typed && this.#arbiter.admit(sat.id, assistant) === 'busy')
        return this.#ignored(r0, principal, 'satellite-busy');
    } else if (req.assistant !== undefined) {
      if (!this.#assistants.has(req.assistant) || !sat.assistants.includes(req.assistant)) {
        throw invalidRequest(`assistant '${req.assistant}' is not on satellite '${sat.id}'`);
      }
      assistant = req.assistant;
      if (!typed && this.#arbiter.admit(sat.id, assistant) === 'busy')
        return this.#ignored(r0, principal, 'satellite-busy');
    } else {
      return this.#ignored(r0, principal, 'no-wake-word');
    }
    if (!conv) {
      const id =
        req.conversationId && !fresh && !this.#conversations.has(req.conversationId)
          ? req.conversationId
          : randomUUID();
      conv = { id, satellite: sat.id, assistant, pending: null, expires: 0 };
      this.#conversations.set(conv.id, conv);
    }
    conv.expires = now + CONVERSATION_TTL_MS;
    // Keep the map in expiry order (the TTL is the same for all), so expiry stops at the first live one.
    this.#conversations.delete(conv.id);
    this.#conversations.set(conv.id, conv);
    if (!typed) {
      // A barge-in ends the dialog it interrupts (its question is no longer open).
      const held = this.#arbiter.dialog(sat.id);
      if (held.state !== 'idle' && held.conversationId && held.conversationId !== conv.id) {
        const old = this.#conversations.get(held.conversationId);
        if (old) old.pending = null;
      }
    }
    this.#arbiter.begin(sat.id, assistant, conv.id);

    let result: TurnResult | undefined;
    try {
      result = await this.#handle(r0, principal, sat, assistant, conv, text);
      return result;
    } finally {
      this.#arbiter.speak(
        sat.id,
        assistant,
        conv.id,
        result?.response.text ?? '',
        result?.needsInput != null,
      );
    }
  }

  async #handle(
    req: TurnRequest,
    principal: string,
    sat: SatelliteEntry,
    assistant: string,
    conv: Conversation,
    text: string,
  ): Promise<TurnResult> {
    // The answer to a PIN question.
    if (conv.pending?.kind === 'pin') {
      const digits = parsePinDigits(text);
      if (digits !== null) return this.#pinAnswer(req, principal, assistant, conv, conv.pending, digits);
      conv.pending = null; // anything else drops the PIN question and is a request of its own
    }

    // Stage 3: understanding (the satellite's own media here, the rest by the engine).
    const now = this.#ctx.clock.now();
    const view = this.#home.view();
    let plan: Plan | null = sat.player ? this.#mediaPlan(sat, assistant, text) : null;
    if (!plan) {
      const pending = conv.pending?.kind === 'choice' ? conv.pending.state : null;
      conv.pending = null;
      const u = this.#understander.understand(text, view, {
        satelliteArea: sat.area,
        satellitePlayer: sat.player ? sat.id : null,
        pending,
        now,
        timezone: this.#home.file.home.timezone,
      });
      plan = { u };
    }
    const { u } = plan;
    const base = { conversationId: conv.id, assistant, intents: u.intents };
    if (!u.understood) {
      const r: TurnResult = {
        ...base,
        understood: false,
        actions: [],
        response: { text: u.answer ?? MESSAGES.notUnderstood },
        needsInput: null,
      };
      return this.#finish(req, principal, assistant, text, r, 'not-understood', { understood: false });
    }
    if (u.ask) {
      conv.pending = { kind: 'choice', state: u.ask.pending };
      const r: TurnResult = {
        ...base,
        understood: true,
        actions: [],
        response: { text: u.ask.text },
        needsInput: { kind: 'choice', prompt: u.ask.text, options: u.ask.options },
      };
      return this.#finish(req, principal, assistant, text, r, 'allowed', { asked: 'choice' });
    }

    // Stage 4: authorization — grants, then security rules — before any vendor is called.
    const refusals: Refusal[] = [];
    const allowed: PlannedAction[] = [];
    const blocked = u.actions.some((a) => this.#requirement(a) === 'pin')
      ? await this.#pin.blockedUntil()
      : null;
    const pinSet = await this.#pin.configured();
    for (const action of u.actions) {
      const refusal = this.#authorize(assistant, action, true);
      if (refusal) refusals.push(refusal);
      else if (this.#requirement(action) === 'pin') {
        if (blocked !== null) refusals.push({ action, decision: 'denied', code: 'too-many-requests' });
        else if (!pinSet) refusals.push({ action, decision: 'denied', code: 'not-allowed' });
        else refusals.push({ action, decision: 'pin-required', code: 'pin-required' });
      } else allowed.push(action);
    }

    // Stage 5: execution of what is allowed.
    const executed: ActionOutcome[] = [];
    for (const action of allowed) executed.push(await this.#execute(action, assistant));
    plan.done?.(executed);

    // Stage 6: the Korean reply.
    const pinActions = refusals.filter((r) => r.decision === 'pin-required').map((r) => r.action);
    const parts: string[] = [];
    if (executed.length > 0) parts.push(this.#replyFor(plan, executed));
    parts.push(...this.#refusalTexts(assistant, refusals, blocked !== null, pinSet));
    let needsInput: TurnResult['needsInput'] = null;
    if (pinActions.length > 0) {
      conv.pending = { kind: 'pin', actions: pinActions, understanding: u };
      const prompt = this.#pinPrompt(pinActions);
      parts.push(prompt);
      needsInput = { kind: 'pin', prompt };
    }
    if (u.actions.length === 0 && u.answer) parts.push(u.answer);
    const outcomes = this.#inOrder(u.actions, executed, refusals);
    const r: TurnResult = {
      ...base,
      understood: true,
      actions: outcomes.map((o) => ({
        ...o.action,
        status: o.status,
        ...(o.error ? { error: o.error } : {}),
      })),
      response: { text: parts.filter((p) => p.length > 0).join(' ') },
      needsInput,
    };
    const audited = this.#auditActions(req, principal, assistant, conv.id, executed, refusals);
    return this.#finish(
      req,
      principal,
      assistant,
      text,
      r,
      this.#decisionOf(executed, refusals),
      { understood: true },
      { audited },
    );
  }

  /** The next turn after "비밀번호를 말씀해 주세요": the digits are checked against the stored hash. */
  async #pinAnswer(
    req: TurnRequest,
    principal: string,
    assistant: string,
    conv: Conversation,
    pending: PendingPin,
    digits: string,
  ): Promise<TurnResult> {
    const check = await this.#pin.check(digits);
    const base = {
      conversationId: conv.id,
      assistant,
      understood: true,
      intents: pending.understanding.intents,
    };
    if (check !== 'ok') {
      const code = check === 'blocked' ? 'too-many-requests' : 'not-allowed';
      const refusals: Refusal[] = pending.actions.map((action) => ({ action, decision: 'denied', code }));
      const again = check === 'wrong';
      conv.pending = again ? pending : null;
      const text =
        check === 'blocked'
          ? MESSAGES.pinBlocked
          : check === 'no-pin'
            ? MESSAGES.pinNotSet
            : MESSAGES.pinWrong;
      const r: TurnResult = {
        ...base,
        actions: refusals.map((x) => ({ ...x.action, status: 'error', error: { code: x.code } })),
        response: { text },
        needsInput: again ? { kind: 'pin', prompt: MESSAGES.pinWrong } : null,
      };
      const audited = this.#auditActions(req, principal, assistant, conv.id, [], refusals);
      return this.#finish(
        req,
        principal,
        assistant,
        PIN_TEXT,
        r,
        'denied',
        { pin: check },
        { secret: true, audited },
      );
    }
    conv.pending = null;
    const refusals: Refusal[] = [];
    const executed: ActionOutcome[] = [];
    for (const action of pending.actions) {
      const refusal = this.#authorize(assistant, action, true);
      if (refusal) refusals.push(refusal);
      else executed.push(await this.#execute(action, assistant));
    }
    const parts: string[] = [];
    if (executed.length > 0) parts.push(this.#replyFor({ u: pending.understanding }, executed));
    parts.push(...this.#refusalTexts(assistant, refusals, false, true));
    const outcomes = this.#inOrder(pending.actions, executed, refusals);
    const r: TurnResult = {
      ...base,
      actions: outcomes.map((o) => ({
        ...o.action,
        status: o.status,
        ...(o.error ? { error: o.error } : {}),
      })),
      response: { text: parts.join(' ') },
      needsInput: null,
    };
    const audited = this.#auditActions(req, principal, assistant, conv.id, executed, refusals);
    return this.#finish(
      req,
      principal,
      assistant,
      PIN_TEXT,
      r,
      this.#decisionOf(executed, refusals),
      { pin: 'ok' },
      { secret: true, audited },
    );
  }

  /** "그만", "멈춰": ends whoever holds the satellite's dialog, or pauses what it plays. */
  async #universalStop(
    req: TurnRequest,
    principal: string,
    sat: SatelliteEntry,
    wakeAssistant: string | null,
    conv: Conversation | undefined,
  ): Promise<TurnResult | null> {
    const d = this.#arbiter.dialog(sat.id);
    const media = sat.player ? this.#mediaView(sat.id) : null;
    const playing = media?.state === 'playing';
    if (d.state === 'idle' && !playing && !wakeAssistant) return null;
    const holder = d.state !== 'idle' ? d.assistant : playing ? (media?.assistant ?? null) : null;
    const assistant = holder ?? wakeAssistant ?? conv?.assistant ?? null;
    const ended = this.#arbiter.end(sat.id);
    if (ended.conversationId) {
      const c = this.#conversations.get(ended.conversationId);
      if (c) c.pending = null;
    }
    const executed: ActionOutcome[] = [];
    if (playing && assistant) {
      executed.push(await this.#execute(this.#mediaAction(sat.id, 'MediaPlayback', 'Pause'), assistant));
    }
    const r: TurnResult = {
      conversationId: ended.conversationId ?? conv?.id ?? req.conversationId ?? randomUUID(),
      assistant,
      understood: true,
      actions: executed.map((o) => ({
        ...o.action,
        status: o.status,
        ...(o.error ? { error: o.error } : {}),
      })),
      response: { text: '' },
      needsInput: null,
      intents: [{ intent: 'HassStop', slots: {} }],
    };
    const audited = assistant
      ? this.#auditActions(req, principal, assistant, r.conversationId, executed, [])
      : undefined;
    return this.#finish(
      req,
      principal,
      assistant,
      req.text,
      r,
      'allowed',
      { stopped: { dialog: ended.state, media: playing } },
      { audited },
    );
  }

  // ---- authorization ----

  #requirement(action: PlannedAction): 'none' | 'pin' | 'forbidden' {
    const dev = this.#home.device(action.deviceId);
    return this.#security.requirement(dev?.deviceType ?? 'Unknown', action.command);
  }

  /** A grant refusal, or a forbidden action; PIN-protected actions pass only with `pinGiven`. */
  #authorize(assistant: string, action: PlannedAction, pinGiven: boolean): Refusal | null {
    const dev = this.#home.device(action.deviceId);
    const deviceType = dev?.deviceType ?? 'Unknown';
    const grant = this.#grants.decide(
      assistant,
      { id: action.deviceId, deviceType, area: dev?.area ?? null },
      privilegeFor(action.cluster, action.command),
    );
    if (!grant.allowed) return { action, decision: 'denied', code: 'not-allowed' };
    const need = this.#security.requirement(deviceType, action.command);
    if (need === 'forbidden') return { action, decision: 'forbidden', code: 'forbidden' };
    if (need === 'pin' && !pinGiven) return { action, decision: 'pin-required', code: 'pin-required' };
    return null;
  }

  #decisionOf(executed: ActionOutcome[], refusals: Refusal[]): Decision {
    let d: Decision = executed.length > 0 || refusals.length === 0 ? 'allowed' : 'not-understood';
    for (const r of refusals) if (DECISION_RANK[r.decision] > DECISION_RANK[d]) d = r.decision;
    return d;
  }

  // ---- execution ----

  async #execute(action: PlannedAction, assistant: string): Promise<ActionOutcome> {
    try {
      await this.#home.command(
        action.deviceId,
        { endpoint: action.endpoint, cluster: action.cluster, command: action.command, args: action.args },
        `assistant:${assistant}`,
      );
      return { action, status: 'success' };
    } catch (err) {
      const code = isHubError(err) ? err.code : 'internal';
      return {
        action,
        status: 'error',
        error: { code, message: err instanceof Error ? err.message : String(err) },
      };
    }
  }

  /** Outcomes in the order the actions were planned. */
  #inOrder(actions: PlannedAction[], executed: ActionOutcome[], refusals: Refusal[]): ActionOutcome[] {
    return actions.map((a) => {
      const e = executed.find((o) => o.action === a);
      if (e) return e;
      const r = refusals.find((x) => x.action === a);
      return { action: a, status: 'error', error: { code: r?.code ?? 'not-allowed' } };
    });
  }

  // ---- replies ----

  #replyFor(plan: Plan, executed: ActionOutcome[]): string {
    if (plan.reply) return plan.reply(executed);
    const u = { ...plan.u, actions: executed.map((o) => o.action) };
    return this.#understander.reply(u, executed, this.#home.view());
  }

  #deviceName(id: string): string {
    return this.#home.device(id)?.name ?? id;
  }

  #refusalTexts(assistant: string, refusals: Refusal[], blocked: boolean, pinSet: boolean): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const who = this.#assistants.get(assistant)?.name ?? assistant;
    for (const r of refusals) {
      const name = this.#deviceName(r.action.deviceId);
      const key = `${r.code}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (r.code === 'not-allowed' && !pinSet && this.#requirement(r.action) === 'pin')
        out.push(MESSAGES.pinNotSet);
      else if (r.code === 'not-allowed') out.push(`${who}에게는 ${eul(name)} 제어할 권한이 없어요.`);
      else if (r.code === 'forbidden')
        out.push(`안전을 위해 ${eun(name)} 음성으로 ${canVerb(r.action.command)} 수 없어요.`);
      else if (r.code === 'too-many-requests' && blocked) out.push(MESSAGES.pinBlocked);
    }
    return [...new Set(out)];
  }

  #pinPrompt(actions: PlannedAction[]): string {
    const names = [...new Set(actions.map((a) => this.#deviceName(a.deviceId)))];
    const first = actions[0];
    if (names.length === 1 && first) {
      return `${eul(names[0] as string)} ${toVerb(first.command)} 비밀번호가 필요해요. 비밀번호를 말씀해 주세요.`;
    }
    return MESSAGES.pinPrompt;
  }

  // ---- media on player satellites ----

  #mediaAction(
    satellite: string,
    cluster: string,
    command: string,
    args: Record<string, unknown> = {},
  ): PlannedAction {
    return { deviceId: satellite, endpoint: 'main', cluster, command, args };
  }

  #mediaView(satellite: string): {
    state: 'playing' | 'paused' | 'stopped';
    assistant: string | null;
    service: string | null;
    track: Track | null;
    volume: number | null;
  } {
    const dev = this.#home.device(satellite);
    const clusters = dev?.endpoints[0]?.clusters ?? {};
    const cs = clusters.MediaPlayback?.CurrentState;
    const state = cs === MediaState.Playing ? 'playing' : cs === MediaState.Paused ? 'paused' : 'stopped';
    const s = this.#media.get(satellite);
    const volume = clusters.LevelControl?.CurrentLevel;
    return {
      state,
      assistant: s?.assistant ?? null,
      service: s?.service.name ?? null,
      track: s && state !== 'stopped' ? (s.tracks[s.index] ?? null) : null,
      volume: typeof volume === 'number' ? volume : null,
    };
  }

  #mediaPlan(sat: SatelliteEntry, assistant: string, text: string): Plan | null {
    const view = this.#mediaView(sat.id);
    const cmd = matchMediaCommand(text, view.state !== 'stopped');
    if (!cmd) return null;
    const entry = this.#assistants.get(assistant);
    if (!entry) return null;
    const intents = [
      {
        intent: `YdMedia${cmd.op[0]?.toUpperCase()}${cmd.op.slice(1)}`,
        slots: { ...cmd, satellite: sat.id },
      },
    ];
    const failed = (executed: ActionOutcome[]) => executed.some((o) => o.status === 'error');
    const failText = `${sat.name}에 명령을 보내지 못했어요.`;
    const session = this.#media.get(sat.id);
    const play = (c: MediaCommand & { op: 'play' }): Plan => {
      const service = musicServiceOf(entry);
      const tracks = findTracks(service, c.query);
      if (tracks.length === 0) {
        return {
          u: {
            understood: true,
            intents,
            actions: [],
            answer: `${service.name}에서 '${c.query}'에 맞는 곡을 찾지 못했어요.`,
          },
        };
      }
      const next: MediaSession = { assistant, service, tracks, index: 0 };
      return {
        u: { understood: true, intents, actions: [this.#mediaAction(sat.id, 'MediaPlayback', 'Play')] },
        reply: (ex) => {
          if (failed(ex)) return failText;
          const t = tracks[0] as Track;
          return `${service.name}에서 ${t.artist}의 '${t.title}' 재생할게요.`;
        },
        done: (ex) => {
          if (!failed(ex)) this.#media.set(sat.id, next);
        },
      };
    };
    switch (cmd.op) {
      case 'play':
        return play(cmd);
      case 'resume':
        if (!session) return play({ op: 'play', query: null });
        return {
          u: { understood: true, intents, actions: [this.#mediaAction(sat.id, 'MediaPlayback', 'Play')] },
          reply: (ex) => (failed(ex) ? failText : '다시 재생할게요.'),
        };
      case 'next':
      case 'previous': {
        if (!session) return play({ op: 'play', query: null });
        const step = cmd.op === 'next' ? 1 : -1;
        const index = (session.index + step + session.tracks.length) % session.tracks.length;
        return {
          u: {
            understood: true,
            intents,
            actions: [this.#mediaAction(sat.id, 'MediaPlayback', cmd.op === 'next' ? 'Next' : 'Previous')],
          },
          reply: (ex) => {
            if (failed(ex)) return failText;
            const t = session.tracks[index] as Track;
            return `${cmd.op === 'next' ? '다음' : '이전'} 곡, ${t.artist}의 '${t.title}' 재생할게요.`;
          },
          done: (ex) => {
            if (!failed(ex)) session.index = index;
          },
        };
      }
      case 'pause':
        return {
          u: { understood: true, intents, actions: [this.#mediaAction(sat.id, 'MediaPlayback', 'Pause')] },
          reply: (ex) => (failed(ex) ? failText : '일시정지했어요.'),
        };
      case 'stop':
        return {
          u: { understood: true, intents, actions: [this.#mediaAction(sat.id, 'MediaPlayback', 'Stop')] },
          reply: (ex) => (failed(ex) ? failText : '음악을 껐어요.'),
        };
      case 'volume': {
        if ('set' in cmd) {
          return {
            u: {
              understood: true,
              intents,
              actions: [this.#mediaAction(sat.id, 'LevelControl', 'MoveToLevel', { Level: cmd.set })],
            },
            reply: (ex) => (failed(ex) ? failText : `볼륨을 ${euro(String(cmd.set))} 맞췄어요.`),
          };
        }
        const up = cmd.delta > 0;
        return {
          u: {
            understood: true,
            intents,
            actions: [
              this.#mediaAction(sat.id, 'LevelControl', 'Step', {
                StepMode: up ? 0 : 1,
                StepSize: Math.abs(cmd.delta),
              }),
            ],
          },
          reply: (ex) => (failed(ex) ? failText : up ? '소리를 키웠어요.' : '소리를 줄였어요.'),
        };
      }
    }
  }

  // ---- bookkeeping ----

  #expire(now: number): void {
    for (const [id, c] of this.#conversations) {
      if (c.expires >= now) break;
      this.#conversations.delete(id);
    }
  }

  async #ignored(req: TurnRequest, principal: string, reason: string): Promise<TurnResult> {
    const r: TurnResult = {
      conversationId: req.conversationId ?? randomUUID(),
      assistant: null,
      understood: false,
      actions: [],
      response: { text: MESSAGES.noWakeWord },
      needsInput: null,
    };
    return this.#finish(req, principal, null, req.text, r, 'not-understood', { ignored: reason });
  }

  /**
   * Queues one audit record per action, in order, and resolves once they are written. Not awaited
   * before the turn's own record is queued (see #finish), so all of a turn's records share a batch.
   */
  #auditActions(
    req: TurnRequest,
    principal: string,
    assistant: string,
    conversationId: string,
    executed: ActionOutcome[],
    refusals: Refusal[],
  ): Promise<void> {
    const { store, clock } = this.#ctx;
    const at = clock.now();
    const rec = (a: PlannedAction, decision: Decision, outcome: Record<string, unknown>) =>
      store.appendAudit(this.#home.id, {
        at,
        kind: 'command',
        assistant,
        satellite: req.satellite,
        conversationId,
        principal,
        decision,
        outcome: {
          deviceId: a.deviceId,
          endpoint: a.endpoint,
          cluster: a.cluster,
          command: a.command,
          ...outcome,
        },
      });
    const writes = [
      ...refusals.map((r) => rec(r.action, r.decision, { status: 'refused', code: r.code })),
      ...executed.map((o) =>
        rec(o.action, 'allowed', { status: o.status, ...(o.error ? { code: o.error.code } : {}) }),
      ),
    ];
    return Promise.all(writes).then(() => {});
  }

  async #finish(
    req: TurnRequest,
    principal: string,
    assistant: string | null,
    text: string,
    r: TurnResult,
    decision: Decision,
    detail: Record<string, unknown>,
    opts: { secret?: boolean; audited?: Promise<void> | undefined } = {},
  ): Promise<TurnResult> {
    const { store, bus, clock } = this.#ctx;
    const secret = opts.secret ?? false;
    const turn = store.appendAudit(this.#home.id, {
      at: clock.now(),
      kind: 'turn',
      assistant,
      satellite: req.satellite,
      conversationId: r.conversationId,
      principal,
      text: secret ? PIN_TEXT : req.text,
      decision,
      outcome: {
        ...detail,
        understood: r.understood,
        reply: r.response.text,
        actions: r.actions.map((a) => ({
          deviceId: a.deviceId,
          command: a.command,
          status: a.status,
          code: a.error?.code,
        })),
      },
    });
    // The actions' records were queued before this one (same batch, same order); wait for all.
    await (opts.audited ? Promise.all([opts.audited, turn]) : turn);
    bus.emit('turnHandled', {
      home: this.#home.id,
      conversationId: r.conversationId,
      satellite: req.satellite,
      assistant,
      text: secret ? PIN_TEXT : text,
      understood: r.understood,
      reply: r.response.text,
      actions: r.actions.map((a) => ({
        deviceId: a.deviceId,
        command: a.command,
        status: a.status,
        ...(a.error ? { errorCode: a.error.code } : {}),
      })),
      ...(r.intents ? { intents: r.intents } : {}),
      decision,
    });
    return r;
  }
}

export type { Dialog } from '../assistants/arbitration.js';
