/** What maps one kind of LG product to the Matter model, and the helpers every map shares. */
import { OutOfRangeError, RequestError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import { equalJson } from '../../util/json.js';
import type { LgControl, LgProfile, LgState } from './client.js';

/** What an adapter knows of one device when it maps a command. */
export interface DeviceView {
  profile: LgProfile;
  state: LgState | undefined;
  endpoints: Endpoint[];
}

export interface ProductMap {
  /** The device's Matter endpoints from its LG profile and state (state may be unknown yet). */
  endpoints(profile: LgProfile, state: LgState | undefined): Endpoint[];
  /** The LG control bodies that carry out one validated Matter command, sent in order. */
  controls(cmd: CommandRequest, dev: DeviceView): LgControl[];
}

export const unsupported = (cmd: CommandRequest): RequestError =>
  new RequestError('unsupported-command', 400, `LG ThinQ cannot do ${cmd.cluster}.${cmd.command} here`, {
    endpoint: cmd.endpoint,
    cluster: cmd.cluster,
    command: cmd.command,
  });

export const outOfRange = (field: string, value: unknown): OutOfRangeError =>
  new OutOfRangeError(`${field} ${JSON.stringify(value)} is not available on this LG product`, {
    field,
    value,
  });

/** An attribute of the device's current endpoints. */
export function attr(endpoints: Endpoint[], ep: string, cluster: string, name: string): unknown {
  return endpoints.find((e) => e.id === ep)?.clusters[cluster]?.[name];
}

/** Attribute changes from `before` to `after`, one patch per endpoint and cluster. */
export function diffEndpoints(before: Endpoint[], after: Endpoint[]): StatePatch[] {
  const patches: StatePatch[] = [];
  for (const ep of after) {
    const prev = before.find((e) => e.id === ep.id);
    for (const [cluster, attrs] of Object.entries(ep.clusters)) {
      const old = prev?.clusters[cluster] ?? {};
      const changed: Record<string, unknown> = {};
      for (const [name, v] of Object.entries(attrs)) {
        if (!equalJson(old[name], v)) changed[name] = v;
      }
      if (Object.keys(changed).length > 0) patches.push({ endpoint: ep.id, cluster, attributes: changed });
    }
  }
  return patches;
}
