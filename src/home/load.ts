/**
 * Loads and checks a home file (docs/home-file.md, version 1). A bad file is refused with a
 * HomeFileError naming the place (path in the file, and the line where known) and the problem.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { readCachedYaml, writeCachedYaml } from './cache.js';
import { ADAPTERS, type HomeFile } from './types.js';

export class HomeFileError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: the home file is not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'HomeFileError';
    this.problems = problems;
  }
}

type Obj = Record<string, unknown>;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const PRIVILEGES = ['view', 'operate', 'manage', 'administer'];

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly lineOf: (path: (string | number)[]) => number | undefined) {}

  fail(path: (string | number)[], msg: string): void {
    const line = this.lineOf(path);
    this.problems.push(`${path.join('.') || '(top)'}${line ? ` (line ${line})` : ''}: ${msg}`);
  }

  obj(v: unknown, path: (string | number)[]): Obj | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.fail(path, 'must be a mapping');
    return undefined;
  }

  list(v: unknown, path: (string | number)[], optional = true): unknown[] {
    if (v === undefined || v === null) {
      if (!optional) this.fail(path, 'is required');
      return [];
    }
    if (Array.isArray(v)) return v;
    this.fail(path, 'must be a list');
    return [];
  }

  str(
    v: unknown,
    path: (string | number)[],
    opts: { optional?: boolean; id?: boolean } = {},
  ): string | undefined {
    if (v === undefined || v === null) {
      if (!opts.optional) this.fail(path, 'is required');
      return undefined;
    }
    if (typeof v === 'number') v = String(v);
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(path, 'must be a non-empty string');
      return undefined;
    }
    if (opts.id && !ID.test(v)) {
      this.fail(path, `'${v}' is not a valid id (letters, digits, '-', '_', '.'; at most 64)`);
      return undefined;
    }
    return v;
  }

  strList(v: unknown, path: (string | number)[]): string[] {
    return this.list(v, path)
      .map((x, i) => this.str(x, [...path, i]))
      .filter((x): x is string => x !== undefined);
  }

  unique(ids: Array<string | undefined>, path: (string | number)[], what: string): Set<string> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (id === undefined) return;
      if (seen.has(id)) this.fail([...path, i, 'id'], `duplicate ${what} id '${id}'`);
      seen.add(id);
    });
    return seen;
  }
}

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

type LineOf = (path: (string | number)[]) => number | undefined;

/** YAML text to plain data, and where each path of it is in the text (for the problems' lines). */
function readYaml(text: string, file: string): { raw: unknown; lineOf: LineOf } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new HomeFileError(
      file,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const msg = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return `YAML error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${msg}`;
      }),
    );
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else break;
    }
    const range = (node as YamlNode | undefined)?.range;
    return range ? lc.linePos(range[0]).line : undefined;
  };
  return { raw: doc.toJS({ maxAliasCount: 100 }) as unknown, lineOf };
}

/** The plain data of a home file's YAML (throws a HomeFileError for a YAML error). */
export function parseYamlData(text: string, file: string): unknown {
  return readYaml(text, file).raw;
}

export function parseHomeFile(text: string, file = 'home file'): HomeFile {
  const { raw, lineOf } = readYaml(text, file);
  return checkHomeFile(raw, file, lineOf);
}

