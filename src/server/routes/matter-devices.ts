/**
 * Pairing a Matter device onto the home's own fabric (the hub as a Matter controller): the owner
 * gives its pairing code, name and area; the hub commissions it over IP and adds it as a device
 * of the connection `matter` (src/hub/matter-devices.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { type PairRequest, pairMatterDevice } from '../../hub/matter-devices.js';
import { authorize } from '../auth.js';
import { errorSchema, homeParams } from '../schemas.js';

const pairBody = {
  type: 'object',
  required: ['pairingCode', 'name'],
  additionalProperties: false,
  properties: {
    pairingCode: {
      type: 'string',
      minLength: 11,
      maxLength: 64,
      description:
        "the device's manual pairing code (11 or 21 digits, dashes allowed) or its QR code text (MT:…)",
    },
    name: { type: 'string', minLength: 1, maxLength: 64, description: 'the name people call it by' },
    area: {
      type: ['string', 'null'],
      maxLength: 64,
      description: "the area it is in: the area's id, name or alias",
    },
    aliases: { type: 'array', maxItems: 16, items: { type: 'string', minLength: 1, maxLength: 64 } },
    address: {
      type: 'string',
      maxLength: 64,
      description: "the device's ip:port ([ipv6]:port) when it is known; else the hub finds it by mDNS",
    },
  },
} as const;

export function matterDeviceRoutes(app: FastifyInstance, hub: Hub): void {
  app.post<{ Params: { home: string }; Body: PairRequest }>(
    '/api/v1/homes/:home/matter/devices',
    {
      schema: {
        summary: "Commissions a Matter device onto the home's own fabric and adds it as a device (owner)",
        description:
          'The hub, as a Matter controller, commissions the device over IP (discovered by mDNS, or at `address`), reads its endpoints and clusters from the device, subscribes to them and adds it with connection `matter`. A malformed pairing code, an unknown area or a code the device refuses is 400 `invalid-request`; no device answering is 503 `device-offline`; any other commissioning failure is 502 `vendor-error`. Nothing changes in the home when it fails.',
        params: homeParams,
        body: pairBody,
        response: {
          201: { type: 'object', properties: { id: { type: 'string' } } },
          '4xx': errorSchema,
          '5xx': errorSchema,
        },
      },
    },
    async (req, reply) => {
      const { home } = authorize(hub, req, req.params.home, 'admin');
      const { id } = await pairMatterDevice(home.runtime, hub.dataDir, req.body);
      reply.code(201);
      return { id };
    },
  );
}
