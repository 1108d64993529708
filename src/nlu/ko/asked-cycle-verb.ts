/**
 * "세탁기 멈춰 있어? 다시 돌려 줘", "청소기 청소하고 있어? 멈춰": after a question about a device that runs a
 * cycle (a washer, a robot vacuum), pausing, resuming or starting with no device named is that device's —
 * not the satellite's own player, which those verbs would otherwise imply (asked-and-request.ts).
 */
import type { HomeView, TurnContext, Understanding } from '../types.js';

const CYCLE_VERBS = new Set(['play', 'pause', 'resume', 'start', 'stop', 'clean', 'dock']);

/** The devices a question's answer read. */
export const askedIds = (q: Understanding): Set<string> =>
  new Set(
    q.intents.flatMap((i) =>
      i.intent === 'HassGetState' && Array.isArray(i.slots.devices) ? (i.slots.devices as string[]) : [],
    ),
  );

/** The question read a device that runs a cycle: a cycle verb said after it is that device's. */
export function cycleAsked(q: Understanding, home: HomeView): boolean {
  const ids = askedIds(q);
  return home.devices.some(
    (d) =>
      ids.has(d.id) && d.endpoints.some((e) => e.clusters.OperationalState || e.clusters.RvcOperationalState),
  );
}

/** The verb alone implies the request's device ("멈춰", "다시 돌려"). */
export const cycleVerb = (verb: string): boolean => CYCLE_VERBS.has(verb);

/** The engine, called again on a part of the turn. */
export type Understand = (text: string, home: HomeView, ctx: TurnContext) => Understanding;

/** The request said again of the one cycle device the question read ("세탁기 다시 돌려"), when it acts on it alone. */
export function cycleRequest(
  q: Understanding,
  rText: string,
  home: HomeView,
  ctx: TurnContext,
  understand: Understand,
): Understanding | null {
  const ids = askedIds(q);
  const cyc = home.devices.filter(
    (d) =>
      ids.has(d.id) && d.endpoints.some((e) => e.clusters.OperationalState || e.clusters.RvcOperationalState),
  );
  const [d] = cyc;
  if (cyc.length !== 1 || !d) return null;
  const r = understand(`${d.name} ${rText}`, home, ctx);
  return r.understood && r.actions.length && !r.ask && r.actions.every((a) => a.deviceId === d.id) ? r : null;
}
