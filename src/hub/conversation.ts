/**
 * The conversation pipeline, as its real stages:
 * wake word → assistant of that satellite → understanding → resolving devices (inside the
 * understanding stage) → authorization (grants, security rules) → execution → a Korean reply.
 */
import { randomUUID } from 'node:crypto';
import { Grants } from '../assistants/grants.js';
import { SecurityRules } from '../assistants/security.js';
import { WakeWords } from '../assistants/wake.js';
import type { AssistantEntry, SatelliteEntry } from '../home/types.js';
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
  needsInput: null | { kind: 'pin' | 'choice'; prompt: string; options?: Array<{ id: string; label: string }> };
  intents?: Understanding['intents'];
}

interface Conversation {
  id: string;
  satellite: string;
  assistant: string;
  pending: { kind: 'choice'; state: unknown } | { kind: 'pin'; actions: PlannedAction[]; understanding: Understanding } | null;
  expires: number;
}

const CONVERSATION_TTL_MS = 5 * 60 * 1000;
export const MAX_TEXT = 10_000;

export const MESSAGES = {
  noWakeWord: '',
  notUnderstood: '죄송해요, 잘 못 알아들었어요.',
  pinPrompt: '보안을 위해 비밀번호를 말씀해 주세요.',
} as const;

export class ConversationPipeline {
  readonly #home: HomeRuntime;
  readonly #ctx: HubContext;
  readonly #understander: Understander;
  readonly #wake: WakeWords;
  readonly #grants: Grants;
  readonly #security: SecurityRules;
  readonly #satellites: Map<string, SatelliteEntry>;
  readonly #assistants: Map<string, AssistantEntry>;
  readonly #conversations = new Map<string, Conversation>();

  constructor(home: HomeRuntime, ctx: HubContext, understander: Understander) {
    this.#home = home;
    this.#ctx = ctx;
    this.#understander = understander;
    this.#wake = new WakeWords(home.file.assistants);
    this.#grants = new Grants(home.file.grants);
    this.#security = new SecurityRules(home.file.security);
    this.#satellites = new Map(home.file.satellites.map((s) => [s.id, s]));
    this.#assistants = new Map(home.file.assistants.map((a) => [a.id, a]));
  }

  get grants(): Grants {
    return this.#grants;
  }

  async turn(req: TurnRequest, principal: string): Promise<TurnResult> {
    const now = this.#ctx.clock.now();
    const sat = this.#satellites.get(req.satellite);
    if (!sat) throw invalidRequest(`no satellite '${req.satellite}' in this home`, { satellite: req.satellite });
    if (req.text.length > MAX_TEXT) throw invalidRequest(`text is longer than ${MAX_TEXT} characters`);
    this.#expire(now);

    // Stage 1–2: wake word and the assistant of this satellite.
    let conv = req.conversationId ? this.#conversations.get(req.conversationId) : undefined;
    if (conv && conv.satellite !== sat.id) conv = undefined;
    let text = req.text;
    let assistant: string | null = null;
    const wake = this.#wake.match(text);
    if (wake) {
      if (!sat.assistants.includes(wake.assistant.id)) {
        return this.#finish(req, principal, null, text, this.#ignored(req.conversationId), 'not-understood');
      }
      assistant = wake.assistant.id;
      text = wake.rest;
      conv = undefined; // a new wake word starts a new conversation
    } else if (conv) {
      assistant = conv.assistant;
    } else if (req.assistant !== undefined) {
      if (!this.#assistants.has(req.assistant) || !sat.assistants.includes(req.assistant)) {
        throw invalidRequest(`assistant '${req.assistant}' is not on satellite '${sat.id}'`);
      }
      assistant = req.assistant;
    } else {
      return this.#finish(req, principal, null, text, this.#ignored(req.conversationId), 'not-understood');
    }
    if (!conv) {
      conv = { id: req.conversationId && !this.#conversations.has(req.conversationId) ? req.conversationId : randomUUID(), satellite: sat.id, assistant, pending: null, expires: 0 };
      this.#conversations.set(conv.id, conv);
    }
    conv.expires = now + CONVERSATION_TTL_MS;

    // Stage 3: understanding (with device resolution against the home).
    const view = this.#home.view();
    const pending = conv.pending?.kind === 'choice' ? conv.pending.state : null;
    conv.pending = null;
    const u = this.#understander.understand(text, view, {
      satelliteArea: sat.area,
      satellitePlayer: sat.player ? sat.id : null,
      pending,
      now,
      timezone: this.#home.file.home.timezone,
    });
    const base = { conversationId: conv.id, assistant, intents: u.intents };
    if (!u.understood) {
      const r: TurnResult = { ...base, understood: false, actions: [], response: { text: u.answer ?? MESSAGES.notUnderstood }, needsInput: null };
      return this.#finish(req, principal, assistant, text, r, 'not-understood');
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
      return this.#finish(req, principal, assistant, text, r, 'allowed');
    }

