/**
 * "The other direction": which Home Assistant MQTT entities a hub endpoint becomes, as a table of
 * builders keyed by cluster. Each entity says its discovery keys (abbreviated, topics relative to the
 * device's `~` base), how to render its state and how a payload on its command topics becomes Matter
 * commands. Pure; export.ts does the I/O.
 */
import { cmd } from '../../model/command.js';
import { fanModesOf } from '../../model/tables.js';
import type { DeviceDescription, Endpoint } from '../../model/types.js';
import {
  type Attrs,
  climateEntity,
  type ExportEntity,
  FAN_MODES,
  fmt,
  LIGHT_TYPES,
  label,
  lightEntity,
  n,
  numberEntity,
  SENSORS,
  selectEntity,
  sensorEntity,
  switchEntity,
  write,
} from './export-builders.js';

export type { ExportEntity } from './export-builders.js';

/** The entities of one endpoint. */
export function endpointEntities(ep: Endpoint): ExportEntity[] {
  const out: ExportEntity[] = [];
  const c = ep.clusters;
  const id = ep.id;
  const isLight = ep.deviceTypes.some((t) => LIGHT_TYPES.includes(t));
  if (isLight && c.OnOff) out.push(lightEntity(ep));
  if (c.Thermostat) out.push(climateEntity(ep));
  if (c.OnOff && !isLight && !c.Thermostat) out.push(switchEntity(ep));
  if (c.LevelControl && !isLight) {
    const lv = c.LevelControl as Attrs;
    out.push(
      numberEntity(
        ep,
        'level',
        {
          name: label(ep, ep.deviceTypes.includes('Speaker') ? 'volume' : 'level'),
          min: n(lv.MinLevel) ?? 0,
          max: n(lv.MaxLevel) ?? 254,
          step: 1,
        },
        (e) => fmt(e.clusters.LevelControl?.CurrentLevel),
        (v) => cmd(id, 'LevelControl', 'MoveToLevel', { Level: Math.round(v) }),
      ),
    );
  }
  if (c.TemperatureControl) {
    const tc = c.TemperatureControl as Attrs;
    out.push(
      numberEntity(
        ep,
        'setpoint',
        {
          name: label(ep, 'setpoint'),
          dev_cla: 'temperature',
          unit_of_meas: '°C',
          min: (n(tc.MinTemperature) ?? 0) / 100,
          max: (n(tc.MaxTemperature) ?? 0) / 100,
          step: (n(tc.Step) ?? 100) / 100,
        },
        (e) => fmt(e.clusters.TemperatureControl?.TemperatureSetpoint, 100),
        (v) => cmd(id, 'TemperatureControl', 'SetTemperature', { TargetTemperature: Math.round(v * 100) }),
      ),
    );
  }
  for (const [cluster, kind, devClass, unit, divisor] of SENSORS) {
    if (!c[cluster]) continue;
    out.push(
      sensorEntity(
        ep,
        kind,
        { name: label(ep, kind), dev_cla: devClass, unit_of_meas: unit, stat_cla: 'measurement' },
        (e) => fmt(e.clusters[cluster]?.MeasuredValue, divisor),
      ),
    );
  }
  if (c.PowerSource?.BatPercentRemaining !== undefined) {
    out.push(
      sensorEntity(
        ep,
        'battery',
        { name: label(ep, 'battery'), dev_cla: 'battery', unit_of_meas: '%', ent_cat: 'diagnostic' },
        (e) => fmt(e.clusters.PowerSource?.BatPercentRemaining, 2),
      ),
    );
  }
  for (const [cluster, attrs] of Object.entries(c)) {
    if (!cluster.endsWith('Mode') || !Array.isArray(attrs.SupportedModes)) continue;
    const modes = attrs.SupportedModes as Array<{ Label?: string; Mode?: number }>;
    out.push(
      selectEntity(
        ep,
        `${cluster.replace(/Mode$/, '').replace(/[A-Z]/g, (m, i) => (i ? '_' : '') + m.toLowerCase())}_mode`,
        label(ep, 'mode'),
        modes.map((m) => [String(m.Label ?? m.Mode), cmd(id, cluster, 'ChangeToMode', { NewMode: m.Mode })]),
        (e) => {
          const cur = e.clusters[cluster]?.CurrentMode;
          return modes.find((m) => m.Mode === cur)?.Label;
        },
      ),
    );
  }
  if (c.FanControl) {
    const seq = fanModesOf(c.FanControl.FanModeSequence);
    out.push(
      selectEntity(
        ep,
        'fan_mode',
        label(ep, 'fan'),
        seq.map((m) => [FAN_MODES[m] ?? String(m), write(id, 'FanControl', { FanMode: m })]),
        (e) => FAN_MODES[n(e.clusters.FanControl?.FanMode) ?? -1],
      ),
    );
  }
  if (c.Channel && Array.isArray(c.Channel.ChannelList)) {
    const list = c.Channel.ChannelList as Array<{ MajorNumber: number; MinorNumber?: number; Name?: string }>;
    const name = (ch: { MajorNumber: number; Name?: string }) => `${ch.MajorNumber} ${ch.Name ?? ''}`.trim();
    out.push(
      selectEntity(
        ep,
        'channel',
        label(ep, 'channel'),
        list.map((ch) => [
          name(ch),
          cmd(id, 'Channel', 'ChangeChannelByNumber', {
            MajorNumber: ch.MajorNumber,
            MinorNumber: ch.MinorNumber ?? 0,
          }),
        ]),
        (e) => {
          const cur = e.clusters.Channel?.CurrentChannel as { MajorNumber?: number } | null | undefined;
          const ch = list.find((l) => l.MajorNumber === cur?.MajorNumber);
          return ch ? name(ch) : undefined;
        },
      ),
    );
  }
  if (c.DoorLock) {
    out.push({
      component: 'lock',
      objectId: `${id}_lock`,
      config: {
        name: null,
        stat_t: `~/${id}/lock`,
        cmd_t: `~/${id}/lock/set`,
        pl_lock: 'LOCK',
        pl_unlk: 'UNLOCK',
        stat_locked: 'LOCKED',
        stat_unlocked: 'UNLOCKED',
      },
      commandTopics: [`${id}/lock/set`],
      state: (e) => [[`${id}/lock`, e.clusters.DoorLock?.LockState === 1 ? 'LOCKED' : 'UNLOCKED']],
      command: (_t, p) =>
        p === 'LOCK'
          ? [cmd(id, 'DoorLock', 'LockDoor')]
          : p === 'UNLOCK'
            ? [cmd(id, 'DoorLock', 'UnlockDoor')]
            : [],
    });
  }
  if (c.ValveConfigurationAndControl) {
    out.push({
      component: 'valve',
      objectId: `${id}_valve`,
      config: {
        name: null,
        stat_t: `~/${id}/valve`,
        cmd_t: `~/${id}/valve/set`,
        pl_open: 'OPEN',
        pl_cls: 'CLOSE',
        stat_open: 'open',
        stat_clsd: 'closed',
      },
      commandTopics: [`${id}/valve/set`],
      state: (e) => [
        [`${id}/valve`, e.clusters.ValveConfigurationAndControl?.CurrentState === 1 ? 'open' : 'closed'],
      ],
      command: (_t, p) =>
        p === 'OPEN'
          ? [cmd(id, 'ValveConfigurationAndControl', 'Open')]
          : p === 'CLOSE'
            ? [cmd(id, 'ValveConfigurationAndControl', 'Close')]
            : [],
    });
  }
  if (c.WindowCovering) {
    out.push({
      component: 'cover',
      objectId: `${id}_cover`,
      config: {
        name: null,
        dev_cla: 'curtain',
        stat_t: `~/${id}/cover`,
        cmd_t: `~/${id}/cover/set`,
        pos_t: `~/${id}/cover/position`,
        set_pos_t: `~/${id}/cover/position/set`,
        pl_open: 'OPEN',
        pl_cls: 'CLOSE',
        pl_stop: 'STOP',
      },
      commandTopics: [`${id}/cover/set`, `${id}/cover/position/set`],
      state: (e) => {
        const w = (e.clusters.WindowCovering ?? {}) as Attrs;
        const cur = n(w.CurrentPositionLiftPercent100ths) ?? 0;
        const target = n(w.TargetPositionLiftPercent100ths) ?? cur;
        const state = target < cur ? 'opening' : target > cur ? 'closing' : cur >= 10000 ? 'closed' : 'open';
        return [
          [`${id}/cover`, state],
          [`${id}/cover/position`, String(Math.round(100 - cur / 100))],
        ];
      },
      command: (topic, p) => {
        if (topic.endsWith('/position/set')) {
          const pos = Number(p);
          if (!Number.isFinite(pos)) return [];
          const v = Math.round((100 - Math.min(100, Math.max(0, pos))) * 100);
          return [cmd(id, 'WindowCovering', 'GoToLiftPercentage', { LiftPercent100thsValue: v })];
        }
        const m = { OPEN: 'UpOrOpen', CLOSE: 'DownOrClose', STOP: 'StopMotion' }[p];
        return m ? [cmd(id, 'WindowCovering', m)] : [];
      },
    });
  }
  return out;
}

export const deviceEntities = (d: DeviceDescription): Array<{ endpoint: string; entity: ExportEntity }> =>
  d.endpoints.flatMap((ep) => endpointEntities(ep).map((entity) => ({ endpoint: ep.id, entity })));
