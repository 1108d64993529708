/** Where a clause's last word says how it ends: a complaint said to its end, an intention told. */
import { carriesValue, type Frame } from './clause-frame.js';
import { COMPLAINT_FINAL_ENDS, MUST_AFTER, SUBJECT_PARTICLES } from './lexicon/clause-shapes.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';
import { valueThenAnd } from './value-and.js';

const FINAL_ENDS = new Set(COMPLAINT_FINAL_ENDS);

/** The tokens before `k` are a complaint and a sentence-final ending ("춥겠네", "덥네"). */
export const complaintEnded = (tokens: Token[], k: number): boolean => {
  const end = tokens[k - 1];
  const word = tokens[k - 2];
  return (
    !!end &&
    !!word &&
    hasLex(end, 'end') &&
    FINAL_ENDS.has(end.text) &&
    word.end === end.start &&
    hasLex(word, 'cplx')
  );
};

/** `tokens[k]` is 겠 glued to an action verb ("끄겠어"): the speaker's own intention. */
export const intends = (tokens: Token[], k: number): boolean => {
  const tok = tokens[k] as Token;
  const said = tokens[k - 1];
  return (
    hasLex(tok, 'end') &&
    tok.text.startsWith(MARKS.guess) &&
    said?.end === tok.start &&
    hasLex(said, 'verb') &&
    !hasLex(said, 'cplx')
  );
};

/** Syllables of talk the lexicon does not know that make a clause of their own before a device. */
const TALK_SPAN = 5;

/** Just before `tok`, a stretch of unknown talk at least TALK_SPAN syllables long. */
export const talkBefore = (f: Frame, tok: Token): boolean => {
  const span = f.unknown[f.unknown.length - 1];
  return !!span && span[1] === tok.start && span[1] - span[0] >= TALK_SPAN;
};

const SUBJECT = new Set(SUBJECT_PARTICLES);

/**
 * "티비가 안 보인다 아이가, 커튼 좀 쳐 도고", "에어컨이 고장 났나 봐 선풍기 틀어": a device said as the subject
 * (이/가) or object (을/를, "TV를 너무 가까이서 보네") of a verb the lexicon does not know, or of a complaint
 * (then marked as the reason), then another
 * device: the first is the talk's, and the second begins a clause of its own.
 */
export const subjectOfTalk = (f: Frame, tok: Token): boolean => {
  if (f.verb !== null || !isTargetTok(tok)) return false;
  let j = f.tokens.findLastIndex((t) => t.lex.some((x) => x.t === 'dev' || x.t === 'kind'));
  // "티비 소리가 너무 커", "에어컨 바람이 너무 세": what of the device is the subject
  if (j >= 0 && f.tokens[j + 1] && hasLex(f.tokens[j + 1] as Token, 'attr')) j++;
  const subj = f.tokens[j + 1];
  if (j < 0 || !subj || !SUBJECT.has(subj.text) || !hasLex(subj, 'part')) return false;
  // "티비가 안 들려 청소기 좀 멈춰 줘": a complaint of the first device is the reason for the next request
  // ("티비가 너무 시끄러워 불 좀 꺼 줘": its remedy is not run when another request follows; docs/nlu.md)
  const complaint = f.tokens.slice(j + 2).some((t) => hasLex(t, 'cplx'));
  if (f.unknown.some(([s, e]) => s >= subj.end && e <= tok.start && e - s >= 2) && !complaint) return true;
  if (!complaint) return false;
  f.reason = true;
  return true;
};

/** "주광색으로 해 주고 밝기는 최대로": a value asked with 해 주고 ends a clause that asks, like a verb's 고. */
export const valueAsked = (f: Frame, tokens: Token[], k: number, prev = tokens[k - 1]): boolean =>
  (f.verb === 'do' &&
    carriesValue(f) &&
    !!prev &&
    hasLex(prev, 'verb') &&
    prev.text.endsWith(MARKS.giveStem)) ||
  // "색온도는 3500K로, 그리고 커튼은 닫아 줘" (value-and.ts)
  valueThenAnd(f, prev, tokens[k]);

const MUST = new Set(MUST_AFTER);

/**
 * "멈춰 줘 빨래 하나 더 넣어야 돼": what the speaker has to do (…어야 돼 / 해), said beside a request
 * that is asked, is its reason, not another request.
 */
export function mustDo(f: Frame, others: Frame[]): void {
  if (f.req || !others.some((o) => o !== f && o.asked)) return;
  const k = f.tokens.findIndex(
    (t, i) =>
      t.text === MARKS.must &&
      hasLex(f.tokens[i - 1] as Token, 'verb') &&
      (f.tokens[i - 1] as Token).end === t.start &&
      MUST.has(f.tokens[i + 1]?.text ?? ''),
  );
  if (k > 0) f.reason = true;
}
