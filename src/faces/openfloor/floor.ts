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
 *
 * This module orders the envelopes of a conversation and answers each; the parts live beside it:
 * events.ts (addressing and dispatch of each event, utterance routing, floor control), invite.ts,
 * external.ts (forwarding to external agents and relaying their answers), turn.ts (a home
 * assistant's turn), discovery.ts (getManifests), conversation.ts (conversation state) and
 * envelope.ts (building envelopes and events).
 */
import { type Principal, principalKey } from '../../gate/types.js';
import type { HubContext } from '../../hub/context.js';
import type { HomeHandle } from '../../hub/hub.js';
import { isHubError } from '../../model/errors.js';
import { adopt, Conversations } from './conversation.js';
import { envelope, utterance } from './envelope.js';
import { onEvent } from './events.js';
import { manifestOf } from './manifest.js';
import { type Exchange, type FloorOptions, FloorScope } from './scope.js';
import type { Envelope } from './types.js';

export type { FloorOptions } from './scope.js';

export class FloorManager {
  readonly #scope: FloorScope;
  readonly #conversations = new Conversations();
  /** Envelopes of one conversation are processed in order (spec 2.2, normative). */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(home: HomeHandle, ctx: HubContext, opts: FloorOptions = {}) {
    this.#scope = new FloorScope(home, ctx, opts);
  }

  /** The manifests of the home's assistants. */
  manifests(serviceUrl: string) {
    const ctx = this.#scope.manifestContext(serviceUrl);
    return this.#scope.home.runtime.file.assistants.map((a) => manifestOf(a, ctx));
  }

  /**
   * Answers one envelope (already validated) with one envelope. Conversations belong to the
   * principal that carries them: another principal using the same conversation id gets a
   * conversation of its own and learns nothing of the first.
   */
  handle(env: Envelope, serviceUrl: string, principal: Principal): Promise<Envelope> {
    const id = `${principalKey(principal)}\u0000${env.openFloor.conversation.id}`;
    const prev = this.#queues.get(id) ?? Promise.resolve();
    const run = prev.catch(() => {}).then(() => this.#handle(env, serviceUrl, principal));
    const tail = run.catch(() => {});
    this.#queues.set(id, tail);
    tail.then(() => {
      if (this.#queues.get(id) === tail) this.#queues.delete(id);
    });
    return run;
  }

  async #handle(env: Envelope, serviceUrl: string, principal: Principal): Promise<Envelope> {
    const s = this.#scope;
    const now = s.ctx.clock.now();
    this.#conversations.expire(now);
    const of = env.openFloor;
    const conv = this.#conversations.open(principalKey(principal), of.conversation.id, now);
    adopt(conv, of.conversation.conversants ?? []);
    const x: Exchange = { floor: s, env, serviceUrl, principal, conv, sender: of.sender.speakerUri, out: [] };
    const discovering = of.events.some((e) => e.eventType === 'getManifests');
    for (const ev of of.events) {
      try {
        await onEvent(x, ev, discovering);
      } catch (err) {
        s.ctx.log.warn('open floor event failed', {
          home: s.homeId,
          event: ev.eventType,
          err: isHubError(err) ? err.code : String(err),
        });
        x.out.push(utterance(s, null, x.sender, '죄송해요, 요청을 처리하지 못했어요.', false, '@error'));
      }
    }
    return envelope(s, conv, serviceUrl, x.out);
  }
}
