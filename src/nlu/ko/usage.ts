/**
 * How a turn is said (issue #13, fixer fx5): a report of what someone else does ("동생이 자꾸 에어컨
 * 켜") is talk, not a request; forgetting asked ("가스 잠그는 거 깜빡했나?") is a state question;
 * music hung on ("음악 좀 걸어 줘") plays.
 */
import { type Frame, targetRef } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { MARKS } from './lexicon/marks.js';
import { LIGHT_SAID } from './lexicon/rule-words.js';
import {
  ASK_MARKS,
  ASK_MARKS_REGIONAL,
  FORGOT_TOLD_PARTS,
  LIGHT_WORD_PARTS,
  PLAIN_AFTER_VERB,
  RECALL_ENDS,
  REPORTED_ENDS,
  WATCH_LEAVE_BEGINS,
  WHICH_ASKED,
} from './lexicon/turn-shapes.js';
import {
  DONE_STATE,
  FIRE_VERBS,
  FORGOT_ASKED,
  HABIT_ADVERBS,
  HANG_VERBS,
  PEOPLE,
  SUBJECT_MARKS,
} from './lexicon/usage.js';
import { KINDS, type VerbKey } from './lexicon/words.js';
import { compactForm, type Normalized } from './text.js';
import type { Token } from './tokenize.js';

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
/** A person as the subject, maybe with an adverb of habit: the whole of a span no word covered. */
const REPORTER = new RegExp(`^(?:${alt(PEOPLE)})(?:${alt(SUBJECT_MARKS)})(?:${alt(HABIT_ADVERBS)})?$`);
const HANG = new Set(HANG_VERBS);
/** Leave asked to watch or listen ("봐도 돼", "들어도 될까"). */
const LEAVE = new RegExp(`^(?:${WATCH_LEAVE_BEGINS.join('|')})`);
/** A light as said ("불", "거실 불", "현관등", "조명"). */
const LIGHT_WORD = new RegExp(LIGHT_WORD_PARTS.join('|'));
const RECALL = new RegExp(`(?:${RECALL_ENDS.join('|')})$`);
const ASKING_WORD = new RegExp(`^(?:${WHICH_ASKED.join('|')})`);
const FIRE = new Set(FIRE_VERBS.map(compactForm));
const LIGHT = KINDS.find(([words]) => words.includes(LIGHT_SAID))?.[1] ?? null;
/** Readings a sensor answers. */
const READINGS = new Set(['humidity', 'temperature', 'co2', 'pm25']);
const FORGOT_TOLD = new RegExp(FORGOT_TOLD_PARTS.join('|'));
/** What closes a plain verb of a habit ("켜 놔", "틀어 둬"). */
const PLAIN_AFTER = new Set(PLAIN_AFTER_VERB);
/** A verb that passes a word on or tells a wish ("끄래", "본대", "끄라는데", "보고 싶대"). */
const PASSED_ON = new RegExp(`(?:${REPORTED_ENDS.join('|')})$`);
/** Endings that ask the listener ("줘", "주세요", "해 줘"): said to the home, whoever is named. */
const ASKS = new RegExp([...ASK_MARKS, ...ASK_MARKS_REGIONAL].join('|'));
const HABIT = new Set(HABIT_ADVERBS);

/** A word the lexicon knows that says nothing to the home ("강아지", "동생"). */
const isPlain = (t: Token): boolean => t.lex.length > 0 && t.lex.every((x) => x.t === 'word');
/** What may be read inside the words of a person as the subject: plain words, particles, endings. */
const BEFORE_HEAD = new Set(['word', 'part', 'end']);

const setVerb = (f: Frame, v: VerbKey, drop: VerbKey): void => {
  f.verb = v;
  f.verbs = [v, ...f.verbs.filter((x) => x !== v && x !== drop)];
};

