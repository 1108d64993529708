/**
 * The zigbee2mqtt-like bridge's device definitions, as data: for each seed type, the model, the
 * state it keeps (z2m's JSON keys), its Home Assistant discovery entities and how `/set` changes it.
 */

export type Z2mState = Record<string, unknown>;

export interface DiscoveryEntry {
  component: string;
  objectId: string;
  /** Component-specific keys; the bridge adds topics, availability, device and ids. */
  payload: Record<string, unknown>;
  /** The entity has a command topic (`<base>/<name>/set`). */
  command?: boolean;
}

export interface Definition {
  model: string;
  vendor: string;
  description: string;
  initial(seed: SeedDevice): Z2mState;
  entities(seed: SeedDevice): DiscoveryEntry[];
  /** Applies one `/set` message to the state (mutating it). */
  set?(state: Z2mState, cmd: Record<string, unknown>, seed: SeedDevice): void;
  /** Settles a saved state the device cannot take up as it is (mutating it). */
  settle?(state: Z2mState): void;
}

export interface SeedDevice {
  externalId: string;
  type: string;
  state?: Record<string, unknown>;
  [key: string]: unknown;
}

const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));
const onOff = (v: unknown, current: unknown): 'ON' | 'OFF' | undefined => {
  const s = typeof v === 'string' ? v.toUpperCase() : v === true ? 'ON' : v === false ? 'OFF' : undefined;
  if (s === 'TOGGLE') return current === 'ON' ? 'OFF' : 'ON';
  return s === 'ON' || s === 'OFF' ? s : undefined;
};

const linkquality: DiscoveryEntry = {
  component: 'sensor',
  objectId: 'linkquality',
  payload: {
    name: 'Linkquality',
    icon: 'mdi:signal',
    unit_of_measurement: 'lqi',
    state_class: 'measurement',
    entity_category: 'diagnostic',
    enabled_by_default: false,
    value_template: '{{ value_json.linkquality }}',
  },
};

const sensor = (objectId: string, deviceClass: string, unit: string): DiscoveryEntry => ({
  component: 'sensor',
  objectId,
  payload: {
    device_class: deviceClass,
    unit_of_measurement: unit,
    state_class: 'measurement',
    value_template: `{{ value_json.${objectId} }}`,
  },
});

export const MIREDS = { min: 153, max: 454 } as const;

const light: Definition = {
  model: '8718696548738',
  vendor: 'Philips',
  description: 'Hue White Ambiance E26/E27',
  initial: (seed) => {
    const s = seed.state ?? {};
    const out: Z2mState = { state: s.on === true ? 'ON' : 'OFF', linkquality: 120 };
    if (seed.dimmable || seed.colorTemperature) out.brightness = clamp(num(s.brightness, 254), 0, 254);
    if (seed.colorTemperature) {
      out.color_temp = clamp(num(s.mireds, 370), MIREDS.min, MIREDS.max);
      out.color_mode = 'color_temp';
    }
    return out;
  },
  entities: (seed) => {
    const dimmable = !!(seed.dimmable || seed.colorTemperature);
    const payload: Record<string, unknown> = {
      name: null,
      schema: 'json',
      brightness: dimmable,
      brightness_scale: 254,
      supported_color_modes: seed.colorTemperature ? ['color_temp'] : dimmable ? ['brightness'] : ['onoff'],
    };
    if (seed.colorTemperature)
      Object.assign(payload, { color_mode: true, min_mireds: MIREDS.min, max_mireds: MIREDS.max });
    return [{ component: 'light', objectId: 'light', payload, command: true }, linkquality];
  },
  set(state, cmd) {
    const next = onOff(cmd.state, state.state);
    if (next) state.state = next;
    if ('brightness' in state) {
      let b: number | undefined;
      if (typeof cmd.brightness === 'number') b = cmd.brightness;
      if (typeof cmd.brightness_step === 'number') b = num(state.brightness, 0) + cmd.brightness_step;
      if (b !== undefined) {
        b = clamp(b, 0, 254);
        if (b === 0) state.state = 'OFF';
        else {
          state.brightness = b;
          if (!next) state.state = 'ON';
        }
      }
    }
    if ('color_temp' in state && typeof cmd.color_temp === 'number') {
      state.color_temp = clamp(cmd.color_temp, MIREDS.min, MIREDS.max);
      state.color_mode = 'color_temp';
    }
  },
};

