/**
 * Clauses of a long turn that lean on the clause before them (issue #13, natural-6 J): what a joined
 * clause inherits, and what it must not.
 */
import type { Frame } from './clause-frame.js';
import { epWith } from './device.js';
import { WEAK_VERBS } from './extract.js';
import type { HomeIndex } from './home.js';
import { PURPOSE_ENDS, WATCH_HEARSAY } from './lexicon/household.js';
import { hasLex } from './tokenize.js';

/** Device words that play music. */
const PLAYS = new Set(['tv', 'speaker']);

/**
 * "불 켜고 음악 좀 틀어 줘", "에어컨 켜고 노래 틀어": music asked in a clause that only inherited a
 * device that cannot play it is the satellite's own player's (the targets are dropped).
 */
export function dropMusicInheritance(f: Frame, idx: HomeIndex): void {
  if (!f.inherited || !f.attrs.includes('media')) return;
  const cannotPlay = f.targets.every((t) =>
    t.devs.length
      ? t.devs.every((id) => {
          const d = idx.byId.get(id);
          return d !== undefined && !epWith(d, 'MediaPlayback');
        })
      : t.kind !== null && !t.kind.kinds.some((k) => PLAYS.has(k)),
  );
  if (!cannotPlay) return;
  f.targets = [];
  f.inherited = false;
}

const STEP_VERBS = new Set(['up', 'down', 'next', 'prev']);

/**
 * "아까 보던 드라마로 가게 채널 두 개 뒤로 돌려 줘": channel steps counted out are the request; the
 * genre said with them is only where the speaker means to end up (its purpose).
 */
export function stepsOverGenre(f: Frame): void {
  if (!f.channel?.genre || !f.verb || !STEP_VERBS.has(f.verb)) return;
  if (f.numbers.some((n) => (n.unit === 'step' || n.unit === 'num') && !n.to && !n.by)) f.channel = null;
}

const TOO_LOUD = new Set(['loud', 'big']);

/**
 * "티비 소리가 너무 커서 전화하는데 하나도 안 들리네": not hearing, said after the device's sound was
 * too loud, is what the loudness does (the call cannot be heard), not the device too quiet.
 */
export function loudnessConsequence(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const prev = frames[i - 1] as Frame;
    if (f.complaint !== 'quiet' || !f.inherited || f.verb !== null) continue;
    if (!prev.complaint || !TOO_LOUD.has(prev.complaint)) continue;
    if (prev.complaint === 'big' && !prev.attrs.includes('volume')) continue;
    f.complaint = prev.complaint;
    for (const a of prev.attrs) if (!f.attrs.includes(a)) f.attrs.push(a);
  }
}

const HEARSAY_WATCH = new Set(WATCH_HEARSAY.map((w) => w.replace(/\s+/g, '')));

/**
 * What is said before a clause that names its own device and asks: "청소 시작하게 에어컨 꺼 줘" (a
 * purpose, its ending after the verb word) and "애들이 영화 본대, 거실 조명 바꿔 줘" (someone will
 * watch, nothing named to put on) are the request's reasons, not requests of their own.
 */
export function contextBefore(frames: Frame[], compact: string): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    const next = frames[i + 1] as Frame;
    if (f.targets.length || f.asked || f.req || f.question || f.channel || f.attrs.length) continue;
    if (!next.targets.length || next.inherited || !next.verb || WEAK_VERBS.has(next.verb)) continue;
    const last = f.tokens[f.tokens.length - 1];
    const from = next.tokens[0]?.start;
    if (!last || from === undefined) continue;
    const verbTok = [...f.tokens].reverse().find((t) => hasLex(t, 'verb'));
    if (!verbTok) continue;
    const tail = compact.slice(verbTok.start, from);
    if (PURPOSE_ENDS.some((e) => tail.endsWith(e)) || HEARSAY_WATCH.has(verbTok.text)) f.reason = true;
  }
}
