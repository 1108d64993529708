import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Adapter, AdapterContext } from '../../src/adapters/types.js';
import { createVirtualAdapter } from '../../src/adapters/virtual/index.js';
import type { StatePatch } from '../../src/model/types.js';
import { silentLogger } from '../../src/util/log.js';
import { rejectionOf } from '../support/commands.js';
import { demoConnection } from '../support/connections.js';

const wallpad = demoConnection('wallpad');

let adapter: Adapter;
let events: Array<{ id: string; patches: StatePatch[] }>;

function start(settings: Record<string, unknown> = {}, devices = wallpad.simulator.devices): Promise<void> {
  events = [];
  const ctx: AdapterContext = {
    connection: { ...wallpad, simulate: false, settings, simulator: { devices } },
    log: silentLogger,
    events: {
      state: (id, patches) => events.push({ id, patches }),
      online: () => {},
      devicesChanged: () => {},
    },
    timeoutMs: 1000,
    pollMs: 1000,
  };
  adapter = createVirtualAdapter(ctx);
  return adapter.start();
}

const clusters = (id: string) =>
  adapter.devices().find((d) => d.externalId === id)?.endpoints[0]?.clusters ?? {};
const run = (id: string, cluster: string, command: string, args: Record<string, unknown> = {}) =>
  adapter.execute(id, { endpoint: 'main', cluster, command, args });
const lastEvent = (id: string, attr: string) =>
  events
    .filter((e) => e.id === id)
    .flatMap((e) => e.patches)
    .filter((p) => attr in p.attributes)
    .at(-1)?.attributes[attr];

