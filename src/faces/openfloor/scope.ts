/**
 * What the parts of the floor manager share: the home, the hub context and the outgoing HTTP
 * settings (`FloorScope`), and the envelope being answered (`Exchange`).
 */

import type { Principal } from '../../gate/types.js';
import type { HubContext } from '../../hub/context.js';
import type { HomeHandle } from '../../hub/hub.js';
import { WakeWords } from '../../nlu/ko/wake.js';
import type { FloorConversation } from './conversation.js';
import type { ManifestContext } from './manifest.js';
import type { Envelope, OfEvent } from './types.js';

export interface FloorOptions {
  /** Outgoing HTTP (to invited external agents); tests may replace it. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /**
   * The hub's public base URL, the floor's serviceUrl is under it (`serve --issuer`, else
   * YEONDONG_ISSUER, else the URL the hub listens on); never taken from a request's Host.
   */
  publicUrl?: string;
}

/** The floor manager of one home: what every step of answering an envelope may read. */
export class FloorScope {
  readonly home: HomeHandle;
  readonly ctx: HubContext;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly wake: WakeWords;

  constructor(home: HomeHandle, ctx: HubContext, opts: FloorOptions) {
    this.home = home;
    this.ctx = ctx;
    this.fetch = opts.fetch ?? fetch;
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.wake = new WakeWords(home.runtime.file.assistants);
  }

  get homeId(): string {
    return this.home.runtime.id;
  }

  get assistantIds(): string[] {
    return this.home.runtime.file.assistants.map((a) => a.id);
  }

  /** The home assistant of this id, if there is one. */
  assistant(id: string) {
    return this.home.runtime.file.assistants.find((x) => x.id === id);
  }

  manifestContext(serviceUrl: string): ManifestContext {
    const f = this.home.runtime.file;
    return {
      home: { id: f.home.id, name: f.home.name, language: f.home.language },
      serviceUrl,
      grants: this.home.conversation.grants,
      devices: this.home.runtime.devices(),
      hasPlayers: f.satellites.some((s) => s.player),
    };
  }
}

/** One incoming envelope being answered, and the events of the answer as they are gathered. */
export interface Exchange {
  floor: FloorScope;
  env: Envelope;
  /** The floor's own serviceUrl, as the request reached it. */
  serviceUrl: string;
  /** Who carries the envelope (the token's principal): every turn and invite is asked of the gate as it. */
  principal: Principal;
  conv: FloorConversation;
  /** The speakerUri of the envelope's sender. */
  sender: string;
  out: OfEvent[];
}
