/** The WebSocket stream of one home's events: every bus event of that home as one JSON message. */
import type { FastifyInstance } from 'fastify';
import type { BusEventName } from '../../bus/types.js';
import type { Hub } from '../../hub/hub.js';
import { authorize, bearer } from '../auth.js';
import { toReply } from '../errors.js';
import { homeParams } from '../schemas.js';

const STREAMED: BusEventName[] = [
  'deviceAdded',
  'deviceRemoved',
  'stateChanged',
  'onlineChanged',
  'commandExecuted',
  'turnHandled',
  'dialogStateChanged',
  'connectionStateChanged',
  'routineRan',
  'routineAnnounced',
  'routineNotice',
];

export function eventRoutes(app: FastifyInstance, hub: Hub): void {
  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/events',
    {
      websocket: true,
      schema: {
        summary: "WebSocket stream of the home's events (token in Authorization or ?access_token=)",
        params: homeParams,
      },
    },
    (socket, req) => {
      // A fleet's home (served here or by another node): its events come from NATS (src/fleet).
      if (hub.remote?.has(req.params.home)) {
        hub.remote.streamEvents(socket, req.params.home, bearer(req));
        return;
      }
      let homeId: string;
      let access: ReturnType<typeof authorize>;
      try {
        access = authorize(hub, req, req.params.home, 'events');
        homeId = access.home.runtime.id;
      } catch (err) {
        const { status, body } = toReply(err);
        socket.send(JSON.stringify({ type: 'error', status, ...body }));
        socket.close(status === 401 ? 4401 : status === 403 ? 4403 : 4404, body.error.code);
        return;
      }
      const owner = {};
      for (const name of STREAMED) {
        hub.ctx.bus.on(
          name,
          (payload) => {
            if ((payload as { home: string }).home !== homeId || socket.readyState !== 1) return;
            if (!access.valid()) {
              socket.close(4401, 'unauthorized');
              return;
            }
            if (!access.seesEvent(payload)) return;
            socket.send(JSON.stringify({ type: name, at: hub.ctx.clock.now(), ...payload }));
          },
          owner,
          homeId,
        );
      }
      socket.send(JSON.stringify({ type: 'hello', home: homeId, at: hub.ctx.clock.now() }));
      socket.on('close', () => hub.ctx.bus.removeOwner(owner));
      socket.on('message', () => {});
    },
  );
}
