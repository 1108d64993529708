/**
 * The routines of one home. Triggers are indexed so that many routines cost nothing while nothing
 * happens: device triggers by device and cluster (a state change looks up only the routines that
 * watch that cluster of that device), time and sun triggers in one heap with one timer for the next
 * due time, phrases in a map. Runs go through the Runner (gate, audit); loops are refused at
 * creation and cut at run time.
 */
import type { HomeGate } from '../gate/gate.js';
import type { Principal } from '../gate/types.js';
import type { HubContext } from '../hub/context.js';
import type { HomeRuntime } from '../hub/home-runtime.js';
import { HubError, invalidRequest } from '../model/errors.js';
import type { StatePatch } from '../model/types.js';
import { Announcers } from './announce.js';
import { checkRoutineAgainstHome, findLoop, LoopError, watched } from './checks.js';
import { buildRoutine, fires } from './fire.js';
import { DueHeap } from './heap.js';
import { RoutineRecords } from './persist.js';
import { type Cause, MAX_CHAIN, Runner } from './runner.js';
import { sunDue, timeDue } from './time.js';
import type { CreatedVia, Routine, RoutineInput, RoutineRun, Trigger } from './types.js';
import { describeProblems } from './validate.js';

/** A run missed while the hub was down runs at start when it is younger than this (default 15 min). */
export const DEFAULT_GRACE_MS = 15 * 60_000;
/** The longest the single timer sleeps, so a clock that jumps is noticed. */
const MAX_SLEEP_MS = 60_000;
/** State changes a routine's command causes carry its chain this long (vendor echoes included). */
const ECHO_MS = 2000;

interface Entry {
  routine: Routine;
  by: Principal;
  gen: number;
}

const sep = '\u0000';
export interface RoutineEngineOptions {
  graceMs?: number;
}

export class RoutineEngine {
  readonly runtime: HomeRuntime;
  readonly gate: HomeGate;
  readonly #ctx: HubContext;
  readonly #records: RoutineRecords;
  readonly #graceMs: number;
  readonly #entries = new Map<string, Entry>();
  /** device\0cluster → ids of routines with a trigger on it. */
  readonly #byCluster = new Map<string, Set<string>>();
  /** routine id → the routines that run it (an action `{type: routine}`), enabled or not. */
  readonly #callers = new Map<string, Set<string>>();
  /** device\0endpoint\0cluster → the attributes as last seen (for transitions). */
  readonly #values = new Map<string, Record<string, unknown>>();
  readonly #heap = new DueHeap();
  /** run id → the chain of routines that led to it; device → the chain of its last routine command. */
  readonly #chains = new Map<string, readonly string[]>();
  readonly #echo = new Map<string, { chain: readonly string[]; until: number }>();
  readonly runner: Runner;
  /** Speakers of satellites that faces register (announcements sound there). */
  readonly announcers = new Announcers();
  #timer: NodeJS.Timeout | null = null;
  #unsubscribe: Array<() => void> = [];
  #gen = 0;
  #stopped = false;

