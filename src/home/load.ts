/**
 * Loads and checks a home file (docs/home-file.md, version 1). A bad file is refused with a
 * HomeFileError naming the place (path in the file, and the line where known) and the problem.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Node as YamlNode } from 'yaml';
import { readCachedYaml, writeCachedYaml } from './cache.js';
import { parseCare } from './care.js';
import { Checker, type Path } from './check.js';
import { parseConnections } from './connections.js';
import { parseMatter } from './matter.js';
import { parseOpenFloor } from './open-floor.js';
import { parseLocation, parseRoutines } from './routines.js';
import type { HomeFile } from './types.js';
import { parseSatelliteWyoming, parseVoice } from './voice.js';

export class HomeFileError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[], message?: string) {
    const shown = problems.slice(0, MAX_SHOWN);
    const more = problems.length - shown.length;
    super(
      message ??
        `${file}: the home file is not valid:\n  - ${shown.join('\n  - ')}${more > 0 ? `\n  … and ${more} more` : ''}`,
    );
    this.name = 'HomeFileError';
    this.problems = problems;
  }
}

/** At most this many problems are in the message (all are in `problems`). */
const MAX_SHOWN = 15;
const PRIVILEGES = ['view', 'operate', 'manage', 'administer'];
const TOP_KEYS = [
  'version',
  'home',
  'areas',
  'assistants',
  'satellites',
  'grants',
  'security',
  'connections',
  'devices',
  'openFloor',
  'voice',
  'routines',
  'care',
  'matter',
] as const;

type LineOf = (path: (string | number)[]) => number | undefined;

type YamlLib = typeof import('yaml');
let yamlLib: YamlLib | undefined;
/** The YAML parser, loaded on first use: a start with a cached home file (home/cache.ts) never needs it. */
const loadYaml = (): YamlLib => {
  yamlLib ??= createRequire(import.meta.url)('yaml') as YamlLib;
  return yamlLib;
};

