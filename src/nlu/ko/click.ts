/**
 * "거실 불 딸깍", "장판 똑딱 해 줘": a switch's sound said to a device, with no verb, switches it to the other state
 * from the one it is in (off → on, on → off). The device must be known: named, or of a kind in a room said; else
 * nothing is guessed and the engine asks what to do with it (fixer fx45). Words: CLICK_WORDS in lexicon/click.ts.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView } from '../types.js';
import type { Frame, TargetRef } from './clause-frame.js';
import { epWith, isOn } from './device.js';
import { indexHome } from './home.js';
import { CLICK_HEARD_AFTER, CLICK_WORDS, SOUND_FROM } from './lexicon/click.js';

const CLICK = new Set(CLICK_WORDS);
const HEARD = CLICK_HEARD_AFTER;
const FROM = new Set(SOUND_FROM);

/** The click word is a sound heard: a word of hearing after it, or a device said as where it came from. */
const heard = (f: Frame, compact: string): boolean => {
  const at = f.tokens.findIndex((t) => CLICK.has(t.text));
  const click = f.tokens[at];
  if (!click) return false;
  if (HEARD.some((w) => compact.startsWith(w, click.end))) return true;
  return f.tokens.some((t, k) => k < at && FROM.has(t.text));
};

export function markClick(frames: Frame[], home: HomeView, compact: string): void {
  for (const f of frames) {
    if (f.verb !== null && f.verb !== 'do') continue;
    if (!f.tokens.some((t) => CLICK.has(t.text))) continue;
    if (!f.targets.length || f.question || f.chat || f.complaint || f.state || heard(f, compact)) continue;
    const devs = f.targets.flatMap((t) => devicesOf(t, f, home));
    if (!devs.length || !devs.every((d) => epWith(d, 'OnOff'))) continue;
    const verb = devs.every(isOn) ? 'off' : 'on';
    f.verb = verb;
    f.verbs = [verb];
    f.asked = true;
  }
}

/** The devices a target names: by name, or of its kind in the room said. */
function devicesOf(t: TargetRef, f: Frame, home: HomeView): DeviceDescription[] {
  if (t.devs.length) return home.devices.filter((d) => t.devs.includes(d.id));
  const areas = t.areas.length ? t.areas : f.areas;
  if (!t.kind || !areas.length) return [];
  const kinds = indexHome(home).kinds;
  const want = t.kind.kinds;
  return home.devices.filter(
    (d) => d.area !== null && areas.includes(d.area) && (kinds.get(d.id) ?? []).some((k) => want.includes(k)),
  );
}
