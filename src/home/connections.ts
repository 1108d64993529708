/**
 * The home file's `connections` section: one entry per vendor cloud or local protocol, checked
 * against its vendor's descriptor (src/vendors), with the seeds of its simulator.
 */
import { VENDORS, vendorOf } from '../vendors/index.js';
import type { Checker } from './check.js';
import type { HomeFile } from './types.js';

/** Replaces `${ENV_NAME}` references in credentials with the environment's values. */
function expandEnv(value: string | undefined, path: string, c: Checker): string | undefined {
  if (value === undefined) return undefined;
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value);
  if (!m) return value;
  const name = m[1] as string;
  const env = process.env[name];
  if (env === undefined) c.fail(path.split('.'), `environment variable ${name} is not set`);
  return env;
}

export function parseConnections(v: unknown, c: Checker): HomeFile['connections'] {
  return c.list(v, ['connections']).map((x, i) => {
    const o = c.obj(x, ['connections', i]) ?? {};
    const adapter = c.str(o.adapter, ['connections', i, 'adapter']) ?? '';
    const vendor = vendorOf(adapter);
    if (adapter && !vendor) {
      const known = [...VENDORS.keys()];
      c.fail(['connections', i, 'adapter'], `unknown adapter '${adapter}' (known: ${known.join(', ')})`);
    }
    const sim = o.simulator === undefined ? {} : (c.obj(o.simulator, ['connections', i, 'simulator']) ?? {});
    const devices = c.list(sim.devices, ['connections', i, 'simulator', 'devices']).map((d, j) => {
      const p = ['connections', i, 'simulator', 'devices', j];
      const dev = c.obj(d, p) ?? {};
      const externalId = c.str(dev.externalId, [...p, 'externalId']) ?? '';
      const type = c.str(dev.type, [...p, 'type']) ?? '';
      if (dev.state !== undefined) c.obj(dev.state, [...p, 'state']);
      return { ...dev, externalId, type };
    });
    c.unique(
      devices.map((d) => d.externalId || undefined),
      ['connections', i, 'simulator', 'devices'],
      'simulated device',
    );
    const { id, adapter: _a, simulate, simulator: _s, baseUrl, token, broker, ...settings } = o;
    if (simulate !== undefined && typeof simulate !== 'boolean')
      c.fail(['connections', i, 'simulate'], 'must be true or false');
    // Every other key is one of the vendor's settings, of the type its descriptor says.
    if (vendor) {
      c.keys(
        o,
        ['connections', i],
        ['id', 'adapter', 'simulate', 'simulator', ...Object.keys(vendor.settings)],
        'setting',
      );
      for (const [key, spec] of Object.entries(vendor.settings)) {
        const v = o[key];
        if (v === undefined) continue;
        if (typeof v !== spec.type) c.fail(['connections', i, key], `must be a ${spec.type} (${spec.doc})`);
        else {
          const why = spec.check?.(v);
          if (why) c.fail(['connections', i, key], why);
        }
      }
      if (vendor.cloud && simulate !== true && baseUrl === undefined)
        c.fail(['connections', i], 'needs baseUrl when not simulated');
    }
    const base = typeof baseUrl === 'string' ? baseUrl : undefined;
    const brokerUrl = typeof broker === 'string' ? broker : undefined;
    return {
      id: c.str(id, ['connections', i, 'id'], { id: true }) ?? '',
      adapter,
      simulate: simulate === true,
      ...(base !== undefined ? { baseUrl: base } : {}),
      ...(typeof token === 'string' ? { token: expandEnv(token, `connections.${i}.token`, c) } : {}),
      ...(brokerUrl !== undefined ? { broker: brokerUrl } : {}),
      simulator: { devices },
      settings,
    };
  });
}
