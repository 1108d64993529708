import {
  CLUSTERS,
  type Constraint,
  FAN_MODE_SEQUENCES,
  type FieldDef,
  WRITE_ATTRIBUTES,
} from './clusters.js';
import { invalidRequest, OutOfRangeError, RequestError } from './errors.js';
import type { CommandRequest, Endpoint } from './types.js';

type Attrs = Record<string, unknown>;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function checkType(name: string, def: FieldDef, value: unknown): void {
  const ok =
    def.type === 'bool'
      ? typeof value === 'boolean'
      : def.type === 'string'
        ? typeof value === 'string'
        : def.type === 'list'
          ? Array.isArray(value)
          : def.type === 'struct'
            ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : isInt(value);
  if (!ok)
    throw invalidRequest(
      `'${name}' must be ${def.type === 'int' || def.type === 'enum' ? 'an integer' : `a ${def.type}`}`,
      { field: name },
    );
}

function num(attrs: Attrs, name: string | undefined): number | undefined {
  if (!name) return undefined;
  const v = attrs[name];
  return typeof v === 'number' ? v : undefined;
}

/** Checks one value against its constraint, reading bounds from the cluster's current attributes. */
function checkConstraint(name: string, c: Constraint, value: unknown, attrs: Attrs): void {
  if (typeof value === 'string' && c.maxLength !== undefined && value.length > c.maxLength) {
    throw invalidRequest(`'${name}' is longer than ${c.maxLength} characters`, { field: name });
  }
  if (typeof value !== 'number') return;
  const min = num(attrs, c.minAttr) ?? c.min;
  const max = num(attrs, c.maxAttr) ?? c.max;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    throw new OutOfRangeError(`'${name}' ${value} is outside ${min ?? '…'}..${max ?? '…'}`, {
      field: name,
      value,
      min,
      max,
    });
  }
  const step = num(attrs, c.stepAttr);
  if (step !== undefined && step > 0 && (value - (min ?? 0)) % step !== 0) {
    throw new OutOfRangeError(`'${name}' ${value} is not a multiple of step ${step} from ${min ?? 0}`, {
      field: name,
      value,
      step,
    });
  }
  const listAttr = c.modeListAttr ? attrs[c.modeListAttr] : undefined;
  if (Array.isArray(listAttr)) {
    const modes = listAttr.map((m) => (typeof m === 'number' ? m : (m as { Mode?: unknown }).Mode));
    if (!modes.includes(value)) {
      throw new OutOfRangeError(`'${name}' ${value} is not one of ${modes.join(', ')}`, {
        field: name,
        value,
      });
    }
  } else if (c.values && !c.values.includes(value)) {
    throw new OutOfRangeError(`'${name}' ${value} is not one of ${c.values.join(', ')}`, {
      field: name,
      value,
    });
  }
  const channels = c.channelListAttr ? attrs[c.channelListAttr] : undefined;
  if (Array.isArray(channels)) {
    const numbers = channels.map((ch) => (ch as { MajorNumber?: unknown }).MajorNumber);
    if (!numbers.includes(value)) {
      throw new OutOfRangeError(`channel ${value} is not in the channel list`, { field: name, value });
    }
  }
}

/** Matter FanModeSequence narrows FanMode on a given endpoint. */
function fanModeAllowed(attrs: Attrs, value: unknown): void {
  const seq = attrs.FanModeSequence;
  const list = typeof seq === 'number' ? FAN_MODE_SEQUENCES[seq] : undefined;
  if (list && typeof value === 'number' && !list.includes(value)) {
    throw new OutOfRangeError(`FanMode ${value} is not one of ${list.join(', ')}`, {
      field: 'FanMode',
      value,
    });
  }
}

/**
 * Validates a command against the Matter cluster definition and the endpoint's current attributes
 * (Min/Max/Step, enums, read-only, unknown fields) before anything reaches a vendor.
 * Returns the args with every field typed; throws a RequestError/OutOfRangeError with a stable code.
 */
export function validateCommand(endpoint: Endpoint, req: CommandRequest): Record<string, unknown> {
  const def = CLUSTERS[req.cluster];
  const attrs = endpoint.clusters[req.cluster];
  if (!def || !attrs) {
    throw new RequestError(
      'unknown-cluster',
      400,
      `endpoint '${endpoint.id}' has no cluster '${req.cluster}'`,
      {
        endpoint: endpoint.id,
        cluster: req.cluster,
      },
    );
  }
  const args = req.args ?? {};
  if (typeof args !== 'object' || args === null || Array.isArray(args))
    throw invalidRequest('args must be an object');
  if (req.command === WRITE_ATTRIBUTES) {
    const names = Object.keys(args);
    if (names.length === 0) throw invalidRequest('WriteAttributes needs at least one attribute');
    for (const name of names) {
      const a = def.attributes[name];
      if (!a || !(name in attrs)) {
        throw new RequestError('invalid-request', 400, `${req.cluster} has no attribute '${name}'`, {
          field: name,
        });
      }
      if (!a.writable)
        throw new RequestError('read-only', 400, `${req.cluster}.${name} is read-only`, { field: name });
      checkType(name, a, args[name]);
      checkConstraint(name, a, args[name], attrs);
      if (req.cluster === 'FanControl' && name === 'FanMode') fanModeAllowed(attrs, args[name]);
    }
    return { ...args };
  }
  const cmd = def.commands[req.command];
  if (!cmd) {
    throw new RequestError('unknown-command', 400, `${req.cluster} has no command '${req.command}'`, {
      cluster: req.cluster,
      command: req.command,
    });
  }
  for (const name of Object.keys(args)) {
    if (!(name in cmd.fields)) throw invalidRequest(`${req.command} has no field '${name}'`, { field: name });
  }
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(cmd.fields)) {
    const value = args[name];
    if (value === undefined || value === null) {
      if (field.optional) continue;
      if (req.command === 'ChangeChannelByNumber' && name === 'MinorNumber') {
        out[name] = 0;
        continue;
      }
      throw invalidRequest(`${req.command} needs '${name}'`, { field: name });
    }
    checkType(name, field, value);
    checkConstraint(name, field, value, attrs);
    out[name] = value;
  }
  return out;
}

/** Finds an endpoint of a device by id, or throws `unknown-endpoint`. */
export function findEndpoint(endpoints: Endpoint[], id: string): Endpoint {
  const ep = endpoints.find((e) => e.id === id);
  if (!ep)
    throw new RequestError('unknown-endpoint', 400, `no endpoint '${id}' on this device`, { endpoint: id });
  return ep;
}
