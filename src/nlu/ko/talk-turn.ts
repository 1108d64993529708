/**
 * Talk that holds a request's words whole (issue #13, chit-chat second pass, fixer fx42): a line quoted from a
 * show ("광고에서 '티비 꺼' 하면 티비가 꺼지던데"), a title ("'티비를 꺼라'라는 책"), a request verb nominalised
 * into a question about people ("커튼 닫는 걸 제일 좋아하는 사람은?"), a dislike of doing it ("끄기 아까운데"),
 * a child's play. Marked by data (TALK_TURN_MARKS): the turn is talk when no request ending is said in it and it
 * does not end in a verb ("티비 꺼 줘, 보는 사람 없으니까" still acts; a verb the lexicon knows followed by words it
 * does not, "치기 싫다", is no end). A line quoted may hold a request ending
 * (QUOTE_MARKS), so there only the turn's end counts: told (-더라, -잖아, the past: "…라는 책 재밌더라") it is talk
 * whatever the quote asks; "드라마에서 본 것처럼 불 꺼 줘" still acts. A reading asked of a room or device at the end
 * ("일어나기 싫네, 안방 지금 몇 도야?") is a home question after a dislike.
 */
import type { Frame } from './clause-frame.js';
import { ASKING_WORDS } from './lexicon/clause-tails.js';
import { DISLIKE_DOING, QUOTE_MARKS, TALK_TURN_MARKS, TOLD_ENDS } from './lexicon/talk-shapes.js';
import { READING_ATTRS } from './lexicon/words.js';
import { anyWord } from './text.js';
import { hasLex } from './tokenize.js';

const QUOTED = anyWord(QUOTE_MARKS);
const MARKED = anyWord(TALK_TURN_MARKS);
/** Readings a home question asks with 몇/얼마. */
const READINGS = new Set<string>(READING_ATTRS);

export function talkTurn(frames: Frame[], compact: string): void {
  const quoted = QUOTED.test(compact);
  if (!quoted && !MARKED.test(compact) && !DISLIKE_DOING.test(compact)) return;
  const text = compact.replace(/[?!.,~]+$/, '');
  if (quoted && TOLD_ENDS.some((w) => text.endsWith(w))) {
    for (const f of frames) f.chat = true;
    return;
  }
  const end = frames.at(-1);
  const last = end?.tokens.at(-1);
  if (!end || !last || end.asked || end.req || (hasLex(last, 'verb') && last.end >= text.length)) return;
  if (!quoted && frames.some((f) => f.asked || f.req)) return;
  // "일어나기 싫네, 안방 지금 몇 도야?": a reading asked of a room or a device at the end is a home question
  if (
    !quoted &&
    end.attrs.some((a) => READINGS.has(a)) &&
    (end.targets.length || end.areas.length) &&
    end.tokens.some((t) => ASKING_WORDS.some((w) => t.text.startsWith(w)))
  )
    return;
  for (const f of frames) f.chat = true;
}
