/**
 * Matter devices the hub commissions onto its own fabric (the `matter` adapter): the connection
 * the hub adds for them, the list of paired devices (DATA/matter/<home>-controller.devices.json,
 * beside the fabric matter.js keeps in DATA/matter/<home>-controller), and pairing one more.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatterAdapter } from '../adapters/matter/index.js';
import type { ConnectionConfig, DeviceEntry, HomeFile } from '../home/types.js';
import { HubError, invalidRequest } from '../model/errors.js';
import type { HomeRuntime } from './home-runtime.js';

/** The connection id of the hub's own Matter fabric. */
export const MATTER_CONNECTION = 'matter';

export interface PairRequest {
  pairingCode: string;
  name: string;
  area?: string | null;
  aliases?: string[];
  /** `ip:port` (IPv6 as `[addr]:port`) of the device, to skip discovery. */
  address?: string;
}

const dirOf = (dataDir: string) => join(dataDir, 'matter');
const listFile = (dataDir: string, home: string) =>
  join(dirOf(dataDir), `${encodeURIComponent(home)}-controller.devices.json`);

/** The connection of a home's own fabric. */
export function matterConnection(dataDir: string, home: string): ConnectionConfig {
  return {
    id: MATTER_CONNECTION,
    adapter: 'matter',
    simulate: false,
    simulator: { devices: [] },
    settings: {
      storagePath: dirOf(dataDir),
      controllerId: `${home.replace(/[^A-Za-z0-9_-]/g, '_')}-controller`,
    },
  };
}

/** The devices paired before (none when the hub never paired one). */
export function pairedDevices(dataDir: string, home: string): DeviceEntry[] {
  const file = listFile(dataDir, home);
  if (!existsSync(file)) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as DeviceEntry[];
  return Array.isArray(list) ? list : [];
}

function savePaired(dataDir: string, home: string, list: DeviceEntry[]): void {
  mkdirSync(dirOf(dataDir), { recursive: true, mode: 0o700 });
  const file = listFile(dataDir, home);
  writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** The home file with the hub's paired Matter devices and their connection (unchanged when none). */
export function withPairedMatter(f: HomeFile, dataDir: string): HomeFile {
  const paired = pairedDevices(dataDir, f.home.id);
  if (paired.length === 0 || f.connections.some((c) => c.id === MATTER_CONNECTION)) return f;
  return {
    ...f,
    connections: [...f.connections, matterConnection(dataDir, f.home.id)],
    devices: [...f.devices, ...paired],
  };
}

/** `ip:port` or `[v6]:port` → its parts; throws invalid-request. */
export function parseAddress(text: string): { ip: string; port: number } {
  const m = /^\[([0-9a-fA-F:.%a-zA-Z]+)\]:(\d{1,5})$/.exec(text) ?? /^([0-9.]+):(\d{1,5})$/.exec(text);
  const port = Number(m?.[2]);
  if (!m || !(port > 0 && port < 65536))
    throw invalidRequest(`address must be ip:port or [ipv6]:port (got '${text}')`, { field: 'address' });
  return { ip: m[1] as string, port };
}

const queues = new WeakMap<HomeRuntime, Promise<unknown>>();

/**
 * Commissions a device onto the home's fabric and adds it to the home; resolves with its id. The
 * request is checked first (nothing changes on bad input); one pairing at a time per home.
 */
export async function pairMatterDevice(
  runtime: HomeRuntime,
  dataDir: string,
  req: PairRequest,
): Promise<{ id: string; ms: number }> {
  const { decodePairingCode } = await import('../adapters/matter/client.js');
  try {
    await decodePairingCode(req.pairingCode);
  } catch (err) {
    throw invalidRequest(`not a Matter pairing code: ${(err as Error).message}`, { field: 'pairingCode' });
  }
  const name = req.name.trim();
  if (name === '') throw invalidRequest('name must not be empty', { field: 'name' });
  let area: string | null = null;
  if (req.area !== undefined && req.area !== null) {
    const a = runtime.file.areas.find(
      (x) => x.id === req.area || x.name === req.area || x.aliases.includes(req.area as string),
    );
    if (!a) throw invalidRequest(`no area '${req.area}' in this home`, { field: 'area' });
    area = a.id;
  }
  const address = req.address === undefined ? undefined : parseAddress(req.address);
  const other = runtime.file.connections.find((c) => c.id === MATTER_CONNECTION);
  if (other && other.adapter !== 'matter')
    throw new HubError(
      'conflict',
      409,
      `the home file has a connection '${MATTER_CONNECTION}' of another kind`,
    );

  const prev = queues.get(runtime) ?? Promise.resolve();
  const run = prev
    .catch(() => {})
    .then(async () => {
      const adapter = (await runtime.ensureConnection(
        other ?? matterConnection(dataDir, runtime.id),
      )) as MatterAdapter | null;
      if (!adapter || typeof adapter.pair !== 'function')
        throw new HubError('device-offline', 503, "the hub's Matter controller did not start");
      const t0 = performance.now();
      const nodeId = await adapter.pair(req.pairingCode, address);
      const ms = performance.now() - t0;
      let n = 1;
      while (runtime.device(`matter-${n}`)) n++;
      const entry: DeviceEntry = {
        id: `matter-${n}`,
        connection: MATTER_CONNECTION,
        externalId: nodeId,
        name,
        aliases: req.aliases ?? [],
        area,
      };
      savePaired(dataDir, runtime.id, [...pairedDevices(dataDir, runtime.id), entry]);
      runtime.addDevice(entry);
      return { id: entry.id, ms };
    });
  queues.set(runtime, run);
  return await run;
}