/** YAML text to plain data, and where each path of it is in the text (for the problems' lines). */
function readYaml(text: string, file: string): { raw: unknown; lineOf: LineOf } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = loadYaml();
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
  const lineOf = (path: Path): number | undefined => {
    // The node at the path, else its nearest parent in the file (for a key that is missing). A
    // path that ends at a key is placed on the key's line, not its value's (a block starts below).
    let node: unknown = doc.contents;
    let at: unknown = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        node = pair.value;
        at = pair.key;
      } else {
        const next = isSeq(node) ? node.get(Number(key), true) : undefined;
        if (next === undefined) break;
        node = next;
        at = next;
      }
    }
    const range = (at as YamlNode | undefined)?.range;
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
  if (raw === null || raw === undefined)
    throw new HomeFileError(file, [
      'the file is empty: a home file starts with `version: 1` (docs/home-file.md)',
    ]);
  const top = c.obj(raw, []);
  if (!top) throw new HomeFileError(file, c.problems);

  const unknownTop = c.keys(top, [], TOP_KEYS, 'top-level key');
  // A misspelt section (`area:`) is reported once, not again at every reference to what it lists.
  const absent = (k: (typeof TOP_KEYS)[number]) => unknownTop.length > 0 && top[k] === undefined;
  if (top.version === undefined) c.fail(['version'], 'is missing: a home file starts with `version: 1`');
  else if (top.version !== 1) c.fail(['version'], `must be 1 (got ${JSON.stringify(top.version)})`);

  const homeRaw = c.record(top.home, ['home'], ['id', 'name', 'language', 'timezone', 'location']);
  const home = {
    id: c.str(homeRaw.id, ['home', 'id'], { id: true }) ?? 'home',
    name: c.name(homeRaw.name, ['home', 'name']) ?? '',
    language: c.str(homeRaw.language, ['home', 'language'], { optional: true }) ?? 'ko-KR',
    timezone: c.str(homeRaw.timezone, ['home', 'timezone'], { optional: true }) ?? 'Asia/Seoul',
    ...parseLocation(homeRaw.location, c),
  };

  const areas = c.list(top.areas, ['areas']).map((a, i) => {
    const o = c.record(a, ['areas', i], ['id', 'name', 'aliases']);
    return {
      id: c.str(o.id, ['areas', i, 'id'], { id: true }) ?? '',
      name: c.name(o.name, ['areas', i, 'name']) ?? '',
      aliases: c.nameList(o.aliases, ['areas', i, 'aliases']),
    };
  });
  const areaIds = c.unique(
    areas.map((a) => a.id || undefined),
    ['areas'],
    'area',
  );
  const area = (v: unknown, path: Path): string | null => {
    const id = c.str(v, path, { optional: true });
    if (id === undefined) return null;
    if (!areaIds.has(id) && !absent('areas')) c.fail(path, `unknown area '${id}'`);
    return id;
  };

  const assistants = c.list(top.assistants, ['assistants']).map((a, i) => {
    const o = c.record(a, ['assistants', i], ['id', 'name', 'provider', 'wakeWords']);
    const wakeWords = c.nameList(o.wakeWords, ['assistants', i, 'wakeWords']);
    if (wakeWords.length === 0) c.fail(['assistants', i, 'wakeWords'], 'needs at least one wake word');
    return {
      id: c.str(o.id, ['assistants', i, 'id'], { id: true }) ?? '',
      name: c.name(o.name, ['assistants', i, 'name']) ?? '',
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
    const o = c.record(
      s,
      ['satellites', i],
      ['id', 'name', 'aliases', 'area', 'assistants', 'player', 'wyoming'],
    );
    const wyoming = parseSatelliteWyoming(o.wyoming, c, ['satellites', i, 'wyoming']);
    const list = c.strList(o.assistants, ['satellites', i, 'assistants']);
    list.forEach((a, j) => {
      if (!assistantIds.has(a) && !absent('assistants'))
        c.fail(['satellites', i, 'assistants', j], `unknown assistant '${a}'`);
    });
    if (o.player !== undefined && typeof o.player !== 'boolean')
      c.fail(['satellites', i, 'player'], 'must be true or false');
    return {
      id: c.str(o.id, ['satellites', i, 'id'], { id: true }) ?? '',
      name: c.name(o.name, ['satellites', i, 'name']) ?? '',
      aliases: c.nameList(o.aliases, ['satellites', i, 'aliases']),
      area: area(o.area, ['satellites', i, 'area']),
      assistants: list,
      player: o.player === true,
      ...(wyoming !== undefined ? { wyoming } : {}),
    };
  });
  const satelliteIds = c.unique(
    satellites.map((s) => s.id || undefined),
    ['satellites'],
    'satellite',
  );

  const grants = c.list(top.grants, ['grants']).map((g, i) => {
    const o = c.record(g, ['grants', i], ['assistant', 'privilege', 'deny']);
    const assistant = c.str(o.assistant, ['grants', i, 'assistant']) ?? '*';
    if (assistant !== '*' && !assistantIds.has(assistant) && !absent('assistants'))
      c.fail(['grants', i, 'assistant'], `unknown assistant '${assistant}'`);
    const rule: HomeFile['grants'][number] = { assistant };
    if (o.privilege !== undefined) {
      if (typeof o.privilege !== 'string' || !PRIVILEGES.includes(o.privilege)) {
        c.fail(['grants', i, 'privilege'], `must be one of ${PRIVILEGES.join(', ')}`);
      } else rule.privilege = o.privilege as NonNullable<typeof rule.privilege>;
    }
    if (o.deny !== undefined) {
      const d = c.record(o.deny, ['grants', i, 'deny'], ['deviceTypes', 'devices', 'areas']);
      rule.deny = {
        deviceTypes: c.strList(d.deviceTypes, ['grants', i, 'deny', 'deviceTypes']),
        devices: c.strList(d.devices, ['grants', i, 'deny', 'devices']),
        areas: c.strList(d.areas, ['grants', i, 'deny', 'areas']),
      };
      rule.deny.areas.forEach((a, j) => {
        if (!areaIds.has(a) && !absent('areas'))
          c.fail(['grants', i, 'deny', 'areas', j], `unknown area '${a}'`);
      });
    }
    if (!rule.privilege && !rule.deny) c.fail(['grants', i], 'needs privilege or deny');
    return rule;
  });

  const secRaw =
    top.security === undefined ? {} : c.record(top.security, ['security'], ['voicePin', 'rules']);
  const voicePin =
    secRaw.voicePin === undefined ? null : (c.str(secRaw.voicePin, ['security', 'voicePin']) ?? null);
  if (voicePin !== null && !/^\d{4,8}$/.test(voicePin))
    c.fail(['security', 'voicePin'], 'must be 4 to 8 digits (quote it)');
  const security = {
    voicePin,
    rules: c.list(secRaw.rules, ['security', 'rules']).map((r, i) => {
      const o = c.record(r, ['security', 'rules', i], ['deviceTypes', 'commands', 'require']);
      if (o.require !== 'pin' && o.require !== 'forbidden')
        c.fail(['security', 'rules', i, 'require'], "must be 'pin' or 'forbidden'");
      return {
        deviceTypes: c.strList(o.deviceTypes, ['security', 'rules', i, 'deviceTypes']),
        commands: c.strList(o.commands, ['security', 'rules', i, 'commands']),
        require: (o.require === 'forbidden' ? 'forbidden' : 'pin') as 'pin' | 'forbidden',
      };
    }),
  };

  const connections = parseConnections(top.connections, c);
  const connIds = c.unique(
    connections.map((x) => x.id || undefined),
    ['connections'],
    'connection',
  );

  const devices = c.list(top.devices, ['devices']).map((d, i) => {
    const o = c.record(d, ['devices', i], ['id', 'connection', 'externalId', 'name', 'aliases', 'area']);
    const connection = c.str(o.connection, ['devices', i, 'connection']) ?? '';
    if (connection && !connIds.has(connection) && !absent('connections'))
      c.fail(['devices', i, 'connection'], `unknown connection '${connection}'`);
    return {
      id: c.str(o.id, ['devices', i, 'id'], { id: true }) ?? '',
      connection,
      externalId: c.str(o.externalId, ['devices', i, 'externalId']) ?? '',
      name: c.name(o.name, ['devices', i, 'name']) ?? '',
      aliases: c.nameList(o.aliases, ['devices', i, 'aliases']),
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
      if (!deviceIds.has(id) && !satelliteIds.has(id) && !absent('devices'))
        c.fail(['grants', i, 'deny', 'devices', j], `unknown device '${id}'`);
    });
  });

  const openFloor = parseOpenFloor(top.openFloor, c);
  const voice = parseVoice(top.voice, c, home.language);
  satellites.forEach((s, i) => {
    if (s.wyoming !== undefined && !voice?.stt)
      c.fail(['satellites', i, 'wyoming'], 'a Wyoming satellite needs a recognizer: set voice.stt');
  });
  const routines = parseRoutines(top.routines, c, new Set([...deviceIds, ...satelliteIds]));
  const care = parseCare(top.care, c, {
    assistants: new Set(assistants.map((a) => a.id)),
    satellites: new Map(satellites.map((s) => [s.id, s.assistants])),
  });
  const matter = parseMatter(top.matter, c, absent('assistants') ? null : assistantIds);

  if (c.problems.length > 0) throw new HomeFileError(file, c.problems);
  return {
    version: 1,
    home,
    areas,
    assistants,
    satellites,
    grants,
    security,
    connections,
    devices,
    openFloor,
    ...(voice ? { voice } : {}),
    ...routines,
    ...(care ? { care } : {}),
    matter,
  };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
};

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
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? (err as Error).message;
    throw new HomeFileError(path, [`cannot read the file: ${why}`], `cannot read ${path}: ${why}`);
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
