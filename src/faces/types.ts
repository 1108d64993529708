/**
 * A northbound face: one way the outside world reaches the hub — the REST API, conversation turns,
 * Open Floor (with legacy OVON), the MQTT export, and every later one (Matter, Wyoming, each partner
 * platform). Every face has this one shape, is switched on by `serve`'s settings (`src/faces/index.ts`),
 * never imports another face, and asks the gate (`HomeHandle.gate`) for every decision.
 */
import type { Hub } from '../hub/hub.js';
import type { RouteGroup } from '../server/app.js';

export interface Face {
  readonly name: string;
  /** HTTP routes the face serves on the hub's API server (registered before it listens). */
  readonly routes?: RouteGroup;
  /** Starts what the face runs beside HTTP (a broker connection, a socket…), once the hub has started. */
  start?(hub: Hub): Promise<void>;
  /** Stops it (before the hub stops). */
  stop?(): Promise<void>;
  /** Called once the API server listens (`serve` printed its address): work that could wait starts. */
  listening?(): void;
}

/** Starts faces in order; the returned function stops them in reverse order. */
export async function startFaces(hub: Hub, faces: Face[]): Promise<() => Promise<void>> {
  const started: Face[] = [];
  const stopAll = async () => {
    for (const f of started.reverse()) await f.stop?.().catch(() => {});
  };
  try {
    for (const f of faces) {
      await f.start?.(hub);
      started.push(f);
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  return stopAll;
}
