/**
 * The hub as Open Floor floor manager of one home (Open Floor Inter-Agent Message Specification
 * 1.1.0, section 2.2). Every assistant of the home is a conversant with a manifest. There is no
 * convener, so the floor manager follows the spec's "if no convener" column:
 *
 * - `utterance` to a home assistant's speakerUri is a turn of that assistant through the
 *   conversation pipeline (virtual satellite `openfloor`) and is answered with that assistant's
 *   `utterance`. An utterance to no one in particular goes to the assistant whose wake word starts
 *   it, else to whoever holds the conversation (a home assistant or an invited external agent).
 * - `invite` of a home assistant: it joins (`acceptInvite` and a greeting). `invite` of an external
 *   agent (`to.serviceUrl`): the hub passes the invite on over HTTP with the dialog history and
 *   relays its answer; from then on, unaddressed utterances go to it until it yields the floor
 *   (`yieldFloor`) or leaves (`bye`), which hands the conversation back to the home assistant.
 * - `uninvite`, `grantFloor`, `revokeFloor` pass through (forwarded to an external target);
 *   `requestFloor` is answered with `grantFloor`; `yieldFloor`, `bye` and `declineInvite` update
 *   the floor; `getManifests` is answered with `publishManifests`.
 * - The `conversation` section of every answer lists the conversants and `floorGranted` as the
 *   spec's curation rules say.
 */
import { randomUUID } from 'node:crypto';
import type { HubContext } from '../../hub/context.js';
import type { HomeHandle } from '../../hub/hub.js';
import { isHubError } from '../../model/errors.js';
import { compact, WakeWords } from '../wake.js';
import {
  assistantOfUri,
  assistantUri,
  floorUri,
  identificationOf,
  type ManifestContext,
  manifestOf,
} from './manifest.js';
import {
  type DialogEvent,
  type Envelope,
  type Identification,
  OFP_SCHEMA_URL,
  OFP_VERSION,
  type OfEvent,
  utteranceText,
} from './types.js';
import { schemaError, structureError } from './validate.js';

const CONVERSATION_IDLE_MS = 30 * 60 * 1000;
const HISTORY = 8;
const MAX_CONVERSATIONS = 1000;

interface External {
  identification: Identification;
}

interface FloorConversation {
  id: string;
  /** speakerUri → identification, in joining order. */
  conversants: Map<string, Identification>;
  externals: Map<string, External>;
  floor: Set<string>;
  /** Who answers utterances addressed to no one: a home assistant id or an external speakerUri. */
  active: { kind: 'assistant'; id: string } | { kind: 'external'; uri: string } | null;
  /** The home assistant that held the conversation before an external agent took it. */
  lastAssistant: string | null;
  history: DialogEvent[];
  touched: number;
}

export interface FloorOptions {
  /** Outgoing HTTP (to invited external agents); tests may replace it. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface Request {
  env: Envelope;
  serviceUrl: string;
  principal: string;
}

export class FloorManager {
  readonly #home: HomeHandle;
  readonly #ctx: HubContext;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #wake: WakeWords;
  readonly #conversations = new Map<string, FloorConversation>();
  /** Envelopes of one conversation are processed in order (spec 2.2, normative). */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(home: HomeHandle, ctx: HubContext, opts: FloorOptions = {}) {
    this.#home = home;
    this.#ctx = ctx;
    this.#fetch = opts.fetch ?? fetch;
    this.#timeoutMs = opts.timeoutMs ?? 5000;
    this.#wake = new WakeWords(home.runtime.file.assistants);
  }

