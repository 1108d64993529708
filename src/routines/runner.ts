/**
 * Running one routine: its conditions, then its actions in order, each through the gate as the
 * routine's principal (the creator's grants, never a PIN). A failed action does not stop the
 * others unless the routine says so (`stopOnError`). Every run is audited with what started it,
 * each action's outcome and the time it took, and published on the bus for the dashboard.
 */
import type { HomeGate } from '../gate/gate.js';
import type { Principal, RoutinePrincipal } from '../gate/types.js';
import type { HubContext } from '../hub/context.js';
import type { HomeRuntime } from '../hub/home-runtime.js';
import { MediaState } from '../model/devices.js';
import { isHubError } from '../model/errors.js';
import { timeOrderedId } from '../util/ids.js';
import type { Speak } from './announce.js';
import { inWindow } from './time.js';
import type { ActionRun, Condition, Routine, RoutineAction, RoutineRun } from './types.js';

/** A chain of routines started by one another longer than this is cut (and logged). */
export const MAX_CHAIN = 8;
const KEEP_RUNS = 20;

export interface Cause {
  kind: string;
  index?: number;
  detail?: string;
  /** performance.now() when the trigger was seen (for the trigger → first action latency). */
  t0?: number;
}

export interface RunnerHost {
  runtime: HomeRuntime;
  gate: HomeGate;
  ctx: HubContext;
  entry(id: string): { routine: Routine; by: Principal } | undefined;
  /** Runs another routine as part of a chain. */
  run(id: string, cause: Cause, chain: readonly string[]): Promise<RoutineRun>;
  /** Registers a run's chain under its run id, so the state changes its commands cause carry it. */
  track(runId: string, chain: readonly string[], devices: string | null): void;
  /** The speaker of a satellite (src/routines/announce.ts), when a face registered one. */
  speaker(satellite: string): Speak | undefined;
}

export const principalOf = (home: string, routine: Routine, by: Principal): RoutinePrincipal => ({
  kind: 'routine',
  home,
  id: routine.id,
  createdVia: routine.createdVia,
  via: by,
});

export const originOf = (routine: string, runId: string) => `routine:${routine}#${runId}`;

export class Runner {
  readonly #h: RunnerHost;
  readonly #runs = new Map<string, RoutineRun[]>();

  constructor(host: RunnerHost) {
    this.#h = host;
  }

