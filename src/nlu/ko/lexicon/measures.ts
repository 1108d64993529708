/**
 * Words of measured quantities in spoken routine triggers ("이산화탄소가 1000ppm 넘으면"): which
 * Matter measurement each names, the scale of its MeasuredValue against the spoken number, the
 * units people say after the number, and the verbs of crossing above or below.
 */

export interface MeasureWord {
  /** Spoken names, longest first where one contains another. */
  words: string[];
  cluster: string;
  attribute: string;
  /** MeasuredValue = spoken number × scale (temperature and humidity are in hundredths). */
  scale: number;
  /** The unit as said back ("ppm", "도"). */
  unit: string;
  /** The quantity as said back. */
  name: string;
}

export const MEASURES: MeasureWord[] = [
  {
    words: ['이산화탄소 농도', '이산화탄소', '탄산가스', 'CO2 농도', 'CO2', '씨오투'],
    cluster: 'CarbonDioxideConcentrationMeasurement',
    attribute: 'MeasuredValue',
    scale: 1,
    unit: 'ppm',
    name: '이산화탄소',
  },
  {
    words: ['초미세먼지 농도', '초미세먼지', '미세먼지 농도', '미세먼지', 'PM2.5'],
    cluster: 'Pm25ConcentrationMeasurement',
    attribute: 'MeasuredValue',
    scale: 1,
    unit: 'µg/m³',
    name: '미세먼지',
  },
  {
    words: ['습도'],
    cluster: 'RelativeHumidityMeasurement',
    attribute: 'MeasuredValue',
    scale: 100,
    unit: '%',
    name: '습도',
  },
  {
    words: ['실내 온도', '온도', '기온'],
    cluster: 'TemperatureMeasurement',
    attribute: 'MeasuredValue',
    scale: 100,
    unit: '도',
    name: '온도',
  },
];

/** Units said after the number (dropped when reading it). */
export const MEASURE_UNITS = [
  'ppm',
  '피피엠',
  '마이크로그램',
  'µg/m³',
  'ug/m3',
  '㎍/㎥',
  '퍼센트',
  '프로',
  '%',
  '도씨',
  '도',
];

/** "…이 1000ppm 넘으면": crossing above or below, as the routine's trigger. */
export const CROSS_VERBS: Array<[string, 'above' | 'below']> = [
  ['보다 높아지면', 'above'],
  ['보다 높으면', 'above'],
  ['보다 올라가면', 'above'],
  ['넘어가면', 'above'],
  ['넘어서면', 'above'],
  ['넘으면', 'above'],
  ['초과하면', 'above'],
  ['이상이면', 'above'],
  ['이상 되면', 'above'],
  ['이상으로 올라가면', 'above'],
  ['위로 올라가면', 'above'],
  ['올라가면', 'above'],
  ['보다 낮아지면', 'below'],
  ['보다 낮으면', 'below'],
  ['아래로 내려가면', 'below'],
  ['밑으로 내려가면', 'below'],
  ['아래로 떨어지면', 'below'],
  ['밑으로 떨어지면', 'below'],
  ['미만이면', 'below'],
  ['이하이면', 'below'],
  ['이하면', 'below'],
  ['내려가면', 'below'],
  ['떨어지면', 'below'],
];

/** Words before a threshold's number, dropped ("이산화탄소 농도가 1000ppm을 넘으면": routine-measures.ts). */
export const THRESHOLD_LEADS = ['농도가', '농도는', '농도', '이', '가', '은', '는'];
/** A subject particle glued to the number ("가1000"). */
export const THRESHOLD_GLUED = ['이', '가', '은', '는'];
/** Particles after the threshold ("1000ppm을"). */
export const THRESHOLD_TAILS = ['을', '를', '이', '가'];
/** Letters a spoken number may begin with besides digits: 영 (zero), 마 (마이너스). */
export const THRESHOLD_NUMBER_LETTERS = '영마';
