/**
 * "에어컨 바람이 너무 세서 추워" while the air conditioner is off: a complaint about what a named device is
 * doing presumes it is running (wind too strong only with the cold or heat it makes); when every device named is off, the engine tells that it is off instead of
 * acting on the complaint (the state is asked). A complaint that a device is off would fix ("보일러 꺼져서
 * 추워") is not of this class: cold said of heating, heat said of an air conditioner are left alone.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { isOn } from './device.js';
import { indexHome } from './home.js';
import type { Sense } from './lexicon/speech.js';

/** What each complaint presumes a device of that kind is doing. */
const PRESUMES: Partial<Record<Sense, string[]>> = {
  loud: ['tv', 'speaker'],
  bright: ['light'],
  cold: ['aircon', 'fan', 'ventilator'],
  hot: ['heating'],
};

export function presumedOn(frames: Frame[], home: HomeView): void {
  if (!frames.some((f) => f.complaint !== null)) return;
  const idx = indexHome(home);
  const off = (f: Frame): boolean => {
    if (f.complaint === null || f.question || (f.verb && f.verb !== 'hot') || !f.targets.length) return false;
    const kinds = PRESUMES[f.complaint];
    if (kinds === undefined) return false;
    return f.targets.every((t) => {
      if (!t.devs.length) return false;
      return t.devs.every((id) => {
        const d = idx.byId.get(id);
        return d !== undefined && kinds.some((k) => idx.kinds.get(id)?.[0] === k) && !isOn(d);
      });
    });
  };
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const next = frames[i + 1];
    // "바람이 너무 세서 추워": wind too strong, joined to the cold it makes, is that complaint's reason
    if (f.complaint === 'strong' && next?.inherited && off(next)) {
      f.complaint = null;
      f.reason = true;
      asked(next);
      i++;
    } else if (off(f)) asked(f);
  }
}

function asked(f: Frame): void {
  f.complaint = null;
  f.reason = false;
  f.verb = 'query';
  f.verbs = ['query'];
  f.attrs = [];
  f.attr = null;
  f.state = 'on';
  f.question = true;
}
