/**
 * The conversation face: `POST /api/v1/homes/{home}/conversation`, one turn of a spoken or typed
 * exchange. The turn acts as the satellite's assistant, carried by the token's principal; the gate
 * decides (in the pipeline) whether that principal may speak as that assistant and what the
 * assistant may do.
 */
import type { FastifyInstance } from 'fastify';
import type { TurnRequest } from '../hub/conversation.js';
import type { Hub } from '../hub/hub.js';
import { authorize } from '../server/auth.js';
import { idempotent } from '../server/idempotency.js';
import { conversationBody, errorSchema, homeParams } from '../server/schemas.js';
import type { Face } from './types.js';

function conversationRoute(app: FastifyInstance, hub: Hub): void {
  app.post<{ Params: { home: string }; Body: TurnRequest }>(
    '/api/v1/homes/:home/conversation',
    {
      schema: {
        summary: 'One turn of a spoken or typed exchange (wake word included in text)',
        params: homeParams,
        body: conversationBody,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      const { home, who } = authorize(hub, req, req.params.home, 'conversation');
      return idempotent(hub.ctx.store, home.runtime.id, 'turn', req, reply, hub.ctx.clock.now(), async () => {
        const { secret: _secret, ...body } = await home.conversation.turn(req.body, who);
        return { status: 200, body };
      });
    },
  );
}

export const conversationFace: Face = { name: 'conversation', routes: conversationRoute };
