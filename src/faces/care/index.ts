/**
 * The care face: telemetry history (every attribute change kept, src/care/recorder.ts), proactive
 * care findings (src/care) and clean-air advice, with their routes. Started for every home once
 * the hub has started.
 */
import type { FastifyInstance } from 'fastify';
import { HomeCare } from '../../care/home-care.js';
import type { Hub } from '../../hub/hub.js';
import type { Face } from '../types.js';
import { careRoutes } from './care-routes.js';
import { historyRoute } from './history-route.js';

export interface CareFaceOptions {
  /** Telemetry batching (ms between writes); default 1000. */
  flushMs?: number;
  /** How often findings are evaluated (ms); default 5 minutes. */
  evaluateMs?: number;
}

export interface CareFace extends Face {
  /** The running care of a home (after start). */
  care(home: string): HomeCare | undefined;
}

export function careFace(opts: CareFaceOptions = {}): CareFace {
  const homes = new Map<string, HomeCare>();
  return {
    name: 'care',
    care: (home) => homes.get(home),
    routes: (app: FastifyInstance, hub: Hub) => {
      historyRoute(app, hub);
      careRoutes(app, hub, (home) => homes.get(home));
    },
    async start(hub: Hub) {
      for (const h of hub.homes()) {
        const care = new HomeCare(h, hub.ctx, opts);
        homes.set(h.runtime.id, care);
        await care.start();
      }
    },
    // The start-up baseline (HomeCare.start) is written from now on, or flushMs after the start.
    listening() {
      for (const c of homes.values()) c.recorder.writeLater();
    },
    async stop() {
      await Promise.all([...homes.values()].map((c) => c.stop()));
      homes.clear();
    },
  };
}
