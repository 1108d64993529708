/**
 * The hub: one store, one bus, many homes. Start order: open the store, restore each home and
 * start its connections (every first sync done or marked offline), then write the owner tokens.
 */
import { join } from 'node:path';
import { MemoryBus } from '../bus/memory.js';
import type { Bus } from '../bus/types.js';
import { HomeGate } from '../gate/gate.js';
import { VoicePin } from '../gate/pin.js';
import type { HomeFile } from '../home/types.js';
import { koreanUnderstander } from '../nlu/ko/index.js';
import type { Understander } from '../nlu/types.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { createLogger, type Logger } from '../util/log.js';
import { TokenRegistry } from './auth.js';
import { type Clock, type HubContext, systemClock } from './context.js';
import { ConversationPipeline } from './conversation.js';
import { HomeRuntime } from './home-runtime.js';

export interface HubOptions {
  homes: HomeFile[];
  dataDir: string;
  log?: Logger;
  store?: Store;
  bus?: Bus;
  clock?: Clock;
  understander?: Understander;
  timeoutMs?: number;
  pollMs?: number;
}

export interface HomeHandle {
  runtime: HomeRuntime;
  /** Where every face asks who may do what in this home. */
  gate: HomeGate;
  conversation: ConversationPipeline;
}

export class Hub {
  readonly ctx: HubContext;
  readonly dataDir: string;
  readonly tokens: TokenRegistry;
  readonly #files: HomeFile[];
  readonly #homes = new Map<string, HomeHandle>();
  readonly #understander: Understander | undefined;
  readonly #ownerTokens = new Map<string, string>();

  constructor(opts: HubOptions) {
    const log = opts.log ?? createLogger();
    const store = opts.store ?? new SqliteStore(join(opts.dataDir, 'yeondong.db'));
    this.ctx = {
      store,
      bus: opts.bus ?? new MemoryBus(log),
      log,
      clock: opts.clock ?? systemClock,
      timeoutMs: opts.timeoutMs ?? 900,
      pollMs: opts.pollMs ?? 1000,
    };
    this.dataDir = opts.dataDir;
    this.tokens = new TokenRegistry(store);
    this.#files = opts.homes;
    this.#understander = opts.understander;
    const ids = new Set<string>();
    for (const f of opts.homes) {
      if (ids.has(f.home.id)) throw new Error(`two home files have the same home id '${f.home.id}'`);
      ids.add(f.home.id);
    }
  }

  async start(): Promise<void> {
    await this.ctx.store.open();
    await this.ctx.bus.start?.();
    const understander = this.#understander ?? koreanUnderstander;
    for (const f of this.#files) {
      const runtime = new HomeRuntime(f, this.ctx, { simulatorStateDir: join(this.dataDir, 'simulators') });
      const gate = new HomeGate({
        file: f,
        device: (id) => {
          const d = runtime.device(id);
          return d ? { id: d.id, deviceType: d.deviceType, area: d.area ?? null } : undefined;
        },
        guestDevices: (person) => this.tokens.person(f.home.id, person)?.devices,
        pin: new VoicePin(this.ctx.store, f.home.id, this.ctx.clock, f.security.voicePin),
      });
      this.#homes.set(f.home.id, {
        runtime,
        gate,
        conversation: new ConversationPipeline(runtime, this.ctx, understander, gate),
      });
      await this.tokens.load(f.home.id);
    }
    await Promise.all([...this.#homes.values()].map((h) => h.runtime.start()));
    let first = true;
    for (const f of this.#files) {
      const files = [join(this.dataDir, 'tokens', `${f.home.id}.token`)];
      if (first) files.push(join(this.dataDir, 'owner.token'));
      first = false;
      this.#ownerTokens.set(f.home.id, await this.tokens.ensureOwnerToken(f.home.id, files));
    }
  }

  async stop(): Promise<void> {
    this.tokens.close();
    await Promise.all([...this.#homes.values()].map((h) => h.runtime.stop()));
    await this.ctx.bus.stop?.();
    await this.ctx.store.close();
  }

  home(id: string): HomeHandle | undefined {
    return this.#homes.get(id);
  }

  homes(): HomeHandle[] {
    return [...this.#homes.values()];
  }

  /** The owner token of a home (only for printing the sign-in link at start). */
  ownerToken(home: string): string | undefined {
    return this.#ownerTokens.get(home);
  }
}
