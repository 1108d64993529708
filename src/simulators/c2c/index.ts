/**
 * A stand-in for an IPTV operator's cloud that serves cloud-to-cloud fulfillment in Google's
 * shapes (`POST /fulfillment`: SYNC, QUERY, EXECUTE, DISCONNECT), seeded with set-top boxes and
 * TVs. Knows nothing of the hub. See README.md in this folder for the test-only control surface.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBodyText } from '../body.js';
import { stateFile } from '../state-file.js';
import type { SimulatorFactory } from '../types.js';
import { type ExecuteCommand, type ExecuteResult, type FulfillmentRequest, Intent } from './protocol.js';
import { SetTopBox, type SetTopSeed, type SetTopState } from './settop.js';

const MAX_BODY = 1 << 20;
const DEVICE_TYPES = new Set(['settop', 'tv']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const protocolError = (requestId: string | undefined, debugString: string): HttpError =>
  new HttpError(400, {
    ...(requestId ? { requestId } : {}),
    payload: { errorCode: 'protocolError', debugString },
  });

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBodyText(req, MAX_BODY);
  if (text === null) throw protocolError(undefined, 'request body too large');
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw protocolError(undefined, 'request body is not JSON');
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The state file: each box's vendor view (as `GET /__sim/devices` shows it), by device id. */
interface SavedState {
  devices: Record<string, SetTopState>;
}

