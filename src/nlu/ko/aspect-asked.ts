/**
 * A question must never act (fx30, issue #13's questions about state). An action's verb followed by what
 * tells of the action rather than asking for it — the state it left ("세탁기 멈춰 있어?", "일시정지 돼
 * 있니?"), the action going on ("재생하고 있어?", "세탁기 돌리고 있나?"), the action done and kept ("현관문
 * 잠가 놨어?", "불 꺼 뒀는지 봐 줘") or its verbal noun done ("음소거 했어?", "바람 약하게 했냐?") — closed by an
 * asking or telling ending, is a question about the device's state: answered from the home, never done.
 * So is a value said as what the device is at ("에어컨 24도야", "티비 MBC로 돼 있어요", "일시정지 상태야?").
 */

import type { Frame } from './clause-frame.js';
import {
  ASKING_ENDS,
  ASPECT_ENDS,
  ASPECT_STEMS,
  COPULA_ENDS,
  DONE_BY_HADA,
  DONE_STEMS,
  EITHER_LINKS,
  FORGOT_WORDS,
  TOLD_ENDS,
  VALUE_IS_STEMS,
  WHETHER,
} from './lexicon/aspect-asked.js';
import { REQUEST_SYLLABLES } from './lexicon/small-words.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import type { AttrKey, VerbKey } from './lexicon/words.js';
import { pastSyllable } from './remark.js';
import type { Token } from './tokenize.js';

const byLength = (a: string, b: string) => b.length - a.length;
const STEMS = [...ASPECT_STEMS].sort(byLength);
const VALUE_STEMS = [...VALUE_IS_STEMS].sort(byLength);
const ENDS = new Set([...ASPECT_ENDS, ...COPULA_ENDS]);
const COPULA = new Set(COPULA_ENDS);
const ASKING = new Set(ASKING_ENDS);
const DONE = new Set(DONE_STEMS);
const HADA = new Set(DONE_BY_HADA);
const TOLD = new Set(TOLD_ENDS);
/** Done and asked, or done by 하다 and told in a plain ending. */
const doneSaid = (stem: string, tail: string, last: boolean, question: boolean): boolean =>
  askedBy(tail, last, question) || (HADA.has(stem) && TOLD.has(tail));
/** "끄는 거 깜빡했어": forgetting an action asks for it done, however it ends. */
const forgot = (t: Token): boolean => FORGOT_WORDS.some((w) => t.text.includes(w));
const LINKS = [...EITHER_LINKS].sort(byLength);

/** The tail without a link to the other side of an either-or question after it. */
const unlinked = (tail: string): string => {
  // "했어 안 했어": the first side's ending, before the link and the other side
  let cut = tail.length;
  for (const w of LINKS) {
    const at = tail.indexOf(w, 1);
    // (a link with nothing after it ends the question: "멈춰 있는 거 아니야?")
    if (at > 0 && at < cut && at + w.length < tail.length) cut = at;
  }
  return tail.slice(0, cut);
};

/** The state an action leaves, as the state words name it (state.ts answers from the device). */
const LEFT: Partial<Record<VerbKey, string>> = {
  on: 'on',
  start: 'on',
  play: 'on',
  resume: 'on',
  clean: 'on',
  off: 'off',
  stop: 'off',
  pause: 'off',
  dock: 'off',
  open: 'open',
  unlock: 'unlocked',
  close: 'closed',
  lock: 'locked',
  mute: 'muted',
  unmute: 'muted',
};

const WEAK = new Set<VerbKey>(['do', 'query', 'hot']);
const isWeak = (f: Frame): boolean => f.verb === null || WEAK.has(f.verb);

/** The ending closes the clause as asked or told: one of the endings, or 는지/인지 and what asks to know. */
const closes = (tail: string, ends: Set<string>): boolean =>
  ends.has(unlinked(tail)) || WHETHER.some((w) => tail.startsWith(w));

/** Asked: by an asking ending, by 는지, or by the question mark that closes the turn. */
const askedBy = (tail: string, last: boolean, question: boolean): boolean =>
  ASKING.has(unlinked(tail)) ||
  WHETHER.some((w) => tail.startsWith(w)) ||
  (question && last) ||
  unlinked(tail) !== tail;

const verbToken = (f: Frame): Token | undefined =>
  f.tokens.findLast((t) => t.lex.some((x) => x.t === 'verb' && !WEAK.has(x.v as VerbKey)));

const valueToken = (f: Frame): Token | undefined =>
  [...f.tokens]
    .reverse()
    .find(
      (t) =>
        t.lex.some(
          (x) =>
            x.t === 'mode' ||
            x.t === 'fan' ||
            x.t === 'chan' ||
            x.t === 'color' ||
            x.t === 'ctemp' ||
            (x.t === 'mod' && (x.v === 'max' || x.v === 'min')),
        ) || t.num !== undefined,
    );

