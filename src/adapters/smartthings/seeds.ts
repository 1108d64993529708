/**
 * Devices the home file already declares under the connection (`simulator.devices`), shown offline
 * until SmartThings answers: the hub knows their shape even when the cloud is down at start
 * ("restore known devices first, discover after").
 */
import type { SimDeviceSeed } from '../../home/types.js';
import { type ChannelInfo, refrigerator, roboticVacuum, videoPlayer } from '../../model/devices.js';
import type { Endpoint } from '../../model/types.js';

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

function channels(seed: SimDeviceSeed): ChannelInfo[] {
  const list = Array.isArray(seed.channels) ? (seed.channels as Array<Record<string, unknown>>) : [];
  return list.flatMap((c) => {
    const [major, minor] = String(c.number ?? '').split('.');
    if (!major || !/^\d+$/.test(major)) return [];
    const info: ChannelInfo = {
      MajorNumber: Number(major),
      MinorNumber: Number(minor ?? 0),
      Name: String(c.name ?? ''),
    };
    if (Array.isArray(c.aliases) && c.aliases.length) info.Aliases = c.aliases.map(String);
    return [info];
  });
}

export function seedEndpoints(seed: SimDeviceSeed): { deviceType: string; endpoints: Endpoint[] } | null {
  const s = seed.state ?? {};
  switch (seed.type) {
    case 'kimchi-refrigerator': {
      const cabinet = (id: string, name: string, tag: string, c: number) => ({
        id,
        name,
        tags: [tag],
        setpoint: Math.round(c * 100),
        min: -500,
        max: 500,
        step: 100,
      });
      return {
        deviceType: 'Refrigerator',
        endpoints: refrigerator({
          cabinets: [
            cabinet('upper', '상칸', 'Upper', num(s.upperC, 0)),
            cabinet('lower', '하칸', 'Lower', num(s.lowerC, 0)),
          ],
        }),
      };
    }
    case 'tv':
      return {
        deviceType: 'BasicVideoPlayer',
        endpoints: videoPlayer({
          on: s.on === true,
          channels: channels(seed),
          current: s.channel === undefined ? null : Number.parseInt(String(s.channel), 10),
          volume: num(s.volume, 0),
          muted: s.muted === true,
        }),
      };
    case 'robot-vacuum':
      return {
        deviceType: 'RoboticVacuumCleaner',
        endpoints: roboticVacuum({
          running: s.running === true,
          operational: s.running === true ? 1 : 0x41,
          batteryHalfPercent: Math.round(num(s.battery, 0) * 2),
        }),
      };
    default:
      return null;
  }
}
