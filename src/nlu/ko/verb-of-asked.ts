/**
 * "불 켜져 있어? 끄고 가스도 잠가": after a question about one device, a request whose first clause is only a verb
 * (no device, room or setting of its own, joined to the next request) is that device's — the verb is said of the
 * device just asked about, as "TV 켜고 채널 11번으로" inherits within one clause. Fixer fx44, issue #13 (natural-23 T).
 * Reached only where asked-and-request.ts has cut a question from a request.
 */
import type { HomeView, TurnContext, Understanding } from '../types.js';
import { askedIds, type Understand } from './asked-cycle-verb.js';
import { WEAK_VERBS } from './extract.js';
import { indexHome } from './home.js';
import { parse } from './parse.js';

export function verbOfAsked(
  q: Understanding,
  rText: string,
  home: HomeView,
  ctx: TurnContext,
  understand: Understand,
): Understanding | null {
  const ids = askedIds(q);
  if (ids.size !== 1) return null;
  const p = parse(rText, indexHome(home).dyn);
  const first = p.frames[0];
  if (!first || p.frames.length < 2 || !first.verb || WEAK_VERBS.has(first.verb)) return null;
  if (first.targets.length || first.areas.length || first.attrs.length || first.numbers.length) return null;
  const [id] = ids;
  const d = home.devices.find((x) => x.id === id);
  if (!d) return null;
  const r = understand(`${d.name} ${rText}`, home, ctx);
  return r.understood && r.actions.some((a) => a.deviceId === id) && !r.ask ? r : null;
}