  lastRuns(id: string): RoutineRun[] {
    return [...(this.#runs.get(id) ?? [])].reverse();
  }

  forget(id: string): void {
    this.#runs.delete(id);
  }

  /** Records a run that did not run its actions (skipped, missed, cut). */
  async note(routine: Routine, by: Principal, cause: Cause, outcome: RoutineRun['outcome'], reason: string) {
    const run: RoutineRun = {
      runId: timeOrderedId(this.#h.ctx.clock.now()),
      routine: routine.id,
      at: this.#h.ctx.clock.now(),
      trigger: triggerOf(cause),
      outcome,
      reason,
      actions: [],
      ms: 0,
    };
    if (outcome === 'cut' || outcome === 'missed')
      this.#h.ctx.log.warn(`routine ${outcome}`, { home: this.#h.runtime.id, routine: routine.id, reason });
    await this.#finish(routine, by, run);
    return run;
  }

  conditionsHold(routine: Routine, now: number): boolean {
    return routine.conditions.every((c) => this.#holds(c, now));
  }

  #holds(c: Condition, now: number): boolean {
    if (c.type === 'time')
      return inWindow(this.#h.runtime.file.home.timezone, now, c.after, c.before, c.weekdays);
    const dev = this.#h.runtime.device(c.device);
    const ep = dev?.endpoints.find((e) => (c.endpoint ? e.id === c.endpoint : c.cluster in e.clusters));
    const v = ep?.clusters[c.cluster]?.[c.attribute];
    if (v === undefined) return false;
    if (c.equals !== undefined && JSON.stringify(v) !== JSON.stringify(c.equals)) return false;
    if (c.above !== undefined && !(typeof v === 'number' && v > c.above)) return false;
    if (c.below !== undefined && !(typeof v === 'number' && v < c.below)) return false;
    return true;
  }

  async run(routine: Routine, by: Principal, cause: Cause, chain: readonly string[]): Promise<RoutineRun> {
    const { ctx } = this.#h;
    const runId = timeOrderedId(ctx.clock.now());
    const mine = [...chain, routine.id];
    const run: RoutineRun = {
      runId,
      routine: routine.id,
      at: ctx.clock.now(),
      trigger: triggerOf(cause),
      outcome: 'success',
      actions: [],
      ms: 0,
    };
    const started = performance.now();
    const who = principalOf(this.#h.runtime.id, routine, by);
    let stop = false;
    for (const [index, action] of routine.actions.entries()) {
      if (stop) {
        run.actions.push({ index, type: action.type, status: 'skipped', at: ctx.clock.now(), ms: 0 });
        continue;
      }
      if (index === 0 && cause.t0 !== undefined) run.firstActionMs = performance.now() - cause.t0;
      const a = await this.#act(routine, who, action, index, runId, mine);
      run.actions.push(a);
      if (a.status === 'error' && routine.stopOnError) stop = true;
    }
    const errors = run.actions.filter((a) => a.status === 'error').length;
    run.outcome = errors === 0 ? 'success' : errors === routine.actions.length ? 'failed' : 'partial';
    run.ms = performance.now() - started;
    await this.#finish(routine, by, run);
    return run;
  }

  async #act(
    routine: Routine,
    who: RoutinePrincipal,
    action: RoutineAction,
    index: number,
    runId: string,
    chain: string[],
  ): Promise<ActionRun> {
    const { ctx, runtime, gate } = this.#h;
    const at = ctx.clock.now();
    const t = performance.now();
    const done = (extra: Partial<ActionRun>): ActionRun => ({
      index,
      type: action.type,
      status: 'success',
      at,
      ms: performance.now() - t,
      ...extra,
    });
    try {
      switch (action.type) {
        case 'command': {
          const d = gate.decide(who, {
            kind: 'command',
            device: action.device,
            cluster: action.cluster,
            command: action.command,
          });
          const base = { device: action.device, command: action.command };
          if (d.effect !== 'allow')
            return done({ ...base, status: 'error', error: { code: d.code, message: d.reason } });
          this.#h.track(runId, chain, action.device);
          const endpoint = action.endpoint ?? endpointFor(runtime, action.device, action.cluster);
          await runtime.command(
            action.device,
            { endpoint, cluster: action.cluster, command: action.command, args: action.args ?? {} },
            originOf(routine.id, runId),
          );
          return done(base);
        }
        case 'announce': {
          const satellite = announceTarget(runtime, action);
          if (!satellite)
            return done({
              status: 'error',
              error: { code: 'unknown-device', message: 'no player to announce on' },
            });
          ctx.bus.emit('routineAnnounced', {
            home: runtime.id,
            routine: routine.id,
            satellite,
            text: action.text,
          });
          const speak = this.#h.speaker(satellite);
          // No way to sound on that satellite: the announcement is shown on the dashboard only.
          if (!speak) return done({ text: action.text, device: satellite, spoken: false });
          // A player playing music pauses while it speaks (when the routine may pause it), then plays on.
          const resume = await this.#duck(routine, who, satellite, runId, chain);
          try {
            const spoken = await speak(action.text);
            return done({ text: action.text, device: satellite, spoken: true, bytes: spoken.bytes });
          } finally {
            await resume();
          }
        }
        case 'notice':
          ctx.bus.emit('routineNotice', { home: runtime.id, routine: routine.id, text: action.text });
          return done({ text: action.text });
        case 'delay':
          await new Promise((r) => setTimeout(r, action.seconds * 1000));
          return done({});
        case 'routine': {
          const sub = await this.#h.run(action.routine, { kind: 'routine', detail: routine.id }, chain);
          return sub.outcome === 'success'
            ? done({})
            : done({ status: 'error', error: { code: `routine-${sub.outcome}`, message: sub.reason ?? '' } });
        }
      }
    } catch (err) {
      const code = isHubError(err) ? err.code : 'internal';
      return done({
        status: 'error',
        error: { code, message: err instanceof Error ? err.message : String(err) },
      });
    }
  }

  /**
   * Pauses a player satellite that is playing (as the routine, through the gate); returns the
   * resume. Its state changes carry the run's chain, as a command action's do (loops are cut).
   */
  async #duck(routine: Routine, who: RoutinePrincipal, satellite: string, runId: string, chain: string[]) {
    const { runtime, gate } = this.#h;
    const noop = async () => {};
    const ep = runtime.device(satellite)?.endpoints.find((e) => 'MediaPlayback' in e.clusters);
    if (!ep || ep.clusters.MediaPlayback?.CurrentState !== MediaState.Playing) return noop;
    const send = (command: string) => {
      const d = gate.decide(who, { kind: 'command', device: satellite, cluster: 'MediaPlayback', command });
      if (d.effect !== 'allow') return Promise.resolve(false);
      this.#h.track(runId, chain, satellite);
      return runtime
        .command(
          satellite,
          { endpoint: ep.id, cluster: 'MediaPlayback', command, args: {} },
          originOf(routine.id, runId),
        )
        .then(
          () => true,
          () => false,
        );
    };
    return (await send('Pause')) ? async () => void (await send('Play')) : noop;
  }

  async #finish(routine: Routine, by: Principal, run: RoutineRun): Promise<void> {
    const { ctx, runtime } = this.#h;
    const list = this.#runs.get(routine.id) ?? [];
    list.push(run);
    if (list.length > KEEP_RUNS) list.shift();
    this.#runs.set(routine.id, list);
    ctx.bus.emit('routineRan', { home: runtime.id, routine: routine.id, run });
    await ctx.store
      .appendAudit(runtime.id, {
        at: run.at,
        kind: 'routine',
        assistant: null,
        satellite: null,
        conversationId: null,
        principal: routine.createdBy,
        text: routine.name,
        decision: run.outcome,
        outcome: run,
      })
      .catch((err) => ctx.log.warn('could not audit a routine run', { err: String(err) }));
    void by;
  }
}

function triggerOf(c: Cause): RoutineRun['trigger'] {
  return {
    kind: c.kind,
    ...(c.index !== undefined ? { index: c.index } : {}),
    ...(c.detail !== undefined ? { detail: c.detail } : {}),
  };
}

/** The endpoint of a device that has a cluster (the first one), when an action names none. */
export function endpointFor(runtime: HomeRuntime, device: string, cluster: string): string {
  const d = runtime.device(device);
  return d?.endpoints.find((e) => cluster in e.clusters)?.id ?? d?.endpoints[0]?.id ?? '1';
}

/**
 * The satellite an announcement is spoken on: the one named, else the one in the device's area. A
 * satellite can announce when it is a player or has a Wyoming link (`wyoming:`, a speaker of its
 * own); in an area, one with a Wyoming link is preferred (it sounds, a bare player only shows).
 */
export function announceTarget(
  runtime: HomeRuntime,
  a: { satellite?: string; device?: string },
): string | null {
  const players = runtime.file.satellites
    .filter((s) => s.player || s.wyoming !== undefined)
    .sort((x, y) => Number(y.wyoming !== undefined) - Number(x.wyoming !== undefined));
  if (a.satellite) return players.some((s) => s.id === a.satellite) ? a.satellite : null;
  if (a.device) {
    if (players.some((s) => s.id === a.device)) return a.device;
    const area = runtime.device(a.device)?.area ?? null;
    return players.find((s) => s.area !== null && s.area === area)?.id ?? null;
  }
  return players.find((s) => s.area !== null)?.id ?? players[0]?.id ?? null;
}
