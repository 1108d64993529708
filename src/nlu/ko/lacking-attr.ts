/**
 * "커튼 볼륨 좀 올려 줘", "보일러 채널 올려 줘": a device named with a setting it does not have (a channel
 * of what has no lineup, the volume of what makes no sound at all) is told it cannot ("커튼은 그렇게 할 수
 * 없어요"), never moved by the verb alone (the curtain opened, the heating turned up).
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Understanding } from '../types.js';
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { MSG } from './lexicon/replies.js';
import { compile } from './template.js';

const CANNOT = compile(MSG.cannot);

const has = (d: DeviceDescription, cluster: string) =>
  d.endpoints.some((e) => e.clusters[cluster] !== undefined);

/** The device has the setting: a lineup for a channel; anything that sounds (a speaker, a fan, a cycle) for volume. */
function hasSetting(d: DeviceDescription, attr: string): boolean {
  if (attr === 'channel') return has(d, 'Channel');
  return (
    d.endpoints.some((e) => e.deviceTypes.includes('Speaker')) ||
    ['MediaPlayback', 'FanControl', 'RvcRunMode', 'OperationalState'].some((c) => has(d, c))
  );
}

export function lackingSetting(frames: Frame[], idx: HomeIndex): Understanding | null {
  const named = frames.filter((f) => f.targets.length > 0 && !f.inherited);
  const f = named[0];
  if (named.length !== 1 || !f || f.question || f.chat || f.reason || f.cond || f.targets.length !== 1)
    return null;
  const attr = f.attrs.find((a) => a === 'channel' || a === 'volume');
  const t = f.targets[0];
  // only a setting moved or set ("올려", "돌려", "맞춰"): another verb beside it is its own request
  if (!attr || !t || !(f.verb === 'up' || f.verb === 'down' || f.verb === 'set')) return null;
  const ids = t.devs.length
    ? t.devs
    : (t.kind?.kinds ?? []).flatMap((k) => (idx.byKind.get(k) ?? []).map((d) => d.id));
  const devs = [...new Set(ids)].map((id) => idx.byId.get(id)).filter((d): d is DeviceDescription => !!d);
  if (!devs.length || devs.some((d) => hasSetting(d, attr))) return null;
  const name = t.devs.length === 1 ? (devs[0]?.name ?? t.text) : t.text;
  return {
    understood: true,
    intents: [],
    actions: [],
    answer: CANNOT({ n: name }),
  };
}
