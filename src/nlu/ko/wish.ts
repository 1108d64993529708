/**
 * Reasons and what they ask for (natural-4, fixer fx2). A wish said before the requests that serve
 * it ("안방 가서 볼래, 거실 티비 끄고 안방 티비 켜 줘": "볼래" names no device and no channel, so it is
 * their reason, not a request to play); something done, asked; a
 * clipped request after a complaint or a reason that asks for quiet.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { DONE_ENDS, QUIET_REASONS, SLEEP_REASONS } from './lexicon/context.js';
import { WISH_TO_WATCH } from './lexicon/turn-shapes.js';
import type { VerbKey } from './lexicon/words.js';
import { compactForm } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';
import { hasRequest } from './turn.js';

const WISH = new Set(WISH_TO_WATCH);

export function markWish(frames: Frame[]): void {
  for (let i = 0; i < frames.length - 1; i++) {
    const f = frames[i] as Frame;
    if (f.verb !== 'play' || f.targets.length || f.attrs.length || f.channel) continue;
    if (!f.tokens.some((t) => WISH.has(t.text))) continue;
    const later = frames.slice(i + 1);
    if (later.some((g) => g.verb !== null && !WEAK_VERBS.has(g.verb) && g.targets.length)) f.reason = true;
  }
}

const DONE = new Set(DONE_ENDS.map((w) => w.replace(/\s+/g, '')));

/** "에어컨 껐어?": something done, asked at the end of the turn, is a question, not a reason. */
export function doneAsked(frames: Frame[], question: boolean): void {
  const last = frames[frames.length - 1];
  if (!question || !last?.reason) return;
  const tail = last.tokens[last.tokens.length - 1];
  if (tail && DONE.has(tail.text)) last.reason = false;
}

/**
 * "더우니까 에어컨 좀", "추우니까 보일러 좀": a clipped request (a device, no action) after a
 * complaint said as its reason asks for that complaint's remedy, of the device named.
 */
export function markClippedRemedy(frames: Frame[]): void {
  for (let i = 0; i < frames.length - 1; i++) {
    const r = frames[i] as Frame;
    if (!r.reason || r.complaint === null) continue;
    const g = frames[i + 1] as Frame;
    if (g.question || g.reason || g.complaint !== null || !g.targets.length || hasRequest(g)) continue;
    g.complaint = r.complaint;
  }
}

const QUIET = QUIET_REASONS.map(compactForm);
const SLEEP = SLEEP_REASONS.map(compactForm);

/**
 * "아기 자니까 티비 소리 좀", "애들 자니까 불 좀": a clipped request after a reason that asks for quiet
 * turns the volume down, and after one of sleep switches the light off.
 */
export function markQuietReason(frames: Frame[], compact: string): void {
  // "할매 주무신다, 티비 소리 쫌": the reason said as a sentence of its own, read into the same clause
  for (let i = 0; i < frames.length; i++) {
    const g = frames[i] as Frame;
    if (
      (i > 0 && !(frames[i - 1] as Frame).reason) ||
      g.reason ||
      g.question ||
      g.verb !== null ||
      g.numbers.length
    )
      continue;
    const first =
      i > 0 ? g.tokens[0] : g.tokens.find((t) => t.start > 0 && (isTargetTok(t) || hasLex(t, 'attr')));
    if (!first) continue;
    const said = compact.slice(0, first.start);
    const lights = g.targets.length > 0 && g.targets.every((t) => t.kind?.kinds[0] === 'light');
    const verb: VerbKey | null =
      g.attrs.length === 1 && g.attrs[0] === 'volume' && QUIET.some((w) => said.includes(w))
        ? 'down'
        : !g.attrs.length && lights && SLEEP.some((w) => said.includes(w))
          ? 'off'
          : null;
    if (!verb) continue;
    g.verb = verb;
    g.verbs = [verb];
  }
}
