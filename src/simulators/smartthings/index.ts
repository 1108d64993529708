/**
 * A stand-in for the Samsung SmartThings cloud REST API, seeded from a connection's
 * `simulator.devices`. Knows nothing of the hub. Paths may carry SmartThings' `/v1` prefix.
 *
 *   GET  /devices                              {items: [{deviceId, name, label, manufacturerName,
 *                                                deviceTypeName, components: [{id, label?, capabilities:
 *                                                [{id, version}], categories}]}], _links: {}}
 *   GET  /devices/{id}                         one device
 *   GET  /devices/{id}/status                  {components: {<component>: {<capability>: {<attr>: {value, unit?}}}}}
 *   GET  /devices/{id}/components/{c}/status   one component's status
 *   GET  /devices/{id}/health                  {deviceId, state: ONLINE | OFFLINE, lastUpdatedDate}
 *   POST /devices/{id}/commands                {commands: [{component, capability, command, arguments}]}
 *                                              → {results: [{id, status: 'ACCEPTED'}]}
 *
 * Auth: `Authorization: Bearer <token>` must match `opts.token` when one is set (401 otherwise);
 * with no token configured every request is accepted.
 * Errors: `{requestId, error: {code, message, details: [{code, target, message, details}]}}` —
 * 400 BadRequestError, 401 UnauthorizedError, 404 NotFoundError, 409 ConflictError "invalid device
 * state" (a command for a device whose health is OFFLINE; its status and health still answer),
 * 422 ConstraintViolationError (unknown component/capability/command, argument out of range).
 *
 * Test-only control surface (no auth):
 *   GET  /__sim/devices/{id}   {deviceId, health, state: <vendor view as in the home file>}
 *   POST /__sim/devices/{id}   body {health?: 'ONLINE' | 'OFFLINE', state?: {...vendor keys}}
 *
 * State file (`opts.stateFile`, see ../state-file.ts): `{<deviceId>: {health, components: {<component>:
 * {<capability>: {<attr>: {value, unit?}}}}}}` — each device's status without its static descriptions
 * (setpoint range, channel lineup and name). A seed device missing from the file starts from its seed;
 * a saved device no longer among the seeds is dropped.
 *
 * Settings (`opts.settings`): `timeScale` (simulated ms per real ms, default 1; e.g. 60 makes the
 * vacuum's battery move a percent per second), `tickMs` (real tick interval, default 250).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBodyText } from '../body.js';
import { type StateFile, stateFile } from '../state-file.js';
import type { SimulatorFactory, SimulatorHandle, SimulatorOptions } from '../types.js';
import { createSimDevice, type SavedDevice, type SimDevice, type StCommand } from './devices.js';
import {
  badRequest,
  constraintViolation,
  invalidDeviceState,
  notFound,
  SimError,
  unauthorized,
} from './errors.js';

interface Reply {
  status: number;
  body: unknown;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

function describe(d: SimDevice): Record<string, unknown> {
  return {
    deviceId: d.deviceId,
    name: d.name,
    label: d.label,
    manufacturerName: 'Samsung Electronics',
    deviceManufacturerCode: 'Samsung Electronics',
    deviceTypeName: d.deviceTypeName,
    type: 'OCF',
    components: d.components().map((c) => ({
      id: c.id,
      ...(c.label ? { label: c.label } : {}),
      capabilities: c.capabilities.map((id) => ({ id, version: 1 })),
      categories: c.categories.map((name) => ({ name, categoryType: 'manufacturer' })),
    })),
  };
}

function parseCommands(body: unknown): StCommand[] {
  const list = (body as { commands?: unknown } | null)?.commands;
  if (!Array.isArray(list) || list.length === 0)
    throw constraintViolation('commands', 'must be a non-empty list');
  return list.map((c, i) => {
    const cmd = c as Partial<StCommand> | null;
    if (!cmd || typeof cmd.capability !== 'string' || typeof cmd.command !== 'string') {
      throw constraintViolation(`commands[${i}]`, 'needs capability and command');
    }
    if (cmd.arguments !== undefined && !Array.isArray(cmd.arguments)) {
      throw constraintViolation(`commands[${i}].arguments`, 'must be a list');
    }
    return {
      component: typeof cmd.component === 'string' ? cmd.component : 'main',
      capability: cmd.capability,
      command: cmd.command,
      arguments: cmd.arguments ?? [],
    };
  });
}

class SmartThingsSimulator {
  readonly #devices = new Map<string, SimDevice>();
  readonly #token: string | undefined;
  readonly #file: StateFile<Record<string, SavedDevice>>;

  constructor(opts: SimulatorOptions) {
    this.#token = opts.token;
    this.#file = stateFile(opts.stateFile, () =>
      Object.fromEntries([...this.#devices].map(([id, d]) => [id, d.saved()])),
    );
    const saved: unknown = this.#file.load();
    for (const seed of opts.devices) {
      const d = createSimDevice(seed);
      if (typeof saved === 'object' && saved !== null && Object.hasOwn(saved, d.deviceId)) {
        d.restore((saved as Record<string, unknown>)[d.deviceId]);
      }
      d.onChange = () => this.#file.changed();
      this.#devices.set(d.deviceId, d);
    }
  }

  /** Writes a pending change of state now. */
  flush(): void {
    this.#file.flush();
  }

  tick(simMs: number): void {
    for (const d of this.#devices.values()) d.tick(simMs);
  }

  #device(id: string): SimDevice {
    const d = this.#devices.get(decodeURIComponent(id));
    if (!d) throw notFound(`device '${id}'`);
    return d;
  }

  handle(method: string, path: string, auth: string | undefined, body: unknown): Reply {
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === '__sim') return this.#control(method, parts.slice(1), body);
    if (parts[0] === 'v1') parts.shift();
    if (this.#token !== undefined && auth !== `Bearer ${this.#token}`) throw unauthorized();
    const [root, id, sub, comp, compSub] = parts;
    if (root !== 'devices') throw notFound(`path '${path}'`);
    if (id === undefined) {
      if (method !== 'GET') throw notFound(`${method} ${path}`);
      return ok({ items: [...this.#devices.values()].map(describe), _links: {} });
    }
    const d = this.#device(id);
    if (method === 'GET' && sub === undefined) return ok(describe(d));
    if (method === 'GET' && sub === 'status' && parts.length === 3) return ok(d.status());
    if (method === 'GET' && sub === 'components' && comp !== undefined && compSub === 'status') {
      const c = d.status().components[comp];
      if (!c) throw notFound(`component '${comp}'`);
      return ok(c);
    }
    if (method === 'GET' && sub === 'health') {
      return ok({ deviceId: d.deviceId, state: d.health, lastUpdatedDate: d.healthUpdated });
    }
    if (method === 'POST' && sub === 'commands') {
      const cmds = parseCommands(body);
      if (d.health === 'OFFLINE') throw invalidDeviceState();
      for (const c of cmds) d.execute(c);
      return ok({ results: cmds.map(() => ({ id: randomUUID(), status: 'ACCEPTED' })) });
    }
    throw notFound(`${method} ${path}`);
  }

  #control(method: string, parts: string[], body: unknown): Reply {
    const [root, id] = parts;
    if (root !== 'devices' || id === undefined) throw notFound('control path');
    const d = this.#device(id);
    if (method === 'POST') {
      const b = (body ?? {}) as { health?: unknown; state?: unknown };
      if (b.health !== undefined) {
        if (b.health !== 'ONLINE' && b.health !== 'OFFLINE')
          throw constraintViolation('health', 'ONLINE or OFFLINE');
        d.setHealth(b.health);
      }
      if (b.state && typeof b.state === 'object') d.setVendorState(b.state as Record<string, unknown>);
    } else if (method !== 'GET') {
      throw notFound(`${method} control path`);
    }
    return ok({ deviceId: d.deviceId, health: d.health, state: d.vendorState() });
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBodyText(req)) ?? '';
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('request body is not valid JSON');
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json;charset=utf-8' });
  res.end(text);
}

export const startSmartThingsSimulator: SimulatorFactory = async (opts) => {
  const sim = new SmartThingsSimulator(opts);
  const server = createServer({ noDelay: true }, (req, res) => {
    const requestId = randomUUID();
    void (async () => {
      try {
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://localhost');
        send(res, sim.handle(req.method ?? 'GET', url.pathname, req.headers.authorization, body));
      } catch (err) {
        const e =
          err instanceof SimError
            ? err
            : new SimError(500, 'InternalServerError', 'internal error in the simulator');
        send(res, {
          status: e.status,
          body: { requestId, error: { code: e.code, message: e.message, details: e.details } },
        });
      }
    })();
  });
  server.keepAliveTimeout = 5_000;

  const settings = opts.settings ?? {};
  const scale = typeof settings.timeScale === 'number' && settings.timeScale > 0 ? settings.timeScale : 1;
  const tickMs = typeof settings.tickMs === 'number' && settings.tickMs > 0 ? settings.tickMs : 250;
  const timer = setInterval(() => sim.tick(tickMs * scale), tickMs);
  timer.unref();

  const host = opts.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    clearInterval(timer);
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  const handle: SimulatorHandle = {
    url: `http://${urlHost}:${port}`,
    stop: async () => {
      clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      sim.flush();
    },
  };
  return handle;
};
