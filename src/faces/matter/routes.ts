/** The owner's view of a home's Matter bridge: pairing codes and fabrics, and removing a fabric. */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { HubError } from '../../model/errors.js';
import { authorize } from '../../server/auth.js';
import { errorSchema, homeParams } from '../../server/schemas.js';
import type { HomeBridge } from './bridge.js';

const fabricSchema = {
  type: 'object',
  properties: {
    fabricIndex: { type: 'integer' },
    label: { type: 'string' },
    vendorId: { type: 'integer' },
  },
} as const;

const bridgeSchema = {
  type: 'object',
  properties: {
    bridge: {
      type: 'object',
      properties: {
        port: { type: 'integer' },
        manualPairingCode: { type: 'string' },
        qrPairingCode: { type: 'string' },
        commissioned: { type: 'boolean' },
        fabrics: { type: 'array', items: fabricSchema },
      },
    },
  },
} as const;

export function matterRoutes(
  app: FastifyInstance,
  hub: Hub,
  bridgeOf: (home: string) => HomeBridge | undefined,
): void {
  const bridge = (home: string): HomeBridge => {
    const b = bridgeOf(home);
    if (!b)
      throw new HubError(
        'not-supported-yet',
        404,
        `the Matter bridge of '${home}' is not running (serve --matter PORT)`,
      );
    return b;
  };
  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/matter',
    {
      schema: {
        summary: "The home's Matter bridge: port, pairing codes, fabrics (owner)",
        params: homeParams,
        response: { 200: bridgeSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home, 'admin');
      return { bridge: await bridge(home.runtime.id).info() };
    },
  );
  app.delete<{ Params: { home: string; fabricIndex: string } }>(
    '/api/v1/homes/:home/matter/fabrics/:fabricIndex',
    {
      schema: {
        summary: "Removes a fabric from the home's Matter bridge (owner); its controller loses access",
        params: {
          type: 'object',
          required: ['home', 'fabricIndex'],
          properties: {
            home: homeParams.properties.home,
            fabricIndex: { type: 'string', pattern: '^[0-9]{1,3}$' },
          },
        },
        response: { 200: bridgeSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home, 'admin');
      const b = bridge(home.runtime.id);
      const index = Number(req.params.fabricIndex);
      if (!(await b.removeFabric(index)))
        throw new HubError('invalid-request', 404, `no fabric ${index} on this bridge`);
      return { bridge: await b.info() };
    },
  );
}