    // Stage 4–5: authorization, then execution.
    const outcomes: ActionOutcome[] = [];
    let decision: 'allowed' | 'denied' | 'pin-required' | 'forbidden' = 'allowed';
    let needsPin = false;
    for (const action of u.actions) {
      const dev = this.#home.device(action.deviceId);
      const deviceType = dev?.deviceType ?? 'Unknown';
      const grant = this.#grants.decide(assistant, { id: action.deviceId, deviceType, area: dev?.area ?? null }, 'operate');
      if (!grant.allowed) {
        outcomes.push({ action, status: 'error', error: { code: 'not-allowed' } });
        decision = 'denied';
        continue;
      }
      const req2 = this.#security.requirement(deviceType, action.command);
      if (req2 === 'forbidden') {
        outcomes.push({ action, status: 'error', error: { code: 'forbidden' } });
        decision = 'forbidden';
        continue;
      }
      if (req2 === 'pin') {
        outcomes.push({ action, status: 'error', error: { code: 'pin-required' } });
        if (decision === 'allowed') decision = 'pin-required';
        needsPin = true;
        continue;
      }
      outcomes.push(await this.#execute(action, assistant));
    }

    // Stage 6: the Korean reply.
    let replyText = u.actions.length > 0 ? this.#understander.reply(u, outcomes, view) : (u.answer ?? '');
    let needsInput: TurnResult['needsInput'] = null;
    if (needsPin) {
      const pinActions = outcomes.filter((o) => o.error?.code === 'pin-required').map((o) => o.action);
      conv.pending = { kind: 'pin', actions: pinActions, understanding: u };
      needsInput = { kind: 'pin', prompt: MESSAGES.pinPrompt };
      replyText = MESSAGES.pinPrompt;
    }
    const r: TurnResult = {
      ...base,
      understood: true,
      actions: outcomes.map((o) => ({ ...o.action, status: o.status, ...(o.error ? { error: o.error } : {}) })),
      response: { text: replyText },
      needsInput,
    };
    return this.#finish(req, principal, assistant, text, r, decision);
  }

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
      return { action, status: 'error', error: { code, message: err instanceof Error ? err.message : String(err) } };
    }
  }

  #ignored(conversationId: string | undefined): TurnResult {
    return {
      conversationId: conversationId ?? randomUUID(),
      assistant: null,
      understood: false,
      actions: [],
      response: { text: MESSAGES.noWakeWord },
      needsInput: null,
    };
  }

  #expire(now: number): void {
    for (const [id, c] of this.#conversations) if (c.expires < now) this.#conversations.delete(id);
  }

  async #finish(
    req: TurnRequest,
    principal: string,
    assistant: string | null,
    text: string,
    r: TurnResult,
    decision: string,
  ): Promise<TurnResult> {
    const { store, bus, clock } = this.#ctx;
    await store.appendAudit(this.#home.id, {
      at: clock.now(),
      kind: 'turn',
      assistant,
      satellite: req.satellite,
      conversationId: r.conversationId,
      principal,
      text: req.text,
      decision,
      outcome: { understood: r.understood, actions: r.actions.map((a) => ({ deviceId: a.deviceId, command: a.command, status: a.status, code: a.error?.code })) },
    });
    bus.emit('turnHandled', {
      home: this.#home.id,
      conversationId: r.conversationId,
      satellite: req.satellite,
      assistant,
      text,
      understood: r.understood,
      reply: r.response.text,
      actions: r.actions.map((a) => ({ deviceId: a.deviceId, command: a.command, status: a.status, ...(a.error ? { errorCode: a.error.code } : {}) })),
      ...(r.intents ? { intents: r.intents } : {}),
      decision,
    });
    return r;
  }
}
