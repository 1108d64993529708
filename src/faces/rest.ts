/**
 * The REST face: the home's devices (read and command), its event stream, and the home's own
 * description, audit and command logs, under /api/v1/homes/{home}. Access is the gate's, asked by
 * the guard every such request passes (src/server/auth.ts) and, for commands, per command.
 */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../hub/hub.js';
import { deviceRoutes } from '../server/routes/devices.js';
import { eventRoutes } from '../server/routes/events.js';
import { homeRoutes } from '../server/routes/home.js';
import { routineRoutes } from '../server/routes/routines.js';
import type { Face } from './types.js';

export const restFace: Face = {
  name: 'rest',
  routes: (app: FastifyInstance, hub: Hub) => {
    deviceRoutes(app, hub);
    homeRoutes(app, hub);
    eventRoutes(app, hub);
    routineRoutes(app, hub);
  },
};
