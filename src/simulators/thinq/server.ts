/**
 * The LG ThinQ Connect-style HTTP server: `GET /devices`, `GET /devices/{id}/profile`,
 * `GET /devices/{id}/state`, `POST /devices/{id}/control`, with LG's headers, envelopes and error
 * codes, plus a small test-only control surface under `/__sim` (see README.md here).
 * Knows nothing of the hub.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { readBodyText } from '../body.js';
import { type StateFile, stateFile } from '../state-file.js';
import type { SimulatorHandle, SimulatorOptions } from '../types.js';
import { AirConditioner } from './aircon.js';
import { Refrigerator } from './fridge.js';
import { checkControl, LgError } from './lg.js';
import { isRecord, type Product, type ProductSeed, type RawState } from './product.js';
import { AirPurifier } from './purifier.js';
import { Washer } from './washer.js';

const PRODUCTS: Record<string, new (seed: ProductSeed) => Product> = {
  refrigerator: Refrigerator,
  'air-conditioner': AirConditioner,
  washer: Washer,
  'air-purifier': AirPurifier,
};

export const SUPPORTED_TYPES = Object.keys(PRODUCTS);

const REQUIRED_HEADERS = [
  'x-country',
  'x-message-id',
  'x-client-id',
  'x-api-key',
  'x-service-phase',
] as const;
/** LG message ids are 16 random bytes, URL-safe base64 without padding: 22 characters. */
const MESSAGE_ID = /^[A-Za-z0-9_-]{22}$/;
const MAX_BODY = 64 * 1024;

interface Faults {
  /** Every API answer waits this long (a slow or hung cloud). */
  delayMs: number;
  /** The next `count` API calls fail with this LG code. */
  failNext: { code: string; message: string; count: number; method?: string } | null;
  /** More API calls than this within one second answer 1306; null = unlimited. */
  maxCallsPerSecond: number | null;
}

/** Simulator settings, from `SimulatorOptions.settings`. */
export interface ThinqSimulatorSettings {
  /** Simulated seconds per real second (washer countdown, temperature drift). Default 1. */
  timeScale?: number;
  /** Rate limit of the API (1306 beyond it). Default unlimited. */
  maxCallsPerSecond?: number;
}

type Json = Record<string, unknown> | unknown[];

/**
 * The state file: each appliance's vendor view (the seed's state keys) and whether it is linked to
 * the cloud, by device id, and the moment that state was current (time passes while the simulator
 * is down, as it does for a real appliance).
 */
interface SavedState {
  savedAt: string;
  devices: Record<string, { connected: boolean; state: RawState }>;
}

export class ThinqSimulator implements SimulatorHandle {
  url = '';
  readonly #products = new Map<string, Product>();
  readonly #sockets = new Set<Socket>();
  readonly #host: string;
  readonly #token: string | undefined;
  readonly #timeScale: number;
  #port: number;
  #server: Server | null = null;
  #last = performance.now();
  #calls: number[] = [];
  #faults: Faults;
  readonly #saved: StateFile<SavedState>;

  constructor(opts: SimulatorOptions) {
    this.#host = opts.host ?? '127.0.0.1';
    this.#port = opts.port ?? 0;
    this.#token = opts.token || undefined;
    const settings = opts.settings ?? {};
    const scale = settings.timeScale;
    this.#timeScale = typeof scale === 'number' && scale > 0 ? scale : 1;
    const max = settings.maxCallsPerSecond;
    this.#faults = { delayMs: 0, failNext: null, maxCallsPerSecond: typeof max === 'number' ? max : null };
    this.#saved = stateFile(opts.stateFile, () => this.#snapshot());
    const saved: unknown = this.#saved.load();
    const devices = isRecord(saved) && isRecord(saved.devices) ? saved.devices : {};
    for (const seed of opts.devices) {
      const Ctor = PRODUCTS[seed.type];
      if (!Ctor) {
        throw new Error(
          `thinq simulator: device '${seed.externalId}' has type '${seed.type}'; supported: ${SUPPORTED_TYPES.join(', ')}`,
        );
      }
      const product = new Ctor(seed as ProductSeed);
      // A saved vendor view overwrites the seed's, key by key where it fits.
      const was = Object.hasOwn(devices, seed.externalId) ? devices[seed.externalId] : undefined;
      if (isRecord(was) && isRecord(was.state)) product.set(was.state);
      if (isRecord(was) && typeof was.connected === 'boolean') product.connected = was.connected;
      this.#products.set(seed.externalId, product);
    }
    // The time since the state was saved passes at the first tick, as after an in-process stop.
    const savedAt =
      isRecord(saved) && typeof saved.savedAt === 'string' ? Date.parse(saved.savedAt) : Number.NaN;
    if (savedAt < Date.now()) this.#last -= Date.now() - savedAt;
  }

