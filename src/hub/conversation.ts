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
import { Arbiter, type ArbitrationOptions, type Dialog } from '../assistants/arbitration.js';
import type { HomeGate } from '../gate/gate.js';
import type { Grants } from '../gate/grants.js';
import { type AssistantPrincipal, type Principal, principalKey } from '../gate/types.js';
import type { AssistantEntry, SatelliteEntry } from '../home/types.js';
import { HubError, invalidRequest } from '../model/errors.js';
import { isUniversalStop, WakeWords } from '../nlu/ko/wake.js';
import type { Understander } from '../nlu/types.js';
import type { HubContext } from './context.js';
import { TurnRecorder } from './conversation/audit.js';
import { handle } from './conversation/handle.js';
import { MediaSessions } from './conversation/media.js';
import type { TurnHook, TurnParts } from './conversation/parts.js';
import { Replies } from './conversation/replies.js';
import { Conversations } from './conversation/state.js';
import { universalStop } from './conversation/stop.js';
import type { MediaView, TurnOptions, TurnRequest, TurnResult } from './conversation/types.js';
import type { HomeRuntime } from './home-runtime.js';

export { MESSAGES } from './conversation/messages.js';
export { CONVERSATION_TTL_MS } from './conversation/state.js';
export type {
  Decision,
  TurnAction,
  TurnOptions,
  TurnRequest,
  TurnResult,
} from './conversation/types.js';

export const MAX_TEXT = 10_000;
export const OPENFLOOR_SATELLITE = 'openfloor';
/** Typed surfaces, not microphones: no arbitration or de-duplication there. */
const TYPED_SATELLITES = new Set(['console', OPENFLOOR_SATELLITE]);

export class ConversationPipeline {
  readonly #ctx: HubContext;
  readonly #wake: WakeWords;
  readonly #gate: HomeGate;
  readonly #arbiter: Arbiter;
  readonly #satellites: Map<string, SatelliteEntry>;
  readonly #assistants: Map<string, AssistantEntry>;
  readonly #virtual: SatelliteEntry;
  readonly #conversations = new Conversations();
  readonly #media: MediaSessions;
  readonly #recorder: TurnRecorder;
  /** What the stages after arbitration share. */
  readonly #parts: TurnParts;

  constructor(
    home: HomeRuntime,
    ctx: HubContext,
    understander: Understander,
    gate: HomeGate,
    arbitration: ArbitrationOptions = {},
  ) {
    this.#ctx = ctx;
    this.#wake = new WakeWords(home.file.assistants);
    this.#gate = gate;
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
    this.#media = new MediaSessions(home, this.#assistants);
    this.#recorder = new TurnRecorder(home.id, ctx);
    this.#parts = {
      home,
      ctx,
      understander,
      gate,
      arbiter: this.#arbiter,
      conversations: this.#conversations,
      media: this.#media,
      replies: new Replies(home, understander, this.#assistants),
      recorder: this.#recorder,
    };
  }

  /** The stage that takes routine requests before understanding (set once, by the hub). */
  useRoutines(hook: TurnHook): void {
    this.#parts.routines = hook;
  }

