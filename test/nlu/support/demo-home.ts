/** The demo home (fixtures/demo-home.yaml) as the engine sees it, built from the model builders. */
import {
  airPurifier,
  type ChannelInfo,
  climateSensor,
  co2Sensor,
  doorLock,
  FanMode,
  gasValve,
  heatingThermostat,
  laundryWasher,
  light,
  mediaSpeaker,
  plug,
  primaryDeviceType,
  refrigerator,
  roboticVacuum,
  roomAirConditioner,
  SystemMode,
  ventilator,
  videoPlayer,
  windowCovering,
} from '../../../src/model/devices.js';
import type { DeviceDescription, Endpoint } from '../../../src/model/types.js';
import type { HomeView, TurnContext } from '../../../src/nlu/types.js';

const KT_CHANNELS: ChannelInfo[] = [
  { MajorNumber: 5, MinorNumber: 0, Name: 'SBS' },
  { MajorNumber: 7, MinorNumber: 0, Name: 'KBS2', Aliases: ['KBS 2TV', '케이비에스 2'] },
  { MajorNumber: 9, MinorNumber: 0, Name: 'KBS1', Aliases: ['KBS', 'KBS 1TV', '케이비에스'] },
  { MajorNumber: 11, MinorNumber: 0, Name: 'MBC', Aliases: ['엠비씨'] },
  { MajorNumber: 13, MinorNumber: 0, Name: 'EBS1', Aliases: ['EBS', '이비에스'] },
  { MajorNumber: 15, MinorNumber: 0, Name: 'JTBC', Aliases: ['제이티비씨'] },
  { MajorNumber: 16, MinorNumber: 0, Name: 'MBN' },
  { MajorNumber: 17, MinorNumber: 0, Name: 'tvN', Aliases: ['티비엔'] },
  { MajorNumber: 18, MinorNumber: 0, Name: '채널A', Aliases: ['채널에이'] },
  { MajorNumber: 19, MinorNumber: 0, Name: 'TV조선' },
  { MajorNumber: 24, MinorNumber: 0, Name: 'YTN', Aliases: ['와이티엔'] },
  { MajorNumber: 98, MinorNumber: 0, Name: '투니버스' },
];
const ST_CHANNELS = KT_CHANNELS.filter((c) => [5, 7, 9, 11, 13, 15, 17, 98].includes(c.MajorNumber));

/** Vendor and model as the hub's adapters report them for fixtures/demo-home.yaml. */
const MADE_BY: Record<string, [string, string]> = {
  fridge: ['LG Electronics', 'DIOS M874'],
  aircon: ['LG Electronics', 'WHISEN FQ18'],
  washer: ['LG Electronics', 'TROMM F21'],
  purifier: ['LG Electronics', 'PuriCare 360'],
  settop: ['KT', 'GiGA Genie TV'],
  kimchi: ['Samsung Electronics', 'BESPOKE 김치플러스'],
  'bedroom-tv': ['Samsung Electronics', 'Neo QLED 55'],
  vacuum: ['Samsung Electronics', 'BESPOKE 제트봇'],
  'living-light': ['Philips', '8718696548738'],
  'kitchen-light': ['Philips', '8718696548738'],
  'master-light': ['Philips', '8718696548738'],
  'kids-light': ['Philips', '8718696548738'],
  'entrance-light': ['Philips', '8718696548738'],
  'heating-pad': ['SONOFF', 'ZBMINIR2'],
  'living-sensor': ['Aqara', 'WSDCGQ11LM'],
  'kids-co2': ['Tuya', 'SNZB-02P-CO2'],
};

const dev = (
  id: string,
  name: string,
  aliases: string[],
  area: string | null,
  endpoints: Endpoint[],
): DeviceDescription => {
  const made = MADE_BY[id];
  return {
    id,
    name,
    aliases,
    area,
    connection: 'test',
    online: true,
    deviceType: primaryDeviceType(endpoints),
    ...(made ? { vendor: made[0], model: made[1] } : {}),
    endpoints,
  };
};

