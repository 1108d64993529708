/**
 * The `matter` adapter: Matter devices on the hub's own fabric (one controller per home, its fabric
 * in DATA/matter/<home>-controller). A device's externalId is its node id on that fabric; its
 * endpoints and clusters are what the device reports (mapping.ts), kept live by matter.js's
 * subscription; reachability follows the subscription (a silent device is offline after its
 * keep-alive lapses, and is re-subscribed when it answers again). `pair()` commissions a new device.
 */
import { HubError, isHubError, OfflineError, VendorError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import { WRITE_ATTRIBUTES } from '../../model/validate.js';
import type { Adapter, AdapterContext, AdapterDevice } from '../types.js';
import { CommissioningError, errorText, MatterController, prepareMatter } from './client.js';
import {
  attributeWrites,
  clusterIdOf,
  commandRequest,
  hubAttribute,
  hubEndpoints,
  mainDeviceType,
} from './mapping.js';

export interface MatterAdapter extends Adapter {
  /** Commissions a device onto the home's fabric; resolves with its externalId (node id). */
  pair(code: string, address?: { ip: string; port: number }): Promise<string>;
}

interface Node {
  endpoints: Endpoint[];
  online: boolean;
  vendor?: string;
  model?: string;
}

/** matter.js's own log lines into the hub's log (debug below warnings), as the bridge face does. */
async function configureMatter(ctx: AdapterContext): Promise<void> {
  await prepareMatter();
  const { Logger, LogLevel, LogFormat } = await import('@matter/main');
  Logger.level = LogLevel.NOTICE;
  Logger.format = LogFormat.PLAIN;
  const log = ctx.log;
  Logger.log = (level, text) => {
    if (level >= LogLevel.WARN) log.warn(text.replace(/\s+/g, ' ').slice(0, 2000));
    else log.debug(text.replace(/\s+/g, ' ').slice(0, 2000));
  };
}

export function createMatterAdapter(ctx: AdapterContext): MatterAdapter {
  const s = ctx.connection.settings;
  const controller = new MatterController({
    storagePath: String(s.storagePath ?? '.data/matter'),
    id: String(s.controllerId ?? `${ctx.connection.id}-controller`),
    label: String(s.fabricLabel ?? 'Yeondong'),
    commissionTimeoutMs: Number(s.commissionTimeoutMs ?? 60_000),
    maxIntervalSeconds: Number(s.maxIntervalSeconds ?? 30),
  });
  const nodes = new Map<string, Node>();
  let running = false;

  const refresh = (nodeId: string) => {
    const n = nodes.get(nodeId);
    if (!n) return;
    const raw = controller.structure(nodeId);
    if (raw.length > 0) n.endpoints = hubEndpoints(raw);
    const info = controller.basicInfo(nodeId);
    if (info.vendorName) n.vendor = info.vendorName;
    if (info.productName) n.model = info.productName;
  };

  const attach = async (nodeId: string, waitMs: number) => {
    const restored = ctx.restored?.get(nodeId);
    nodes.set(nodeId, { endpoints: restored ? structuredClone(restored) : [], online: false });
    await controller.connect(
      nodeId,
      {
        attribute(endpoint, cluster, attribute, value) {
          const h = hubAttribute(cluster, attribute, value);
          const n = nodes.get(nodeId);
          const ep = n?.endpoints.find((e) => e.id === String(endpoint));
          if (!h || !ep) return;
          ep.clusters[h.cluster] = { ...(ep.clusters[h.cluster] ?? {}), [h.attribute]: h.value };
          ctx.events.state(nodeId, [
            { endpoint: ep.id, cluster: h.cluster, attributes: { [h.attribute]: h.value } },
          ]);
        },
        reachable(online) {
          const n = nodes.get(nodeId);
          if (!n || n.online === online) return;
          n.online = online;
          ctx.log.info(online ? 'Matter device reachable' : 'Matter device unreachable', { node: nodeId });
          if (online) {
            refresh(nodeId);
            ctx.events.devicesChanged();
          }
          ctx.events.online(nodeId, online);
        },
        structure() {
          refresh(nodeId);
          ctx.events.devicesChanged();
        },
      },
      waitMs,
    );
    const n = nodes.get(nodeId) as Node;
    n.online = controller.isConnected(nodeId);
    refresh(nodeId);
  };

  const execute = async (externalId: string, cmd: CommandRequest) => {
    const n = nodes.get(externalId);
    if (!n) throw new OfflineError(`Matter node ${externalId} is not on this fabric`);
    if (!controller.isConnected(externalId))
      throw new OfflineError(`Matter node ${externalId} does not answer`);
    const endpoint = Number(cmd.endpoint);
    let clusterId: number;
    try {
      if (cmd.command === WRITE_ATTRIBUTES) {
        clusterId = clusterIdOf(cmd.cluster);
        await controller.write(externalId, endpoint, clusterId, attributeWrites(cmd.cluster, cmd.args));
      } else {
        const r = commandRequest(cmd.cluster, cmd.command, cmd.args);
        clusterId = r.clusterId;
        await controller.invoke(externalId, endpoint, r.clusterId, r.name, r.request);
      }
    } catch (err) {
      if (isHubError(err)) throw err;
      const text = errorText(err);
      if (/UnsupportedCommand|unsupported command/i.test(text))
        throw new HubError('unsupported-command', 400, `the device does not support ${cmd.command}: ${text}`);
      if (/ConstraintError|constraint/i.test(text))
        throw new HubError('value-out-of-range', 422, `the device refused the value: ${text}`);
      if (/InvalidInState|invalid in state/i.test(text))
        throw new HubError('conflict', 409, `not possible in the device's state: ${text}`);
      if (/timed? ?out|not connected|closed|unreachable/i.test(text))
        throw new OfflineError(`the device does not answer: ${text}`);
      throw new VendorError(`the device refused ${cmd.cluster}.${cmd.command}: ${text}`);
    }
    // The device's new state of that cluster, read back at once (its report follows as well).
    const attrs: Record<string, unknown> = {};
    for (const a of await controller.readCluster(externalId, endpoint, clusterId).catch(() => [])) {
      const h = hubAttribute(clusterId, a.id, a.value);
      if (h) attrs[h.attribute] = h.value;
    }
    const ep = n.endpoints.find((e) => e.id === cmd.endpoint);
    if (ep && Object.keys(attrs).length > 0)
      ep.clusters[cmd.cluster] = { ...(ep.clusters[cmd.cluster] ?? {}), ...attrs };
    const patches: StatePatch[] =
      Object.keys(attrs).length > 0
        ? [{ endpoint: cmd.endpoint, cluster: cmd.cluster, attributes: attrs }]
        : [];
    return patches;
  };

  return {
    async start() {
      await configureMatter(ctx);
      await controller.start();
      running = true;
      await Promise.all(
        controller.nodes().map((id) =>
          attach(id, ctx.timeoutMs * 5).catch((err) => {
            ctx.log.warn('Matter device not connected yet', { node: id, err: String(err) });
          }),
        ),
      );
    },
    async stop() {
      running = false;
      await controller.stop();
      nodes.clear();
    },
    devices(): AdapterDevice[] {
      return [...nodes].map(([id, n]) => ({
        externalId: id,
        deviceType: mainDeviceType(n.endpoints),
        endpoints: n.endpoints,
        online: n.online,
        ...(n.vendor ? { vendor: n.vendor } : {}),
        ...(n.model ? { model: n.model } : {}),
      }));
    },
    execute,
    async pair(code, address) {
      if (!running) {
        try {
          await this.start();
        } catch (err) {
          throw new OfflineError(`the hub's Matter controller did not start: ${errorText(err)}`);
        }
      }
      let nodeId: string;
      try {
        nodeId = await controller.commission(code, address);
      } catch (err) {
        if (err instanceof CommissioningError) {
          if (err.reason === 'code-rejected') throw new HubError('invalid-request', 400, err.message);
          if (err.reason === 'not-found') throw new OfflineError(err.message);
          throw new VendorError(err.message);
        }
        throw new VendorError(`commissioning failed: ${errorText(err)}`);
      }
      await attach(nodeId, 15_000);
      ctx.events.devicesChanged();
      return nodeId;
    },
  };
}
