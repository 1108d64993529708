/**
 * Home Assistant discovery entities → Matter-shaped devices, as a table of component mappers.
 * Each mapper turns one entity into one endpoint ("part") with its state readers and its command
 * encoders (parts-*.ts); a device is its parts, the primary one (light, switch, cover) first as `main`.
 */
import { primaryDeviceType } from '../../model/devices.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import type { AvailabilitySpec, DiscoveryEntity } from './discovery.js';
import { type Part, type Publish, unsupported } from './parts.js';
import { coverPart, sensorPart, switchPart } from './parts-basic.js';
import { lightPart } from './parts-light.js';

export type { Publish } from './parts.js';

export interface Plan {
  publishes: Publish[];
  /** What the device should report afterwards (also the optimistic state). */
  expected: StatePatch[];
  /** Wait for the state topic to confirm `expected` (false: PUBACK is enough, e.g. moving covers). */
  confirm: boolean;
}

export interface MappedDevice {
  externalId: string;
  deviceType: string;
  vendor?: string;
  model?: string;
  /** Fresh endpoints (unknown values are null). */
  endpoints: Endpoint[];
  stateTopics: string[];
  availability: AvailabilitySpec[];
  availabilityMode: 'all' | 'any' | 'latest';
  /** Attribute changes carried by one message on one of `stateTopics`. */
  read(topic: string, payload: string): StatePatch[];
  /** How to run a command; throws RequestError 'unsupported-command' when the device cannot. */
  plan(cmd: CommandRequest, endpoints: Endpoint[]): Plan;
}

const COMPONENTS: Record<string, (e: DiscoveryEntity) => Part | undefined> = {
  light: lightPart,
  switch: switchPart,
  cover: coverPart,
  sensor: sensorPart,
};

/** Builds one hub device from the discovery entities of one physical device; undefined if none maps. */
export function mapDevice(externalId: string, entities: DiscoveryEntity[]): MappedDevice | undefined {
  const parts = entities
    .map((e) => COMPONENTS[e.component]?.(e))
    .filter((p): p is Part => p !== undefined)
    .sort((a, b) => a.rank - b.rank);
  if (parts.length === 0) return undefined;
  const used = new Set<string>();
  const bound = parts.map((part, i) => {
    let id = i === 0 ? 'main' : part.id.replace(/[^A-Za-z0-9_-]/g, '_');
    while (used.has(id)) id = `${id}_${i}`;
    used.add(id);
    return { ...part, endpoint: { ...part.endpoint, id } };
  });
  const endpoints = bound.map((p) => p.endpoint);
  const withAvailability = entities.find((e) => e.availability.length > 0);
  const availability = new Map<string, AvailabilitySpec>();
  for (const e of entities) for (const a of e.availability) availability.set(a.topic, a);
  const device = entities.find((e) => e.device)?.device;
  return {
    externalId,
    deviceType: primaryDeviceType(endpoints),
    vendor: device?.manufacturer,
    model: device?.model,
    endpoints,
    stateTopics: [...new Set(bound.flatMap((p) => p.readers.map((r) => r.topic)))],
    availability: [...availability.values()],
    availabilityMode: withAvailability?.availabilityMode ?? 'latest',
    read(topic, payload) {
      const patches: StatePatch[] = [];
      for (const p of bound) {
        for (const r of p.readers) {
          if (r.topic !== topic) continue;
          for (const [cluster, attributes] of Object.entries(r.read(payload))) {
            if (Object.keys(attributes).length)
              patches.push({ endpoint: p.endpoint.id, cluster, attributes });
          }
        }
      }
      return patches;
    },
    plan(cmd, current) {
      const p = bound.find((b) => b.endpoint.id === cmd.endpoint);
      const encoder = p?.commands[`${cmd.cluster}.${cmd.command}`];
      const cur = current.find((e) => e.id === cmd.endpoint);
      if (!p || !encoder || !cur)
        throw unsupported(`${cmd.cluster}.${cmd.command} on endpoint '${cmd.endpoint}'`);
      const r = encoder(cmd.args, cur);
      return {
        publishes: r.publishes,
        expected: Object.entries(r.expected).map(([cluster, attributes]) => ({
          endpoint: p.endpoint.id,
          cluster,
          attributes,
        })),
        confirm: r.confirm ?? true,
      };
    },
  };
}
