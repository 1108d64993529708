/** Routes of proactive care and clean air (filled in below). */
import type { FastifyInstance } from 'fastify';
import type { HomeCare } from '../../care/home-care.js';
import type { Hub } from '../../hub/hub.js';

export function careRoutes(
  _app: FastifyInstance,
  _hub: Hub,
  _care: (home: string) => HomeCare | undefined,
): void {}