export function demoDevices(): DeviceDescription[] {
  const fridge = refrigerator({
    cabinets: [
      {
        id: 'refrigerator',
        name: '냉장실',
        tags: ['Refrigerator'],
        setpoint: 400,
        min: 100,
        max: 700,
        step: 100,
      },
      {
        id: 'freezer',
        name: '냉동실',
        tags: ['Freezer'],
        setpoint: -1800,
        min: -2300,
        max: -1500,
        step: 100,
      },
    ],
    modes: [
      { Label: 'Normal', Mode: 0, ModeTags: ['Auto'] },
      { Label: 'Express cool', Mode: 1, ModeTags: ['RapidCool'] },
      { Label: 'Rapid freeze', Mode: 2, ModeTags: ['RapidFreeze'] },
    ],
    currentMode: 0,
    doorOpen: false,
  });
  const kimchi = refrigerator({
    cabinets: [
      { id: 'upper', name: '상칸', tags: ['Upper'], setpoint: -100, min: -500, max: 500, step: 100 },
      { id: 'lower', name: '하칸', tags: ['Lower'], setpoint: 100, min: -500, max: 500, step: 100 },
    ],
  });
  return [
    dev('fridge', '냉장고', ['디오스', '엘지 냉장고'], 'kitchen', fridge),
    dev(
      'aircon',
      '에어컨',
      ['휘센'],
      'living',
      roomAirConditioner({
        on: false,
        local: 2700,
        coolingSetpoint: 2400,
        systemMode: SystemMode.Cool,
        fanMode: FanMode.Auto,
      }),
    ),
    dev(
      'washer',
      '세탁기',
      ['트롬'],
      'balcony',
      laundryWasher({
        state: 0,
        countdown: 0,
        currentMode: 0,
        modes: [
          // the LG adapter's courses in the simulator's order (src/adapters/thinq/map-washer.ts)
          { Label: 'Standard', Mode: 0, ModeTags: ['Normal'] },
          { Label: 'Quick 30', Mode: 1, ModeTags: ['Quick'] },
          { Label: 'Delicate', Mode: 2, ModeTags: ['Delicate'] },
          { Label: 'Heavy duty', Mode: 3, ModeTags: ['Heavy'] },
        ],
      }),
    ),
    dev(
      'purifier',
      '공기청정기',
      ['퓨리케어', '공청기'],
      'master',
      airPurifier({ on: false, fanMode: FanMode.Auto, pm25: 12 }),
    ),
    dev(
      'settop',
      '거실 TV',
      ['지니 TV', '셋톱박스', 'IPTV'],
      'living',
      videoPlayer({ on: true, channels: KT_CHANNELS, current: 11, volume: 12, muted: false }),
    ),
    dev('kimchi', '김치냉장고', ['김치 냉장고', '김냉'], 'kitchen', kimchi),
    dev(
      'bedroom-tv',
      '안방 TV',
      [],
      'master',
      videoPlayer({ on: false, channels: ST_CHANNELS, current: 9, volume: 8, muted: false }),
    ),
    dev(
      'vacuum',
      '로봇청소기',
      ['제트봇', '청소기'],
      'living',
      roboticVacuum({ running: false, operational: 0x42, batteryHalfPercent: 180 }),
    ),
    dev(
      'living-light',
      '거실 조명',
      ['거실 불', '거실 전등'],
      'living',
      light({ on: false, level: 254, mireds: 370 }),
    ),
    dev('kitchen-light', '주방 조명', ['주방 불'], 'kitchen', light({ on: true, level: 200 })),
    dev('master-light', '안방 조명', ['안방 불'], 'master', light({ on: false, level: 254 })),
    dev('kids-light', '아이방 조명', ['아이방 불'], 'kids', light({ on: false })),
    dev('entrance-light', '현관 조명', ['현관 불', '현관등'], 'entrance', light({ on: false })),
    dev('heating-pad', '전기장판', ['장판'], 'study', plug(false)),
    dev('living-sensor', '거실 온습도계', [], 'living', climateSensor({ temperature: 2350, humidity: 4100 })),
    dev('kids-co2', '아이방 공기질 센서', ['이산화탄소 센서'], 'kids', co2Sensor(870)),
    dev(
      'heat-living',
      '거실 난방',
      ['거실 보일러'],
      'living',
      heatingThermostat({ on: true, local: 2100, setpoint: 2200 }),
    ),
    dev(
      'heat-master',
      '안방 난방',
      ['안방 보일러'],
      'master',
      heatingThermostat({ on: true, local: 2250, setpoint: 2300 }),
    ),
    dev('door', '현관문', ['도어락', '현관 도어락'], 'entrance', doorLock(true)),
    dev('gas', '가스 밸브', ['가스', '가스밸브', '가스 차단기'], 'kitchen', gasValve(true)),
    dev('ventilator', '환기 장치', ['환기', '전열교환기'], 'living', ventilator(FanMode.Off)),
    dev('curtain', '거실 커튼', ['커튼'], 'living', windowCovering(0, 0)),
    dev('genie-speaker', '기가지니 스피커', [], 'living', mediaSpeaker({ state: 2, volume: 50 })),
    dev('galaxy-buds', '갤럭시 버즈', ['버즈'], null, mediaSpeaker({ state: 2, volume: 50 })),
    dev('nugu-candle', '누구 캔들', [], 'master', mediaSpeaker({ state: 2, volume: 50 })),
    dev('kakao-mini', '카카오 미니', [], 'kids', mediaSpeaker({ state: 2, volume: 50 })),
    dev('clova-speaker', '클로바 스피커', [], 'study', mediaSpeaker({ state: 2, volume: 50 })),
  ];
}

export const DEMO_AREAS = [
  { id: 'living', name: '거실', aliases: [] },
  { id: 'kitchen', name: '주방', aliases: ['부엌'] },
  { id: 'master', name: '안방', aliases: [] },
  { id: 'study', name: '작은방', aliases: ['서재'] },
  { id: 'kids', name: '아이방', aliases: [] },
  { id: 'entrance', name: '현관', aliases: [] },
  { id: 'balcony', name: '베란다', aliases: [] },
];

export function demoHome(devices: DeviceDescription[] = demoDevices()): HomeView {
  return { areas: DEMO_AREAS, devices };
}

/** Satellites of the demo home: area and own player. */
export const SATELLITES: Record<string, { area: string | null; player: string | null }> = {
  'genie-speaker': { area: 'living', player: 'genie-speaker' },
  'fridge-voice': { area: 'kitchen', player: null },
  'galaxy-buds': { area: null, player: 'galaxy-buds' },
  'nugu-candle': { area: 'master', player: 'nugu-candle' },
  'kakao-mini': { area: 'kids', player: 'kakao-mini' },
  'clova-speaker': { area: 'study', player: 'clova-speaker' },
  console: { area: null, player: null },
};

export function ctxFor(satellite = 'genie-speaker', pending: unknown = null): TurnContext {
  const s = SATELLITES[satellite] ?? { area: null, player: null };
  return {
    satelliteArea: s.area,
    satellitePlayer: s.player,
    pending,
    now: Date.UTC(2026, 10, 27, 5, 30),
    timezone: 'Asia/Seoul',
  };
}
