/**
 * "지금 켜져 있는 거 뭐 있어?", "거실에 켜진 거 있어?": what is on, asked of no device, is answered
 * from the whole home (or the room said) — the devices that are on, by name (natural-4, fixer fx2).
 */
import type { HomeView, Understanding } from '../types.js';
import type { Frame } from './clause-frame.js';
import { isOn } from './device.js';
import type { HomeIndex } from './home.js';
import { WHATS_ON } from './lexicon/context.js';
import { compileAll } from './template.js';

const SAY = compileAll(WHATS_ON);

export function whatsOn(frames: Frame[], home: HomeView, idx: HomeIndex): Understanding | null {
  if (frames.length !== 1) return null;
  const f = frames[0] as Frame;
  if (!f.question || f.state !== 'on' || f.targets.length || f.attrs.length || f.verb === 'on') return null;
  const area = f.areas[0] ?? null;
  const on = home.devices.filter(
    (d) => (area === null || d.area === area) && d.endpoints.some((e) => e.clusters.OnOff) && isOn(d),
  );
  const where = area ? SAY.where({ area: idx.areaName.get(area) ?? '' }) : '';
  const names = on.map((d) => d.name);
  const answer = names.length ? SAY.some({ where, names: names.join(', ') }) : SAY.none({ where });
  return {
    understood: true,
    intents: [{ intent: 'HassGetState', slots: { state: 'on' } }],
    actions: [],
    answer,
  };
}
