/**
 * The Clova Home extension face: `POST /partners/clova`, CEK's `ClovaHome` namespace with the
 * partner's token in `payload.accessToken`. `DiscoverAppliancesRequest`, control requests
 * (`TurnOnRequest` → `TurnOnConfirmation`, `SetTargetTemperatureRequest`, `SetChannelRequest`,
 * `IncrementVolumeRequest`…) and queries (`GetCurrentTemperatureRequest` →
 * `GetCurrentTemperatureResponse`…). Errors are Clova's error messages (`TargetOfflineError`,
 * `ValueOutOfRangeError`, `NoSuchTargetError`, `InvalidAccessTokenError`…), never a 5xx. Clova Home
 * has no PIN challenge, so an action needing the household PIN is refused (`ConditionsNotMetError`).
 *
 * When CEK's public key is configured (`clova.signatureKey`, or the PEM file named by
 * YEONDONG_CLOVA_SIGNATURE_KEY), every request must carry a valid `SignatureCEK` header (RSA
 * SHA-256 over the raw body); without a key the header is not checked.
 */
import { createPublicKey, type KeyObject, randomUUID, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import type { Face } from '../../types.js';
import { Failure, isObject, runIntent, sessionOf, visibleDevice, visibleDevices } from '../base.js';
import { featuresOf } from '../features.js';
import { clientStatus, partnerScope } from '../routes.js';
import { discovered, intentOf, queryOf } from './appliance.js';
import { CLOVA_ERRORS } from './types.js';

export const CLOVA_PATH = '/partners/clova';
const PLATFORM = 'clova';

const message = (name: string, payload: Record<string, unknown> = {}) => ({
  header: { messageId: randomUUID(), name, namespace: 'ClovaHome', payloadVersion: '1.0' },
  payload,
});

function errorMessage(err: unknown, rangeOf?: () => { minimumValue: number; maximumValue: number } | null) {
  const f = err instanceof Failure ? err : new Failure('vendor-error', 'the appliance did not answer');
  const name = CLOVA_ERRORS[f.code];
  const range = f.code === 'value-out-of-range' ? rangeOf?.() : null;
  return message(name, range ?? {});
}

async function handle(hub: Hub, body: unknown): Promise<Record<string, unknown>> {
  const header = isObject(body) && isObject(body.header) ? body.header : null;
  const payload = isObject(body) && isObject(body.payload) ? body.payload : null;
  if (!header || !payload || header.namespace !== 'ClovaHome' || typeof header.name !== 'string')
    return message('UnexpectedInformationReceivedError');
  const name = header.name;
  if (!name.endsWith('Request')) return message('UnsupportedOperationError');
  const s = sessionOf(hub, typeof payload.accessToken === 'string' ? payload.accessToken : null, PLATFORM);
  const action = name.slice(0, -'Request'.length);
  if (action === 'DiscoverAppliances') {
    const discoveredAppliances = visibleDevices(s).map((d) => discovered(s, d));
    return message('DiscoverAppliancesResponse', { discoveredAppliances });
  }
  if (action === 'HealthCheck') return message('HealthCheckResponse', { description: 'Yeondong hub' });
  const appliance = isObject(payload.appliance) ? payload.appliance : {};
  const d = visibleDevice(s, appliance.applianceId);
  const range = () => {
    const c = featuresOf(d).cabinets[0];
    return c ? { minimumValue: c.minC, maximumValue: c.maxC } : null;
  };
  try {
    const answer = queryOf(d, action, payload);
    if (answer) return message(`${action}Response`, answer);
    const intent = intentOf(d, action, payload);
    const after = await runIntent(s, d, intent);
    const confirmation: Record<string, unknown> = {};
    if (intent.kind === 'cabinet' || intent.kind === 'setpoint')
      confirmation.targetTemperature = { value: intent.celsius };
    if (intent.kind === 'channelNumber' || intent.kind === 'channelName') {
      const ch = isObject(after.endpoints[0]?.clusters.Channel?.CurrentChannel)
        ? (after.endpoints[0]?.clusters.Channel?.CurrentChannel as Record<string, unknown>)
        : {};
      confirmation.channel = { value: String(ch.MajorNumber ?? '') };
      confirmation.channelName = String(ch.Name ?? '');
    }
    return message(`${action}Confirmation`, confirmation);
  } catch (err) {
    return errorMessage(err, range);
  }
}

export interface ClovaFaceOptions {
  /** CEK's public key (PEM); requests are then checked against `SignatureCEK`. */
  signatureKey?: string;
}

export function clovaFromEnv(env: NodeJS.ProcessEnv = process.env): ClovaFaceOptions {
  const file = env.YEONDONG_CLOVA_SIGNATURE_KEY;
  return file ? { signatureKey: readFileSync(file, 'utf8') } : {};
}

function signatureOk(key: KeyObject, req: FastifyRequest): boolean {
  const sig = req.headers.signaturecek;
  const raw = (req as FastifyRequest & { rawBody?: string }).rawBody;
  if (typeof sig !== 'string' || typeof raw !== 'string') return false;
  try {
    return verify('sha256', Buffer.from(raw, 'utf8'), key, Buffer.from(sig, 'base64'));
  } catch {
    return false;
  }
}

export function clovaFace(opts: ClovaFaceOptions = {}): Face {
  const key = opts.signatureKey ? createPublicKey(opts.signatureKey) : null;
  return {
    name: 'partners-clova',
    routes: (app, hub) =>
      partnerScope(app, {
        onError: (err, _req, reply: FastifyReply) =>
          reply.code(clientStatus(err)).send(message('UnexpectedInformationReceivedError')),
        routes: (scope) => {
          // The raw body is kept for the signature check.
          scope.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
            (req as FastifyRequest & { rawBody?: string }).rawBody = body as string;
            try {
              done(null, JSON.parse(body as string));
            } catch {
              done(Object.assign(new Error('the body is not JSON'), { statusCode: 400 }), undefined);
            }
          });
          scope.post(
            CLOVA_PATH,
            {
              bodyLimit: 256 * 1024,
              schema: {
                summary:
                  'Clova Home extension (CEK ClovaHome namespace): DiscoverAppliances, control and query requests (the linked partner token in payload.accessToken; SignatureCEK checked when a key is configured)',
                tags: ['partners'],
              },
            },
            async (req, reply) => {
              if (key && !signatureOk(key, req))
                return reply
                  .code(401)
                  .send(message('InvalidAccessTokenError', { description: 'bad SignatureCEK' }));
              try {
                return await handle(hub, req.body);
              } catch (err) {
                return errorMessage(err);
              }
            },
          );
        },
      }),
  };
}
