/**
 * Validation of a command against the Matter specification's data model (spec/, generated from
 * @matter/model) and the endpoint's current attributes: known cluster and command, no unknown
 * field, required fields, types, nullability, constraints that read other attributes (Min/MaxLevel),
 * enums and bitmaps, read-only and fabric-scoped attributes, and the spec's prose rules (prose.ts).
 */
import { type Attrs, checkFields, checkValue, type Scope } from './check-value.js';
import { invalidRequest, OutOfRangeError, RequestError } from './errors.js';
import { excluded, type Features } from './spec/conformance.js';
import { clusterSpec } from './spec/index.js';
import { ruleFor, type ValueRule } from './spec/prose.js';
import type { SpecCluster, SpecCommand } from './spec/types.js';
import type { CommandRequest, Endpoint } from './types.js';

/**
 * Hub extension: writing attributes goes through the same command path, as the pseudo-command
 * `WriteAttributes` whose args are `{AttributeName: value}` of writable attributes.
 */
export const WRITE_ATTRIBUTES = 'WriteAttributes';

/**
 * The features of a cluster on an endpoint: its FeatureMap when the endpoint has one, else a
 * feature is known present when an attribute that exists only with it is there.
 */
export function featuresOf(spec: SpecCluster, attrs: Attrs): Features {
  const map = attrs.FeatureMap;
  if (typeof map === 'number') {
    return (code) => {
      const bit = spec.features[code];
      return bit === undefined ? undefined : Math.floor(map / 2 ** bit) % 2 === 1;
    };
  }
  return (code) =>
    featureAttributes(spec)
      .get(code)
      ?.some((name) => name in attrs)
      ? true
      : undefined;
}

const byFeature = new WeakMap<SpecCluster, Map<string, string[]>>();
/** Feature code → the attributes that exist only with it (computed once per cluster). */
function featureAttributes(spec: SpecCluster): Map<string, string[]> {
  let m = byFeature.get(spec);
  if (!m) {
    m = new Map();
    for (const [name, a] of Object.entries(spec.attributes)) {
      if (a.conf && /^[A-Z][A-Z0-9_]*$/.test(a.conf)) m.set(a.conf, [...(m.get(a.conf) ?? []), name]);
    }
    byFeature.set(spec, m);
  }
  return m;
}

const plans = new WeakMap<SpecCommand, Array<[string, ValueRule]>>();
/** The prose rules of a command's fields (found once per command). */
function planOf(
  cluster: string,
  spec: SpecCluster,
  command: string,
  cmd: SpecCommand,
): Array<[string, ValueRule]> {
  let plan = plans.get(cmd);
  if (!plan) {
    plan = Object.keys(cmd.fields).flatMap((name) => {
      const rule = ruleFor(cluster, spec.base, command, name);
      return rule ? [[name, rule] as [string, ValueRule]] : [];
    });
    plans.set(cmd, plan);
  }
  return plan;
}

/** Applies a prose rule: the constraint of the attribute the value becomes, step, allowed values. */
function applyRule(name: string, rule: ValueRule | undefined, value: unknown, scope: Scope): void {
  if (!rule || typeof value !== 'number') return;
  const becomes = rule.becomes ? scope.cluster.attributes[rule.becomes] : undefined;
  if (becomes?.constraint) checkValue(name, becomes, value, { cluster: scope.cluster, attrs: scope.attrs });
  if (rule.step) {
    const step = scope.attrs[rule.step.step];
    const from = scope.attrs[rule.step.from];
    if (typeof step === 'number' && step > 0 && typeof from === 'number' && (value - from) % step !== 0) {
      throw new OutOfRangeError(`'${name}' ${value} is not a multiple of step ${step} from ${from}`, {
        field: name,
        value,
        step,
      });
    }
  }
  const allowed = rule.oneOf?.(scope.attrs);
  if (allowed && !allowed.includes(value)) {
    const what = rule.oneOfText ?? allowed.join(', ');
    throw new OutOfRangeError(
      rule.oneOfText ? `'${name}' ${value} is not in ${what}` : `'${name}' ${value} is not one of ${what}`,
      { field: name, value },
    );
  }
}

function writeAttributes(cluster: string, spec: SpecCluster, args: Attrs, scope: Scope): Attrs {
  const names = Object.keys(args);
  if (names.length === 0) throw invalidRequest('WriteAttributes needs at least one attribute');
  for (const name of names) {
    const a = Object.hasOwn(spec.attributes, name) ? spec.attributes[name] : undefined;
    if (!a || !(name in scope.attrs)) {
      throw invalidRequest(`${cluster} has no attribute '${name}'`, { field: name });
    }
    if (!a.writable)
      throw new RequestError('read-only', 400, `${cluster}.${name} is read-only`, { field: name });
    if (a.fabricScoped) {
      throw new RequestError(
        'read-only',
        400,
        `${cluster}.${name} is fabric-scoped: only a Matter fabric writes it`,
        {
          field: name,
          fabricScoped: true,
        },
      );
    }
    checkValue(name, a, args[name], scope);
    applyRule(name, ruleFor(cluster, spec.base, undefined, name), args[name], scope);
  }
  return { ...args };
}

/**
 * Validates a command against the Matter cluster definition and the endpoint's current attributes
 * before anything reaches a vendor. Returns the args (with the hub's defaults filled in); throws a
 * RequestError/OutOfRangeError with a stable code.
 */
export function validateCommand(endpoint: Endpoint, req: CommandRequest): Record<string, unknown> {
  const spec = clusterSpec(req.cluster);
  const attrs = endpoint.clusters[req.cluster];
  if (!spec || !attrs) {
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
  const scope: Scope = { cluster: spec, attrs };
  if (req.command === WRITE_ATTRIBUTES) return writeAttributes(req.cluster, spec, args, scope);
  const cmd = Object.hasOwn(spec.commands, req.command) ? spec.commands[req.command] : undefined;
  if (!cmd) {
    const response = Object.hasOwn(spec.responses, req.command);
    throw new RequestError(
      'unknown-command',
      400,
      response
        ? `${req.cluster}.${req.command} is a response the device sends, not a command`
        : `${req.cluster} has no command '${req.command}'`,
      { cluster: req.cluster, command: req.command },
    );
  }
  const features = featuresOf(spec, attrs);
  if (excluded(cmd.conf, features)) {
    throw new RequestError(
      'unsupported-command',
      400,
      `${req.cluster}.${req.command} is not supported on this endpoint`,
      {
        cluster: req.cluster,
        command: req.command,
      },
    );
  }
  const plan = planOf(req.cluster, spec, req.command, cmd);
  const out: Attrs = { ...args };
  for (const [name, rule] of plan)
    if (out[name] === undefined && rule.default !== undefined) out[name] = rule.default;
  checkFields(req.command, cmd.fields, out, scope, features);
  const ruleScope = { ...scope, siblings: out };
  for (const [name, rule] of plan) applyRule(name, rule, out[name], ruleScope);
  return out;
}

/** Finds an endpoint of a device by id, or throws `unknown-endpoint`. */
export function findEndpoint(endpoints: Endpoint[], id: string): Endpoint {
  const ep = endpoints.find((e) => e.id === id);
  if (!ep)
    throw new RequestError('unknown-endpoint', 400, `no endpoint '${id}' on this device`, { endpoint: id });
  return ep;
}
