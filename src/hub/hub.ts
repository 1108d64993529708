/**
 * The hub: one store, one bus, many homes. Start order: open the store, restore each home and
 * start its connections (every first sync done or marked offline), then write the owner tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryBus } from '../bus/memory.js';
import type { Bus } from '../bus/types.js';
import { HomeGate } from '../gate/gate.js';
import { VoicePin } from '../gate/pin.js';
import type { HomeFile } from '../home/types.js';
import { HubError } from '../model/errors.js';
import { koreanUnderstander } from '../nlu/ko/index.js';
import type { Understander } from '../nlu/types.js';
import { RoutineEngine } from '../routines/engine.js';
import { voiceRoutines } from '../routines/voice.js';
import { type DataDirLock, lockDataDir } from '../store/lock.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { createLogger, type Logger } from '../util/log.js';
import { TokenRegistry } from './auth.js';
import { type Clock, type HubContext, systemClock } from './context.js';
import { ConversationPipeline } from './conversation.js';
import { HomeRuntime } from './home-runtime.js';
import { withPairedMatter } from './matter-devices.js';

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
  /** The data folder's lock, when the caller took it already (`serve` does, to refuse fast). */
  dataDirLock?: DataDirLock;
  /** A time-trigger run missed while the hub was down runs at start when younger than this (ms). */
  routineGraceMs?: number;
  /**
   * Fleet mode (src/fleet): `start()` opens the store and the bus only; homes come and go with
   * their leases through `addHome` / `removeHome`. The owner token of a home is written by the
   * node that first creates it (a node taking a home over never makes a second one).
   */
  fleet?: boolean;
}

/** What the HTTP layer asks about homes held by another process (set by src/fleet). */
export interface RemoteHomes {
  /** Whether the fleet serves this home (on this node or another). */
  has(home: string): boolean;
  /**
   * Streams a fleet home's events to a WebSocket opened on this node: the home's owner checks the
   * token, the events come from the NATS stream (and from this node while it serves the home), so
   * the stream outlives the home moving between nodes.
   */
  streamEvents(socket: EventSocket, home: string, token: string | null): void;
}

/** The part of a WebSocket the event stream uses. */
export interface EventSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  on(event: 'close', listener: () => void): unknown;
}

export interface HomeHandle {
  runtime: HomeRuntime;
  /** Where every face asks who may do what in this home. */
  gate: HomeGate;
  conversation: ConversationPipeline;
  /** The home's routines (src/routines). */
  routines: RoutineEngine;
}