export const startC2cSimulator: SimulatorFactory = async (opts) => {
  const boxes = new Map<string, SetTopBox>();
  for (const seed of opts.devices) {
    if (!DEVICE_TYPES.has(seed.type))
      throw new Error(`c2c simulator: unsupported device type '${seed.type}'`);
    boxes.set(seed.externalId, new SetTopBox(seed as unknown as SetTopSeed));
  }
  const saved = stateFile<SavedState>(opts.stateFile, () => ({
    devices: Object.fromEntries([...boxes].map(([id, b]) => [id, b.state])),
  }));
  const loaded: unknown = saved.load();
  const savedDevices = isObject(loaded) && isObject(loaded.devices) ? loaded.devices : {};
  for (const [id, box] of boxes) {
    const was = Object.hasOwn(savedDevices, id) ? savedDevices[id] : undefined;
    if (isObject(was)) box.restore(was);
  }
  const settings = opts.settings ?? {};
  const manufacturer = typeof settings.manufacturer === 'string' ? settings.manufacturer : undefined;
  const agentUserId = typeof settings.agentUserId === 'string' ? settings.agentUserId : 'c2c-sim-user';

  const sync = () => ({ agentUserId, devices: [...boxes.values()].map((b) => b.sync(manufacturer)) });

  const query = (payload: Record<string, unknown>) => {
    const ids = Array.isArray(payload.devices) ? payload.devices : [];
    const devices: Record<string, unknown> = {};
    for (const d of ids) {
      const id = isObject(d) && typeof d.id === 'string' ? d.id : null;
      if (id === null) continue;
      devices[id] = boxes.get(id)?.query() ?? { online: false, status: 'ERROR', errorCode: 'deviceNotFound' };
    }
    return { devices };
  };

  // Read-only counters for fault tests (GET /__sim/stats): how many times the cloud was asked to act.
  const stats = {
    requests: {} as Record<string, number>,
    executions: 0,
    byDevice: {} as Record<string, number>,
  };

  const executeOne = (box: SetTopBox, cmd: ExecuteCommand): ExecuteResult => {
    stats.executions += 1;
    stats.byDevice[box.id] = (stats.byDevice[box.id] ?? 0) + 1;
    const before: SetTopState = { ...box.state };
    for (const ex of cmd.execution) {
      const out = box.execute(String(ex.command), isObject(ex.params) ? ex.params : {});
      if (!out.ok) {
        Object.assign(box.state, before);
        return { ids: [box.id], status: out.status, errorCode: out.errorCode, debugString: out.debugString };
      }
    }
    saved.changed();
    const { status: _status, ...states } = box.query();
    return { ids: [box.id], status: 'SUCCESS', states };
  };

  const execute = (requestId: string, payload: Record<string, unknown>) => {
    if (!Array.isArray(payload.commands)) throw protocolError(requestId, 'EXECUTE needs commands[]');
    const commands: ExecuteResult[] = [];
    for (const raw of payload.commands) {
      if (!isObject(raw) || !Array.isArray(raw.devices) || !Array.isArray(raw.execution)) {
        throw protocolError(requestId, 'each command needs devices[] and execution[]');
      }
      const cmd = raw as unknown as ExecuteCommand;
      for (const d of cmd.devices) {
        const box = boxes.get(String(d?.id));
        commands.push(
          box
            ? executeOne(box, cmd)
            : {
                ids: [String(d?.id)],
                status: 'ERROR',
                errorCode: 'deviceNotFound',
                debugString: 'unknown device',
              },
        );
      }
    }
    return { commands };
  };

  const fulfill = (body: unknown): unknown => {
    if (!isObject(body) || typeof body.requestId !== 'string' || !Array.isArray(body.inputs)) {
      throw protocolError(undefined, 'expected {requestId, inputs[]}');
    }
    const req = body as unknown as FulfillmentRequest;
    const input = req.inputs[0];
    if (!isObject(input)) throw protocolError(req.requestId, 'inputs[0] is missing');
    const payload = isObject(input.payload) ? input.payload : {};
    const intent = String(input.intent);
    stats.requests[intent] = (stats.requests[intent] ?? 0) + 1;
    switch (input.intent) {
      case Intent.Sync:
        return { requestId: req.requestId, payload: sync() };
      case Intent.Query:
        return { requestId: req.requestId, payload: query(payload) };
      case Intent.Execute:
        return { requestId: req.requestId, payload: execute(req.requestId, payload) };
      case Intent.Disconnect:
        return {};
      default:
        throw protocolError(req.requestId, `unknown intent '${String(input.intent)}'`);
    }
  };

  const control = (method: string, id: string | undefined, body: unknown): unknown => {
    if (id === undefined) {
      if (method !== 'GET') throw new HttpError(405, { error: 'method not allowed' });
      return Object.fromEntries([...boxes].map(([k, b]) => [k, b.state]));
    }
    const box = boxes.get(id);
    if (!box) throw new HttpError(404, { error: `no device '${id}'` });
    if (method === 'POST') {
      if (!isObject(body)) throw new HttpError(400, { error: 'expected a JSON object' });
      const err = box.control(body);
      if (err) throw new HttpError(400, { error: err });
      saved.changed();
    } else if (method !== 'GET') {
      throw new HttpError(405, { error: 'method not allowed' });
    }
    return box.state;
  };

  const authorized = (req: IncomingMessage): boolean => {
    if (!opts.token) return true;
    const auth = req.headers.authorization ?? '';
    return auth === `Bearer ${opts.token}`;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    try {
      const path = new URL(req.url ?? '/', 'http://sim').pathname;
      const sim = /^\/__sim\/devices(?:\/([^/]+))?\/?$/.exec(path);
      if (path === '/__sim/stats' && req.method === 'GET') return send(200, stats);
      if (path !== '/fulfillment' && !sim) throw new HttpError(404, { error: 'not found' });
      if (!authorized(req)) {
        res.setHeader('www-authenticate', 'Bearer');
        throw new HttpError(401, { error: 'invalid_token' });
      }
      const body = req.method === 'POST' ? await readJson(req) : undefined;
      if (sim)
        return send(200, control(req.method ?? 'GET', sim[1] ? decodeURIComponent(sim[1]) : undefined, body));
      if (req.method !== 'POST') throw new HttpError(405, { error: 'method not allowed' });
      send(200, fulfill(body));
    } catch (err) {
      if (err instanceof HttpError) send(err.status, err.body);
      else send(500, { payload: { errorCode: 'unknownError', debugString: String(err) } });
    }
  };

  const server = createServer({ noDelay: true }, (req, res) => void handle(req, res));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      saved.flush();
    },
  };
};
