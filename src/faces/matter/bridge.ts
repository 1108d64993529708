/**
 * One home as a Matter bridge node: endpoint 0, an Aggregator, and one bridged endpoint per hub
 * endpoint (each with its own BridgedDeviceBasicInformation). Hub state reaches the node through the
 * bus; commands from fabrics go to the hub's command path through the gate (behaviors.ts).
 */
import { randomInt } from 'node:crypto';
import { Endpoint, ServerNode, VendorId } from '@matter/main';
import { BridgedDeviceBasicInformationServer } from '@matter/main/behaviors';
import * as Devices from '@matter/main/devices';
import { AggregatorEndpoint } from '@matter/main/endpoints';
import { FabricManager } from '@matter/main/protocol';
import { FabricIndex } from '@matter/main/types';
import type { HomeGate } from '../../gate/gate.js';
import type { FabricPrincipal } from '../../gate/types.js';
import { STATUS_OF } from '../../gate/types.js';
import type { HubContext } from '../../hub/context.js';
import type { HomeRuntime } from '../../hub/home-runtime.js';
import { HubError } from '../../model/errors.js';
import type { DeviceDescription, Endpoint as HubEndpoint } from '../../model/types.js';
import { behaviorFor, type Forward, forwarders, matterState } from './behaviors.js';
import { clusterModel, zeroOf } from './values.js';

export interface BridgeInfo {
  port: number;
  manualPairingCode: string;
  qrPairingCode: string;
  commissioned: boolean;
  fabrics: Array<{ fabricIndex: number; label: string; vendorId: number }>;
}

/** Hub extension device types shown as the closest standard one. */
const STANDARD_TYPE: Record<string, string> = { GasValve: 'WaterValve' };

const INVALID_PASSCODES = new Set([
  0, 11111111, 22222222, 33333333, 44444444, 55555555, 66666666, 77777777, 88888888, 99999999, 12345678,
  87654321,
]);

/** A new setup passcode and discriminator (kept in the node's storage after the first start). */
export function newSetup(): { passcode: number; discriminator: number } {
  let passcode = 0;
  while (INVALID_PASSCODES.has(passcode)) passcode = randomInt(1, 99999999);
  return { passcode, discriminator: randomInt(0, 4096) };
}

const clip = (s: string, n = 32) => {
  const chars = [...s];
  let out = '';
  for (const ch of chars) {
    if (Buffer.byteLength(out + ch) > n) break;
    out += ch;
  }
  return out;
};
const errorText = (err: unknown): string => {
  const e = err as { errors?: unknown[]; cause?: unknown };
  const text = e.errors ? `${String(err)}: ${e.errors.map(errorText).join('; ')}` : String(err);
  return e.cause ? `${text} (${errorText(e.cause)})` : text;
};
const endpointId = (device: string, ep: string) => `${device}__${ep}`.replace(/[^A-Za-z0-9_-]/g, '_');

interface Plan {
  type: unknown;
  options: Record<string, unknown>;
  clusters: Set<string>;
}

/**
 * Adjusts an endpoint's initial state after matter.js refused it: the attribute it names is dropped
 * (matter.js's default applies), or set to its type's zero when the specification requires a value.
 * False when the error names nothing to adjust.
 */
