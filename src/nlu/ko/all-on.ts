/**
 * "켜져 있는 거 다 꺼", "거실에 켜진 거 다 꺼 줘", "집에 켜져 있는 거 다 꺼": everything that is on, no kind
 * named, switched off as a group — in the room said, else the satellite's room (the whole home where the
 * satellite has none), or the whole home when the home is said. What is on is what "뭐 켜져 있어?"
 * names (whats-on.ts): devices that switch on and off and are on, so a lock, the gas valve, a
 * refrigerator or a washer in the middle of its course are never touched.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext } from '../types.js';
import { emptyFrame, type Frame, targetRef } from './clause-frame.js';
import { isOn } from './device.js';
import type { HomeIndex } from './home.js';
import { ALL_AFTER, ON_THING_ENDS, ON_THINGS, WHOLE_HOME } from './lexicon/all-on.js';
import { WHATS_ON } from './lexicon/context.js';
import { compileAll } from './template.js';
import type { Normalized } from './text.js';
import { hasLex } from './tokenize.js';

const SAY = compileAll(WHATS_ON);

const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
const PATTERN = new RegExp(`(${alt(ON_THINGS)})(?:${alt(ON_THING_ENDS)})?(?:${alt(ALL_AFTER)})`);
const HOME = new RegExp(alt(WHOLE_HOME));

/** Replaces the turn's clauses by one that switches off everything on in scope; false when it is not that turn. */
export function offAllOn(frames: Frame[], norm: Normalized, home: HomeView, ctx: TurnContext): boolean {
  const m = PATTERN.exec(norm.compact);
  if (!m) return false;
  const off = frames.filter((f) => f.verb === 'off' || f.verbs.includes('off'));
  const o = off[0];
  if (!o || off.length !== 1 || frames.some((f) => f.targets.length)) return false;
  // "켜져 있는 거 다 꺼 줄래?": asked with a request ending, still a request
  if (frames.some((f) => f.question) && !o.req && !o.asked) return false;
  const said = frames.flatMap((f) => f.areas);
  const whole = HOME.test(norm.compact.slice(0, m.index));
  const area = said[0] ?? (whole ? null : ctx.satelliteArea);
  const on = home.devices.filter(
    (d: DeviceDescription) =>
      (area === null || d.area === area) && d.endpoints.some((e) => e.clusters.OnOff) && isOn(d),
  );
  const f = emptyFrame();
  f.verb = 'off';
  f.verbs = ['off'];
  f.asked = o.asked || o.tokens.some((t) => hasLex(t, 'end'));
  f.req = o.req;
  f.tokens = frames.flatMap((x) => x.tokens);
  f.mods.add('all');
  if (area) f.areas = [area];
  f.targets = on.map((d) => targetRef({ devs: [d.id], text: d.name }));
  frames.splice(0, frames.length, f);
  return true;
}

/** "켜져 있는 기기가 없어요": nothing on in scope. */
export function noneOn(f: Frame | undefined, idx: HomeIndex): string {
  const area = f?.areas[0];
  return SAY.none({ where: area ? SAY.where({ area: idx.areaName.get(area) ?? '' }) : '' });
}