  get #homeId(): string {
    return this.#home.runtime.id;
  }

  get #assistantIds(): string[] {
    return this.#home.runtime.file.assistants.map((a) => a.id);
  }

  #manifestContext(serviceUrl: string): ManifestContext {
    const f = this.#home.runtime.file;
    return {
      home: { id: f.home.id, name: f.home.name, language: f.home.language },
      serviceUrl,
      grants: this.#home.conversation.grants,
      devices: this.#home.runtime.devices(),
      hasPlayers: f.satellites.some((s) => s.player),
    };
  }

  /** The manifests of the home's assistants. */
  manifests(serviceUrl: string) {
    const ctx = this.#manifestContext(serviceUrl);
    return this.#home.runtime.file.assistants.map((a) => manifestOf(a, ctx));
  }

  /** Answers one envelope (already validated) with one envelope. */
  handle(env: Envelope, serviceUrl: string, principal: string): Promise<Envelope> {
    const id = env.openFloor.conversation.id;
    const prev = this.#queues.get(id) ?? Promise.resolve();
    const run = prev.catch(() => {}).then(() => this.#handle({ env, serviceUrl, principal }));
    const tail = run.catch(() => {});
    this.#queues.set(id, tail);
    tail.then(() => {
      if (this.#queues.get(id) === tail) this.#queues.delete(id);
    });
    return run;
  }

  async #handle(req: Request): Promise<Envelope> {
    const now = this.#ctx.clock.now();
    this.#expire(now);
    const of = req.env.openFloor;
    const conv = this.#conversation(of.conversation.id, now);
    // Conversants the sender describes fully are adopted (so the reply can list them).
    for (const c of of.conversation.conversants ?? []) {
      const idn = c?.identification;
      if (
        idn &&
        typeof idn.speakerUri === 'string' &&
        !conv.conversants.has(idn.speakerUri) &&
        schemaError('manifest', { identification: idn, capabilities: [] }) === null
      ) {
        conv.conversants.set(idn.speakerUri, idn);
        conv.floor.add(idn.speakerUri);
      }
    }
    const sender = of.sender.speakerUri;
    const out: OfEvent[] = [];
    const discovering = of.events.some((e) => e.eventType === 'getManifests');
    for (const ev of of.events) {
      try {
        await this.#event(req, conv, sender, ev, out, discovering, 0);
      } catch (err) {
        this.#ctx.log.warn('open floor event failed', {
          home: this.#homeId,
          event: ev.eventType,
          err: isHubError(err) ? err.code : String(err),
        });
        out.push(this.#utterance(null, sender, '죄송해요, 요청을 처리하지 못했어요.', false, '@error'));
      }
    }
    return this.#envelope(conv, req.serviceUrl, out);
  }

  async #event(
    req: Request,
    conv: FloorConversation,
    sender: string,
    ev: OfEvent,
    out: OfEvent[],
    discovering: boolean,
    depth: number,
  ): Promise<void> {
    const home = this.#homeId;
    const ids = this.#assistantIds;
    const toAssistant = assistantOfUri(home, ev.to?.speakerUri, ids);
    const toExternal = this.#externalOf(conv, ev.to);
    const toFloor =
      !ev.to ||
      ev.to.speakerUri === floorUri(home) ||
      (!ev.to.speakerUri && ev.to.serviceUrl === req.serviceUrl) ||
      ev.to.speakerUri === req.serviceUrl;
    switch (ev.eventType) {
      case 'utterance': {
        const text = utteranceText(ev);
        const de = ev.parameters?.dialogEvent as DialogEvent | undefined;
        if (de) this.#remember(conv, de);
        if (text === null) return;
        if (toAssistant)
          return this.#turn(req, conv, toAssistant, sender, text, ev.to?.private === true, out);
        if (toExternal) return this.#forward(req, conv, toExternal, [ev], out, depth);
        if (!toFloor) return; // for someone else: not ours to answer
        if (discovering) return; // the task description of a getManifests, not a request
        const wake = this.#wake.match(text);
        if (wake) return this.#turn(req, conv, wake.assistant.id, sender, text, ev.to?.private === true, out);
        if (conv.active?.kind === 'assistant')
          return this.#turn(req, conv, conv.active.id, sender, text, ev.to?.private === true, out);
        if (conv.active?.kind === 'external')
          return this.#forward(req, conv, conv.active.uri, [ev], out, depth);
        return;
      }
      case 'invite': {
        if (toAssistant) {
          this.#join(conv, toAssistant, req.serviceUrl);
          conv.active = { kind: 'assistant', id: toAssistant };
          conv.lastAssistant = toAssistant;
          const a = this.#home.runtime.file.assistants.find((x) => x.id === toAssistant);
          out.push({ eventType: 'acceptInvite', to: { speakerUri: sender } });
          out.push(
            this.#utterance(
              toAssistant,
              sender,
              `안녕하세요, ${a?.name ?? toAssistant}예요. 무엇을 도와드릴까요?`,
              false,
            ),
          );
          return;
        }
        const url = ev.to?.serviceUrl;
        if (!ev.to || toFloor || !url) {
          out.push({ eventType: 'acceptInvite', to: { speakerUri: sender } });
          return;
        }
        if (!/^https?:\/\//i.test(url)) {
          out.push({
            eventType: 'declineInvite',
            to: { speakerUri: sender },
            reason: '@error the serviceUrl is not an http(s) URL',
          });
          return;
        }
        const uri = ev.to.speakerUri ?? url;
        const idn: Identification = {
          speakerUri: uri,
          serviceUrl: url,
          organization: safeHost(url),
          conversationalName: uri,
          synopsis: 'An external Open Floor agent invited to this conversation',
        };
        conv.externals.set(uri, { identification: idn });
        conv.conversants.set(uri, idn);
        conv.floor.add(uri);
        if (conv.active?.kind === 'assistant') conv.lastAssistant = conv.active.id;
        conv.active = { kind: 'external', uri };
        const invite: OfEvent = {
          eventType: 'invite',
          to: { speakerUri: uri, serviceUrl: url },
          ...(conv.history.length > 0 ? { parameters: { dialogHistory: conv.history.slice(-HISTORY) } } : {}),
        };
        return this.#forward(req, conv, uri, [invite], out, depth);
      }
      case 'uninvite': {
        const target = toAssistant ? assistantUri(home, toAssistant) : (toExternal ?? ev.to?.speakerUri);
        if (!target) return;
        if (toExternal) await this.#forward(req, conv, toExternal, [ev], out, depth, true);
        this.#leave(conv, target);
        return;
      }
      case 'acceptInvite':
        return;
      case 'declineInvite':
      case 'bye':
        this.#leave(conv, sender);
        return;
      case 'getManifests': {
        const scope =
          typeof ev.parameters?.recommendScope === 'string' ? ev.parameters.recommendScope : 'internal';
        if (!toAssistant && !toFloor) return;
        const ctx = this.#manifestContext(req.serviceUrl);
        const task = this.#taskText(req.env);
        const list =
          scope === 'external'
            ? []
            : this.#home.runtime.file.assistants
                .filter((a) => !toAssistant || a.id === toAssistant)
                .map((a) => {
                  const m = manifestOf(a, ctx);
                  return {
                    ...m,
                    score: task
                      ? scoreFor(
                          m.capabilities.flatMap((c) => c.keyphrases),
                          task,
                        )
                      : 1,
                  };
                });
        list.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
        out.push({
          eventType: 'publishManifests',
          to: { speakerUri: sender },
          parameters: { servicingManifests: list, discoveryManifests: [] },
        });
        return;
      }
      case 'publishManifests':
        return;
      case 'requestFloor':
        // No convener: the floor manager grants the floor.
        conv.floor.add(sender);
        out.push({ eventType: 'grantFloor', to: { speakerUri: sender } });
        return;
      case 'grantFloor': {
        if (toAssistant) {
          this.#join(conv, toAssistant, req.serviceUrl);
          conv.active = { kind: 'assistant', id: toAssistant };
          conv.lastAssistant = toAssistant;
          return;
        }
        if (toExternal) {
          conv.floor.add(toExternal);
          conv.active = { kind: 'external', uri: toExternal };
          return this.#forward(req, conv, toExternal, [ev], out, depth);
        }
        if (ev.to?.speakerUri) conv.floor.add(ev.to.speakerUri);
        return;
      }
      case 'revokeFloor': {
        const target = toAssistant ? assistantUri(home, toAssistant) : (toExternal ?? ev.to?.speakerUri);
        if (!target) return;
        conv.floor.delete(target);
        if (toExternal) await this.#forward(req, conv, toExternal, [ev], out, depth, true);
        this.#handBack(conv, target);
        return;
      }
      case 'yieldFloor':
        conv.floor.delete(sender);
        this.#handBack(conv, sender);
        return;
    }
  }

  /** A turn of a home assistant, answered with its utterance. */
  async #turn(
    req: Request,
    conv: FloorConversation,
    assistant: string,
    sender: string,
    text: string,
    priv: boolean,
    out: OfEvent[],
  ): Promise<void> {
    this.#join(conv, assistant, req.serviceUrl);
    conv.active = { kind: 'assistant', id: assistant };
    conv.lastAssistant = assistant;
    const r = await this.#home.conversation.turn(
      { text, satellite: 'openfloor', assistant, conversationId: conv.id },
      req.principal,
      { channel: 'openfloor' },
    );
    const reply = r.response.text || (r.understood ? '네.' : '죄송해요, 잘 못 알아들었어요.');
    const ev = this.#utterance(assistant, sender, reply, priv, undefined, {
      conversationId: r.conversationId,
      understood: r.understood,
      actions: r.actions.map((a) => ({
        deviceId: a.deviceId,
        endpoint: a.endpoint,
        cluster: a.cluster,
        command: a.command,
        status: a.status,
        ...(a.error ? { code: a.error.code } : {}),
      })),
      needsInput: r.needsInput ? { kind: r.needsInput.kind } : null,
    });
    this.#remember(conv, ev.parameters?.dialogEvent as DialogEvent);
    out.push(ev);
  }

  /** Sends events to an external agent and relays what it answers. */
  async #forward(
    req: Request,
    conv: FloorConversation,
    uri: string,
    events: OfEvent[],
    out: OfEvent[],
    depth: number,
    quiet = false,
  ): Promise<void> {
    const ext = conv.externals.get(uri);
    if (!ext) return;
    const env = this.#envelope(
      conv,
      req.serviceUrl,
      events.map((e) => this.#normalized(e)),
    );
    let answer: Envelope | null = null;
    let reason = '@error';
    try {
      const res = await this.#fetch(ext.identification.serviceUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(env),
        signal: AbortSignal.timeout(this.#timeoutMs),
        redirect: 'error',
      });
      if (res.ok) {
        const body: unknown = await res.json();
        if (schemaError('envelope', body) === null && structureError(body) === null)
          answer = body as Envelope;
      }
    } catch (err) {
      if ((err as Error)?.name === 'TimeoutError') reason = '@timedOut';
    }
    if (quiet) return;
    if (!answer) {
      this.#leave(conv, uri);
      out.push({
        eventType: 'uninvite',
        to: { speakerUri: uri },
        reason: `${reason} the external agent did not answer with a valid envelope`,
      });
      return;
    }
    const from = answer.openFloor.sender.speakerUri;
    // The agent may pick its own speakerUri when it accepts (spec 1.12).
    if (from !== uri && events[0]?.eventType === 'invite') {
      const idn = { ...ext.identification, speakerUri: from, conversationalName: from };
      conv.externals.delete(uri);
      conv.conversants.delete(uri);
      conv.floor.delete(uri);
      conv.externals.set(from, { identification: idn });
      conv.conversants.set(from, idn);
      conv.floor.add(from);
      if (conv.active?.kind === 'external' && conv.active.uri === uri)
        conv.active = { kind: 'external', uri: from };
      uri = from;
    }
    for (const ev of answer.openFloor.events) {
      if (ev.eventType === 'utterance') {
        const de = ev.parameters?.dialogEvent as DialogEvent | undefined;
        if (de) this.#remember(conv, de);
        const target = assistantOfUri(this.#homeId, ev.to?.speakerUri, this.#assistantIds);
        if (target && depth < 2) {
          // The external agent hands a request to a home assistant.
          const text = utteranceText(ev);
          if (text) await this.#turn(req, conv, target, uri, text, ev.to?.private === true, out);
          continue;
        }
        out.push(this.#normalized(ev));
      } else if (ev.eventType === 'yieldFloor') {
        conv.floor.delete(uri);
        this.#handBack(conv, uri);
        out.push(this.#normalized(ev));
      } else if (ev.eventType === 'bye' || ev.eventType === 'declineInvite') {
        this.#leave(conv, uri);
        out.push(this.#normalized(ev));
      } else if (ev.eventType === 'acceptInvite' || ev.eventType === 'publishManifests') {
        out.push(this.#normalized(ev));
      }
    }
  }

  // ---- conversation bookkeeping ----

  #conversation(id: string, now: number): FloorConversation {
    let c = this.#conversations.get(id);
    if (!c) {
      if (this.#conversations.size >= MAX_CONVERSATIONS) {
        const oldest = [...this.#conversations.values()].sort((a, b) => a.touched - b.touched)[0];
        if (oldest) this.#conversations.delete(oldest.id);
      }
      c = {
        id,
        conversants: new Map(),
        externals: new Map(),
        floor: new Set(),
        active: null,
        lastAssistant: null,
        history: [],
        touched: now,
      };
      this.#conversations.set(id, c);
    }
    c.touched = now;
    return c;
  }

  #expire(now: number): void {
    for (const [id, c] of this.#conversations)
      if (now - c.touched > CONVERSATION_IDLE_MS) this.#conversations.delete(id);
  }

  #join(conv: FloorConversation, assistant: string, serviceUrl: string): void {
    const uri = assistantUri(this.#homeId, assistant);
    const a = this.#home.runtime.file.assistants.find((x) => x.id === assistant);
    if (!a) return;
    if (!conv.conversants.has(uri))
      conv.conversants.set(uri, identificationOf(a, this.#manifestContext(serviceUrl)));
    conv.floor.add(uri);
  }

  #leave(conv: FloorConversation, uri: string): void {
    conv.conversants.delete(uri);
    conv.externals.delete(uri);
    conv.floor.delete(uri);
    this.#handBack(conv, uri);
    const id = assistantOfUri(this.#homeId, uri, this.#assistantIds);
    if (id && conv.active?.kind === 'assistant' && conv.active.id === id) conv.active = null;
    if (id && conv.lastAssistant === id) conv.lastAssistant = null;
  }

  /** When the agent holding the conversation lets go, it goes back to the last home assistant. */
  #handBack(conv: FloorConversation, uri: string): void {
    if (conv.active?.kind === 'external' && conv.active.uri === uri) {
      conv.active = conv.lastAssistant ? { kind: 'assistant', id: conv.lastAssistant } : null;
    } else if (conv.active?.kind === 'assistant' && assistantUri(this.#homeId, conv.active.id) === uri) {
      conv.active = null;
    }
  }

  #externalOf(conv: FloorConversation, to: OfEvent['to']): string | null {
    if (!to) return null;
    if (to.speakerUri && conv.externals.has(to.speakerUri)) return to.speakerUri;
    if (!to.speakerUri && to.serviceUrl) {
      for (const [uri, e] of conv.externals) if (e.identification.serviceUrl === to.serviceUrl) return uri;
    }
    return null;
  }

  #remember(conv: FloorConversation, de: DialogEvent): void {
    if (!de || typeof de !== 'object') return;
    const copy = structuredClone(de);
    if (typeof copy.id !== 'string') copy.id = randomUUID();
    if (!copy.span || typeof copy.span !== 'object')
      copy.span = { startTime: new Date(this.#ctx.clock.now()).toISOString() };
    conv.history.push(copy);
    if (conv.history.length > HISTORY) conv.history.splice(0, conv.history.length - HISTORY);
  }

  /** The words of private utterances sent with a getManifests (the task to find an agent for). */
  #taskText(env: Envelope): string | null {
    const texts = env.openFloor.events
      .filter((e) => e.eventType === 'utterance')
      .map((e) => utteranceText(e) ?? '');
    const t = texts.join(' ').trim();
    return t.length > 0 ? t : null;
  }

  // ---- building envelopes ----

  /**
   * An event as the floor passes it on: a relayed utterance's dialog event gets the `id` and `span`
   * the dialog event schema requires when its author left them out; parameters that the 1.1 schema
   * does not allow for the event type are dropped.
   */
  #normalized(ev: OfEvent): OfEvent {
    const copy: OfEvent = { eventType: ev.eventType };
    if (ev.to) copy.to = { ...ev.to };
    if (typeof ev.reason === 'string') copy.reason = ev.reason;
    if (ev.eventType === 'utterance') {
      const de = structuredClone((ev.parameters?.dialogEvent ?? {}) as DialogEvent);
      if (typeof de.id !== 'string') de.id = randomUUID();
      if (!de.span || typeof de.span !== 'object')
        de.span = { startTime: new Date(this.#ctx.clock.now()).toISOString() };
      copy.parameters = { dialogEvent: de };
    } else if (ev.eventType === 'invite' && Array.isArray(ev.parameters?.dialogHistory)) {
      copy.parameters = { dialogHistory: ev.parameters.dialogHistory };
    } else if (ev.eventType === 'getManifests' && typeof ev.parameters?.recommendScope === 'string') {
      copy.parameters = { recommendScope: ev.parameters.recommendScope };
    } else if (ev.eventType === 'publishManifests' && ev.parameters) {
      const { servicingManifests, discoveryManifests } = ev.parameters;
      copy.parameters = {
        ...(servicingManifests !== undefined ? { servicingManifests } : {}),
        ...(discoveryManifests !== undefined ? { discoveryManifests } : {}),
      };
    }
    return copy;
  }

  #utterance(
    assistant: string | null,
    to: string,
    text: string,
    priv: boolean,
    reason?: string,
    turn?: unknown,
  ): OfEvent {
    const speakerUri = assistant ? assistantUri(this.#homeId, assistant) : floorUri(this.#homeId);
    const dialogEvent: DialogEvent = {
      id: randomUUID(),
      speakerUri,
      span: { startTime: new Date(this.#ctx.clock.now()).toISOString() },
      features: {
        text: {
          mimeType: 'text/plain',
          lang: this.#home.runtime.file.home.language,
          tokens: [{ value: text }],
        },
        ...(turn !== undefined
          ? { 'yeondong-turn': { mimeType: 'application/json', tokens: [{ value: turn }] } }
          : {}),
      },
    };
    return {
      eventType: 'utterance',
      to: { speakerUri: to, ...(priv ? { private: true } : {}) },
      ...(reason ? { reason } : {}),
      parameters: { dialogEvent },
    };
  }

  #envelope(conv: FloorConversation, serviceUrl: string, events: OfEvent[]): Envelope {
    const conversants = [...conv.conversants.values()].map((identification) => ({ identification }));
    const listed = new Set(conv.conversants.keys());
    const speakers = new Set(
      events.map((e) =>
        e.eventType === 'utterance'
          ? (e.parameters?.dialogEvent as DialogEvent | undefined)?.speakerUri
          : floorUri(this.#homeId),
      ),
    );
    const only = speakers.size === 1 ? [...speakers][0] : undefined;
    const senderUri =
      only && assistantOfUri(this.#homeId, only, this.#assistantIds) ? only : floorUri(this.#homeId);
    return {
      openFloor: {
        schema: { version: OFP_VERSION, url: OFP_SCHEMA_URL },
        conversation: {
          id: conv.id,
          conversants,
          floorGranted: [...conv.floor].filter((u) => listed.has(u)),
        },
        sender: { speakerUri: senderUri, serviceUrl },
        events,
      },
    };
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'unknown';
  }
}

/** 1 when a keyphrase of the manifest appears in the task, else a low score. */
function scoreFor(keyphrases: string[], task: string): number {
  const t = compact(task);
  const hits = keyphrases.filter((k) => compact(k).length > 0 && t.includes(compact(k))).length;
  return hits > 0 ? Math.min(1, 0.6 + 0.2 * hits) : 0.2;
}