const plug: Definition = {
  model: 'ZBMINIR2',
  vendor: 'SONOFF',
  description: 'Zigbee smart switch',
  initial: (seed) => ({ state: seed.state?.on === true ? 'ON' : 'OFF', power: 0, linkquality: 110 }),
  entities: () => [
    {
      component: 'switch',
      objectId: 'switch',
      payload: { name: null, payload_on: 'ON', payload_off: 'OFF', value_template: '{{ value_json.state }}' },
      command: true,
    },
    sensor('power', 'power', 'W'),
    linkquality,
  ],
  set(state, cmd) {
    const next = onOff(cmd.state, state.state);
    if (next) {
      state.state = next;
      state.power = next === 'ON' ? 95.5 : 0;
    }
  },
};

const climateSensor: Definition = {
  model: 'WSDCGQ11LM',
  vendor: 'Aqara',
  description: 'Temperature, humidity and pressure sensor',
  initial: (seed) => ({
    temperature: num(seed.state?.temperatureC, 22),
    humidity: num(seed.state?.humidity, 40),
    battery: 100,
    linkquality: 90,
  }),
  entities: () => [
    sensor('temperature', 'temperature', '°C'),
    sensor('humidity', 'humidity', '%'),
    {
      ...sensor('battery', 'battery', '%'),
      payload: { ...sensor('battery', 'battery', '%').payload, entity_category: 'diagnostic' },
    },
    linkquality,
  ],
};

const co2Sensor: Definition = {
  model: 'SNZB-02P-CO2',
  vendor: 'Tuya',
  description: 'Air quality sensor (CO2)',
  initial: (seed) => ({ co2: num(seed.state?.co2ppm, 600), linkquality: 100 }),
  entities: () => [sensor('co2', 'carbon_dioxide', 'ppm'), linkquality],
};

/** Covers: z2m position 0 = closed, 100 = open; moves at `travelMs` per full travel. */
const cover: Definition = {
  model: 'ZNCLDJ12LM',
  vendor: 'Aqara',
  description: 'Curtain controller',
  initial: (seed) => {
    const position = clamp(num(seed.state?.openPercent ?? seed.state?.position, 0), 0, 100);
    return { position, state: position > 0 ? 'OPEN' : 'CLOSE', linkquality: 100 };
  },
  entities: () => [
    {
      component: 'cover',
      objectId: 'cover',
      payload: {
        name: null,
        device_class: 'curtain',
        value_template: '{{ value_json.state }}',
        state_open: 'OPEN',
        state_closed: 'CLOSE',
        state_opening: 'OPENING',
        state_closing: 'CLOSING',
        state_stopped: 'STOP',
        payload_open: 'OPEN',
        payload_close: 'CLOSE',
        payload_stop: 'STOP',
        position_template: '{{ value_json.position }}',
        set_position_template: '{ "position": {{ position }} }',
        position_topic: true,
        set_position_topic: true,
      },
      command: true,
    },
    linkquality,
  ],
  // A cover that was moving when the bridge stopped stays where it got to.
  settle(state) {
    state.state = Number(state.position) > 0 ? 'OPEN' : 'CLOSE';
  },
};

export const DEFINITIONS: Record<string, Definition> = {
  light,
  plug,
  'climate-sensor': climateSensor,
  'co2-sensor': co2Sensor,
  cover,
  curtain: cover,
};

/**
 * A device's state after a restart: each key its definition keeps takes the saved value when that
 * has the same JSON type, the rest comes from the seed. Keys the device does not keep (a seed no
 * longer dimmable, an odd report) are left out.
 */
export function restoreState(def: Definition, seed: SeedDevice, saved: unknown): Z2mState {
  const state = def.initial(seed);
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return state;
  const values = saved as Record<string, unknown>;
  for (const [key, value] of Object.entries(state)) {
    const next = Object.hasOwn(values, key) ? values[key] : undefined;
    if (next !== null && typeof next === typeof value) state[key] = next;
  }
  def.settle?.(state);
  return state;
}

/** The target position a cover command asks for (undefined: stop / nothing to do). */
export function coverTarget(cmd: Record<string, unknown>): number | 'stop' | undefined {
  if (typeof cmd.position === 'number') return clamp(cmd.position, 0, 100);
  const s = typeof cmd.state === 'string' ? cmd.state.toUpperCase() : undefined;
  if (s === 'OPEN') return 100;
  if (s === 'CLOSE') return 0;
  if (s === 'STOP') return 'stop';
  return undefined;
}
