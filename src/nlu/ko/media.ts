/**
 * The few media phrases a player satellite's pipeline handles itself ("음악 틀어줘", "아이유 노래
 * 틀어줘", "일시정지", "다시 틀어줘", "다음 곡", "볼륨 30으로", "소리 키워줘").
 */
import {
  AGAIN,
  HALT_WORDS,
  MEDIA_NOUNS,
  MORE,
  NEXT,
  OBJECT_MARKS,
  PAUSE_MARK,
  PAUSE_WORDS,
  PLAY_FILLERS,
  PLAY_VERBS,
  PREVIOUS,
  QUERY_DROPS,
  REQUEST_TAILS,
  SOFTENER,
  SONG_WORDS,
  STOP_ANYWHERE,
  STOP_ENDS,
  TO_MARKS,
  VOLUME_DOWN,
  VOLUME_NAMED,
  VOLUME_SET,
  VOLUME_UP,
  VOLUME_WORDS,
} from './lexicon/media.js';
import { compact } from './wake.js';

export type MediaCommand =
  | { op: 'play'; query: string | null }
  | { op: 'pause' }
  | { op: 'resume' }
  | { op: 'stop' }
  | { op: 'next' }
  | { op: 'previous' }
  | { op: 'volume'; set: number }
  | { op: 'volume'; delta: number };

const alt = (ws: readonly string[]): string => `(?:${ws.join('|')})`;
const N = alt(MEDIA_NOUNS);
const OBJ = alt(OBJECT_MARKS);
const PLAY = alt(PLAY_VERBS);
const VOL = alt(VOLUME_WORDS);
const PLEASE = `(?:${SOFTENER})?`;
const MORE_ = `(?:${MORE})?`;

// built once, at load
const TAIL = new RegExp(`${alt(REQUEST_TAILS)}$`, 'u');
const NEXT_RE = new RegExp(
  `^(?:${NEXT.word}${N}|${NEXT.word}${alt(NEXT.which)}?${alt(NEXT.verbs)}?|${NEXT.alone.join('|')})`,
  'u',
);
const PREVIOUS_RE = new RegExp(
  `^(?:${PREVIOUS.word}${N}|${PREVIOUS.word}${alt(PREVIOUS.which)}?${alt(PREVIOUS.verbs)}?)`,
  'u',
);
const SONG_RE = new RegExp(SONG_WORDS.join('|'), 'u');
const HALT_RE = new RegExp(`^(?:${N}${OBJ}?${PLEASE})?${alt(HALT_WORDS)}$`, 'u');
const PAUSE_RE = new RegExp(`^${alt(PAUSE_WORDS)}$`, 'u');
const NOUN_FIRST = new RegExp(`^${N}`, 'u');
const STOP_RE = new RegExp([...STOP_ANYWHERE, ...STOP_ENDS.map((w) => `${w}$`)].join('|'), 'u');
const PAUSE_MARK_RE = new RegExp(PAUSE_MARK, 'u');
const RESUME_RE = new RegExp(`^(?:${N}${OBJ}?)?${alt(AGAIN)}(?:${N}${OBJ}?)?${PLAY}`, 'u');
const VOLUME_SET_RE = new RegExp(
  `^${VOL}${OBJ}?${PLEASE}(\\d{1,3})${alt(TO_MARKS)}?${alt(VOLUME_SET)}?$`,
  'u',
);
const VOLUME_UP_RE = new RegExp(`^${VOL}${OBJ}?${PLEASE}${MORE_}${alt(VOLUME_UP)}`, 'u');
const VOLUME_DOWN_RE = new RegExp(`^${VOL}${OBJ}?${PLEASE}${MORE_}${alt(VOLUME_DOWN)}`, 'u');
const VOLUME_NAMED_RE = new RegExp(VOLUME_NAMED.join('|'), 'u');
const PLAY_RE = new RegExp(`^(.*?)${N}${alt(PLAY_FILLERS)}*${PLAY}`, 'u');
const QUERY_DROP = new RegExp(`${alt(QUERY_DROPS)}$`, 'u');

/**
 * A media command in `text` (wake word already removed), or null. `active` says whether the
 * satellite has media playing or paused, which lets short phrases ("일시정지", "소리 키워줘") count.
 */
export function matchMediaCommand(text: string, active: boolean): MediaCommand | null {
  const t = compact(text).replace(TAIL, '');
  if (t.length === 0 || t.length > 40) return null;
  if (NEXT_RE.test(t) && (active || SONG_WORDS.some((w) => t.includes(w)))) {
    return { op: 'next' };
  }
  if (PREVIOUS_RE.test(t) && (active || SONG_RE.test(t))) {
    return { op: 'previous' };
  }
  if (HALT_RE.test(t)) {
    if (PAUSE_RE.test(t) || NOUN_FIRST.test(t)) {
      return STOP_RE.test(t) && !PAUSE_MARK_RE.test(t) ? { op: 'stop' } : { op: 'pause' };
    }
    // bare "멈춰"/"정지" is the universal stop
    return null;
  }
  if (RESUME_RE.test(t)) {
    return { op: 'resume' };
  }
  const vol = VOLUME_SET_RE.exec(t);
  if (vol) {
    const n = Number(vol[1]);
    return n >= 0 && n <= 100 ? { op: 'volume', set: n } : null;
  }
  if (VOLUME_UP_RE.test(t)) return active || VOLUME_NAMED_RE.test(t) ? { op: 'volume', delta: 10 } : null;
  if (VOLUME_DOWN_RE.test(t)) return active || VOLUME_NAMED_RE.test(t) ? { op: 'volume', delta: -10 } : null;
  const play = PLAY_RE.exec(t);
  if (play) {
    const q = (play[1] ?? '').replace(QUERY_DROP, '');
    return { op: 'play', query: q.length > 0 ? q : null };
  }
  return null;
}
