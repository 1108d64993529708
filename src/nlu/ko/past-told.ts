/**
 * A past event told with -었더니, -었는데도, -어서 그런지 or -었는데 그래도 (issue #13, chit-chat second pass,
 * fixer fx42): "어제 에어컨 틀고 잤더니 목 아파", "환풍기 틀었는데도 냄새가 안 빠지더라". What was done is the
 * story and what followed its outcome; when nothing after the story asks (no verb, request ending, device,
 * setting or number) and the outcome is told as past (-더라, -던데, or the past tense), the whole turn is talk; a present complaint after it ("이불 덮었는데도 발이 시리네") is
 * still the indirect request it was. A request after it ("…잤더니 목이 칼칼해 공기청정기 틀어 줘") is
 * left to the rules that read the story as its reason.
 */
import type { Frame } from './clause-frame.js';
import type { Lex } from './lex-types.js';
import { MARKS } from './lexicon/marks.js';
import { PAST_TOLD_MARKS, RETRO_ENDS } from './lexicon/talk-shapes.js';
import { hasLex } from './tokenize.js';

const ASKING: Array<Lex['t']> = [
  'verb',
  'req',
  'kind',
  'word',
  'mode',
  'fan',
  'attr',
  'line',
  'brand',
  'color',
  'ctemp',
];

/** A syllable closed by ㅆ (the past tense: 었, 았, 잤, 켰, 돌렸). */
const pastSyllable = (ch: string | undefined): boolean => {
  const c = ch ? ch.charCodeAt(0) - 0xac00 : -1;
  return c >= 0 && c < 11172 && c % 28 === 20;
};

/** The compact offset just past the story's mark, or -1. */
function storyEnd(compact: string): number {
  for (const m of PAST_TOLD_MARKS) {
    let at = compact.indexOf(m);
    while (at > 0) {
      if (pastSyllable(compact[at - 1]) || m.startsWith(MARKS.because)) return at + m.length;
      at = compact.indexOf(m, at + 1);
    }
  }
  return -1;
}

/** The outcome is told as past too: a retrospective ending (-더라, -던데) or the past tense. */
const toldAsPast = (compact: string): boolean =>
  RETRO_ENDS.some((w) => compact.endsWith(w)) || pastSyllable(compact.at(-2));

export function pastTold(frames: Frame[], compact: string): void {
  if (!PAST_TOLD_MARKS.some((m) => compact.includes(m))) return;
  const end = storyEnd(compact);
  if (end < 0 || !toldAsPast(compact.replace(/[?!.,~]+$/, ''))) return;
  for (const f of frames)
    for (const t of f.tokens) if (t.start >= end && (t.num || ASKING.some((k) => hasLex(t, k)))) return;
  for (const f of frames) f.chat = true;
}
