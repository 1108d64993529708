/**
 * "거실 불 켜 줘, 아니 거기 말고 음… 어디더라": the place of a request taken back with nothing put instead,
 * the speaker wondering where, leaves the device's kind and no place: the devices of that kind are asked
 * about.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { DEVICE_KINDS } from './home.js';
import { PLACE_TAKEN_BACK, WHERE_WONDERED } from './lexicon/place-wondered.js';
import { KINDS } from './lexicon/words.js';

export function placeWondered(frames: Frame[], compact: string, home: HomeView): void {
  // the first place taken back
  let at = -1;
  for (const w of PLACE_TAKEN_BACK) {
    const i = compact.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return;
  if (!WHERE_WONDERED.some((w) => compact.indexOf(w, at) > at)) return;
  // the request said last before the place was taken back
  const f = frames.findLast(
    (g) => !g.reason && !g.chat && g.verb !== null && g.targets.length > 0 && (g.tokens[0]?.start ?? at) < at,
  );
  if (!f) return;
  let changed = false;
  for (const t of f.targets) {
    if (t.devs.length !== 1) continue;
    const dev = home.devices.find((d) => d.id === t.devs[0]);
    const kind = dev ? DEVICE_KINDS[dev.deviceType]?.[0] : undefined;
    const word = KINDS.find(([, k]) => k.kinds[0] === kind)?.[1];
    if (!word) continue;
    t.devs = [];
    t.kind = word;
    t.areas = [];
    changed = true;
  }
  if (!changed) return;
  f.areas = [];
  f.roomUnknown = true;
}