  constructor(runtime: HomeRuntime, gate: HomeGate, ctx: HubContext, opts: RoutineEngineOptions = {}) {
    this.runtime = runtime;
    this.gate = gate;
    this.#ctx = ctx;
    this.#graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
    this.#records = new RoutineRecords(ctx.store, runtime.id);
    this.runner = new Runner({
      runtime,
      gate,
      ctx,
      entry: (id) => this.#entries.get(id),
      run: (id, cause, chain) => this.run(id, cause, chain),
      track: (runId, chain, device) => {
        // Kept while the run's state changes (and their vendor echoes) can still arrive.
        if (!this.#chains.has(runId)) setTimeout(() => this.#chains.delete(runId), ECHO_MS).unref();
        this.#chains.set(runId, chain);
        if (device) this.#echo.set(device, { chain, until: performance.now() + ECHO_MS });
      },
      speaker: (satellite) => this.announcers.get(satellite),
    });
  }

  /** Loads the stored routines and the home file's, indexes them, and runs what was missed. */
  async start(): Promise<void> {
    const stored = await this.#records.all();
    for (const s of stored) if (s.routine.createdVia !== 'home-file') this.#put(s.routine, s.by);
    const fileBy: Principal = { kind: 'local', home: this.runtime.id, id: 'home-file' };
    const keptEnabled = new Map(
      stored.filter((s) => s.routine.createdVia === 'home-file').map((s) => [s.routine.id, s]),
    );
    const fromFile: Routine[] = [];
    for (const input of this.runtime.file.routines ?? []) {
      const old = keptEnabled.get(input.id as string);
      const routine = buildRoutine(
        input,
        fileBy,
        'home-file',
        old?.routine.createdAt ?? this.#ctx.clock.now(),
      );
      if (old) routine.enabled = old.routine.enabled;
      this.#put(routine, fileBy);
      fromFile.push(routine);
    }
    for (const routine of fromFile) {
      try {
        this.#check(routine, fileBy);
      } catch (err) {
        throw new HubError(
          'invalid-request',
          400,
          `home file routine '${routine.id}': ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      await this.#records.save({ routine, by: fileBy });
    }
    for (const s of keptEnabled.values())
      if (!(this.runtime.file.routines ?? []).some((r) => r.id === s.routine.id))
        await this.#records.remove(s.routine.id);
    const bus = this.#ctx.bus;
    this.#unsubscribe.push(
      bus.on(
        'stateChanged',
        (e) => {
          if (e.home === this.runtime.id) this.#onState(e.device, e.patches, e.origin);
        },
        undefined,
        this.runtime.id,
      ),
      bus.on(
        'deviceAdded',
        (e) => {
          if (e.home === this.runtime.id) this.#prime(e.device.id);
        },
        undefined,
        this.runtime.id,
      ),
    );
    const sub = this.#ctx.clock.subscribe?.(() => this.#arm());
    if (sub) this.#unsubscribe.push(sub);
    await this.#catchUp();
    this.#arm();
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const u of this.#unsubscribe) u();
    this.#unsubscribe = [];
  }

  list(): Routine[] {
    return [...this.#entries.values()].map((e) => e.routine);
  }

  get(id: string): Routine | undefined {
    return this.#entries.get(id)?.routine;
  }

  /** The principal a routine acts as (its creator). */
  creatorOf(id: string): Principal | undefined {
    return this.#entries.get(id)?.by;
  }

  lastRuns(id: string): RoutineRun[] {
    return this.runner.lastRuns(id);
  }

  /** Creates a routine as `by` (checked against the home, the gate and the other routines), and keeps it. */
  async create(input: RoutineInput, by: Principal, via: CreatedVia): Promise<Routine> {
    if (input.id !== undefined && this.#entries.has(input.id))
      throw new HubError('conflict', 409, `a routine '${input.id}' exists already`);
    const routine = buildRoutine(input, by, via, this.#ctx.clock.now());
    this.#check(routine, by);
    this.#put(routine, by);
    await this.#records.save({ routine, by });
    return routine;
  }

  /** Checks a routine as `create` would, without keeping it (voice asks before creating). */
  preview(input: RoutineInput, by: Principal, via: CreatedVia): Routine {
    const routine = buildRoutine(input, by, via, this.#ctx.clock.now());
    this.#check(routine, by);
    return routine;
  }

  /** Changes a routine's fields; the result is checked as a new one would be. */
  async update(id: string, patch: Partial<RoutineInput>): Promise<Routine> {
    const e = this.#entries.get(id);
    if (!e) throw new HubError('unknown-routine', 404, `no routine '${id}'`);
    if (e.routine.createdVia === 'home-file' && Object.keys(patch).some((k) => k !== 'enabled'))
      throw new HubError(
        'conflict',
        409,
        `routine '${id}' comes from the home file: only 'enabled' can change here`,
      );
    const routine: Routine = { ...structuredClone(e.routine), ...structuredClone(patch), id };
    // Switching a routine off adds nothing to check (and must work after its creator's grants shrank).
    const offOnly = Object.keys(patch).every((k) => k === 'enabled') && patch.enabled === false;
    if (!offOnly) this.#check(routine, e.by);
    this.#put(routine, e.by);
    await this.#records.save({ routine, by: e.by });
    return routine;
  }

  async remove(id: string): Promise<void> {
    const e = this.#entries.get(id);
    if (!e) throw new HubError('unknown-routine', 404, `no routine '${id}'`);
    if (e.routine.createdVia === 'home-file')
      throw new HubError('conflict', 409, `routine '${id}' comes from the home file: remove it there`);
    const callers = [...(this.#callers.get(id) ?? [])];
    if (callers.length > 0)
      throw new HubError(
        'conflict',
        409,
        `routine '${id}' is run by ${callers.map((c) => `'${c}'`).join(', ')}`,
      );
    this.#unindex(e.routine);
    this.#unlink(e.routine);
    this.#entries.delete(id);
    this.runner.forget(id);
    await this.#records.remove(id);
  }

  /** Runs a routine now (the API's "run now", a phrase, another routine). */
  async run(id: string, cause: Cause, chain: readonly string[] = []): Promise<RoutineRun> {
    const e = this.#entries.get(id);
    if (!e) throw new HubError('unknown-routine', 404, `no routine '${id}'`);
    if (chain.includes(id))
      return this.runner.note(e.routine, e.by, cause, 'cut', `loop: ${[...chain, id].join(' → ')}`);
    if (chain.length >= MAX_CHAIN)
      return this.runner.note(e.routine, e.by, cause, 'cut', `runaway chain: ${[...chain, id].join(' → ')}`);
    return this.runner.run(e.routine, e.by, cause, chain);
  }

  /** The enabled routines a spoken phrase starts. */
  byPhrase(match: (phrase: string) => boolean): Routine[] {
    return this.list().filter(
      (r) => r.enabled && r.triggers.some((t) => t.type === 'phrase' && match(t.phrase)),
    );
  }

  #check(routine: Routine, by: Principal): void {
    if (!routine.name || routine.actions.length === 0)
      throw invalidRequest(
        describeProblems([{ path: ['actions'], message: 'must have at least one action' }]),
      );
    checkRoutineAgainstHome(routine, by, this.runtime, this.gate, (id) => this.#entries.get(id)?.routine);
    const loop = findLoop(routine, {
      get: (id) => this.#entries.get(id)?.routine,
      watchers: (key) => this.#byCluster.get(key) ?? [],
    });
    if (loop) throw new LoopError(loop);
  }

  #put(routine: Routine, by: Principal): void {
    const old = this.#entries.get(routine.id);
    if (old) {
      this.#unindex(old.routine);
      this.#unlink(old.routine);
    }
    const gen = ++this.#gen;
    this.#entries.set(routine.id, { routine, by, gen });
    for (const a of routine.actions) {
      if (a.type !== 'routine') continue;
      let set = this.#callers.get(a.routine);
      if (!set) {
        set = new Set();
        this.#callers.set(a.routine, set);
      }
      set.add(routine.id);
    }
    if (!routine.enabled) return;
    const now = this.#ctx.clock.now();
    routine.triggers.forEach((t, index) => {
      const w = watched(t);
      if (w) {
        for (const c of w.clusters) {
          const k = w.device + sep + c;
          let set = this.#byCluster.get(k);
          if (!set) {
            set = new Set();
            this.#byCluster.set(k, set);
            this.#primeCluster(w.device, c);
          }
          set.add(routine.id);
        }
      }
      const due = this.#nextDue(t, now);
      if (due !== null) this.#heap.push({ due, id: routine.id, index, gen });
    });
    this.#arm();
  }

  #unindex(routine: Routine): void {
    for (const t of routine.triggers) {
      const w = watched(t);
      if (!w) continue;
      for (const c of w.clusters) {
        const set = this.#byCluster.get(w.device + sep + c);
        set?.delete(routine.id);
        // Unwatched now: its cached values go stale, so the next routine on it primes them anew.
        if (set?.size === 0) this.#byCluster.delete(w.device + sep + c);
      }
    }
    // Heap entries of older generations are skipped when they come up.
  }

  #unlink(routine: Routine): void {
    for (const a of routine.actions)
      if (a.type === 'routine') {
        const set = this.#callers.get(a.routine);
        set?.delete(routine.id);
        if (set?.size === 0) this.#callers.delete(a.routine);
      }
  }

  #nextDue(t: Trigger, from: number, dir: 1 | -1 = 1): number | null {
    const tz = this.runtime.file.home.timezone;
    if (t.type === 'time') return timeDue(tz, t.at, t.weekdays, from, dir);
    const loc = this.runtime.file.home.location;
    if (t.type === 'sun' && loc) return sunDue(tz, loc, t.event, t.offsetMinutes ?? 0, t.weekdays, from, dir);
    return null;
  }

  #prime(device: string): void {
    const dev = this.runtime.device(device);
    if (!dev) return;
    for (const ep of dev.endpoints)
      for (const [cluster, attrs] of Object.entries(ep.clusters)) {
        if (!this.#byCluster.has(device + sep + cluster)) continue;
        this.#values.set(device + sep + ep.id + sep + cluster, { ...attrs });
      }
  }

  #primeCluster(device: string, cluster: string): void {
    for (const ep of this.runtime.device(device)?.endpoints ?? []) {
      const attrs = ep.clusters[cluster];
      if (attrs) this.#values.set(device + sep + ep.id + sep + cluster, { ...attrs });
    }
  }

  #chainOf(device: string, origin: string): readonly string[] {
    const hash = origin.startsWith('routine:') ? origin.indexOf('#') : -1;
    if (hash > 0) return this.#chains.get(origin.slice(hash + 1)) ?? [];
    const echo = this.#echo.get(device);
    if (echo && echo.until >= performance.now()) return echo.chain;
    return [];
  }

  #onState(device: string, patches: StatePatch[], origin: string): void {
    const t0 = performance.now();
    for (const p of patches) {
      const ids = this.#byCluster.get(device + sep + p.cluster);
      if (!ids || ids.size === 0) continue;
      const key = device + sep + p.endpoint + sep + p.cluster;
      const prev = this.#values.get(key) ?? {};
      const fired: Array<[string, number]> = [];
      for (const id of ids) {
        const e = this.#entries.get(id);
        if (!e) continue;
        const index = e.routine.triggers.findIndex(
          (t) => 'device' in t && t.device === device && fires(t, p.endpoint, p.cluster, prev, p.attributes),
        );
        if (index >= 0) fired.push([id, index]);
      }
      this.#values.set(key, { ...prev, ...p.attributes });
      if (fired.length === 0) continue;
      const chain = this.#chainOf(device, origin);
      for (const [id, index] of fired) {
        const e = this.#entries.get(id);
        const t = e?.routine.triggers[index];
        if (!e || !t) continue;
        if (!this.runner.conditionsHold(e.routine, this.#ctx.clock.now())) continue;
        this.#fire(id, { kind: t.type, index, detail: `${device} ${p.cluster}`, t0 }, chain);
      }
    }
  }

  #fire(id: string, cause: Cause, chain: readonly string[]): void {
    this.run(id, cause, chain).catch((err) =>
      this.#ctx.log.warn('routine run failed', { home: this.runtime.id, routine: id, err: String(err) }),
    );
  }

  #arm(): void {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const top = this.#heap.peek();
    if (!top) return;
    const wait = Math.max(0, Math.min(top.due - this.#ctx.clock.now(), MAX_SLEEP_MS));
    this.#timer = setTimeout(() => this.#tick(), wait);
    this.#timer.unref();
  }

  #tick(): void {
    this.#timer = null;
    const now = this.#ctx.clock.now();
    for (let top = this.#heap.peek(); top && top.due <= now; top = this.#heap.peek()) {
      this.#heap.pop();
      const e = this.#entries.get(top.id);
      if (!e || e.gen !== top.gen || !e.routine.enabled) continue;
      const t = e.routine.triggers[top.index];
      if (!t) continue;
      const next = this.#nextDue(t, Math.max(now, top.due));
      if (next !== null) this.#heap.push({ ...top, due: next });
      this.#records.setLastDue(top.id, top.due).catch(() => {});
      if (!this.runner.conditionsHold(e.routine, now)) {
        void this.runner.note(
          e.routine,
          e.by,
          { kind: t.type, index: top.index },
          'skipped',
          'conditions not met',
        );
        continue;
      }
      this.#fire(
        top.id,
        { kind: t.type, index: top.index, detail: new Date(top.due).toISOString(), t0: performance.now() },
        [],
      );
    }
    this.#arm();
  }

  /** Time triggers missed while the hub was down: run when younger than the grace, else logged as missed. */
  async #catchUp(): Promise<void> {
    const last = await this.#records.lastDue();
    const now = this.#ctx.clock.now();
    for (const e of this.#entries.values()) {
      if (!e.routine.enabled) continue;
      let latest: { due: number; index: number } | null = null;
      e.routine.triggers.forEach((t, index) => {
        const due = this.#nextDue(t, now, -1);
        if (due !== null && (!latest || due > latest.due)) latest = { due, index };
      });
      const l = latest as { due: number; index: number } | null;
      if (!l) continue;
      const taken = Math.max(last.get(e.routine.id) ?? 0, e.routine.createdAt);
      if (l.due <= taken) continue;
      await this.#records.setLastDue(e.routine.id, l.due);
      const t = e.routine.triggers[l.index] as Trigger;
      const cause = { kind: t.type, index: l.index, detail: `missed ${new Date(l.due).toISOString()}` };
      if (now - l.due <= this.#graceMs) this.#fire(e.routine.id, { ...cause, t0: performance.now() }, []);
      else
        await this.runner.note(
          e.routine,
          e.by,
          cause,
          'missed',
          `the hub was not running at ${new Date(l.due).toISOString()}`,
        );
    }
  }
}
