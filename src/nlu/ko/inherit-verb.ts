/**
 * "안방 보일러 꺼 줘 청소 좀 해 주시겠어요": a clause that only inherited its device from the clause before,
 * asking an action only another kind of device does (cleaning is a robot cleaner's, a channel number a
 * tuner's), is about that other device: the inherited one is dropped and the action decides.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import { epWith } from './device.js';
import type { HomeIndex } from './home.js';
import type { VerbKey } from './lexicon/words.js';

/** Actions only a device with this cluster does. */
const DOES: Partial<Record<VerbKey, (d: DeviceDescription) => boolean>> = {
  clean: (d) => !!epWith(d, 'RvcRunMode'),
  // "현관문 열어, 음소거 해 줘", "에어컨 올려 줘, 문단속 해 줘" (fixer fx28)
  mute: (d) => !!(epWith(d, 'MediaPlayback') || epWith(d, 'Channel')),
  unmute: (d) => !!(epWith(d, 'MediaPlayback') || epWith(d, 'Channel')),
  lock: (d) => !!(epWith(d, 'DoorLock') || epWith(d, 'ValveConfigurationAndControl')),
};

/** "세탁기 일시정지 이사번 틀어": a number said as "N번" with no setting named is a channel, a tuner's. */
const tunes = (d: DeviceDescription): boolean => !!epWith(d, 'Channel');

export function dropForeignActor(f: Frame, idx: HomeIndex): void {
  if (!f.inherited || f.complaint) return;
  const channel = !f.attrs.length && f.numbers.length === 1 && f.numbers[0]?.unit === 'num';
  const does = channel ? tunes : f.verb !== null ? DOES[f.verb] : undefined;
  if (!does || !f.targets.length || f.targets.some((t) => !t.devs.length && !t.kind)) return;
  const devs = f.targets.flatMap((t) =>
    t.devs.length
      ? t.devs.map((id) => idx.byId.get(id))
      : (t.kind?.kinds ?? []).flatMap((k) => idx.byKind.get(k) ?? []),
  );
  if (!devs.length || devs.some((d) => d === undefined || does(d))) return;
  f.targets = [];
  f.inherited = false;
}
