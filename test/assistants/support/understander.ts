/**
 * A test-only understanding stage for the pipeline tests: just the sentences these tests speak,
 * resolved against the home view, so the pipeline's own behaviour is tested independently of the
 * Korean engine's coverage.
 */
import type { DeviceDescription } from '../../../src/model/types.js';
import type { HomeView, PlannedAction, Understander, Understanding } from '../../../src/nlu/types.js';

const squash = (s: string) => s.replace(/[\s.,!?]+/g, '');

function device(text: string, home: HomeView, type: string): DeviceDescription | undefined {
  const t = squash(text);
  return home.devices.find(
    (d) => d.deviceType === type && [d.name, ...(d.aliases ?? [])].some((n) => t.includes(squash(n))),
  );
}

const act = (
  d: DeviceDescription,
  cluster: string,
  command: string,
  args: Record<string, unknown> = {},
): PlannedAction => ({
  deviceId: d.id,
  endpoint: d.endpoints[0]?.id ?? 'main',
  cluster,
  command,
  args,
});

const ok = (intent: string, actions: PlannedAction[]): Understanding => ({
  understood: true,
  intents: [{ intent, slots: {} }],
  actions,
});

export const testUnderstander: Understander = {
  understand(text, home) {
    const t = squash(text);
    const door = device(text, home, 'DoorLock');
    if (door && /열어/.test(t)) return ok('YdUnlock', [act(door, 'DoorLock', 'UnlockDoor')]);
    if (door && /잠가|잠궈|잠금/.test(t)) return ok('YdLock', [act(door, 'DoorLock', 'LockDoor')]);
    const gas = device(text, home, 'GasValve');
    if (gas && /열어/.test(t)) return ok('YdOpenValve', [act(gas, 'ValveConfigurationAndControl', 'Open')]);
    if (gas && /잠가|잠궈|닫아|차단/.test(t))
      return ok('YdCloseValve', [act(gas, 'ValveConfigurationAndControl', 'Close')]);
    const heat = device(text, home, 'Thermostat');
    const deg = /(\d+)도/.exec(t);
    if (heat && deg)
      return ok('YdSetHeat', [
        act(heat, 'Thermostat', 'WriteAttributes', { OccupiedHeatingSetpoint: Number(deg[1]) * 100 }),
      ]);
    return { understood: false, intents: [], actions: [], answer: '죄송해요, 잘 못 알아들었어요.' };
  },
  reply(_u, outcomes, home) {
    return outcomes
      .map((o) => {
        const name = home.devices.find((d) => d.id === o.action.deviceId)?.name ?? o.action.deviceId;
        return o.status === 'success' ? `${name}: ${o.action.command} 완료.` : `${name}: 실패.`;
      })
      .join(' ');
  },
};
