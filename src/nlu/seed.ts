/**
 * The spine's stand-in understanding stage: the two seed sentences and close variants only
 * ("냉장고 온도 3도로 낮춰줘", "지니 TV 채널 KBS1으로 바꿔줘"). The Korean engine (src/nlu/ko)
 * replaces it; it stays as the smallest example of the Understander interface.
 */
import type { DeviceDescription } from '../model/types.js';
import type { ActionOutcome, HomeView, Understander, Understanding } from './types.js';

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

function findDevice(text: string, devices: DeviceDescription[]): DeviceDescription | undefined {
  const t = squash(text);
  let best: { d: DeviceDescription; len: number } | undefined;
  for (const d of devices) {
    for (const n of [d.name, ...(d.aliases ?? [])]) {
      const s = squash(n);
      if (t.includes(s) && (!best || s.length > best.len)) best = { d, len: s.length };
    }
  }
  return best?.d;
}

const notUnderstood: Understanding = {
  understood: false,
  intents: [],
  actions: [],
  answer: '죄송해요, 잘 못 알아들었어요.',
};

export const seedUnderstander: Understander = {
  understand(text: string, home: HomeView): Understanding {
    const device = findDevice(text, home.devices);
    if (!device) return notUnderstood;
    const t = squash(text);
    const temp = /(영하|마이너스|-)?(\d+)도/.exec(t);
    const cabinet = device.endpoints.find((e) =>
      e.tags.includes(t.includes('냉동') ? 'Freezer' : 'Refrigerator'),
    );
    if (temp && cabinet?.clusters.TemperatureControl) {
      const c = Number(temp[2]) * (temp[1] ? -1 : 1);
      return {
        understood: true,
        intents: [{ intent: 'YdSetTemperature', slots: { name: device.name, temperature: c } }],
        actions: [
          {
            deviceId: device.id,
            endpoint: cabinet.id,
            cluster: 'TemperatureControl',
            command: 'SetTemperature',
            args: { TargetTemperature: c * 100 },
          },
        ],
      };
    }
    const main = device.endpoints.find((e) => e.clusters.Channel);
    const list = (main?.clusters.Channel?.ChannelList ?? []) as Array<{
      MajorNumber: number;
      Name: string;
      Aliases?: string[];
    }>;
    if (main && t.includes('채널')) {
      const ch =
        list.find((c) => [c.Name, ...(c.Aliases ?? [])].some((n) => t.includes(squash(n)))) ??
        list.find((c) => new RegExp(`채널${c.MajorNumber}번?`).test(t));
      if (ch) {
        return {
          understood: true,
          intents: [{ intent: 'YdSetChannel', slots: { name: device.name, channel: ch.Name } }],
          actions: [
            {
              deviceId: device.id,
              endpoint: main.id,
              cluster: 'Channel',
              command: 'ChangeChannelByNumber',
              args: { MajorNumber: ch.MajorNumber, MinorNumber: 0 },
            },
          ],
        };
      }
    }
    return notUnderstood;
  },

  reply(u: Understanding, outcomes: ActionOutcome[], home: HomeView): string {
    const o = outcomes[0];
    if (!o) return u.answer ?? '';
    const name = home.devices.find((d) => d.id === o.action.deviceId)?.name ?? '';
    if (o.status === 'error') return `${name}에 명령을 보내지 못했어요.`;
    if (o.action.cluster === 'TemperatureControl') {
      return `${name} 온도를 ${Number(o.action.args.TargetTemperature) / 100}도로 맞췄어요.`;
    }
    return `${name} 채널을 ${String(o.action.args.MajorNumber)}번으로 바꿨어요.`;
  },
};