/** Where, within the first syllables after the verb, a past-tense syllable closes them (-1: none). */
function pastAt(rest: string): number {
  for (let k = 0; k < Math.min(rest.length, 3); k++) {
    if (ASKED_FOR.has(rest[k] as string)) return -1;
    if (pastSyllable(rest[k])) return k + 1;
  }
  return -1;
}
/** Syllables of a request's ending ("올려 놔 줘 알았지?"): what follows them is no past of the verb. */
const ASKED_FOR = new Set(REQUEST_SYLLABLES);

/** A word that says something of its own: not a particle, an ending, 있다 or 되다. */
const said = (x: Token['lex'][number]): boolean =>
  x.t !== 'part' &&
  x.t !== 'end' &&
  !(x.t === 'verb' && WEAK.has(x.v)) &&
  !(x.t === 'mod' && x.v === 'exists');

function asState(f: Frame, state: string): void {
  f.state = state;
  f.question = true;
  f.asked = false;
  f.req = false;
  f.verb = 'query';
  f.verbs = ['query'];
}

export function aspectAsked(frames: Frame[], compact: string, question: boolean): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.cond || f.corrects || !f.tokens.length) continue;
    // "돌리고 있어": the clause closed at 고 runs on into the 있어 after it
    let j = i + 1;
    while (
      j < frames.length &&
      (!(frames[j] as Frame).targets.length || (frames[j] as Frame).inherited) &&
      isWeak(frames[j] as Frame)
    )
      j++;
    const next = frames[j]?.tokens[0];
    const end = next ? next.start : compact.length;
    const last = j >= frames.length;
    const vt = f.verb && !WEAK.has(f.verb) ? verbToken(f) : undefined;
    // "처 줄 수 있어?": what the person can have done is a request
    // an activity with no device ("청소 다 했어?") is asked of the device that does it (engine.ts)
    if (
      vt &&
      f.verb &&
      (f.targets.length || (f.verb !== 'clean' && f.verb !== 'start')) &&
      !vt.text.endsWith(W.can) &&
      !forgot(vt)
    ) {
      const rest = compact.slice(vt.end, end);
      // "충전기로 돌아갔어?": the verb itself in the past, asked
      // "충전기로 돌아갔어?", "꺼 버렸니?": a verb in the past a few syllables on
      const k = pastSyllable(vt.text[vt.text.length - 1]) ? 0 : pastAt(rest);
      const past = k >= 0;
      const stem = past ? rest.slice(0, k) : STEMS.find((s) => rest.startsWith(s));
      const tail = stem === undefined ? '' : rest.slice(stem.length);
      const needsAsking = past || (stem !== undefined && DONE.has(stem));
      if (
        stem !== undefined &&
        closes(tail, ENDS) &&
        // "켜 놨어 꺼 놨어": a state said beside the verb is the other side of an either-or question
        (!needsAsking ||
          doneSaid(stem, tail, last, question) ||
          f.tokens.some((t) => t.lex.some((x) => x.t === 'state')))
      ) {
        asState(f, LEFT[f.verb] ?? 'set');
        // the 있어 read as a clause of its own is this one's ending: one question, answered once
        for (const g of frames.splice(i + 1, j - i - 1)) f.tokens.push(...g.tokens);
        continue;
      }
    }
    if (f.verb !== null && !WEAK.has(f.verb) && f.verb !== 'set') continue;
    const val = valueToken(f);
    // "티비조선 할 시간이야": the time for a channel puts it on
    if (
      !val ||
      !(f.targets.length || f.channel) ||
      f.tokens.some(
        (t) =>
          t.start >= val.end &&
          t.lex.some((x) => (x.t === 'verb' && x.v === 'do') || (x.t === 'attr' && x.v === 'time')),
      )
    )
      continue;
    // "최대 밝기야": from the last word said, past the value's attribute
    const lastWord = f.tokens.findLast((t) => t.lex.some(said));
    const rest = compact.slice(Math.max(val.end, lastWord?.end ?? 0), end);
    const stem = VALUE_STEMS.find((s) => {
      const tail = rest.slice(s.length);
      return (
        rest.startsWith(s) &&
        closes(tail, s ? ENDS : COPULA) &&
        (!DONE.has(s) || doneSaid(s, tail, last, question))
      );
    });
    if (stem === undefined || rest.length === 0) continue;
    asState(f, 'set');
    // "거실 티비 MBC야?", "에어컨 제습 모드야?": the answer tells what the value was said of
    const degrees = f.numbers.some((n) => n.unit === 'deg');
    const what: AttrKey | null = f.channel
      ? 'channel'
      : f.mode
        ? 'mode'
        : f.fan !== null
          ? 'fan'
          : degrees
            ? 'temperature'
            : null;
    if (what && !f.attrs.length) f.attrs.push(what);
    // "냉동실 영하 20도야?": the number is what is asked of, not a value that picks a cabinet by its range
    if (degrees && f.targets.some((t) => t.comp)) f.numbers = [];
  }
}
