/**
 * matter.js server behaviors for the hub's clusters, built from the specification's data model: a
 * hub cluster becomes matter.js's server behavior of that name, with the features its attributes
 * need (from each attribute's conformance), and every command the cluster defines is forwarded to
 * the hub's command path (and so to the gate) instead of being handled locally. An attribute a
 * controller writes goes to the hub as the hub's WriteAttributes; the hub's state is the truth, so a
 * refused write is put back. One behavior class per cluster and feature set, shared by all endpoints.
 */
import type { Behavior } from '@matter/main';
import * as Behaviors from '@matter/main/behaviors';
import type { ClusterModel } from '@matter/main/model';
import { Status, StatusResponseError } from '@matter/main/types';
import { isHubError } from '../../model/errors.js';
import { clusterModel, toHub, toMatter } from './values.js';

/** What a bridged endpoint's behaviors forward to: the bridge that owns it. */
export interface Forward {
  command(
    fabric: number | undefined,
    cluster: string,
    command: string,
    args: Record<string, unknown>,
  ): Promise<void>;
  /** After a refused write: the hub's value goes back. */
  restore(cluster: string): void;
}

/** The forwarders of live matter.js endpoints (set by the bridge when it adds an endpoint). */
export const forwarders = new WeakMap<object, Forward>();

const STATUS_OF_CODE: Record<string, Status> = {
  'unknown-device': Status.NotFound,
  'not-allowed': Status.UnsupportedAccess,
  forbidden: Status.UnsupportedAccess,
  'pin-required': Status.UnsupportedAccess,
  'invalid-request': Status.InvalidCommand,
  'value-out-of-range': Status.ConstraintError,
  'read-only': Status.UnsupportedWrite,
  'unknown-command': Status.UnsupportedCommand,
  'unsupported-command': Status.UnsupportedCommand,
  'device-offline': Status.Busy,
};

/** A hub refusal as the Matter status a controller understands. */
export function matterStatus(err: unknown): StatusResponseError {
  if (isHubError(err))
    return new StatusResponseError(`${err.code}: ${err.message}`, STATUS_OF_CODE[err.code] ?? Status.Failure);
  return new StatusResponseError(String(err), Status.Failure);
}

type BehaviorType = Behavior.Type;
const classes = new Map<string, BehaviorType | null>();

/** The features a set of hub attributes needs, from each attribute's conformance (e.g. `TN`, `LF & PA_LF`). */
export function featuresFor(model: ClusterModel, attributes: string[]): string[] {
  const abbrevs = new Map(model.features.map((f) => [f.name, f.title ?? f.name]));
  const out = new Set<string>();
  for (const name of attributes) {
    const a = model.attributes.find((x) => x.name === name);
    if (!a) continue;
    const text = String(a.conformance);
    if (text.includes('!')) continue;
    for (const token of text.match(/[A-Z][A-Z0-9_]*/g) ?? []) {
      const title = abbrevs.get(token);
      if (title) out.add(title.replace(/[^A-Za-z0-9]/g, ''));
    }
  }
  return [...out].sort();
}

/**
 * The behavior for one hub cluster with these attributes, or null when matter.js has no server of
 * that name (the cluster is then not bridged).
 */
export function behaviorFor(cluster: string, attributes: string[]): BehaviorType | null {
  const model = clusterModel(cluster);
  const base = (
    Behaviors as unknown as Record<string, BehaviorType & { with?: (...f: string[]) => BehaviorType }>
  )[`${cluster}Server`];
  if (!model || !base) return null;
  const features = featuresFor(model, attributes);
  const key = `${cluster}|${features.join(',')}`;
  const cached = classes.get(key);
  if (cached !== undefined) return cached;
  let withFeatures: BehaviorType;
  try {
    withFeatures = features.length > 0 && base.with ? base.with(...features) : base;
  } catch {
    withFeatures = base;
  }
  const writable = model.attributes.filter((a) => a.access.writable).map((a) => a.propertyName);
  const Forwarding = class extends (withFeatures as unknown as new (
    ...a: unknown[]
  ) => {
    endpoint: object;
    context: { fabric?: number };
    events: Record<string, unknown>;
    reactTo(o: unknown, r: (...a: unknown[]) => unknown, opts?: object): void;
  }) {
    initialize(): unknown {
      const sup = (withFeatures.prototype as { initialize?: () => unknown }).initialize;
      const r = sup?.call(this);
      for (const prop of writable) {
        const ev = this.events[`${prop}$Changed`];
        if (!ev) continue;
        this.reactTo(ev, (value: unknown, _old: unknown, ctx: unknown) => {
          const fabric = (ctx as { fabric?: number } | undefined)?.fabric;
          if (fabric === undefined) return;
          const f = forwarders.get(this.endpoint);
          const attr = model.attributes.find((a) => a.propertyName === prop);
          if (!f || !attr) return;
          f.command(fabric, cluster, 'WriteAttributes', { [attr.name]: toHub(attr, value) }).catch(() =>
            f.restore(cluster),
          );
        });
      }
      return r;
    }
  };
  for (const cmd of model.commands) {
    if (cmd.direction === 'response' || cmd.isResponse) continue;
    const response = cmd.response && cmd.response !== 'status' ? cmd.responseModel : undefined;
    Object.defineProperty(Forwarding.prototype, cmd.propertyName, {
      configurable: true,
      writable: true,
      value: async function (this: InstanceType<typeof Forwarding>, request: unknown) {
        const f = forwarders.get(this.endpoint);
        if (!f) throw new StatusResponseError('not bridged', Status.Failure);
        const args = (toHub(cmd, request ?? {}) ?? {}) as Record<string, unknown>;
        try {
          await f.command(this.context.fabric, cluster, cmd.name, args);
        } catch (err) {
          throw matterStatus(err);
        }
        if (response?.members.some((m) => m.name === 'Status')) return { status: 0 };
        return undefined;
      },
    });
  }
  Object.defineProperty(Forwarding, 'name', { value: `Bridged${cluster}Server` });
  const out = Forwarding as unknown as BehaviorType;
  classes.set(key, out);
  return out;
}

/** The hub's attributes of one cluster as matter.js state (those the specification knows). */
export function matterState(cluster: string, attrs: Record<string, unknown>): Record<string, unknown> {
  const model = clusterModel(cluster);
  if (!model) return {};
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(attrs)) {
    const a = model.attributes.find((x) => x.name === name);
    if (a) out[a.propertyName] = toMatter(a, v, model);
  }
  // OperationalState (and its derivations) must list the Error state (3) a device can enter.
  // Labels are only for manufacturer states (0x80–0xBF).
  const list = (
    out.operationalStateList as
      | Array<{ operationalStateId?: number; operationalStateLabel?: string }>
      | undefined
  )?.map((s) => ((s.operationalStateId ?? 0) < 0x80 ? { operationalStateId: s.operationalStateId } : s));
  if (list)
    out.operationalStateList = list.some((s) => s.operationalStateId === 3)
      ? list
      : [...list, { operationalStateId: 3 }];
  return out;
}

export { toMatter };