  get grants(): Grants {
    return this.#gate.grants;
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
    media: null | MediaView;
  }> {
    return [...this.#satellites.values()].map((s) => ({
      id: s.id,
      name: s.name,
      area: s.area,
      assistants: [...s.assistants],
      player: s.player,
      dialog: this.#arbiter.dialog(s.id),
      media: s.player ? this.#media.view(s.id) : null,
    }));
  }

  dialog(satellite: string): Dialog {
    return this.#arbiter.dialog(satellite);
  }

  close(): void {
    this.#arbiter.close();
  }

  /**
   * One turn, carried by `by` (a person, a partner, an external agent…). The turn acts as the
   * assistant of the satellite — the wake word's, the conversation's, or the one named — and the
   * gate decides first whether `by` may speak as that assistant at all (403 otherwise) and then,
   * action by action, what that assistant may do (refusals in `actions`, the PIN in `needsInput`).
   * A follow-up names a conversation of its own carrier on the same satellite; anyone else's id is
   * 404 like an unknown one.
   */
  async turn(req: TurnRequest, by: Principal, opts: TurnOptions = {}): Promise<TurnResult> {
    const now = this.#ctx.clock.now();
    const virtual = opts.channel === 'openfloor';
    const sat = virtual ? this.#virtual : this.#satellites.get(req.satellite);
    if (!sat)
      throw invalidRequest(`no satellite '${req.satellite}' in this home`, { satellite: req.satellite });
    if (typeof req.text !== 'string' || req.text.length > MAX_TEXT)
      throw invalidRequest(`text is longer than ${MAX_TEXT} characters`);
    const owner = principalKey(by);
    const r0 = { ...req, satellite: sat.id };
    const typed = TYPED_SATELLITES.has(sat.id);
    this.#conversations.expire(now);

    // Stage 1: wake word and the assistant of this satellite (nothing changes until the gate agrees).
    let conv = req.conversationId ? this.#conversations.get(owner, req.conversationId) : undefined;
    if (conv && conv.satellite !== sat.id) conv = undefined;
    let text = req.text;
    let assistant: string;
    let fresh = false;
    const wake = this.#wake.match(text);

    const stopText = wake ? wake.rest : text;
    if (isUniversalStop(stopText) && (!wake || sat.assistants.includes(wake.assistant.id))) {
      const stopped = await universalStop(this.#parts, r0, by, sat, wake?.assistant.id ?? null, conv);
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
        return this.#recorder.ignored(r0, owner, 'not-on-satellite');
      }
      assistant = wake.assistant.id;
      text = wake.rest;
    } else if (conv) {
      assistant = conv.assistant;
    } else if (req.conversationId !== undefined && !opts.ownIds) {
      throw new HubError(
        'unknown-conversation',
        404,
        `no open conversation '${req.conversationId}' on satellite '${sat.id}'`,
      );
    } else if (req.assistant !== undefined) {
      if (!this.#assistants.has(req.assistant) || !sat.assistants.includes(req.assistant)) {
        throw invalidRequest(`assistant '${req.assistant}' is not on satellite '${sat.id}'`);
      }
      assistant = req.assistant;
    } else {
      return this.#recorder.ignored(r0, owner, 'no-wake-word');
    }

    // Stage 2: may the carrier speak as this assistant here at all?
    const speaker: AssistantPrincipal = {
      kind: 'assistant',
      home: by.home,
      id: assistant,
      satellite: sat.id,
      via: by,
    };
    const may = this.#gate.decide(by, { kind: 'turn', assistant, satellite: sat.id });
    if (may.effect !== 'allow') throw new HubError('not-allowed', 403, may.reason);

    // Stage 3: arbitration on the satellite.
    if (!typed && !virtual) {
      if (this.#arbiter.admit(sat.id, assistant) === 'busy')
        return this.#recorder.ignored(r0, owner, 'satellite-busy');
      if (wake && this.#arbiter.duplicate(sat.id, assistant, text))
        return this.#recorder.ignored(r0, owner, 'duplicate');
    }
    if (wake && !virtual && conv) {
      // A new wake word starts a new conversation; the one it interrupts asks nothing any more.
      this.#conversations.delete(conv);
      fresh = true;
      conv = undefined;
    }
    if (!conv) {
      const id =
        req.conversationId && opts.ownIds && !fresh && !this.#conversations.has(owner, req.conversationId)
          ? req.conversationId
          : randomUUID();
      conv = { id, owner, satellite: sat.id, assistant, pending: null, expires: 0 };
      this.#conversations.set(conv);
    }
    this.#conversations.touch(conv, now);
    if (!typed) {
      // A barge-in ends the dialog it interrupts (its question is no longer open).
      const held = this.#arbiter.dialog(sat.id);
      if (held.state !== 'idle' && held.conversationId && held.conversationId !== conv.id) {
        const old = this.#conversations.onSatellite(sat.id, held.conversationId);
        if (old) old.pending = null;
      }
    }
    this.#arbiter.begin(sat.id, assistant, conv.id);

    let result: TurnResult | undefined;
    try {
      result = await handle(this.#parts, r0, speaker, sat, conv, text);
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
}

export type { Dialog } from '../assistants/arbitration.js';
