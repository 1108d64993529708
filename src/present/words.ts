/**
 * The hub's identifiers in people's words: Matter commands and attributes, understood intents and
 * their slots, vendor mode labels and vendor names. Each falls back to the identifier itself when
 * the catalog has no word for it. Pure: no DOM, no I/O.
 */
import { celsius } from './describe.js';
import { maybe, type Translate } from './i18n.js';
import type { Attrs } from './types.js';

/** "ValveConfigurationAndControl.Open" → "열기" (by cluster and command, else by command). */
export const commandText = (t: Translate, cluster: string | undefined, command: string): string =>
  maybe(
    t,
    `command.${cluster}.${command}`,
    maybe(t, `command.${command}`, [cluster, command].filter(Boolean).join('.')),
  );

/** "HassTurnOn" → "켜기·열기". */
export const intentText = (t: Translate, intent: string): string => maybe(t, `intent.${intent}`, intent);

/** A slot's name: "devices" → "기기". */
export const slotText = (t: Translate, slot: string): string => maybe(t, `slot.${slot}`, slot);

/** A vendor or model name the hub itself gives ("Wall-pad", "satellite speaker"), translated. */
export const makerText = (t: Translate, name: string): string => maybe(t, `maker.${name}`, name);

/** An attribute's name: "Thermostat.LocalTemperature" → "현재 온도". */
export const attributeText = (t: Translate, cluster: string, attribute: string): string =>
  maybe(t, `attr.${cluster}.${attribute}`, `${cluster}.${attribute}`);

/** Temperatures in these attributes are in 0.01 °C. */
const HUNDREDTHS_C = new Set([
  'LocalTemperature',
  'MeasuredValue@TemperatureMeasurement',
  'OccupiedCoolingSetpoint',
  'OccupiedHeatingSetpoint',
  'TemperatureSetpoint',
]);

/** Enumerated attributes: the catalog's word for each number ("동작 중" for OperationalState 1). */
const ENUMS: Record<string, (v: number) => string> = {
  'OperationalState.OperationalState': (v) => `op.${v}`,
  'RvcOperationalState.OperationalState': (v) => `op.${v}`,
  'MediaPlayback.CurrentState': (v) => `media.${v}`,
  'FanControl.FanMode': (v) => `fan.${v}`,
  'DoorLock.LockState': (v) => (v === 1 ? 'state.locked' : v === 2 ? 'state.unlocked' : 'state.lockUnknown'),
  'ValveConfigurationAndControl.CurrentState': (v) => (v === 1 ? 'state.valveOpen' : 'state.valveClosed'),
  'Thermostat.SystemMode': (v) =>
    ({ 0: 'mode.off', 1: 'mode.auto', 3: 'mode.cool', 4: 'mode.heat', 7: 'mode.fanOnly', 8: 'mode.dry' })[
      v
    ] ?? '',
};

/** One attribute value as people read it: °C, on/off, an enum's word; else the value itself. */
export function valueText(t: Translate, cluster: string, attr: string, v: unknown): string {
  if (typeof v === 'number' && (HUNDREDTHS_C.has(attr) || HUNDREDTHS_C.has(`${attr}@${cluster}`)))
    return celsius(v);
  const en = ENUMS[`${cluster}.${attr}`];
  if (typeof v === 'number' && en) return maybe(t, en(v), String(v));
  if (typeof v === 'boolean' && cluster === 'OnOff') return t(v ? 'state.on' : 'state.off');
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Changed attributes as people read them: "현재 온도 22.6°C, 전원 켜짐". */
export function patchesText(t: Translate, patches: Array<{ cluster: string; attributes: Attrs }>): string {
  return patches
    .flatMap((p) =>
      Object.entries(p.attributes).map(([k, v]) => {
        const name = attributeText(t, p.cluster, k);
        return `${name} ${valueText(t, p.cluster, k, v)}`;
      }),
    )
    .join(', ');
}