export class Hub {
  readonly ctx: HubContext;
  readonly dataDir: string;
  readonly tokens: TokenRegistry;
  readonly #files: HomeFile[];
  readonly #homes = new Map<string, HomeHandle>();
  readonly #understander: Understander | undefined;
  readonly #routineGraceMs: number | undefined;
  readonly #ownerTokens = new Map<string, string>();
  #lock: DataDirLock | null = null;
  readonly #fleet: boolean;
  readonly #understanderOrDefault: () => Understander;
  /** Set by src/fleet: homes served by another node of the fleet. */
  remote: RemoteHomes | null = null;

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
    this.tokens = new TokenRegistry(store, { watch: !opts.fleet });
    this.#files = opts.homes;
    this.#understander = opts.understander;
    this.#routineGraceMs = opts.routineGraceMs;
    this.#lock = opts.dataDirLock ?? null;
    this.#fleet = opts.fleet ?? false;
    this.#understanderOrDefault = () => this.#understander ?? koreanUnderstander;
    const ids = new Set<string>();
    for (const f of opts.homes) {
      if (ids.has(f.home.id)) throw new Error(`two home files have the same home id '${f.home.id}'`);
      ids.add(f.home.id);
    }
  }

  async start(): Promise<void> {
    // One hub per data folder (DATA/hub.lock, see store/lock.ts): throws at once if another holds it.
    this.#lock ??= lockDataDir(this.dataDir);
    // An owner token file means this folder's hub wrote data before: a store that would start
    // from nothing is lost data, not a first start (never a new owner token over the old one).
    const tokenFiles = this.#fleet ? [] : this.#tokenFiles().filter((t) => existsSync(t.file));
    await this.ctx.store.open({ expectData: tokenFiles.length > 0 });
    await this.ctx.bus.start?.();
    if (this.#fleet) return;
    for (const f of this.#files) {
      this.#homes.set(f.home.id, this.#handle(f));
      await this.tokens.load(f.home.id);
    }
    await this.#checkTokenFiles(tokenFiles);
    await Promise.all([...this.#homes.values()].map((h) => h.runtime.start()));
    for (const h of this.#homes.values()) await h.routines.start();
    let first = true;
    for (const f of this.#files) {
      const files = [join(this.dataDir, 'tokens', `${f.home.id}.token`)];
      if (first) files.push(join(this.dataDir, 'owner.token'));
      first = false;
      this.#ownerTokens.set(f.home.id, await this.tokens.ensureOwnerToken(f.home.id, files));
    }
  }

  #handle(f: HomeFile): HomeHandle {
    // The Matter devices the hub paired onto its own fabric join the file's (hub/matter-devices.ts).
    const runtime = new HomeRuntime(withPairedMatter(f, this.dataDir), this.ctx, {
      simulatorStateDir: join(this.dataDir, 'simulators'),
    });
    const gate = new HomeGate({
      file: f,
      device: (id) => {
        const d = runtime.device(id);
        return d ? { id: d.id, deviceType: d.deviceType, area: d.area ?? null } : undefined;
      },
      guestDevices: (person) => this.tokens.person(f.home.id, person)?.devices,
      pin: new VoicePin(this.ctx.store, f.home.id, this.ctx.clock, f.security.voicePin),
    });
    const understander = this.#understanderOrDefault();
    const routines = new RoutineEngine(runtime, gate, this.ctx, {
      ...(this.#routineGraceMs !== undefined ? { graceMs: this.#routineGraceMs } : {}),
    });
    const conversation = new ConversationPipeline(runtime, this.ctx, understander, gate);
    conversation.useRoutines(voiceRoutines(routines, understander));
    return { runtime, gate, conversation, routines };
  }

  /**
   * Fleet mode: starts serving a home (its lease was won): tokens, connections, first sync. The
   * first node ever to serve it writes its owner token to DATA/tokens/<home>.token.
   */
  async addHome(f: HomeFile): Promise<void> {
    const id = f.home.id;
    if (this.#homes.has(id)) return;
    const handle = this.#handle(f);
    await this.tokens.load(id);
    await handle.runtime.start();
    this.#homes.set(id, handle);
    await handle.routines.start();
    const file = join(this.dataDir, 'tokens', `${id}.token`);
    if ((await this.ctx.store.getKv(id, 'auth:gen')) === null) {
      this.#ownerTokens.set(id, await this.tokens.ensureOwnerToken(id, [file]));
    }
  }

  /** Fleet mode: stops serving a home (its lease is handed over or lost). */
  async removeHome(id: string): Promise<void> {
    const h = this.#homes.get(id);
    if (!h) return;
    this.#homes.delete(id);
    h.routines.stop();
    await h.runtime.stop();
    this.tokens.unload(id);
  }

  /** The owner token files: one per home, and DATA/owner.token (the first home's). */
  #tokenFiles(): Array<{ file: string; home: string | null }> {
    return [
      ...this.#files.map((f) => ({
        file: join(this.dataDir, 'tokens', `${f.home.id}.token`),
        home: f.home.id,
      })),
      { file: join(this.dataDir, 'owner.token'), home: null },
    ];
  }

  /**
   * Refuses to start when a token file holds a token the store does not know and the store has no
   * trace of the homes' people and tokens (store replaced, emptied or lost). A store that knows
   * the home (the owner revoked that token, or the first home changed) keeps the old behaviour: a
   * new owner token is written.
   */
  async #checkTokenFiles(existing: Array<{ file: string; home: string | null }>): Promise<void> {
    const known = async (home: string) => (await this.ctx.store.getKv(home, 'auth:gen')) !== null;
    for (const { file, home } of existing) {
      const token = readFileSync(file, 'utf8').trim();
      if (this.tokens.lookup(token)) continue;
      const homes = home ? [home] : this.#files.map((f) => f.home.id);
      let anyKnown = false;
      for (const h of homes) anyKnown ||= await known(h);
      if (anyKnown) continue;
      throw new HubError(
        'storage-corrupt',
        503,
        `${file} holds an owner token that the hub's data do not know: the data were replaced or lost; nothing was changed. ` +
          'Restore the data (yeondong.db, or the --store database) from a backup, or move the token files aside to start an empty hub',
      );
    }
  }

  async stop(): Promise<void> {
    this.tokens.close();
    for (const h of this.#homes.values()) h.routines.stop();
    await Promise.all([...this.#homes.values()].map((h) => h.runtime.stop()));
    await this.ctx.bus.stop?.();
    await this.ctx.store.close();
    this.#lock?.release();
    this.#lock = null;
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
