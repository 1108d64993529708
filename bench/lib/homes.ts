/**
 * Home files for benchmarks and fault tests. Vendors run as separate processes: the simulator's
 * file seeds `yeondong simulate`, the hub's file points the same connection at it
 * (`simulate: false`, `baseUrl` or `broker`).
 */

export const LG_SIM_DEVICES = `
        - { externalId: lg-fridge-01, type: refrigerator, model: DIOS M874, state: { fridgeC: 4, freezerC: -18, expressMode: false, doorOpen: false } }
        - { externalId: lg-ac-01, type: air-conditioner, model: WHISEN FQ18, state: { power: false, targetC: 24, currentC: 27, mode: COOL, wind: AUTO } }`;

export const KT_SIM_DEVICES = `
        - externalId: kt-stb-01
          type: settop
          model: GiGA Genie TV
          state: { on: true, channel: '11', volume: 12, muted: false }
          channels:
            - { number: '5', name: SBS }
            - { number: '7', name: KBS2 }
            - { number: '9', name: KBS1, aliases: [KBS, 케이비에스] }
            - { number: '11', name: MBC, aliases: [엠비씨] }
            - { number: '13', name: EBS1 }`;

export const ZIGBEE_SIM_DEVICES = `
        - { externalId: '0x00158d0001a1b2c1', type: light, dimmable: true, state: { on: false, brightness: 254 } }
        - { externalId: '0x00158d0001a1b2c2', type: light, dimmable: true, state: { on: true, brightness: 200 } }
        - { externalId: '0x00158d0001a1b2c6', type: plug, state: { on: false } }`;

export interface HomeSpec {
  /** thinq: a URL of a separate simulator, or 'simulate' to let the hub start it in-process. */
  lg?: string;
  /** c2c: as for lg. */
  kt?: string;
  /** mqtt: an mqtt:// URL of a separate broker, or 'simulate' (embedded broker + bridge in the hub). */
  zigbee?: string;
  /** number of virtual wall-pad devices (door locks and ventilators, alternating). */
  virtual?: number;
  /** extra connection settings by connection id (e.g. { lg: { timeoutMs: 8000 } }). */
  settings?: Record<string, Record<string, number | string>>;
}

function conn(
  id: string,
  adapter: string,
  target: string | undefined,
  devices: string,
  settings?: Record<string, number | string>,
): string {
  if (!target) return '';
  const extra = Object.entries(settings ?? {})
    .map(([k, v]) => `\n    ${k}: ${JSON.stringify(v)}`)
    .join('');
  let where: string;
  if (target === 'simulate')
    where = adapter === 'mqtt' ? '\n    broker: embedded\n    simulate: true' : '\n    simulate: true';
  else if (adapter === 'mqtt') where = `\n    broker: ${target}\n    simulate: false`;
  else where = `\n    simulate: false\n    baseUrl: ${target}`;
  return `
  - id: ${id}
    adapter: ${adapter}${where}${extra}
    simulator:
      devices:${devices}`;
}

/** YAML of the benchmark / fault-test home. */
export function homeYaml(spec: HomeSpec): string {
  const n = spec.virtual ?? 0;
  const virtualSeeds: string[] = [];
  const virtualDevices: string[] = [];
  for (let i = 0; i < n; i++) {
    const type = i % 2 === 0 ? 'door-lock' : 'ventilator';
    const state = type === 'door-lock' ? '{ locked: true }' : '{ on: false, speed: LOW }';
    virtualSeeds.push(`\n        - { externalId: v-${i}, type: ${type}, state: ${state} }`);
    virtualDevices.push(
      `\n  - { id: v${i}, connection: wallpad, externalId: v-${i}, name: 장치 ${i}, area: living }`,
    );
  }
  const devices: string[] = [];
  if (spec.lg) {
    devices.push(
      '\n  - { id: fridge, connection: lg, externalId: lg-fridge-01, name: 냉장고, aliases: [디오스], area: kitchen }',
    );
    devices.push('\n  - { id: aircon, connection: lg, externalId: lg-ac-01, name: 에어컨, area: living }');
  }
  if (spec.kt)
    devices.push(
      '\n  - { id: settop, connection: kt, externalId: kt-stb-01, name: 거실 TV, aliases: [지니 TV], area: living }',
    );
  if (spec.zigbee) {
    devices.push(
      "\n  - { id: light1, connection: zigbee, externalId: '0x00158d0001a1b2c1', name: 거실 조명, area: living }",
    );
    devices.push(
      "\n  - { id: light2, connection: zigbee, externalId: '0x00158d0001a1b2c2', name: 주방 조명, area: kitchen }",
    );
    devices.push(
      "\n  - { id: plug1, connection: zigbee, externalId: '0x00158d0001a1b2c6', name: 플러그, area: living }",
    );
  }
  const s = spec.settings ?? {};
  return `version: 1
home: { id: bench, name: 벤치 하우스, language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: 거실 }
  - { id: kitchen, name: 주방 }
assistants:
  - { id: genie, name: 기가지니, provider: KT, wakeWords: [지니야, 기가지니] }
satellites:
  - { id: genie-speaker, name: 기가지니 스피커, area: living, assistants: [genie] }
grants:
  - { assistant: '*', privilege: operate }
security:
  voicePin: '0512'
  rules: []
connections:${conn('lg', 'thinq', spec.lg, LG_SIM_DEVICES, s.lg)}${conn('kt', 'c2c', spec.kt, KT_SIM_DEVICES, s.kt)}${conn('zigbee', 'mqtt', spec.zigbee, ZIGBEE_SIM_DEVICES, s.zigbee)}${
    n > 0
      ? `
  - id: wallpad
    adapter: virtual
    simulator:
      devices:${virtualSeeds.join('')}`
      : ''
  }
devices:${devices.join('')}${virtualDevices.join('')}${devices.length + n === 0 ? ' []' : ''}
`;
}

/** The seed file for `yeondong simulate` (every vendor connection, simulated). */
export const SIM_HOME_YAML = homeYaml({ lg: 'simulate', kt: 'simulate', zigbee: 'simulate' });
