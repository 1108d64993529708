/**
 * A reading looked at ("거실 온도 좀 보자", "아이방 공기 상태 좀 봐 줘", "티비 채널 좀 봐 봐"): 보다 said of
 * a reading or a setting — look and tell me — asks it; it never puts something on to watch, and it asks no
 * device to switch on. A channel or a programme named ("MBC 좀 보자") is still watched.
 */
import type { Frame } from './clause-frame.js';
import { LOOK_WORDS } from './lexicon/looked.js';
import { MARKS } from './lexicon/marks.js';
import { type AttrKey, READING_ATTRS } from './lexicon/words.js';
import { hasLex } from './tokenize.js';

/** What a look can read: the home's readings and a device's settings. */
const READ: ReadonlySet<AttrKey> = new Set<AttrKey>([
  ...READING_ATTRS,
  'state',
  'channel',
  'volume',
  'brightness',
  'fan',
  'mode',
]);
/** The air of a room said as a complaint word ("공기"): its reading where it is measured. */
const AIR = new Set(['stuffy', 'dust']);
/** The syllable before 봐 that makes it a guess (-ㄴ가 봐, -나 봐). */
const GUESS = new RegExp(`(?:${MARKS.guessAsked.join('|')})$`);
const LOOK = new RegExp(`^(${LOOK_WORDS.join('|')})`);

export function lookedReading(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.numbers.length || f.channel !== null || f.color !== null || f.mode !== null || f.fan !== null)
      continue;
    if (f.verb !== null && f.verb !== 'play') continue;
    const looks = f.tokens.filter((t) => LOOK.test(t.text) && (hasLex(t, 'verb') || hasLex(t, 'end')));
    // "딴 데 좀 틀어 봐": 봐 after another verb tries it; "안 좋은가 봐": 봐 after -ㄴ가/-나 guesses
    if (!looks.length || f.tokens.some((t) => hasLex(t, 'verb') && !looks.includes(t))) continue;
    if (looks.some((t) => GUESS.test(compact.slice(Math.max(0, t.start - 1), t.start)))) continue;
    const air = f.complaint !== null && AIR.has(f.complaint);
    if (!air && !f.attrs.some((a) => READ.has(a))) continue;
    // the air's state is its reading (feelQuestion picks the sensor)
    if (air) f.attrs = f.attrs.filter((a) => a !== 'state');
    else f.complaint = null;
    f.verb = 'query';
    f.verbs = ['query'];
    f.question = true;
  }
}
