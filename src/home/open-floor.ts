/** The home file's `openFloor` section: the external Open Floor agents the hub may invite or forward to. */
import type { Checker } from './check.js';
import type { OpenFloorSettings } from './types.js';

export function parseOpenFloor(v: unknown, c: Checker): OpenFloorSettings {
  if (v === undefined || v === null) return { agents: [] };
  const o = c.record(v, ['openFloor'], ['agents']);
  const agents = c.list(o.agents, ['openFloor', 'agents']).flatMap((a, i) => {
    const p = ['openFloor', 'agents', i];
    const x = c.record(a, p, ['url', 'name']);
    const url = c.str(x.url, [...p, 'url']);
    const name = c.name(x.name, [...p, 'name']);
    if (url !== undefined && !isHttpUrl(url)) c.fail([...p, 'url'], `'${url}' is not an http(s) URL`);
    return url !== undefined && name !== undefined ? [{ url, name }] : [];
  });
  c.unique(
    agents.map((a) => a.url),
    ['openFloor', 'agents'],
    'Open Floor agent',
    'url',
  );
  c.unique(
    agents.map((a) => a.name),
    ['openFloor', 'agents'],
    'Open Floor agent',
    'name',
  );
  return { agents };
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
