/**
 * Spoken routine triggers on a measured quantity crossing a threshold: "이산화탄소가 1000ppm 넘으면
 * 환기 켜줘", "아이방 습도가 40% 아래로 내려가면 …". Reads the words only: which measurement,
 * the threshold in the attribute's own units, above or below, and the sensor when the words or
 * the home make it plain (else the hub picks by the satellite's room).
 */
import type { HomeView } from '../types.js';
import {
  CROSS_VERBS,
  MEASURE_UNITS,
  MEASURES,
  type MeasureWord,
  THRESHOLD_GLUED,
  THRESHOLD_LEADS,
  THRESHOLD_NUMBER_LETTERS,
  THRESHOLD_TAILS,
} from './lexicon/measures.js';
import { parseKoreanNumber } from './numbers.js';
import { deviceNamed } from './routines.js';
import { compactForm } from './text.js';

export interface MeasureWhen {
  kind: 'measure';
  /** The sensor, when named or the only one (else null: the hub chooses). */
  device: string | null;
  /** The room named ("아이방 이산화탄소가 …"), if any. */
  area: string | null;
  cluster: string;
  attribute: string;
  direction: 'above' | 'below';
  /** The threshold in the attribute's units (spoken × scale). */
  threshold: number;
  /** As spoken, for saying it back. */
  spoken: number;
  unit: string;
  name: string;
}

const hasCluster = (d: HomeView['devices'][number], cluster: string) =>
  d.endpoints.some((e) => cluster in e.clusters);

const LEADS = new RegExp(`^(?:${THRESHOLD_LEADS.join('|')})\\s+`);
const GLUED = new RegExp(`^(?:${THRESHOLD_GLUED.join('|')})(?=\\s*[\\d${THRESHOLD_NUMBER_LETTERS}-])`);
const TAILS = new RegExp(`\\s*(?:${THRESHOLD_TAILS.join('|')})$`);

/** The number before the crossing verb: "가 1000ppm을" → 1000. */
function thresholdOf(words: string): number | null {
  let t = words.trim().replace(LEADS, '').replace(GLUED, '').replace(TAILS, '').trim();
  const lower = t.toLowerCase();
  for (const u of MEASURE_UNITS) {
    const n = u.normalize('NFKC').toLowerCase();
    if (lower.endsWith(n)) {
      t = t.slice(0, t.length - n.length).trim();
      break;
    }
  }
  const s = t.replace(/[,\s]/g, '');
  if (!s) return null;
  const n = /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : parseKoreanNumber(s);
  return n === null || !Number.isFinite(n) ? null : n;
}

function findMeasure(before: string): { m: MeasureWord; at: number; len: number } | null {
  const up = before.toUpperCase();
  for (const m of MEASURES) {
    for (const w of m.words) {
      const at = up.indexOf(w.toUpperCase());
      if (at >= 0) return { m, at, len: w.length };
    }
  }
  return null;
}

/** A measured-quantity trigger and the rest of the utterance (the action), or null. */
export function parseWhenMeasure(text: string, home: HomeView): { when: MeasureWhen; rest: string } | null {
  const s = text
    .normalize('NFKC')
    .replace(/[!?~]+/g, ' ')
    .replace(/[.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [verb, direction] of CROSS_VERBS) {
    const i = s.indexOf(verb);
    if (i <= 0) continue;
    const before = s.slice(0, i);
    const rest = s.slice(i + verb.length).trim();
    const found = findMeasure(before);
    if (!rest || !found) continue;
    const spoken = thresholdOf(before.slice(found.at + found.len));
    if (spoken === null) continue;
    const { m } = found;
    const prefix = before.slice(0, found.at).trim();
    const sensors = home.devices.filter((d) => hasCluster(d, m.cluster));
    const named = prefix ? deviceNamed(prefix, home) : null;
    const pc = compactForm(prefix);
    const area = pc
      ? (home.areas.find((a) => [a.name, ...a.aliases].some((n) => pc.includes(compactForm(n))))?.id ?? null)
      : null;
    const inArea = area ? sensors.filter((d) => d.area === area) : sensors;
    const device =
      named && sensors.some((d) => d.id === named)
        ? named
        : inArea.length === 1
          ? (inArea[0]?.id ?? null)
          : null;
    return {
      when: {
        kind: 'measure',
        device,
        area,
        cluster: m.cluster,
        attribute: m.attribute,
        direction,
        threshold: Math.round(spoken * m.scale),
        spoken,
        unit: m.unit,
        name: m.name,
      },
      rest,
    };
  }
  return null;
}