  /** Listens (again, on the same port after a stop); device state survives a stop/start. */
  async start(): Promise<void> {
    if (this.#server) return;
    const server = createServer({ noDelay: true }, (req, res) => {
      this.#handle(req, res).catch(() => res.destroy());
    });
    server.keepAliveTimeout = 5_000;
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, this.#host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const addr = server.address();
    if (addr && typeof addr === 'object') this.#port = addr.port;
    const host = this.#host === '0.0.0.0' || this.#host === '::' ? '127.0.0.1' : this.#host;
    this.url = `http://${host.includes(':') ? `[${host}]` : host}:${this.#port}`;
    this.#server = server;
  }

  /** Closes the server and every open socket at once, and writes a pending state change. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of this.#sockets) socket.destroy();
      this.#sockets.clear();
      await closed;
    }
    this.#saved.flush();
  }

  /** The vendor view of one device (seed keys), for in-process tests and the CLI. */
  raw(id: string): Record<string, unknown> | undefined {
    this.#tick();
    return this.#products.get(id)?.raw();
  }

  #tick(): void {
    const now = performance.now();
    const seconds = ((now - this.#last) / 1000) * this.#timeScale;
    this.#last = now;
    if (seconds > 0) this.#advance(seconds);
  }

  /** Lets simulated time pass for every appliance (washer cycle, drifting temperatures, PM). */
  #advance(seconds: number): void {
    let changed = false;
    for (const p of this.#products.values()) changed = p.elapse(seconds) || changed;
    if (changed) this.#saved.changed();
  }

  #snapshot(): SavedState {
    const devices: SavedState['devices'] = {};
    for (const p of this.#products.values()) devices[p.id] = { connected: p.connected, state: p.raw() };
    // The state is that of the last tick.
    const savedAt = new Date(Date.now() - (performance.now() - this.#last)).toISOString();
    return { savedAt, devices };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://sim').pathname.split('/').filter(Boolean);
    this.#tick();
    if (path[0] === '__sim') {
      await this.#handleSim(req, res, path.slice(1));
      return;
    }
    const messageId = headerOf(req, 'x-message-id') ?? '';
    try {
      this.#checkHeaders(req);
      this.#rateLimit();
      if (this.#faults.delayMs > 0) await sleep(this.#faults.delayMs);
      const injected = this.#faults.failNext;
      if (injected && (!injected.method || injected.method === req.method)) {
        injected.count -= 1;
        if (injected.count <= 0) this.#faults.failNext = null;
        throw LgError.ofCode(injected.code, injected.message);
      }
      const response = await this.#route(req, path);
      send(res, 200, { messageId, timestamp: new Date().toISOString(), response });
    } catch (err) {
      const e = err instanceof LgError ? err : new LgError('INTERNAL_SERVER_ERROR', String(err));
      send(res, e.status, {
        messageId,
        timestamp: new Date().toISOString(),
        error: { code: e.code, message: e.message },
      });
    }
  }

  #checkHeaders(req: IncomingMessage): void {
    const auth = headerOf(req, 'authorization');
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    if (!bearer || (this.#token !== undefined && bearer !== this.#token)) throw new LgError('INVALID_TOKEN');
    for (const name of REQUIRED_HEADERS) {
      if (!headerOf(req, name)) throw new LgError('INCORRECT_HEADER', `missing ${name}`);
    }
    if (!MESSAGE_ID.test(headerOf(req, 'x-message-id') ?? '')) throw new LgError('INVALID_MESSAGE_ID');
    if (!/^[A-Z]{2}$/.test(headerOf(req, 'x-country') ?? ''))
      throw new LgError('INCORRECT_HEADER', 'x-country');
    if (!['OP', 'QA'].includes(headerOf(req, 'x-service-phase') ?? '')) {
      throw new LgError('INCORRECT_HEADER', 'x-service-phase');
    }
  }

  #rateLimit(): void {
    const max = this.#faults.maxCallsPerSecond;
    if (max === null) return;
    const now = Date.now();
    this.#calls = this.#calls.filter((t) => now - t < 1000);
    if (this.#calls.length >= max) throw new LgError('EXCEEDED_API_CALLS');
    this.#calls.push(now);
  }

  async #route(req: IncomingMessage, path: string[]): Promise<unknown> {
    const [root, id, leaf, extra] = path;
    if (root !== 'devices' || extra !== undefined) throw notFound();
    if (id === undefined) {
      if (req.method !== 'GET') throw notFound();
      return [...this.#products.values()].map((p) => ({
        deviceId: p.id,
        deviceInfo: { deviceType: p.deviceType, modelName: p.modelName, alias: p.alias, reportable: true },
      }));
    }
    const product = this.#products.get(id);
    if (!product) throw new LgError('NOT_EXIST_DEVICE', id);
    if (req.method === 'GET' && leaf === 'profile') return product.profile();
    if (req.method === 'GET' && leaf === 'state') {
      if (!product.connected) throw new LgError('NOT_CONNECTED_DEVICE');
      return product.state();
    }
    if (req.method === 'POST' && leaf === 'control') {
      if (headerOf(req, 'x-conditional-control') !== 'true') {
        throw new LgError('INCORRECT_HEADER', 'x-conditional-control must be true');
      }
      const body = await readJson(req);
      if (!product.connected) throw new LgError('NOT_CONNECTED_DEVICE');
      product.control(checkControl(product.profile(), body));
      this.#saved.changed();
      return {};
    }
    throw notFound();
  }

  async #handleSim(req: IncomingMessage, res: ServerResponse, path: string[]): Promise<void> {
    const [what, id] = path;
    try {
      const body = req.method === 'POST' ? await readJson(req) : undefined;
      if (what === 'devices' && id === undefined && req.method === 'GET') {
        send(res, 200, [...this.#products.values()].map(simView));
        return;
      }
      const product = id === undefined ? undefined : this.#products.get(id);
      if (what === 'devices' && product) {
        if (req.method === 'POST' && isRecord(body)) {
          if (typeof body.connected === 'boolean') product.connected = body.connected;
          if (isRecord(body.state)) product.set(body.state);
          this.#saved.changed();
        }
        send(res, 200, simView(product));
        return;
      }
      if (what === 'faults' && req.method === 'POST' && isRecord(body)) {
        this.#setFaults(body);
        send(res, 200, { ...this.#faults });
        return;
      }
      if (what === 'advance' && req.method === 'POST' && isRecord(body) && typeof body.seconds === 'number') {
        // Time only moves forward (a negative step would cool a fridge towards its ambient).
        if (body.seconds < 0) {
          send(res, 400, { error: { code: 'bad-request', message: 'seconds must be ≥ 0' } });
          return;
        }
        this.#advance(body.seconds);
        send(res, 200, [...this.#products.values()].map(simView));
        return;
      }
      send(res, 404, { error: { code: 'not-found', message: `no simulator route ${path.join('/')}` } });
    } catch (err) {
      send(res, 400, { error: { code: 'bad-request', message: String(err) } });
    }
  }

  #setFaults(body: Record<string, unknown>): void {
    if (typeof body.delayMs === 'number') this.#faults.delayMs = Math.max(0, body.delayMs);
    if (body.maxCallsPerSecond === null || typeof body.maxCallsPerSecond === 'number') {
      this.#faults.maxCallsPerSecond = body.maxCallsPerSecond;
      this.#calls = [];
    }
    const fail = body.failNext;
    if (fail === null) this.#faults.failNext = null;
    else if (isRecord(fail) && typeof fail.code === 'string') {
      this.#faults.failNext = {
        code: fail.code,
        message: typeof fail.message === 'string' ? fail.message : 'Injected failure',
        count: typeof fail.count === 'number' ? fail.count : 1,
        ...(typeof fail.method === 'string' ? { method: fail.method.toUpperCase() } : {}),
      };
    }
  }
}

const simView = (p: Product) => ({ externalId: p.id, type: p.type, connected: p.connected, state: p.raw() });

const notFound = () => Object.assign(new LgError('BAD_REQUEST', 'no such resource'), { status: 404 });

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, body: Json): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBodyText(req, MAX_BODY);
  if (text === null) throw new LgError('BAD_REQUEST_FORMAT', 'body too large');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new LgError('BAD_REQUEST_FORMAT', 'body is not JSON');
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });
