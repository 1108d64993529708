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
import { Grants } from '../assistants/grants.js';
import { VoicePin } from '../assistants/pin.js';
import { SecurityRules } from '../assistants/security.js';
import { WakeWords } from '../assistants/wake.js';
import type { AssistantEntry, SatelliteEntry } from '../home/types.js';
import { invalidRequest } from '../model/errors.js';
import type { Understander } from '../nlu/types.js';
import type { HubContext } from './context.js';
import { TurnRecorder } from './conversation/audit.js';
import { Authorizer } from './conversation/authorization.js';
import { handle } from './conversation/handle.js';
import { MediaSessions } from './conversation/media.js';
import type { TurnParts } from './conversation/parts.js';
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
  readonly #grants: Grants;
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
    arbitration: ArbitrationOptions = {},
  ) {
    this.#ctx = ctx;
    this.#wake = new WakeWords(home.file.assistants);
    this.#grants = new Grants(home.file.grants);
    const security = new SecurityRules(home.file.security);
    const pin = new VoicePin(ctx.store, home.id, ctx.clock, home.file.security.voicePin);
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
    const auth = new Authorizer(home, this.#grants, security);
    this.#parts = {
      home,
      ctx,
      understander,
      pin,
      arbiter: this.#arbiter,
      conversations: this.#conversations,
      media: this.#media,
      auth,
      replies: new Replies(home, understander, this.#assistants, auth),
      recorder: this.#recorder,
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
    this.#conversations.expire(now);

    // Stage 1–2: wake word, arbitration, and the assistant of this satellite.
    let conv = req.conversationId ? this.#conversations.get(req.conversationId) : undefined;
    if (conv && conv.satellite !== sat.id) conv = undefined;
    let text = req.text;
    let assistant: string | null = null;
    let fresh = false;
    const wake = this.#wake.match(text);

    const stopText = wake ? wake.rest : text;
    if (isUniversalStop(stopText) && (!wake || sat.assistants.includes(wake.assistant.id))) {
      const stopped = await universalStop(this.#parts, r0, principal, sat, wake?.assistant.id ?? null, conv);
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
        return this.#recorder.ignored(r0, principal, 'not-on-satellite');
      }
      assistant = wake.assistant.id;
      text = wake.rest;
      if (!typed) {
        if (this.#arbiter.admit(sat.id, assistant) === 'busy')
          return this.#recorder.ignored(r0, principal, 'satellite-busy');
        if (this.#arbiter.duplicate(sat.id, assistant, text))
          return this.#recorder.ignored(r0, principal, 'duplicate');
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
        return this.#recorder.ignored(r0, principal, 'satellite-busy');
    } else if (req.assistant !== undefined) {
      if (!this.#assistants.has(req.assistant) || !sat.assistants.includes(req.assistant)) {
        throw invalidRequest(`assistant '${req.assistant}' is not on satellite '${sat.id}'`);
      }
      assistant = req.assistant;
      if (!typed && this.#arbiter.admit(sat.id, assistant) === 'busy')
        return this.#recorder.ignored(r0, principal, 'satellite-busy');
    } else {
      return this.#recorder.ignored(r0, principal, 'no-wake-word');
    }
    if (!conv) {
      const id =
        req.conversationId && !fresh && !this.#conversations.has(req.conversationId)
          ? req.conversationId
          : randomUUID();
      conv = { id, satellite: sat.id, assistant, pending: null, expires: 0 };
      this.#conversations.set(conv);
    }
    this.#conversations.touch(conv, now);
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
      result = await handle(this.#parts, r0, principal, sat, assistant, conv, text);
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