export function markUsage(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  // "거실 보일러 몇 도로 해 놨더라", "채널 몇 번이었더라": recalling with an asking word asks, with or
  // without a question mark ("거실 온도가 몇 도였더라?", fixer fx37)
  const last = frames[frames.length - 1];
  if (
    last &&
    RECALL.test(s) &&
    (last.attrs.length || last.targets.length) &&
    (last.verb === null || WEAK_VERBS.has(last.verb)) &&
    last.tokens.some((t) => ASKING_WORD.test(t.text))
  ) {
    last.question = true;
    last.chat = false;
    last.verb = 'query';
    if (!last.verbs.includes('query')) last.verbs.push('query');
  }
  const forgot = norm.question && FORGOT_ASKED.some((w) => s.includes(w));
  for (const [i, f] of frames.entries()) {
    const strong = f.verb !== null && !WEAK_VERBS.has(f.verb);
    // "동생이 자꾸 에어컨 켜", "애들이 맨날 티비를 켜 놔": someone else's doing, told
    if (strong && !f.req && !f.question && !f.tokens.some((t) => ASKS.test(t.text))) {
      const first = f.tokens[0];
      const last = f.tokens[f.tokens.length - 1];
      // the clause ends in the verb's plain form ("켜", "켜 놔"), not a word passed on ("끄래", "본대")
      const plain =
        last !== undefined &&
        !f.unknown.some(([a]) => a >= last.end) &&
        (PLAIN_AFTER.has(last.text) || (last.lex.some((x) => x.t === 'verb') && !PASSED_ON.test(last.text)));
      // ("막내가 계속 보일러 올려": an adverb the lexicon reads as a verb of its own may stand between)
      const prev = frames[i - 1];
      const habit = prev?.tokens.length && prev.tokens.every((t) => HABIT.has(t.text)) ? prev : undefined;
      // the person may be a plain word of the lexicon ("동생", "엄마": words that mean nothing to the
      // home) or no word at all ("막내가"); what is said before the clause's first home word
      const head = f.tokens.find((t) => !t.lex.every((x) => BEFORE_HEAD.has(x.t))) ?? first;
      const starts = [
        ...[...(habit?.unknown ?? []), ...f.unknown].map(([a]) => a),
        ...[...(habit?.tokens ?? []), ...f.tokens].filter(isPlain).map((t) => t.start),
      ];
      const said =
        plain &&
        head !== undefined &&
        starts.some((a) => a < head.start && REPORTER.test(s.slice(a, head.start)));
      if (said && habit) {
        habit.chat = true;
        habit.cond = true;
      }
      // never a request, whatever follows it (cond keeps the talk out of the requests)
      if (said) {
        f.chat = true;
        f.cond = true;
      }
    }
    // "가스 잠그는 거 깜빡했어": forgotten, told, asks for it done (not a remark of the past)
    if (!norm.question && strong && f.tokens.some((t) => FORGOT_TOLD.test(t.text))) f.chat = false;
    // "가스 잠그는 거 깜빡했나?": whether it was done
    const state = f.verb ? DONE_STATE[f.verb] : undefined;
    if (forgot && state && f.targets.length && f.state === null) {
      f.state = state;
      f.verb = 'query';
      f.verbs = ['query'];
      f.question = true;
      f.reason = false;
      f.chat = false;
    }
    // "목이 칼칼한데 습도 몇이야", "좀 쌀쌀하네 거실 온도 몇 도야": a reading asked after a complaint
    // is the question; the complaint is only why it is asked
    if (f.complaint !== null && f.attrs.some((a) => READINGS.has(a))) {
      const felt = f.tokens.findLastIndex((t) => t.lex.some((x) => x.t === 'cplx'));
      const asks = f.tokens.findIndex(
        (t, k) =>
          k > felt &&
          (MARKS.howMuch.some((w) => t.text.startsWith(w)) ||
            t.lex.some((x) => x.t === 'verb' && x.v === 'query')),
      );
      if (felt >= 0 && asks > felt) {
        // "빨래가 안 마르네, 거실 습도 몇이야": what the complaint named is not what is asked
        const named = f.tokens
          .slice(0, felt)
          .filter((t) => t.lex.some((x) => x.t === 'dev' || x.t === 'kind'));
        // (the question names its own device, or its own room)
        const ownRoom = f.tokens.slice(felt).some((t) => t.lex.some((x) => x.t === 'area'));
        if (named.length < f.targets.length || ownRoom) {
          const dropped = f.targets.splice(0, named.length);
          if (!f.areas.length) f.areas = [...new Set(dropped.flatMap((t) => t.areas))];
        }
        f.complaint = null;
        f.verb = 'query';
        f.verbs = ['query'];
        f.question = true;
      }
    }
    // "거실에 불 좀 넣어 줘": with no heating named, 불 is the room's light (장판에 불 넣어: the pad)
    if (LIGHT && !f.targets.length && f.tokens.some((t) => FIRE.has(t.text)))
      f.targets.push(targetRef({ kind: LIGHT, areas: f.areas, text: LIGHT_SAID }));
    // "이거 먹어 봐도 돼?": 봐 after a verb is trying it, not watching
    const leave = f.tokens.findIndex((t) => LEAVE.test(t.text) && t.lex.some((x) => x.t === 'verb'));
    const before = f.tokens[leave - 1];
    if (
      leave >= 0 &&
      f.verb === 'play' &&
      (f.unknown.some(([, b]) => b === f.tokens[leave]?.start) || before?.lex.some((x) => x.t === 'verb'))
    ) {
      f.verbs = f.verbs.filter((v) => v !== 'play');
      f.verb = f.verbs[0] ?? null;
    }
    // dialect 써 for 켜 is said of lights ("불 좀 써"); of an appliance 써 is using it ("에어컨 돈 많이 써?")
    if (
      f.verb === 'on' &&
      f.tokens.some((t) => t.text.startsWith(MARKS.dialectOn) && t.lex.some((x) => x.t === 'verb')) &&
      (!f.targets.length || f.targets.some((t) => !LIGHT_WORD.test(t.text)))
    ) {
      f.verbs = f.verbs.filter((v) => v !== 'on');
      f.verb = f.verbs[0] ?? null;
      // talk about using it, unless something else is asked of it or the clause complains ("어둡다, 돋보기를
      // 써도 안 보이네": what the speaker wears, fx20)
      if ((f.verb === null || WEAK_VERBS.has(f.verb)) && !frames.some((g) => g.complaint)) f.chat = true;
    }
    // "음악 좀 걸어 줘": music hung on plays; a lock is no music's
    if (f.verb === 'lock' && f.attrs.includes('media') && f.tokens.some((t) => HANG.has(t.text)))
      setVerb(f, 'play', 'lock');
  }
}
