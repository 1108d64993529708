/**
 * An assistant's name that begins a speaker's name ("기가지니" of "기가지니 스피커", "클로바" of "클로바 스피커")
 * names that speaker when what is said is a speaker's matter ("기가지니 소리 너무 시끄러워", "클로바 노래 꺼",
 * "클로바 볼륨 올려"), also at the start of the turn where a wake word is dropped. Said before a request about
 * anything else ("기가지니 거실 불 켜") it only calls the assistant, and is read past.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import { WHERE_PARTICLES } from './lexicon/small-words.js';
import { type VerbKey, WAKE_WORDS } from './lexicon/words.js';
import { compactForm } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const WAKE = new Set(WAKE_WORDS.map(compactForm));

/** The wake words that begin the device's name or an alias of it (said alone, they name it). */
export function wakeNames(d: DeviceDescription): string[] {
  const out: string[] = [];
  for (const n of [d.name, ...(d.aliases ?? [])]) {
    const parts = n.toLowerCase().split(/\s+/).filter(Boolean);
    const head = compactForm(parts[0] ?? '');
    if (parts.length > 1 && WAKE.has(head)) out.push(head);
  }
  return out;
}

const names = (t: Token) => hasLex(t, 'dev') || hasLex(t, 'kind') || hasLex(t, 'comp') || hasLex(t, 'area');

/** What only a player does ("클로바 일시정지", "기가지니 다음 곡"). */
const PLAYER_VERBS = new Set<VerbKey>(['pause', 'resume', 'next', 'prev', 'mute', 'unmute']);

/** What a speaker is asked about: its sound, its music, or its noise. */
const speakerMatter = (f: Frame) =>
  f.attrs.some((a) => a === 'volume' || a === 'media' || a === 'playing') ||
  f.complaint === 'loud' ||
  (f.verb !== null && PLAYER_VERBS.has(f.verb));

const WHERE = new Set(WHERE_PARTICLES);

/** "기가지니로", "기가지니에서": the name with a particle of where or by what is the speaker itself. */
const placed = (tokens: Token[], t: Token) => {
  const next = tokens[tokens.indexOf(t) + 1];
  return !!next && next.start === t.end && WHERE.has(next.text) && hasLex(next, 'part');
};

/** Drops an assistant's name from the targets where it only calls the assistant. */
export function wakeNameCalls(frames: Frame[], tokens: Token[]): void {
  const calls = tokens.filter((t) => WAKE.has(t.text) && hasLex(t, 'dev'));
  if (!calls.length) return;
  const others = tokens.some((t) => names(t) && !calls.includes(t));
  for (const f of frames) {
    if (!others && speakerMatter(f)) continue;
    // "버즈 말고 기가지니로 음악 틀어": of a speaker's matter, the name said with 로/에서 is the speaker
    const dropped = speakerMatter(f) ? calls.filter((c) => !placed(tokens, c)) : calls;
    f.targets = f.targets.filter((t) => !dropped.some((c) => c.text === t.text));
  }
}
