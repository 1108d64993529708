/**
 * Questions about the home's air and its appliances' health ("아이방 공기 어때?", "우리 집 가전
 * 괜찮아?"), answered from the devices' current state (CO₂, PM2.5) and the care findings the hub
 * passes in the turn's context. Words are data (lexicon/care.json); the answers are care's catalog.
 */
import { PM25_LIMIT, roomsAir } from '../../care/air.js';
import { say } from '../../care/catalog.js';
import type { HomeView, TurnContext, Understanding } from '../types.js';
import words from './lexicon/care.json' with { type: 'json' };
import { ADVICE_CHAT } from './lexicon/talk.js';
import { compactForm } from './text.js';

/** Devices named after the air, taken out of the text before it is read (built once). */
const DEVICE_WORDS = new RegExp(words.deviceWords.join('|'), 'g');
/** Text that lower case leaves as it is: printable ASCII but capitals, and Hangul syllables (lowering such text is slow). */
const LOWER_AS_IS = /^[ -@[-~\uac00-\ud7a3]*$/;
const has = (text: string, list: string[]) => list.some((w) => text.includes(w));
const MAX_TOLD = 2;
/** Each word of the air and of appliances, or its longest piece between spaces: one must be in any turn read here. */
const QUICK = [...words.air, ...words.appliances].map((w) =>
  w.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''),
);
/** "환기는 하루에 몇 번 하는 게 좋아?": advice asked, not the air now. */
const ADVICE = ADVICE_CHAT.map(compactForm);
const asksAdvice = (text: string) => ADVICE.some((w) => compactForm(text).includes(w));

/** The area a text names (name or alias, the longest match), or null. */
function areaIn(text: string, home: HomeView): string | null {
  let best: { id: string; len: number } | null = null;
  for (const a of home.areas) {
    for (const n of [a.name, ...a.aliases]) {
      if (n && text.includes(n) && (!best || n.length > best.len)) best = { id: a.id, len: n.length };
    }
  }
  return best?.id ?? null;
}

/** Rooms where only fine dust is measured (an air purifier's PM2.5), with what is told of them. */
function dustRooms(home: HomeView, withCo2: Set<string>): Array<{ area: string; text: string }> {
  const out: Array<{ area: string; text: string }> = [];
  for (const a of home.areas) {
    if (withCo2.has(a.id)) continue;
    const pms = home.devices
      .filter((d) => d.area === a.id && d.online)
      .flatMap((d) => d.endpoints.map((e) => e.clusters.Pm25ConcentrationMeasurement?.MeasuredValue))
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (!pms.length) continue;
    const pm25 = Math.max(...pms);
    const advice = pm25 > PM25_LIMIT ? say('air.purify', { pm25: Math.round(pm25) }) : say('air.good');
    out.push({ area: a.id, text: say('air.pm', { area: a.name, pm25: Math.round(pm25), advice }) });
  }
  return out;
}

function answer(intent: string, slots: Record<string, unknown>, text: string): Understanding {
  return { understood: true, intents: [{ intent, slots }], actions: [], answer: text };
}

/** An answer when the turn asks about air or appliance health; null otherwise (the engine goes on). */
export function understandCare(text: string, home: HomeView, ctx: TurnContext): Understanding | null {
  if (typeof text !== 'string') return null;
  // (a cheap look first: no word of the air or of appliances anywhere, no question of theirs)
  const lower = LOWER_AS_IS.test(text) ? text : text.toLowerCase();
  if (!QUICK.some((w) => lower.includes(w))) return null;
  // A device named after the air (공기청정기, 환기장치) is the engine's, not a question about the air.
  const t = lower.replace(/[?!.,~]/g, ' ').replace(DEVICE_WORDS, ' ');
  if (has(t, words.appliances) && has(t, words.appliancesAsk)) {
    const open = (ctx.findings ?? []).filter((f) => f.state === 'open');
    if (open.length === 0) return answer('CareStatus', { findings: 0 }, say('summary.none'));
    const told = open.slice(0, MAX_TOLD).map((f) => f.advice);
    const more = open.length > MAX_TOLD ? ` ${say('summary.more', { count: open.length - MAX_TOLD })}` : '';
    return answer(
      'CareStatus',
      { findings: open.length },
      `${say('summary.some', { count: open.length, items: told.join(' ') })}${more}`,
    );
  }
  // "환기 좀 해야겠다": the speaker's decision, a request for the engine
  // "안방 공기가 안 좋아" said, not asked: a complaint for the engine to remedy
  const complains = !text.includes('?') && has(t, words.complaint);
  if (has(t, words.air) && has(t, words.airAsk) && !has(t, words.decided) && !asksAdvice(t) && !complains) {
    const rooms = roomsAir(home.areas, home.devices);
    const dust = dustRooms(home, new Set(rooms.map((r) => r.area)));
    const named = areaIn(t, home);
    const wanted = named ?? (has(t, words.allRooms) ? null : ctx.satelliteArea);
    const inWanted = wanted ? rooms.filter((r) => r.area === wanted) : rooms;
    const dustWanted = wanted ? dust.filter((r) => r.area === wanted) : dust;
    // "이산화탄소 센서 어때" heard where nothing measures it: the rooms that do
    const here = inWanted.length + dustWanted.length > 0;
    const chosen = here ? inWanted : rooms;
    const chosenDust = here ? dustWanted : dust;
    if (chosen.length + chosenDust.length === 0)
      return answer('AirQuality', { area: wanted }, say('air.none'));
    const told = [
      ...chosen.map((r) =>
        say('air.room', { area: r.areaName, co2: Math.round(r.co2), advice: r.ventilationAdvice }),
      ),
      ...chosenDust.map((r) => r.text),
    ];
    // "거실 공기 어때" where nothing in the living room measures the air: said so, then the rooms that do
    const name = named ? home.areas.find((a) => a.id === named)?.name : undefined;
    if (!here && name) told.unshift(say('air.noneIn', { area: name }));
    return answer('AirQuality', { area: wanted, co2: chosen.map((r) => r.co2) }, told.join(' '));
  }
  return null;
}
