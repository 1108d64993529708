/**
 * What the specification says in prose where its data model says `desc`, and the hub's few
 * extensions. Each entry names the section it comes from; everything else is generated.
 */
import { fanModesOf } from '../tables.js';
import type { SpecCluster, SpecConstraint, SpecDeviceType } from './types.js';

type Attrs = Record<string, unknown>;

/** What a command field or a written attribute must also satisfy on this endpoint. */
export interface ValueRule {
  /** The value becomes this attribute: its constraint (e.g. MinLevel to MaxLevel) applies. */
  becomes?: string;
  /** The value minus attribute `from` is a multiple of attribute `step` (when both are known). */
  step?: { step: string; from: string };
  /** The values this endpoint accepts, from its attributes (undefined: no restriction known). */
  oneOf?: (attrs: Attrs) => readonly unknown[] | undefined;
  /** How `oneOf` reads in an error message. */
  oneOfText?: string;
  /** Hub leniency: the value when the field is left out. */
  default?: number;
}

const listOf = (v: unknown, key: string): unknown[] | undefined =>
  Array.isArray(v) ? v.map((e) => (typeof e === 'object' && e !== null ? (e as Attrs)[key] : e)) : undefined;

/**
 * Rules by `Cluster.Command.Field` (`*`: any command of the cluster) or `Cluster.Attribute`; a
 * derived cluster also uses its base's.
 */
export const RULES: Record<string, ValueRule> = {
  // LevelControl §1.6.7.1: Level moves CurrentLevel, which is MinLevel to MaxLevel.
  'LevelControl.MoveToLevel.Level': { becomes: 'CurrentLevel' },
  'LevelControl.MoveToLevelWithOnOff.Level': { becomes: 'CurrentLevel' },
  // ColorControl §3.2.11.14: within ColorTempPhysicalMin/MaxMireds.
  'ColorControl.MoveToColorTemperature.ColorTemperatureMireds': { becomes: 'ColorTemperatureMireds' },
  // TemperatureControl §8.2.6.1: MinTemperature to MaxTemperature, in multiples of Step.
  'TemperatureControl.SetTemperature.TargetTemperature': {
    becomes: 'TemperatureSetpoint',
    step: { step: 'Step', from: 'MinTemperature' },
  },
  // ModeBase §1.10.7.1: NewMode must be the Mode of a SupportedModes entry (UnsupportedMode).
  'ModeBase.ChangeToMode.NewMode': { oneOf: (a) => listOf(a.SupportedModes, 'Mode') },
  // Channel §6.6.7.3: the channel must exist (ChannelList).
  'Channel.ChangeChannelByNumber.MajorNumber': {
    oneOf: (a) => listOf(a.ChannelList, 'MajorNumber'),
    oneOfText: 'the channel list',
  },
  // Hub leniency: a colour change without a TransitionTime happens at once (0 tenths of a second).
  'ColorControl.*.TransitionTime': { default: 0 },
  // Hub leniency: most people mean the main channel.
  'Channel.ChangeChannelByNumber.MinorNumber': { default: 0 },
  // FanControl §4.4.6.1: FanMode is one of the modes FanModeSequence names.
  'FanControl.FanMode': {
    oneOf: (a) => (a.FanModeSequence === undefined ? undefined : fanModesOf(a.FanModeSequence)),
  },
  // Hub extension: the modes a thermostat accepts (spec: from ControlSequenceOfOperation and features).
  'Thermostat.SystemMode': {
    oneOf: (a) => (Array.isArray(a.SupportedSystemModes) ? a.SupportedSystemModes : undefined),
  },
};

/** The rule for a field of a command of a cluster, or for an attribute (command undefined). */
export function ruleFor(
  cluster: string,
  base: string | undefined,
  command: string | undefined,
  name: string,
): ValueRule | undefined {
  if (!RULE_CLUSTERS.has(cluster) && !(base && RULE_CLUSTERS.has(base))) return undefined;
  const key = (c: string, cmd = command) => (cmd ? `${c}.${cmd}.${name}` : `${c}.${name}`);
  return (
    RULES[key(cluster)] ??
    (command ? RULES[key(cluster, '*')] : undefined) ??
    (base ? RULES[key(base)] : undefined)
  );
}
const RULE_CLUSTERS = new Set(Object.keys(RULES).map((k) => k.split('.')[0]));

/** Data-type bounds the specification gives in its table of data types (§7.19.1). */
export const TYPE_BOUNDS: Record<string, SpecConstraint> = {
  percent: { max: 100 },
  percent100ths: { max: 10000 },
  temperature: { min: -27315, max: 32767 },
};

/** Attribute constraints the data model leaves to prose. */
const ATTRIBUTE_CONSTRAINTS: Record<string, Record<string, SpecConstraint>> = {
  // Thermostat §4.3.9.23/24: the occupied setpoints stay within their limits.
  Thermostat: {
    OccupiedCoolingSetpoint: { min: { ref: 'minCoolSetpointLimit' }, max: { ref: 'maxCoolSetpointLimit' } },
    OccupiedHeatingSetpoint: { min: { ref: 'minHeatSetpointLimit' }, max: { ref: 'maxHeatSetpointLimit' } },
  },
};

/** Adds the prose constraints and the hub's extension attributes to a parsed cluster. */
export function supplement(name: string, c: SpecCluster): SpecCluster {
  for (const [attr, constraint] of Object.entries(ATTRIBUTE_CONSTRAINTS[name] ?? {})) {
    const a = c.attributes[attr];
    if (a && !a.constraint) a.constraint = constraint;
  }
  if (name === 'Thermostat') {
    // Hub extension: adapters list the SystemMode values the device takes.
    c.attributes.SupportedSystemModes = {
      type: 'list',
      entry: { type: 'enum8', ref: 'SystemModeEnum' },
      fixed: true,
    };
  }
  return c;
}

/** Hub extension device types (vendor-specific range). */
export const HUB_DEVICE_TYPES: Record<string, SpecDeviceType> = {
  GasValve: {
    id: 0xfff1_fc01,
    revision: 1,
    classification: 'simple',
    server: { ValveConfigurationAndControl: 'M' },
    client: {},
  },
};
