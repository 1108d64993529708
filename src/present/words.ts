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

/** Temperatures in these attributes are in 0.01 °C. */
const HUNDREDTHS_C = new Set([
  'LocalTemperature',
  'MeasuredValue@TemperatureMeasurement',
  'OccupiedCoolingSetpoint',
  'OccupiedHeatingSetpoint',
  'TemperatureSetpoint',
]);

function valueText(t: Translate, cluster: string, attr: string, v: unknown): string {
  if (typeof v === 'number' && (HUNDREDTHS_C.has(attr) || HUNDREDTHS_C.has(`${attr}@${cluster}`)))
    return celsius(v);
  if (typeof v === 'boolean' && cluster === 'OnOff') return t(v ? 'state.on' : 'state.off');
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Changed attributes as people read them: "현재 온도 22.6°C, 전원 켜짐". */
export function patchesText(t: Translate, patches: Array<{ cluster: string; attributes: Attrs }>): string {
  return patches
    .flatMap((p) =>
      Object.entries(p.attributes).map(([k, v]) => {
        const name = maybe(t, `attr.${p.cluster}.${k}`, `${p.cluster}.${k}`);
        return `${name} ${valueText(t, p.cluster, k, v)}`;
      }),
    )
    .join(', ');
}
