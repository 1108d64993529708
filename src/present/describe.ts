/**
 * What a device card shows: the facts people care about, in Korean units, and the controls that
 * fit, both as data read from the device's Matter clusters. Pure: no DOM, no I/O.
 */
import { fanModesOf } from '../model/tables.js';
import { CATALOGS, known, LANGS, type MessageKey, maybe, type Translate } from './i18n.js';
import type { Attrs, CommandBody, Device, Endpoint } from './types.js';

export type Control =
  | { kind: 'toggle'; key: string; label: string; on: boolean; body: (on: boolean) => CommandBody }
  | {
      kind: 'stepper';
      key: string;
      label: string;
      value: number;
      min: number;
      max: number;
      step: number;
      format: (v: number) => string;
      body: (v: number) => CommandBody;
    }
  | {
      kind: 'slider';
      key: string;
      label: string;
      value: number;
      min: number;
      max: number;
      format: (v: number) => string;
      body: (v: number) => CommandBody;
    }
  | {
      kind: 'select';
      key: string;
      label: string;
      value: string;
      options: Array<{ value: string; label: string }>;
      body: (v: string) => CommandBody;
    }
  | { kind: 'action'; key: string; label: string; body: CommandBody; confirm?: string; danger?: boolean };

export interface Description {
  facts: string[];
  /** Facts that need attention (door open, alarm). */
  alerts: string[];
  controls: Control[];
  /** Main power state when the device has one (for the card's look). */
  on: boolean | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A vendor's mode label ("Standard", "Express cool") in the reader's words, else by its tags. */
export function modeText(t: Translate, mode: { Label: string; ModeTags?: unknown }): string {
  const tags = Array.isArray(mode.ModeTags) ? (mode.ModeTags as unknown[]) : [];
  const tag = tags.map((x) => String(x)).find((x) => known(`modeTag.${x}`));
  return maybe(t, `modeLabel.${mode.Label}`, tag ? maybe(t, `modeTag.${tag}`, mode.Label) : mode.Label);
}

/** The device type in the reader's language ("냉장고"), else its Matter name. */
export const typeName = (t: Translate, type: string): string => maybe(t, `type.${type}`, type);

/** Matter 0.01 °C → "3°C", "−18°C", "23.5°C" (true minus sign). */
export function celsius(hundredths: number): string {
  const c = Math.round(hundredths / 10) / 10;
  const text = Number.isInteger(c) ? String(Math.abs(c)) : Math.abs(c).toFixed(1);
  return `${c < 0 ? '\u2212' : ''}${text}°C`;
}

/** LevelControl CurrentLevel 1–254 → percent 1–100. */
export const levelToPercent = (level: number, max = 254): number =>
  Math.max(1, Math.min(100, Math.round((level * 100) / max)));
export const percentToLevel = (pct: number, min = 1, max = 254): number =>
  Math.max(min, Math.min(max, Math.round((pct * max) / 100)));

const SYSTEM_MODES: Record<number, string> = {
  0: 'mode.off',
  1: 'mode.auto',
  3: 'mode.cool',
  4: 'mode.heat',
  7: 'mode.fanOnly',
  8: 'mode.dry',
};
const MODE_CLUSTERS = [
  'RefrigeratorAndTemperatureControlledCabinetMode',
  'LaundryWasherMode',
  'RvcCleanMode',
];

/** Compartments the catalogs name by their Matter tag. */
const TAG_WORDS: Array<[string, MessageKey]> = [
  ['Freezer', 'state.freezer'],
  ['Refrigerator', 'state.fridge'],
  ['Upper', 'state.upper'],
  ['Lower', 'state.lower'],
];

/**
 * An endpoint's name in the reader's language: a compartment whose name is only the common word
 * for its tag in some catalog ("냉장실" from LG's app) is named by the reader's catalog ("Fridge");
 * a name of the household's own ("김치칸") stays as written; no name: the tag's word, else nothing.
 */
export function endpointName(ep: Pick<Endpoint, 'name' | 'tags'>, t: Translate): string | null {
  const name = ep.name?.trim() ?? '';
  for (const [tag, key] of TAG_WORDS) {
    if (!ep.tags.includes(tag)) continue;
    if (!name || LANGS.some((l) => CATALOGS[l][key] === name)) return t(key);
  }
  return name || null;
}

function cabinetLabel(ep: Endpoint, t: Translate): string {
  return endpointName(ep, t) ?? `${t('state.cabinet')} ${ep.id}`;
}

/** On a Speaker endpoint, OnOff means "not muted" (Matter), not power. */
const isSpeaker = (ep: Endpoint) => ep.deviceTypes.includes('Speaker');

/** What the hub would refuse whoever asks (the home's security rules: `forbidden`). */
export type Refused = (deviceType: string, command: string) => boolean;

/**
 * The device's facts and controls. `refused`: commands the hub never takes for this home (the
 * gate's security rules): their buttons are not offered.
 */
export function describe(d: Device, t: Translate, refused?: Refused): Description {
  const out = describeAll(d, t);
  if (refused)
    out.controls = out.controls.filter((c) => c.kind !== 'action' || !refused(d.deviceType, c.body.command));
  return out;
}

function describeAll(d: Device, t: Translate): Description {
  const out: Description = { facts: [], alerts: [], controls: [], on: null };
  const cabinets: string[] = [];
  const cmd = (ep: Endpoint, cluster: string, command: string, args: Attrs = {}): CommandBody => ({
    endpoint: ep.id,
    cluster,
    command,
    args,
  });

  for (const ep of d.endpoints) {
    const c = ep.clusters;
    const speaker = isSpeaker(ep);

    if (c.OnOff && !speaker) {
      const on = c.OnOff.OnOff === true;
      out.on = on;
      out.facts.push(t(on ? 'state.on' : 'state.off'));
      out.controls.push({
        kind: 'toggle',
        key: `${ep.id}-onoff`,
        label: t('control.power'),
        on,
        body: (v) => cmd(ep, 'OnOff', v ? 'On' : 'Off'),
      });
    }

    const tc = c.TemperatureControl;
    if (tc) {
      const label = cabinetLabel(ep, t);
      const sp = num(tc.TemperatureSetpoint);
      cabinets.push(`${label} ${sp === null ? '–' : celsius(sp)}`);
      const min = num(tc.MinTemperature);
      const max = num(tc.MaxTemperature);
      if (sp !== null && min !== null && max !== null) {
        out.controls.push({
          kind: 'stepper',
          key: `${ep.id}-setpoint`,
          label,
          value: sp,
          min,
          max,
          step: num(tc.Step) || 100,
          format: celsius,
          body: (v) => cmd(ep, 'TemperatureControl', 'SetTemperature', { TargetTemperature: v }),
        });
      }
    } else if (c.TemperatureMeasurement && !c.Thermostat) {
      const v = num(c.TemperatureMeasurement.MeasuredValue);
      if (v !== null) out.facts.push(celsius(v));
    }

    const th = c.Thermostat;
    if (th) {
      const mode = num(th.SystemMode);
      const cooling =
        d.deviceType === 'RoomAirConditioner' ||
        (th.OccupiedCoolingSetpoint !== undefined && th.OccupiedHeatingSetpoint === undefined);
      const local = num(th.LocalTemperature);
      const attr = cooling ? 'OccupiedCoolingSetpoint' : 'OccupiedHeatingSetpoint';
      const sp = num(th[attr]);
      const min = num(th[cooling ? 'MinCoolSetpointLimit' : 'MinHeatSetpointLimit']) ?? 1000;
      const max = num(th[cooling ? 'MaxCoolSetpointLimit' : 'MaxHeatSetpointLimit']) ?? 3500;
      if (!c.OnOff && mode !== null) {
        out.on = mode !== 0;
        out.facts.push(t(mode !== 0 ? 'state.on' : 'state.off'));
        const supported = Array.isArray(th.SupportedSystemModes)
          ? (th.SupportedSystemModes as number[])
          : [0, 4];
        const onMode = supported.find((m) => m !== 0) ?? 4;
        out.controls.push({
          kind: 'toggle',
          key: `${ep.id}-system`,
          label: t('control.power'),
          on: mode !== 0,
          body: (v) => cmd(ep, 'Thermostat', 'WriteAttributes', { SystemMode: v ? onMode : 0 }),
        });
      } else if (mode !== null && cooling) {
        out.facts.push(maybe(t, SYSTEM_MODES[mode] ?? '', String(mode)));
      }
      if (local !== null) out.facts.push(t('state.current', { value: celsius(local) }));
      if (sp !== null) {
        out.facts.push(t('state.setpoint', { value: celsius(sp) }));
        out.controls.push({
          kind: 'stepper',
          key: `${ep.id}-${attr}`,
          label: t('state.setpoint', { value: '' }).trim(),
          value: sp,
          min,
          max,
          step: cooling ? 100 : 50,
          format: celsius,
          body: (v) => cmd(ep, 'Thermostat', 'WriteAttributes', { [attr]: v }),
        });
      }
      if (cooling && Array.isArray(th.SupportedSystemModes) && mode !== null) {
        const modes = (th.SupportedSystemModes as number[]).filter((m) => m !== 0);
        out.controls.push({
          kind: 'select',
          key: `${ep.id}-mode`,
          label: t('control.mode'),
          value: String(mode),
          options: modes.map((m) => ({
            value: String(m),
            label: maybe(t, SYSTEM_MODES[m] ?? '', String(m)),
          })),
          body: (v) => cmd(ep, 'Thermostat', 'WriteAttributes', { SystemMode: Number(v) }),
        });
      }
    }

    const ch = c.Channel;
    if (ch) {
      const cur = ch.CurrentChannel as { MajorNumber?: number; Name?: string } | null | undefined;
      if (cur && typeof cur.MajorNumber === 'number') {
        out.facts.push(t('state.channel', { number: cur.MajorNumber, name: cur.Name ?? '' }).trim());
      }
      const list = Array.isArray(ch.ChannelList)
        ? (ch.ChannelList as Array<{ MajorNumber: number; MinorNumber?: number; Name?: string }>)
        : [];
      if (list.length > 0) {
        out.controls.push({
          kind: 'select',
          key: `${ep.id}-channel`,
          label: t('control.channel'),
          value: cur && typeof cur.MajorNumber === 'number' ? String(cur.MajorNumber) : '',
          options: list.map((x) => ({
            value: String(x.MajorNumber),
            label: `${x.MajorNumber} ${x.Name ?? ''}`.trim(),
          })),
          body: (v) => {
            const x = list.find((y) => String(y.MajorNumber) === v);
            return cmd(ep, 'Channel', 'ChangeChannelByNumber', {
              MajorNumber: Number(v),
              MinorNumber: x?.MinorNumber ?? 0,
            });
          },
        });
      }
    }

    const lc = c.LevelControl;
    if (lc) {
      const level = num(lc.CurrentLevel);
      const min = num(lc.MinLevel) ?? 0;
      const max = num(lc.MaxLevel) ?? 254;
      if (speaker) {
        if (level !== null) out.facts.push(t('state.volume', { value: level }));
        if (c.OnOff && c.OnOff.OnOff === false) out.facts.push(t('state.muted'));
        if (level !== null) {
          out.controls.push({
            kind: 'stepper',
            key: `${ep.id}-volume`,
            label: t('control.volume'),
            value: level,
            min,
            max,
            step: 1,
            format: (v) => String(v),
            body: (v) => cmd(ep, 'LevelControl', 'MoveToLevel', { Level: v }),
          });
        }
      } else if (level !== null) {
        const pct = levelToPercent(level, max);
        out.facts.push(t('state.brightness', { value: pct }));
        out.controls.push({
          kind: 'slider',
          key: `${ep.id}-level`,
          label: t('control.brightness'),
          value: pct,
          min: 1,
          max: 100,
          format: (v) => `${v}%`,
          body: (v) =>
            cmd(ep, 'LevelControl', 'MoveToLevel', { Level: percentToLevel(v, Math.max(min, 1), max) }),
        });
      }
    }

    const cc = c.ColorControl;
    const mireds = cc ? num(cc.ColorTemperatureMireds) : null;
    if (mireds) out.facts.push(t('state.colorTemp', { value: Math.round(1_000_000 / mireds / 10) * 10 }));

    const rh = c.RelativeHumidityMeasurement;
    const rhv = rh ? num(rh.MeasuredValue) : null;
    if (rhv !== null) out.facts.push(t('state.humidity', { value: Math.round(rhv / 10) / 10 }));
    const pm = c.Pm25ConcentrationMeasurement;
    const pmv = pm ? num(pm.MeasuredValue) : null;
    if (pmv !== null) out.facts.push(t('state.pm25', { value: pmv }));
    const co2 = c.CarbonDioxideConcentrationMeasurement;
    const co2v = co2 ? num(co2.MeasuredValue) : null;
    if (co2v !== null) out.facts.push(t('state.co2', { value: co2v }));

    const fan = c.FanControl;
    if (fan) {
      const mode = num(fan.FanMode);
      const seq = fanModesOf(fan.FanModeSequence);
      if (mode !== null) {
        if (!c.OnOff && !c.Thermostat) out.on = mode !== 0;
        out.facts.push(`${t('control.fan')} ${maybe(t, `fan.${mode}`, String(mode))}`);
        out.controls.push({
          kind: 'select',
          key: `${ep.id}-fan`,
          label: t('control.fan'),
          value: String(mode),
          options: seq.map((m) => ({ value: String(m), label: maybe(t, `fan.${m}`, String(m)) })),
          body: (v) => cmd(ep, 'FanControl', 'WriteAttributes', { FanMode: Number(v) }),
        });
      }
    }

    const op = c.OperationalState;
    if (op) {
      const s = num(op.OperationalState);
      if (s !== null) out.facts.push(maybe(t, `op.${s}`, String(s)));
      const left = num(op.CountdownTime);
      if (s === 1 && left) out.facts.push(t('state.remaining', { value: Math.ceil(left / 60) }));
      if (s === 1)
        out.controls.push({
          kind: 'action',
          key: `${ep.id}-pause`,
          label: t('control.pause'),
          body: cmd(ep, 'OperationalState', 'Pause'),
        });
      else
        out.controls.push({
          kind: 'action',
          key: `${ep.id}-start`,
          label: t('control.start'),
          body: cmd(ep, 'OperationalState', s === 2 ? 'Resume' : 'Start'),
        });
      if (s === 1 || s === 2)
        out.controls.push({
          kind: 'action',
          key: `${ep.id}-stop`,
          label: t('control.stop'),
          body: cmd(ep, 'OperationalState', 'Stop'),
        });
    }

    const rvc = c.RvcRunMode;
    if (rvc) {
      const ros = c.RvcOperationalState ? num(c.RvcOperationalState.OperationalState) : null;
      if (ros !== null) out.facts.push(maybe(t, `op.${ros}`, String(ros)));
      const running = num(rvc.CurrentMode) === 1;
      out.on = running;
      out.controls.push(
        running
          ? {
              kind: 'action',
              key: `${ep.id}-idle`,
              label: t('control.stop'),
              body: cmd(ep, 'RvcRunMode', 'ChangeToMode', { NewMode: 0 }),
            }
          : {
              kind: 'action',
              key: `${ep.id}-clean`,
              label: t('control.clean'),
              body: cmd(ep, 'RvcRunMode', 'ChangeToMode', { NewMode: 1 }),
            },
      );
      if (c.RvcOperationalState && ros !== 0x42 && ros !== 0x41) {
        out.controls.push({
          kind: 'action',
          key: `${ep.id}-dock`,
          label: t('control.dock'),
          body: cmd(ep, 'RvcOperationalState', 'GoHome'),
        });
      }
    }
    const bat = c.PowerSource ? num(c.PowerSource.BatPercentRemaining) : null;
    if (bat !== null) out.facts.push(t('state.battery', { value: Math.round(bat / 2) }));

    for (const name of MODE_CLUSTERS) {
      const m = c[name];
      if (!m || !Array.isArray(m.SupportedModes)) continue;
      const modes = m.SupportedModes as Array<{ Label: string; Mode: number; ModeTags?: unknown }>;
      const current = modes.find((x) => x.Mode === m.CurrentMode);
      if (current && name !== 'RefrigeratorAndTemperatureControlledCabinetMode')
        out.facts.push(modeText(t, current));
      out.controls.push({
        kind: 'select',
        key: `${ep.id}-${name}`,
        label: t('control.mode'),
        value: String(m.CurrentMode ?? ''),
        options: modes.map((x) => ({ value: String(x.Mode), label: modeText(t, x) })),
        body: (v) => cmd(ep, name, 'ChangeToMode', { NewMode: Number(v) }),
      });
    }

    const alarm = c.RefrigeratorAlarm;
    if (alarm && (Number(alarm.State) & 1) === 1) out.alerts.push(t('state.doorOpen'));

    const lock = c.DoorLock;
    if (lock) {
      const s = num(lock.LockState);
      const locked = s === 1;
      out.facts.push(t(s === 1 ? 'state.locked' : s === 2 ? 'state.unlocked' : 'state.lockUnknown'));
      out.controls.push(
        locked
          ? {
              kind: 'action',
              key: `${ep.id}-unlock`,
              label: t('control.unlock'),
              body: cmd(ep, 'DoorLock', 'UnlockDoor'),
              confirm: t('control.confirmUnlock', { name: d.name }),
              danger: true,
            }
          : {
              kind: 'action',
              key: `${ep.id}-lock`,
              label: t('control.lock'),
              body: cmd(ep, 'DoorLock', 'LockDoor'),
              confirm: t('control.confirmLock', { name: d.name }),
            },
      );
    }

    const valve = c.ValveConfigurationAndControl;
    if (valve) {
      const open = num(valve.CurrentState) === 1;
      out.facts.push(t(open ? 'state.valveOpen' : 'state.valveClosed'));
      out.controls.push(
        open
          ? {
              kind: 'action',
              key: `${ep.id}-close`,
              label: t('control.lock'),
              body: cmd(ep, 'ValveConfigurationAndControl', 'Close'),
              confirm: t('control.confirmValveClose', { name: d.name }),
            }
          : {
              kind: 'action',
              key: `${ep.id}-open`,
              label: t('control.open'),
              body: cmd(ep, 'ValveConfigurationAndControl', 'Open'),
              confirm: t('control.confirmValveOpen', { name: d.name }),
              danger: true,
            },
      );
    }

    const wc = c.WindowCovering;
    if (wc) {
      const cur = num(wc.CurrentPositionLiftPercent100ths);
      const target = num(wc.TargetPositionLiftPercent100ths);
      if (cur !== null) out.facts.push(t('state.curtain', { value: Math.round(100 - cur / 100) }));
      if (target !== null && cur !== null && target !== cur) {
        out.facts.push(t('state.curtainMoving', { value: Math.round(100 - target / 100) }));
      }
      out.controls.push(
        {
          kind: 'action',
          key: `${ep.id}-open`,
          label: t('control.open'),
          body: cmd(ep, 'WindowCovering', 'UpOrOpen'),
        },
        {
          kind: 'action',
          key: `${ep.id}-close`,
          label: t('control.close'),
          body: cmd(ep, 'WindowCovering', 'DownOrClose'),
        },
        {
          kind: 'action',
          key: `${ep.id}-stop`,
          label: t('control.stop'),
          body: cmd(ep, 'WindowCovering', 'StopMotion'),
        },
      );
    }

    // A TV's playback state says little next to its channel; speakers show it.
    const mp = c.Channel ? undefined : c.MediaPlayback;
    if (mp) {
      const s = num(mp.CurrentState);
      if (s !== null) out.facts.push(maybe(t, `media.${s}`, String(s)));
      out.controls.push(
        s === 0
          ? {
              kind: 'action',
              key: `${ep.id}-pause`,
              label: t('control.pause'),
              body: cmd(ep, 'MediaPlayback', 'Pause'),
            }
          : {
              kind: 'action',
              key: `${ep.id}-play`,
              label: t('control.play'),
              body: cmd(ep, 'MediaPlayback', 'Play'),
            },
      );
    }
  }
  if (cabinets.length > 0) out.facts.unshift(cabinets.join(' / '));
  return out;
}