function repair(options: Record<string, unknown>, text: string, zeroed: Set<string>): boolean {
  const at =
    /\.([A-Za-z0-9]+)\.state\.([A-Za-z0-9]+)/.exec(text) ??
    /initializing \S*\.([A-Za-z0-9]+) \(Error: ([a-z][A-Za-z0-9]*)\b/.exec(text);
  if (!at) return false;
  const [, behavior, prop] = at as unknown as [string, string, string];
  if (!options[behavior]) options[behavior] = {};
  const state = options[behavior] as Record<string, unknown>;
  const key = `${behavior}.${prop}`;
  if (prop in state && !zeroed.has(key) && !/requires you to set/.test(text)) {
    delete state[prop];
    return true;
  }
  if (zeroed.has(key)) return false;
  const cluster = behavior.charAt(0).toUpperCase() + behavior.slice(1);
  const model = clusterModel(cluster)?.attributes.find((a) => a.propertyName === prop);
  if (!model) return false;
  zeroed.add(key);
  state[prop] = zeroOf(model, clusterModel(cluster), state);
  return true;
}

interface Bridged {
  endpoint: Endpoint;
  clusters: Set<string>;
  queue: Promise<unknown>;
}

export class HomeBridge {
  readonly home: HomeRuntime;
  readonly port: number;
  readonly #gate: HomeGate;
  readonly #ctx: HubContext;
  readonly #setup: { passcode: number; discriminator: number };
  readonly #owner = {};
  readonly #devices = new Map<string, Map<string, Bridged>>();
  #node: ServerNode | null = null;
  #aggregator: Endpoint | null = null;
  /** Set while matter.js resets the node after its last fabric went (it erases and restarts it). */
  #resetting: Promise<void> | null = null;

  constructor(
    home: HomeRuntime,
    gate: HomeGate,
    ctx: HubContext,
    port: number,
    setup: { passcode: number; discriminator: number },
  ) {
    this.home = home;
    this.port = port;
    this.#gate = gate;
    this.#ctx = ctx;
    this.#setup = setup;
  }

  get node(): ServerNode | null {
    return this.#node;
  }

  async start(): Promise<void> {
    const home = this.home;
    const name = clip(home.file.home.name);
    const node = await ServerNode.create({
      id: home.id,
      network: { port: this.port },
      commissioning: this.#setup,
      productDescription: { name, deviceType: AggregatorEndpoint.deviceType },
      basicInformation: {
        vendorName: 'Yeondong',
        vendorId: VendorId(0xfff1),
        productName: 'Yeondong hub',
        productLabel: 'Yeondong hub',
        productId: 0x8000,
        nodeLabel: name,
        serialNumber: clip(`yeondong-${home.id}`),
        uniqueId: clip(`yeondong-${home.id}`),
      },
    });
    this.#node = node;
    node.lifecycle.decommissioned.on(() => {
      this.#resetting = untilOnline(node).then(() => {
        this.#resetting = null;
      });
    });
    this.#aggregator = new Endpoint(AggregatorEndpoint, { id: 'aggregator' });
    await node.add(this.#aggregator);
    for (const d of home.devices()) await this.#addDevice(d);
    const { bus } = this.#ctx;
    bus.on(
      'stateChanged',
      (p) => {
        if (p.home !== home.id) return;
        for (const patch of p.patches)
          this.#update(p.device, patch.endpoint, patch.cluster, patch.attributes);
      },
      this.#owner,
      home.id,
    );
    bus.on(
      'onlineChanged',
      (p) => {
        if (p.home !== home.id) return;
        for (const b of this.#devices.get(p.device)?.values() ?? [])
          this.#enqueue(b, { bridgedDeviceBasicInformation: { reachable: p.online } });
      },
      this.#owner,
      home.id,
    );
    bus.on(
      'deviceAdded',
      (p) => {
        if (p.home === home.id && !this.#devices.has(p.device.id)) void this.#addDevice(p.device);
      },
      this.#owner,
      home.id,
    );
    bus.on(
      'deviceRemoved',
      (p) => {
        if (p.home === home.id) void this.removeDevice(p.device);
      },
      this.#owner,
      home.id,
    );
    await node.start();
  }

  async stop(): Promise<void> {
    this.#ctx.bus.removeOwner(this.#owner);
    await this.#node?.close();
    this.#node = null;
  }

  /** Adds a device's endpoints to the aggregator (a device already bridged is left as it is). */
  async #addDevice(d: DeviceDescription): Promise<void> {
    if (this.#devices.has(d.id) || d.endpoints.length === 0 || !this.#aggregator) return;
    const eps = new Map<string, Bridged>();
    this.#devices.set(d.id, eps);
    for (const ep of d.endpoints) {
      const plan = this.#planFor(d, ep);
      if (!plan) continue;
      const zeroed = new Set<string>();
      // The endpoint number matter.js assigns (or finds in its storage under DATA/matter/<home>/) on
      // the first attempt is kept through the retries: a retry must not take a new number, or a
      // controller's endpoint numbers would move at every start.
      let number: number | undefined;
      for (let attempt = 0; ; attempt++) {
        const endpoint = new Endpoint(plan.type as never, {
          id: endpointId(d.id, ep.id),
          ...(number === undefined ? {} : { number }),
          ...plan.options,
        });
        try {
          await this.#aggregator.add(endpoint);
          const b: Bridged = { endpoint, clusters: plan.clusters, queue: Promise.resolve() };
          forwarders.set(endpoint, this.#forward(d.id, ep.id, b));
          eps.set(ep.id, b);
          break;
        } catch (err) {
          const text = errorText(err);
          number ??= endpoint.maybeNumber;
          await endpoint.delete().catch(() => endpoint.close().catch(() => {}));
          // What the specification does not allow in the hub's values (a conformance, a limit)
          // is left to matter.js's default, or set to the type's zero when Matter requires it.
          if (attempt < 30 && repair(plan.options, text, zeroed)) continue;
          this.#ctx.log.warn('a device endpoint could not be bridged to Matter', {
            home: this.home.id,
            device: d.id,
            endpoint: ep.id,
            err: text,
          });
          break;
        }
      }
    }
  }

  /**
   * Removes a device's endpoints (the node announces the change through the aggregator's PartsList).
   * Their stored state and numbers go too: a number is not given again to another device.
   */
  async removeDevice(id: string): Promise<void> {
    const eps = this.#devices.get(id);
    this.#devices.delete(id);
    for (const b of eps?.values() ?? []) {
      forwarders.delete(b.endpoint);
      await b.queue;
      await b.endpoint.delete().catch((err) =>
        this.#ctx.log.warn('a removed device stayed on the Matter bridge', {
          home: this.home.id,
          device: id,
          err: errorText(err),
        }),
      );
    }
  }

  #planFor(d: DeviceDescription, ep: HubEndpoint): Plan | null {
    const typeName = ep.deviceTypes[0] ?? d.deviceType;
    const type = (Devices as unknown as Record<string, { with(...b: unknown[]): unknown } | undefined>)[
      `${STANDARD_TYPE[typeName] ?? typeName}Device`
    ];
    if (!type) {
      this.#ctx.log.warn('no Matter device type for a hub endpoint; not bridged', {
        device: d.id,
        endpoint: ep.id,
        deviceType: typeName,
      });
      return null;
    }
    const behaviors: unknown[] = [BridgedDeviceBasicInformationServer];
    const options: Record<string, unknown> = {};
    const clusters = new Set<string>();
    for (const [cluster, attrs] of Object.entries(ep.clusters)) {
      const b = behaviorFor(cluster, Object.keys(attrs));
      if (!b) continue;
      behaviors.push(b);
      clusters.add(cluster);
      options[b.id] = matterState(cluster, attrs);
    }
    const multi = d.endpoints.length > 1 && ep.name;
    const label = clip(multi ? `${d.name} ${ep.name}` : d.name);
    options.bridgedDeviceBasicInformation = {
      nodeLabel: label,
      productName: clip(d.model ?? d.deviceType),
      productLabel: label,
      vendorName: clip(d.vendor ?? d.connection),
      uniqueId: clip(`${d.id}/${ep.id}`),
      reachable: d.online,
    };
    return { type: type.with(...behaviors), options, clusters };
  }

  #forward(device: string, endpoint: string, b: Bridged): Forward {
    return {
      command: async (fabric, cluster, command, args) => {
        if (fabric === undefined)
          throw new HubError('not-allowed', 403, 'only a fabric commands over Matter');
        const who = this.principal(fabric);
        const d = this.#gate.decide(who, { kind: 'command', device, cluster, command });
        if (d.effect === 'challenge') throw new HubError('not-allowed', 403, d.reason);
        if (d.effect === 'deny') throw new HubError(d.code, STATUS_OF[d.code], `${d.reason} (over Matter)`);
        await this.home.command(device, { endpoint, cluster, command, args }, `matter:${fabric}`);
      },
      restore: (cluster) => {
        const attrs = this.home.device(device)?.endpoints.find((e) => e.id === endpoint)?.clusters[cluster];
        if (attrs) this.#update(device, endpoint, cluster, attrs);
        void b;
      },
    };
  }

  /** The gate's principal of a fabric of this bridge, from the home file's `matter` section. */
  principal(fabricIndex: number): FabricPrincipal {
    const f = this.fabrics().find((x) => x.fabricIndex === fabricIndex);
    const m = this.home.file.matter;
    const rule =
      (f &&
        m.fabrics.find(
          (r) =>
            (r.label === undefined || r.label === f.label) &&
            (r.vendorId === undefined || r.vendorId === f.vendorId),
        )) ??
      m.default;
    return {
      kind: 'fabric',
      home: this.home.id,
      id: String(fabricIndex),
      assistant: rule?.assistant ?? null,
      allowPin: rule?.allowPin ?? false,
    };
  }

  #update(device: string, endpoint: string, cluster: string, attrs: Record<string, unknown>): void {
    const b = this.#devices.get(device)?.get(endpoint);
    if (!b?.clusters.has(cluster)) return;
    const type = behaviorFor(cluster, Object.keys(attrs));
    if (!type) return;
    this.#enqueue(b, { [type.id]: matterState(cluster, attrs) });
  }

  /** State changes of one endpoint, applied in order, none waiting for a command in flight. */
  #enqueue(b: Bridged, values: Record<string, unknown>): void {
    b.queue = b.queue
      .then(() => b.endpoint.set(values as never))
      .catch((err) => this.#ctx.log.debug('a Matter attribute update was refused', { err: String(err) }));
  }

  fabrics(): BridgeInfo['fabrics'] {
    const fabrics = this.#node?.state.commissioning.fabrics ?? {};
    return Object.values(fabrics).map((f) => ({
      fabricIndex: Number(f.fabricIndex),
      label: f.label,
      vendorId: Number(f.rootVendorId),
    }));
  }

  /** The bridge as the owner sees it, once any factory reset in progress is over. */
  async info(): Promise<BridgeInfo> {
    await this.#resetting;
    const c = this.#node?.state.commissioning;
    return {
      port: this.port,
      manualPairingCode: c?.pairingCodes.manualPairingCode ?? '',
      qrPairingCode: c?.pairingCodes.qrPairingCode ?? '',
      commissioned: c?.commissioned ?? false,
      fabrics: this.fabrics(),
    };
  }

  /** Removes a fabric from the node (its controller loses access at once). False: no such fabric. */
  async removeFabric(index: number): Promise<boolean> {
    const node = this.#node;
    if (!node || !this.fabrics().some((f) => f.fabricIndex === index)) return false;
    await node.env.get(FabricManager).for(FabricIndex(index)).delete();
    return true;
  }
}

/** Resolves when the node is online again (at most 30 s: a node not meant to be online stays off). */
function untilOnline(node: ServerNode): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      node.lifecycle.online.off(done);
      resolve();
    };
    const timer = setTimeout(done, 30_000);
    timer.unref();
    node.lifecycle.online.on(done);
  });
}