/** Checks the plain data of a home file; `lineOf` places a problem in the text. */
function checkHomeFile(raw: unknown, file: string, lineOf: LineOf): HomeFile {
  const c = new Checker(lineOf);
  const top = c.obj(raw, []);
  if (!top) throw new HomeFileError(file, c.problems);

  const known = new Set([
    'version',
    'home',
    'areas',
    'assistants',
    'satellites',
    'grants',
    'security',
    'connections',
    'devices',
  ]);
  for (const k of Object.keys(top)) if (!known.has(k)) c.fail([k], 'unknown top-level key');
  if (top.version !== 1) c.fail(['version'], `must be 1 (got ${JSON.stringify(top.version)})`);

  const homeRaw = c.obj(top.home, ['home']) ?? {};
  const home = {
    id: c.str(homeRaw.id, ['home', 'id'], { id: true }) ?? 'home',
    name: c.str(homeRaw.name, ['home', 'name']) ?? '',
    language: c.str(homeRaw.language, ['home', 'language'], { optional: true }) ?? 'ko-KR',
    timezone: c.str(homeRaw.timezone, ['home', 'timezone'], { optional: true }) ?? 'Asia/Seoul',
  };

  const areas = c.list(top.areas, ['areas']).map((a, i) => {
    const o = c.obj(a, ['areas', i]) ?? {};
    return {
      id: c.str(o.id, ['areas', i, 'id'], { id: true }) ?? '',
      name: c.str(o.name, ['areas', i, 'name']) ?? '',
      aliases: c.strList(o.aliases, ['areas', i, 'aliases']),
    };
  });
  const areaIds = c.unique(
    areas.map((a) => a.id || undefined),
    ['areas'],
    'area',
  );
  const area = (v: unknown, path: (string | number)[]): string | null => {
    const id = c.str(v, path, { optional: true });
    if (id === undefined) return null;
    if (!areaIds.has(id)) c.fail(path, `unknown area '${id}'`);
    return id;
  };

  const assistants = c.list(top.assistants, ['assistants']).map((a, i) => {
    const o = c.obj(a, ['assistants', i]) ?? {};
    const wakeWords = c.strList(o.wakeWords, ['assistants', i, 'wakeWords']);
    if (wakeWords.length === 0) c.fail(['assistants', i, 'wakeWords'], 'needs at least one wake word');
    return {
      id: c.str(o.id, ['assistants', i, 'id'], { id: true }) ?? '',
      name: c.str(o.name, ['assistants', i, 'name']) ?? '',
      provider: c.str(o.provider, ['assistants', i, 'provider'], { optional: true }) ?? '',
      wakeWords,
    };
  });
  const assistantIds = c.unique(
    assistants.map((a) => a.id || undefined),
    ['assistants'],
    'assistant',
  );

  const satellites = c.list(top.satellites, ['satellites']).map((s, i) => {
    const o = c.obj(s, ['satellites', i]) ?? {};
    const list = c.strList(o.assistants, ['satellites', i, 'assistants']);
    list.forEach((a, j) => {
      if (!assistantIds.has(a)) c.fail(['satellites', i, 'assistants', j], `unknown assistant '${a}'`);
    });
    if (o.player !== undefined && typeof o.player !== 'boolean')
      c.fail(['satellites', i, 'player'], 'must be true or false');
    return {
      id: c.str(o.id, ['satellites', i, 'id'], { id: true }) ?? '',
      name: c.str(o.name, ['satellites', i, 'name']) ?? '',
      aliases: c.strList(o.aliases, ['satellites', i, 'aliases']),
      area: area(o.area, ['satellites', i, 'area']),
      assistants: list,
      player: o.player === true,
    };
  });
  const satelliteIds = c.unique(
    satellites.map((s) => s.id || undefined),
    ['satellites'],
    'satellite',
  );

  const grants = c.list(top.grants, ['grants']).map((g, i) => {
    const o = c.obj(g, ['grants', i]) ?? {};
    const assistant = c.str(o.assistant, ['grants', i, 'assistant']) ?? '*';
    if (assistant !== '*' && !assistantIds.has(assistant))
      c.fail(['grants', i, 'assistant'], `unknown assistant '${assistant}'`);
    const rule: HomeFile['grants'][number] = { assistant };
    if (o.privilege !== undefined) {
      if (typeof o.privilege !== 'string' || !PRIVILEGES.includes(o.privilege)) {
        c.fail(['grants', i, 'privilege'], `must be one of ${PRIVILEGES.join(', ')}`);
      } else rule.privilege = o.privilege as NonNullable<typeof rule.privilege>;
    }
    if (o.deny !== undefined) {
      const d = c.obj(o.deny, ['grants', i, 'deny']) ?? {};
      rule.deny = {
        deviceTypes: c.strList(d.deviceTypes, ['grants', i, 'deny', 'deviceTypes']),
        devices: c.strList(d.devices, ['grants', i, 'deny', 'devices']),
        areas: c.strList(d.areas, ['grants', i, 'deny', 'areas']),
      };
      rule.deny.areas.forEach((a, j) => {
        if (!areaIds.has(a)) c.fail(['grants', i, 'deny', 'areas', j], `unknown area '${a}'`);
      });
    }
    if (!rule.privilege && !rule.deny) c.fail(['grants', i], 'needs privilege or deny');
    return rule;
  });

  const secRaw = top.security === undefined ? {} : (c.obj(top.security, ['security']) ?? {});
  const voicePin =
    secRaw.voicePin === undefined ? null : (c.str(secRaw.voicePin, ['security', 'voicePin']) ?? null);
  if (voicePin !== null && !/^\d{4,8}$/.test(voicePin))
    c.fail(['security', 'voicePin'], 'must be 4 to 8 digits (quote it)');
  const security = {
    voicePin,
    rules: c.list(secRaw.rules, ['security', 'rules']).map((r, i) => {
      const o = c.obj(r, ['security', 'rules', i]) ?? {};
      if (o.require !== 'pin' && o.require !== 'forbidden')
        c.fail(['security', 'rules', i, 'require'], "must be 'pin' or 'forbidden'");
      return {
        deviceTypes: c.strList(o.deviceTypes, ['security', 'rules', i, 'deviceTypes']),
        commands: c.strList(o.commands, ['security', 'rules', i, 'commands']),
        require: (o.require === 'forbidden' ? 'forbidden' : 'pin') as 'pin' | 'forbidden',
      };
    }),
  };

  const connections = c.list(top.connections, ['connections']).map((x, i) => {
    const o = c.obj(x, ['connections', i]) ?? {};
    const adapter = c.str(o.adapter, ['connections', i, 'adapter']) ?? '';
    if (adapter && !(ADAPTERS as readonly string[]).includes(adapter)) {
      c.fail(['connections', i, 'adapter'], `unknown adapter '${adapter}' (known: ${ADAPTERS.join(', ')})`);
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
    const base = c.str(baseUrl, ['connections', i, 'baseUrl'], { optional: true });
    if (base !== undefined && !/^https?:\/\//.test(base))
      c.fail(['connections', i, 'baseUrl'], 'must be an http(s) URL');
    const brokerUrl = c.str(broker, ['connections', i, 'broker'], { optional: true });
    if (
      adapter === 'mqtt' &&
      brokerUrl !== undefined &&
      brokerUrl !== 'embedded' &&
      !/^mqtts?:\/\//.test(brokerUrl)
    ) {
      c.fail(['connections', i, 'broker'], "must be 'embedded' or an mqtt:// URL");
    }
    if (['thinq', 'c2c', 'smartthings'].includes(adapter) && simulate !== true && base === undefined) {
      c.fail(['connections', i], 'needs baseUrl when not simulated');
    }
    return {
      id: c.str(id, ['connections', i, 'id'], { id: true }) ?? '',
      adapter,
      simulate: simulate === true,
      ...(base !== undefined ? { baseUrl: base } : {}),
      ...(token !== undefined
        ? { token: expandEnv(c.str(token, ['connections', i, 'token']), `connections.${i}.token`, c) }
        : {}),
      ...(brokerUrl !== undefined ? { broker: brokerUrl } : {}),
      simulator: { devices },
      settings,
    };
  });
  const connIds = c.unique(
    connections.map((x) => x.id || undefined),
    ['connections'],
    'connection',
  );

  const devices = c.list(top.devices, ['devices']).map((d, i) => {
    const o = c.obj(d, ['devices', i]) ?? {};
    const connection = c.str(o.connection, ['devices', i, 'connection']) ?? '';
    if (connection && !connIds.has(connection))
      c.fail(['devices', i, 'connection'], `unknown connection '${connection}'`);
    return {
      id: c.str(o.id, ['devices', i, 'id'], { id: true }) ?? '',
      connection,
      externalId: c.str(o.externalId, ['devices', i, 'externalId']) ?? '',
      name: c.str(o.name, ['devices', i, 'name']) ?? '',
      aliases: c.strList(o.aliases, ['devices', i, 'aliases']),
      area: area(o.area, ['devices', i, 'area']),
    };
  });
  const deviceIds = c.unique(
    devices.map((d) => d.id || undefined),
    ['devices'],
    'device',
  );
  for (const s of satellites) {
    if (s.player && deviceIds.has(s.id))
      c.fail(['satellites'], `player satellite '${s.id}' has the id of a device`);
  }
  const pairs = new Set<string>();
  devices.forEach((d, i) => {
    const key = `${d.connection}\u0000${d.externalId}`;
    if (pairs.has(key))
      c.fail(['devices', i, 'externalId'], `'${d.externalId}' of '${d.connection}' is listed twice`);
    pairs.add(key);
  });
  grants.forEach((g, i) => {
    g.deny?.devices.forEach((id, j) => {
      if (!deviceIds.has(id) && !satelliteIds.has(id))
        c.fail(['grants', i, 'deny', 'devices', j], `unknown device '${id}'`);
    });
  });

  if (c.problems.length > 0) throw new HomeFileError(file, c.problems);
  return { version: 1, home, areas, assistants, satellites, grants, security, connections, devices };
}

/**
 * Reads and checks a home file. With `cacheDir`, the YAML's plain data is kept there (home/cache.ts)
 * and reused while the file's text is unchanged: parsing YAML is most of a large home's start-up.
 * The checks run every time, on the same data, so the outcome is the same as without the cache.
 */
export function loadHomeFile(path: string, opts: { cacheDir?: string } = {}): HomeFile {
  const text = readHomeText(path);
  const cached = opts.cacheDir ? readCachedYaml(opts.cacheDir, path, text) : undefined;
  if (cached !== undefined) return checkWithLazyLines(cached, text, path);
  const { raw, lineOf } = readYaml(text, path);
  const home = checkHomeFile(raw, path, lineOf);
  if (opts.cacheDir) writeCachedYaml(opts.cacheDir, path, text, raw);
  return home;
}

export function readHomeText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new HomeFileError(path, [
      `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    ]);
  }
}

/** Checks parsed data; lines are only needed to report a problem, so the YAML is parsed again only then. */
export function checkWithLazyLines(data: unknown, text: string, path: string): HomeFile {
  let parsed: ReturnType<typeof readYaml> | undefined;
  return checkHomeFile(data, path, (p) => {
    parsed ??= readYaml(text, path);
    return parsed.lineOf(p);
  });
}
