/**
 * "에어컨 켜 주고 볼륨 좀 줄여 줘", "주방 불 켜고 채널 올려", "가스 잠가 줘 그리고 KBS2 틀어", "불 켜 주고 지금 몇
 * 도야?": a clause that only inherited its device (named, or a device word) from the clause before, naming a
 * setting or a reading that device does not have (volume, a channel or a channel by name, brightness,
 * temperature, humidity, CO2, fine dust), is about another device: the inherited one is dropped and the setting
 * decides (the TV, the player, the room's sensor). A complaint keeps what it inherited.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import { epWith } from './device.js';
import type { HomeIndex } from './home.js';
import type { AttrKey } from './lexicon/words.js';

const HAS: Partial<Record<AttrKey, (d: DeviceDescription) => boolean>> = {
  volume: (d) => !!(epWith(d, 'MediaPlayback') || epWith(d, 'Channel')),
  channel: (d) => !!epWith(d, 'Channel'),
  brightness: (d) => !!epWith(d, 'LevelControl') && d.deviceType.endsWith('Light'),
  humidity: (d) => !!epWith(d, 'RelativeHumidityMeasurement'),
  co2: (d) => !!epWith(d, 'CarbonDioxideConcentrationMeasurement'),
  pm25: (d) => !!epWith(d, 'Pm25ConcentrationMeasurement'),
  // "불 켜 주고 지금 몇 도야?": a temperature asked after a light is the room's
  temperature: (d) =>
    !!(epWith(d, 'Thermostat') || epWith(d, 'TemperatureMeasurement') || epWith(d, 'TemperatureControl')),
};

export function dropForeignInheritance(f: Frame, idx: HomeIndex): void {
  if (!f.inherited || f.complaint) return;
  if (!f.targets.length || f.targets.some((t) => !t.devs.length && !t.kind)) return;
  // ("가스 잠가 줘 그리고 KBS2 틀어": a channel said by name asks for a tuner too)
  const checks = [...f.attrs, ...(f.channel ? (['channel'] as const) : [])]
    .map((a) => HAS[a])
    .filter((c) => c !== undefined);
  if (!checks.length) return;
  // "주방 불 켜고 채널 올려": a device word inherited stands for every device of its kind
  const devs = f.targets.flatMap((t) =>
    t.devs.length
      ? t.devs.map((id) => idx.byId.get(id))
      : (t.kind?.kinds ?? []).flatMap((k) => idx.byKind.get(k) ?? []),
  );
  if (!devs.length) return;
  if (devs.some((d) => d === undefined || checks.some((has) => has(d)))) return;
  f.targets = [];
  f.inherited = false;
}