describe('virtual adapter (wall-pad devices)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    await adapter.stop();
    vi.useRealTimers();
  });

  it('builds every wall-pad device of the home file in the Matter shapes, online', async () => {
    await start();
    const types = adapter.devices().map((d) => [d.externalId, d.deviceType, d.online]);
    expect(types).toEqual([
      ['heat-living', 'Thermostat', true],
      ['heat-master', 'Thermostat', true],
      ['door-01', 'DoorLock', true],
      ['gas-01', 'GasValve', true],
      ['vent-01', 'Fan', true],
      ['curtain-01', 'WindowCovering', true],
    ]);
    expect(clusters('heat-living').Thermostat).toMatchObject({
      LocalTemperature: 2100,
      OccupiedHeatingSetpoint: 2200,
      MinHeatSetpointLimit: 1000,
      MaxHeatSetpointLimit: 4000,
      SystemMode: 4,
    });
    expect(clusters('heat-master').Thermostat).toMatchObject({
      LocalTemperature: 2250,
      OccupiedHeatingSetpoint: 2300,
    });
    expect(clusters('door-01').DoorLock?.LockState).toBe(1);
    expect(clusters('gas-01').ValveConfigurationAndControl?.CurrentState).toBe(1);
    expect(clusters('vent-01').FanControl?.FanMode).toBe(0);
    expect(clusters('curtain-01').WindowCovering).toMatchObject({
      TargetPositionLiftPercent100ths: 0,
      CurrentPositionLiftPercent100ths: 0,
      OperationalStatus: 0,
    });
  });

  it('heating: the room temperature moves toward the setpoint while on, toward ambient while off', async () => {
    await start();
    await vi.advanceTimersByTimeAsync(60_000); // 0.5 °C per minute
    expect(clusters('heat-living').Thermostat?.LocalTemperature).toBe(2150);
    expect(lastEvent('heat-living', 'LocalTemperature')).toBe(2150);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(clusters('heat-living').Thermostat?.LocalTemperature).toBe(2200); // holds at the setpoint

    const patches = await run('heat-living', 'Thermostat', 'WriteAttributes', {
      OccupiedHeatingSetpoint: 2500,
    });
    expect(patches).toEqual([
      { endpoint: 'main', cluster: 'Thermostat', attributes: { OccupiedHeatingSetpoint: 2500 } },
    ]);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(clusters('heat-living').Thermostat?.LocalTemperature).toBe(2300);

    await run('heat-living', 'Thermostat', 'WriteAttributes', { SystemMode: 0 });
    expect(clusters('heat-living').Thermostat?.SystemMode).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * 60_000); // 0.1 °C per minute toward 18 °C
    expect(clusters('heat-living').Thermostat?.LocalTemperature).toBe(2200);
  });

  it('heating: refuses setpoints and modes it does not have; SetpointRaiseLower in 0.1 °C', async () => {
    await start();
    const high = await rejectionOf(
      run('heat-master', 'Thermostat', 'WriteAttributes', { OccupiedHeatingSetpoint: 4500 }),
    );
    expect(high.code).toBe('value-out-of-range');
    const cool = await rejectionOf(run('heat-master', 'Thermostat', 'WriteAttributes', { SystemMode: 3 }));
    expect(cool.code).toBe('value-out-of-range');
    expect(clusters('heat-master').Thermostat).toMatchObject({
      OccupiedHeatingSetpoint: 2300,
      SystemMode: 4,
    });
    await run('heat-master', 'Thermostat', 'SetpointRaiseLower', { Mode: 0, Amount: -15 });
    expect(clusters('heat-master').Thermostat?.OccupiedHeatingSetpoint).toBe(2150);
  });

  it('door lock, gas valve and ventilator', async () => {
    await start();
    expect(await run('door-01', 'DoorLock', 'UnlockDoor')).toEqual([
      { endpoint: 'main', cluster: 'DoorLock', attributes: { LockState: 2 } },
    ]);
    await run('door-01', 'DoorLock', 'LockDoor');
    expect(clusters('door-01').DoorLock?.LockState).toBe(1);

    expect(await run('gas-01', 'ValveConfigurationAndControl', 'Close')).toEqual([
      {
        endpoint: 'main',
        cluster: 'ValveConfigurationAndControl',
        attributes: { CurrentState: 0, TargetState: 0 },
      },
    ]);
    await run('gas-01', 'ValveConfigurationAndControl', 'Open');
    expect(clusters('gas-01').ValveConfigurationAndControl?.CurrentState).toBe(1);

    expect(await run('vent-01', 'FanControl', 'WriteAttributes', { FanMode: 3 })).toEqual([
      { endpoint: 'main', cluster: 'FanControl', attributes: { FanMode: 3 } },
    ]);
    await run('vent-01', 'FanControl', 'Step', { Direction: 1 });
    expect(clusters('vent-01').FanControl?.FanMode).toBe(2);
    await run('vent-01', 'FanControl', 'WriteAttributes', { FanMode: 0 });
    expect(clusters('vent-01').FanControl?.FanMode).toBe(0);
    await run('vent-01', 'FanControl', 'Step', { Direction: 0 });
    expect(clusters('vent-01').FanControl?.FanMode).toBe(1);
    expect((await rejectionOf(run('vent-01', 'FanControl', 'WriteAttributes', { FanMode: 5 }))).code).toBe(
      'value-out-of-range',
    );

    expect((await rejectionOf(run('door-01', 'OnOff', 'On'))).code).toBe('unsupported-command');
    expect((await rejectionOf(run('nope', 'OnOff', 'On'))).code).toBe('unknown-device');
  });

  it('curtain: the Target shows at once, the Current follows over the travel time', async () => {
    await start({ travelMs: 4000, stepMs: 250 });
    const patches = await run('curtain-01', 'WindowCovering', 'DownOrClose');
    expect(patches).toEqual([
      {
        endpoint: 'main',
        cluster: 'WindowCovering',
        attributes: { TargetPositionLiftPercent100ths: 10000, OperationalStatus: 2 },
      },
    ]);
    expect(clusters('curtain-01').WindowCovering?.CurrentPositionLiftPercent100ths).toBe(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(clusters('curtain-01').WindowCovering?.CurrentPositionLiftPercent100ths).toBe(5000);
    expect(lastEvent('curtain-01', 'CurrentPositionLiftPercent100ths')).toBe(5000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(clusters('curtain-01').WindowCovering).toMatchObject({
      TargetPositionLiftPercent100ths: 10000,
      CurrentPositionLiftPercent100ths: 10000,
      OperationalStatus: 0,
    });
    expect(lastEvent('curtain-01', 'OperationalStatus')).toBe(0);
    const moves = events.filter((e) => e.id === 'curtain-01').length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(events.filter((e) => e.id === 'curtain-01').length).toBe(moves); // stopped reporting
  });

  it('curtain: GoToLiftPercentage, UpOrOpen and StopMotion midway', async () => {
    await start({ travelMs: 4000 });
    await run('curtain-01', 'WindowCovering', 'GoToLiftPercentage', { LiftPercent100thsValue: 5000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(clusters('curtain-01').WindowCovering?.CurrentPositionLiftPercent100ths).toBe(5000);
    await run('curtain-01', 'WindowCovering', 'UpOrOpen');
    expect(clusters('curtain-01').WindowCovering?.OperationalStatus).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    const stopped = await run('curtain-01', 'WindowCovering', 'StopMotion');
    expect(stopped[0]?.attributes).toEqual({
      TargetPositionLiftPercent100ths: 2500,
      CurrentPositionLiftPercent100ths: 2500,
      OperationalStatus: 0,
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(clusters('curtain-01').WindowCovering?.CurrentPositionLiftPercent100ths).toBe(2500);
  });

  it('a per-device travelMs on the seed overrides the connection setting', async () => {
    const devices = wallpad.simulator.devices.map((d) =>
      d.type === 'curtain' ? { ...d, travelMs: 1000 } : d,
    );
    await start({ travelMs: 60_000 }, devices);
    await run('curtain-01', 'WindowCovering', 'DownOrClose');
    await vi.advanceTimersByTimeAsync(1000);
    expect(clusters('curtain-01').WindowCovering?.CurrentPositionLiftPercent100ths).toBe(10000);
  });

  it('stop() releases every timer', async () => {
    await start();
    await run('curtain-01', 'WindowCovering', 'DownOrClose');
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    await adapter.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
