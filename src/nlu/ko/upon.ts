/**
 * An action asked upon an event to come ("나 나가면 불 다 꺼", "애 잠들면 안방 불 꺼 줘", "영화 끝나면 티비
 * 꺼"): the engine cannot wait for the event, so the request right after the condition is not done now;
 * the reply says so and asks about now (delay.ts). (The hub's voice routines take "세탁 끝나면 …" of a
 * device before the engine sees it.) A condition that feeds a reason ("손님 오면 더울 테니까 에어컨 켜
 * 놔": get ready now) or a state checked now ("켜져 있으면 꺼 줘") is not one.
 */
import type { Frame } from './clause-frame.js';
import { EVENT_IFS } from './lexicon/everyday.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex } from './tokenize.js';

const IFS = EVENT_IFS.map((w) => w.replace(/\s+/g, '')).sort((a, b) => b.length - a.length);
const IFS_RE = new RegExp(IFS.join('|'));

/** Where the first condition on an event ends in the compact text, or -1. */
function eventEnd(frames: Frame[], compact: string, spoken?: Uint8Array): number {
  const starts = new Set(frames.flatMap((f) => f.tokens.map((t) => t.start)));
  // (or where a word the lexicon does not know begins: "빨래 끝나면 건조 돌려 줘")
  const inside = (k: number) => frames.some((f) => f.tokens.some((t) => t.start < k && k < t.end));
  const begins = new Set(frames.flatMap((f) => f.unknown.map(([b]) => b)));
  for (const w of IFS) {
    for (let i = compact.indexOf(w); i >= 0; i = compact.indexOf(w, i + 1)) {
      const end = i + w.length;
      // "나가면서" is while, not when; the word must end where the next word is read
      // (or a spoken word begins inside a stretch no word covers: "깨면 그때 노래 틀어 줘")
      const unread = !begins.has(end) && !(spoken?.[end] === 1 && !inside(end));
      if (compact[end] === MARKS.because || (!starts.has(end) && (unread || inside(end)))) continue;
      // "켜져 있으면"-like checks of the state now never end in these words
      return end;
    }
  }
  return -1;
}

export function markUpon(frames: Frame[], compact: string, asked: boolean, spoken?: Uint8Array): void {
  // ("…나가면 에어컨 꺼 줄래?": a request ending asked as a question is still a request)
  if ((asked && !frames.some((f) => f.req)) || !IFS_RE.test(compact)) return;
  const end = eventEnd(frames, compact, spoken);
  if (end < 0) return;
  // (a clause that only began before the condition with a plain word or a filler: "할머니 도착하시면 현관문
  // 열어 드리고 …" reads 할머니 into the request's clause)
  const after = frames.filter(
    (f) =>
      (f.tokens[0]?.start ?? -1) >= end ||
      ((f.tokens[f.tokens.length - 1]?.start ?? -1) >= end &&
        f.tokens
          .filter((t) => t.start < end)
          .every((t) => t.lex.every((x) => x.t === 'word' || x.t === 'filler'))),
  );
  const first = after[0];
  // "…오면 현관 불 켜 줘, 어두우면 무서워하니까": a reason said after the request is no getting ready
  const v = first ? first.tokens.findIndex((t) => hasLex(t, 'verb')) : -1;
  const head = first && v >= 0 && first.asked ? first.tokens.slice(0, v + 1) : (first?.tokens ?? []);
  // the condition feeds a reason ("…오면 추우니까 보일러 올려 놔", "…오면 덥겠는데 켜 놔"): getting ready
  // now; only a word or two ("좀", "꼭") may come between the condition and the request
  if (
    !first ||
    (first.tokens[0]?.start ?? end) - end > 2 ||
    // ("…나면 피곤해 죽겠어, 꺼 줘": the condition closed on a feeling of its own)
    head.some((t) => hasLex(t, 'chat')) ||
    (first.complaint !== null &&
      (head.length === first.tokens.length || head.some((t) => hasLex(t, 'cplx')))) ||
    head.some((t) => hasLex(t, 'conn')) ||
    first.reason ||
    first.cond ||
    first.chat ||
    (first.question && !first.req) ||
    first.verb === null
  )
    return;
  for (const f of after) {
    if (f.reason || f.chat || (f.question && !f.req)) break;
    if (f.verb !== null) f.delay = 'upon';
  }
}
