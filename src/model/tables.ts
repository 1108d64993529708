/**
 * Named values and the tables derived from them, for the hub, the Korean engine, the MQTT export
 * and the dashboard alike (the web build imports this module). Everything here comes from the
 * generated enums (spec/enums.gen.ts ← @matter/model); nothing is typed in by hand.
 */
import { FanControl, Thermostat } from './spec/enums.gen.js';

/** FanControl FanMode numbers (Off 0, Low 1, Medium 2, High 3, On 4, Auto 5, Smart 6). */
export const FanMode = FanControl.FanModeEnum;
/** FanControl FanModeSequence numbers (OffLowMedHigh 0 … OffHigh 5). */
export const FanModeSequence = FanControl.FanModeSequenceEnum;
/** Thermostat SystemMode numbers (Off 0, Auto 1, Cool 3, Heat 4, … FanOnly 7, Dry 8, Sleep 9). */
export const SystemMode = Thermostat.SystemModeEnum;

/** The name of an enum value, or undefined. */
export function enumName(values: Record<string, number>, value: unknown): string | undefined {
  for (const [name, v] of Object.entries(values)) if (v === value) return name;
  return undefined;
}

/** Words keyed by an enum's value names (e.g. Korean names), re-keyed by the values' numbers. */
export function byNumber<K extends string>(
  values: Readonly<Record<K, number>>,
  words: Partial<Record<K, string>>,
): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [name, word] of Object.entries(words) as Array<[K, string]>) out[values[name]] = word;
  return out;
}

/**
 * The FanMode values a FanModeSequence allows, read from the sequence's own name in the
 * specification: OffLowMedHighAuto → Off, Low, Medium, High, Auto. An unknown sequence is read
 * as OffLowMedHigh (the cluster's first).
 */
function modesOfSequence(name: string): number[] {
  const modes = Object.entries(FanMode);
  return (name.match(/[A-Z][a-z]*/g) ?? []).flatMap((word) => {
    const hit = modes.find(([mode]) => mode.startsWith(word));
    return hit ? [hit[1]] : [];
  });
}

/** FanModeSequence number → the FanMode values it allows. */
export const FAN_MODE_SEQUENCES: Readonly<Record<number, readonly number[]>> = Object.fromEntries(
  Object.entries(FanModeSequence).map(([name, n]) => [n, modesOfSequence(name)]),
);

/** The FanMode values allowed by a FanModeSequence attribute value (any value; unknown → the first). */
export const fanModesOf = (sequence: unknown): readonly number[] =>
  (typeof sequence === 'number' ? FAN_MODE_SEQUENCES[sequence] : undefined) ??
  FAN_MODE_SEQUENCES[FanModeSequence.OffLowMedHigh] ??
  [];
