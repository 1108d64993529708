/**
 * The Matter face (`serve --matter PORT`): every home of the hub is a Matter bridge node on UDP
 * PORT, PORT+1, … in `--home` order, with its fabrics under DATA/matter/<home>/ (kept across
 * restarts). A command from a fabric is the gate's principal `fabric` (grants of the assistant the
 * home file's `matter` section names for it). The owner sees the pairing codes and the fabrics,
 * and removes a fabric, at /api/v1/homes/{home}/matter.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { HubError } from '../../model/errors.js';
import type { Logger } from '../../util/log.js';
import type { Face } from '../types.js';
import type { HomeBridge } from './bridge.js';
import { matterEnvironment } from './env.js';
import { matterRoutes } from './routes.js';

export interface MatterOptions {
  /** UDP port of the first home's bridge. */
  port: number;
}

/** Routes matter.js's own log lines into the hub's log (debug below warnings). */
async function quietMatterLog(log: Logger): Promise<void> {
  const { Logger: MatterLogger, LogLevel, LogFormat } = await import('@matter/main');
  MatterLogger.level = LogLevel.NOTICE;
  MatterLogger.format = LogFormat.PLAIN;
  MatterLogger.log = (level, text) => {
    if (level >= LogLevel.WARN) log.warn(text.replace(/\s+/g, ' ').slice(0, 2000));
    else log.debug(text.replace(/\s+/g, ' ').slice(0, 2000));
  };
}

function setupOf(dir: string, home: string, fresh: () => { passcode: number; discriminator: number }) {
  const file = join(dir, `${home}.setup.json`);
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as { passcode?: unknown; discriminator?: unknown };
    if (typeof s.passcode === 'number' && typeof s.discriminator === 'number')
      return { passcode: s.passcode, discriminator: s.discriminator };
  } catch {
    // first start: a new setup code
  }
  const s = fresh();
  writeFileSync(file, JSON.stringify(s), { mode: 0o600 });
  chmodSync(file, 0o600);
  return s;
}

export function matterFace(opts: MatterOptions): Face {
  const bridges = new Map<string, HomeBridge>();
  return {
    name: 'matter',
    routes: (app: FastifyInstance, hub: Hub) => matterRoutes(app, hub, (home) => bridges.get(home)),
    async start(hub: Hub) {
      const dir = join(hub.dataDir, 'matter');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const log = hub.ctx.log.child({ part: 'matter' });
      await matterEnvironment(dir);
      await quietMatterLog(log);
      const { HomeBridge, newSetup } = await import('./bridge.js');
      let port = opts.port;
      for (const h of hub.homes()) {
        const b = new HomeBridge(h.runtime, h.gate, hub.ctx, port++, setupOf(dir, h.runtime.id, newSetup));
        try {
          await b.start();
        } catch (err) {
          await b.stop().catch(() => {});
          throw new HubError(
            'internal',
            500,
            `the Matter bridge of '${h.runtime.id}' did not start: ${String(err)}`,
          );
        }
        bridges.set(h.runtime.id, b);
        log.info('Matter bridge ready', { home: h.runtime.id, ...(await b.info()) });
      }
    },
    async stop() {
      for (const b of [...bridges.values()].reverse()) await b.stop().catch(() => {});
      bridges.clear();
    },
  };
}
