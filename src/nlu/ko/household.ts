/**
 * Clause rules for a family's everyday speech (fourth round of issue #13; data in
 * lexicon/household.ts). They run on the frames of a turn before the request is picked:
 * - a state said before an imperative describes the target or asks back; the imperative is the
 *   request ("티비 왜 켜져 있어, 꺼", "장판 켜 놓고 나왔다, 그거 꺼 줘", "켜져 있는 불 다 꺼 줘");
 * - "소리 좀 죽여" lowers the volume (unsoftened, "소리 죽여" still mutes);
 * - a clipped request after a coming or going takes its direction ("다녀왔어~ 거실 불 좀" → on);
 * - a purpose clause before a request is its reason ("햇빛 좀 들어오게 커튼 열자");
 * - an opinion of what plays before a request is its reason ("이 노래 싫어, 다른 거");
 * - a programme named with a word for listening is music, not a channel ("뽀로로 노래 틀어 줘");
 * - a channel said with "할 시간이다" is a channel to put on, not a question about the time;
 * - "환기 좀 하자" after talk the lexicon does not know still runs the device.
 */

import { mustDo } from './clause-ends.js';
import { carriesValue, type Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import {
  ARRIVALS,
  COMINGS,
  DEPARTURES,
  HOW_WORDS,
  LISTEN_WORDS,
  NEGATED,
  ON_A_CALL,
  OPINIONS,
  PURPOSE_ENDS,
  SOFT_LOWER,
  TIME_COME,
} from './lexicon/household.js';
import { MARKS } from './lexicon/marks.js';
import { WHY_TALK } from './lexicon/speech.js';
import { OPPOSITE_VERB, type VerbKey } from './lexicon/words.js';
import { describingVerb, leftAsAlso, markLit } from './lit.js';
import { meantTo } from './meant-to.js';
import { compactForm, type Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';
import { worryThenAsked } from './worry-then-asked.js';

const ARRIVE = new Set(ARRIVALS.map(compactForm));
const COMING = new Set(COMINGS.map(compactForm));
const DEPART = new Set(DEPARTURES.map(compactForm));
const SOFT = new Set(SOFT_LOWER.map(compactForm));
const CALL = ON_A_CALL.map(compactForm);
const OPINION = OPINIONS.map(compactForm);
const LISTEN = LISTEN_WORDS.map(compactForm);
const NEGATION = NEGATED.map(compactForm);
const TIME = new Set(TIME_COME.map(compactForm));
const HOW = new Set(HOW_WORDS.map(compactForm));
const WHY = new Set(WHY_TALK.map(compactForm));

const strongVerb = (t: Token): boolean =>
  t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v) && x.v !== 'hot') && !hasLex(t, 'state');

/** Tokens after `i` that only close a clause (endings, particles, fillers). */
const onlyEndings = (toks: Token[], i: number): boolean =>
  toks.slice(i + 1).every((t) => t.lex.every((x) => x.t === 'end' || x.t === 'part' || x.t === 'filler'));

const valued = (f: Frame): boolean => carriesValue(f) || f.state !== null || f.complaint !== null;

const setVerb = (f: Frame, v: VerbKey): void => {
  f.verb = v;
  if (!f.verbs.includes(v)) f.verbs.push(v);
};

/** Applies the rules of everyday speech to the frames of one turn. */
export function householdFrames(frames: Frame[], norm: Normalized, here: string | null = null): void {
  const question = norm.question;
  worryThenAsked(frames);
  // (a loop: flatMap is slow on this hot path)
  const all: Token[] = [];
  for (const f of frames) for (const t of f.tokens) all.push(t);
  const arrive = all.some((t) => ARRIVE.has(t.text));
  const depart = all.some((t) => DEPART.has(t.text));
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const toks = f.tokens;
    describingVerb(f);
    mustDo(f, frames);
    // "아이스크림 사 왔어": a Hangul numeral running on into a word the lexicon does not know is that word
    const nums = toks.filter((t) => t.num);
    if (nums.length === f.numbers.length) {
      const stray = nums.filter(
        (t) =>
          t.num?.hangul &&
          t.num.unit === null &&
          t.end < norm.compact.length &&
          !all.some((x) => x.start === t.end),
      );
      if (stray.length) f.numbers = f.numbers.filter((_, k) => !stray.includes(nums[k] as Token));
    }
    // "여기 온도 몇 도야?", "여기 불 켜 줘": "here" is the satellite's own room, said outright
    if (
      here &&
      f.mods.has('here') &&
      !f.areas.length &&
      !f.targets.some((t) => t.areas.length || t.devs.length)
    ) {
      f.areas = [here];
      for (const t of f.targets) t.areas = f.areas;
    }
    // "켜져 있는 티비 있으면 꺼 줘": the condition picks the devices in that state
    if (f.cond) markLit(f, toks);
    // a state, then an imperative: the imperative is the request
    if (f.state !== null && f.verb && !WEAK_VERBS.has(f.verb)) {
      const s = toks.findIndex((t) => hasLex(t, 'state'));
      let v = -1;
      for (let k = toks.length - 1; k > s && v < 0; k--) if (strongVerb(toks[k] as Token)) v = k;
      if (s >= 0 && v > s && (f.asked || f.req || !question || onlyEndings(toks, v))) {
        markLit(f, toks);
        f.state = null;
        f.question = false;
        // "불 켜 놓고 티비 꺼 줘": the device left as it was is not the one asked about
        const before = toks
          .slice(0, s)
          .filter((t) => t.lex.some((x) => x.t === 'dev' || x.t === 'kind')).length;
        // "티비 켜져 있고 부엌 불도 켜져 있네, 다 꺼" (or 둘 다 꺼): each device told in the state is asked (fixer fx46)
        const all =
          (f.mods.has('all') || f.mods.has('both')) && toks.filter((t) => hasLex(t, 'state')).length > 1;
        const too = !all && before > 0 && before < f.targets.length ? leftAsAlso(f, toks, s, before) : null;
        if (!all && before > 0 && before < f.targets.length) f.targets = f.targets.slice(before);
        if (too) frames.splice(i++, 0, too);
        // "주방 불 왜 켜져 있어? 꺼": a why asked of the state, then the imperative, is no talk
        if (
          f.chat &&
          toks.slice(0, v).some((t) => WHY.has(t.text)) &&
          !toks.slice(v).some((t) => hasLex(t, 'chat'))
        )
          f.chat = false;
      }
    }
    // "하나도 안 추워": a complaint said with 안 before it is denied (안 시원해, 안 들려 are their own words)
    if (f.complaint !== null) {
      const c = toks.find((t) => hasLex(t, 'cplx'));
      // ("집 안 공기가": the 안 of a word said before it is no negation; fixer fx27)
      const prev = toks.find((t) => t.end === c?.start);
      const denied = (n: string) =>
        norm.compact.slice(0, c?.start).endsWith(n) &&
        !(prev && prev.text.length > n.length && prev.text.endsWith(n));
      if (c && !c.text.startsWith(MARKS.not) && NEGATION.some(denied)) {
        f.complaint = null;
        // said, not asked, with nothing else to do: small talk
        if (!question && !(f.verb && !WEAK_VERBS.has(f.verb) && f.verb !== 'hot')) f.chat = true;
      }
    }
    // "에어컨 어떻게 켜?": asking how to do it is talk, not a request
    if (question && toks.some((t, k) => HOW.has(t.text) && toks[k + 1] && strongVerb(toks[k + 1] as Token)))
      f.chat = true;
    // "티비 소리가 작네, 좀 키워": a complaint about the sound makes the change one of volume
    const sound =
      f.complaint === 'loud' ||
      f.complaint === 'quiet' ||
      // "볼륨 올려, 아 너무 크다 다시 줄여": too big or small, said of a player, is its sound
      ((f.complaint === 'big' || f.complaint === 'small') &&
        f.targets.some((t) => t.kind?.kinds.some((k) => k === 'tv' || k === 'speaker')));
    if (sound && (f.verb === 'up' || f.verb === 'down') && !f.attrs.includes('volume'))
      f.attrs.push('volume');
    // "만화 그만 봐, 티비 끈다": a programme stopped is no channel to put on
    if (f.channel?.genre && (f.verb === 'stop' || f.verb === 'off' || f.verb === 'pause')) {
      f.channel = null;
      if (!f.targets.length && frames.slice(i + 1).some((x) => x.verb && !WEAK_VERBS.has(x.verb)))
        f.reason = true;
    }
    // "티비랑 거실 불 다 꺼": 다 after the devices listed is both of them, not every device of each kind
    // ("현관 불만 빼고 불 다 꺼": a target left out is not one of those listed)
    if (f.mods.has('all') && f.targets.filter((t) => !t.except).length > 1) {
      const lastTarget = toks.reduce((k, t, j) => (isTargetTok(t) ? j : k), -1);
      const allAt = toks.findIndex((t) => t.text === MARKS.all && hasLex(t, 'mod'));
      const before = toks
        .slice(0, lastTarget)
        .some(
          (t) =>
            hasLex(t, 'mod') && t.text !== MARKS.all && t.lex.some((x) => x.t === 'mod' && x.v === 'all'),
        );
      if (allAt > lastTarget && !before) {
        f.mods.delete('all');
        for (const t of f.targets) t.all = false;
      }
    }
    // "채널 좀 돌려 봐": the channel turned with no channel named is the next one
    if (
      f.attrs.includes('channel') &&
      (f.verb === 'set' || f.verb === 'start') &&
      !f.channel &&
      !f.numbers.length &&
      (!f.question || f.asked)
    ) {
      setVerb(f, 'next');
      // "광고 끝났나? 채널 돌려 봐": what was asked before the imperative is no question about a cycle
      f.attrs = f.attrs.filter((a) => a !== 'remaining');
      f.question = false;
    }
    // "소리 좀 죽여": softened, the volume goes down (on a call, "전화 왔다, 소리 좀 죽여", it is silenced)
    if (
      f.verb === 'mute' &&
      !CALL.some((w) => norm.compact.includes(w)) &&
      f.mods.has('little') &&
      f.attrs.includes('volume') &&
      toks.some((t) => SOFT.has(t.text))
    )
      setVerb(f, 'down');
    const target = f.targets.some((t) => t.devs.length || t.kind);
    // "다녀왔어~ 거실 불 좀": a clipped request takes the direction of the coming or going
    // (not a clause that left it as it is, "그냥 둬", nor one that tells what was meant: meant-to.ts)
    if (
      (arrive || depart) &&
      arrive !== depart &&
      target &&
      f.verb === null &&
      !valued(f) &&
      !f.question &&
      !f.nev &&
      !meantTo(f, norm.compact)
    ) {
      setVerb(f, arrive ? 'on' : 'off');
      // "배달 음식 올 때 됐다, 현관 불 좀": what is coming, said before it, is no talk of the request's
      const at = toks.findIndex((t) => COMING.has(t.text));
      if (
        at > 0 &&
        toks.some((t, k) => k < at && hasLex(t, 'chat')) &&
        toks.every((t, k) => k < at || !hasLex(t, 'chat'))
      )
        f.chat = false;
    }
    // "볼륨 올려, 아 너무 크다 다시 줄여": of two opposite actions in one clause, the one said last
    // (looked for only where one of the two rules below can use it)
    const lastVerb = f.verb || (f.asked && !f.delay) ? toks.findLast(strongVerb) : undefined;
    const said = lastVerb?.lex.find((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v)) as
      | { v: VerbKey }
      | undefined;
    if (said && f.verb && OPPOSITE_VERB[f.verb] === said.v) setVerb(f, said.v);
    // "청소기 돌려 줘, 아 애기 자니까 이따가": "later" said after the request puts it off
    if (f.asked && !f.delay && lastVerb) {
      const at = toks.indexOf(lastVerb);
      const l = toks.findIndex((t, k) => k > at && hasLex(t, 'later'));
      // said last ("…이따가"), not inside a reason ("이따 나갈 거니까")
      // "켜 줘 이제 거실에서 영화 볼 거야": a plan with a verb of its own is the speaker's, not the request's
      const lt = toks[l];
      const own =
        lt !== undefined &&
        l > at &&
        hasLex(lt, 'conn') &&
        f.unknown.some(([s0]) => s0 >= lastVerb.end && s0 < lt.start);
      if (l > at && onlyEndings(toks, l) && !own) f.delay = 'later';
    }
    // "청소기 돌려 줘, 아 애기 자니까 이따가": "later" said alone after a request puts it off
    const prev = frames[i - 1];
    if (
      prev &&
      f.later &&
      !f.targets.length &&
      !f.attrs.length &&
      // "에어컨 켜 줘 이제 거실에서 영화 볼 거야": the speaker's own plan, with a verb of its own
      !f.unknown.length &&
      (f.verb === null || WEAK_VERBS.has(f.verb)) &&
      prev.verb &&
      !WEAK_VERBS.has(prev.verb) &&
      !prev.later
    )
      prev.delay = prev.delay ?? 'later';
    // "운동 시작한다, 노래 좀": music asked for, clipped, is played
    if (
      f.verb === null &&
      !f.targets.length &&
      f.attrs.length === 1 &&
      f.attrs[0] === 'media' &&
      (f.mods.has('little') || f.mods.has('again')) &&
      !f.question &&
      !f.chat
    )
      // "노래 다시", "아까 노래 다시": played again
      setVerb(f, 'play');
    // "손님들 가셨다, 환기 좀 하자": doing a device, after words the lexicon does not know, runs it
    if (f.verb === 'do' && f.asked && target && f.unknown.length > 0 && !valued(f) && !f.question) {
      const first = toks.find((t) => t.lex.some((x) => x.t === 'dev' || x.t === 'kind'));
      if (first && f.unknown.every(([, end]) => end <= first.start)) setVerb(f, 'start');
    }
    // "햇빛 좀 들어오게 커튼 열자": a purpose clause before a request that names its own target
    const next = frames[i + 1];
    const verbTok =
      next && !f.targets.length && !f.asked && !f.req ? toks.findLast((t) => hasLex(t, 'verb')) : undefined;
    if (
      next &&
      verbTok &&
      PURPOSE_ENDS.some((e) => verbTok.text.endsWith(e)) &&
      next.targets.length &&
      !next.inherited &&
      next.verb &&
      !WEAK_VERBS.has(next.verb)
    )
      f.reason = true;
    // "냉장고 맥주 시원하게 해 줘": food said with where it is kept and what to do is no talk about food
    if (
      f.chat &&
      f.food &&
      f.targets.some((t) => t.comp || t.kind?.kinds.includes('fridge')) &&
      toks.some(strongVerb) &&
      !toks.some((t) => hasLex(t, 'chat') && !hasLex(t, 'food'))
    )
      f.chat = false;
    // "이 노래 싫어, 다른 거": an opinion, then a request
    if (f.chat) {
      const o = toks.findIndex((t) => OPINION.some((w) => t.text.startsWith(w)));
      if (o >= 0 && toks.slice(o + 1).some(strongVerb)) f.chat = false;
    }
    // "피곤하다, 불 꺼 줘", "심심한데 티비 켜 줘": small talk, then a device and what to do with it
    if (f.chat) {
      const c = toks.findIndex((t) => hasLex(t, 'chat'));
      const d = toks.findIndex((t, k) => k > c && isTargetTok(t));
      const doing = (t: Token) => f.asked && t.lex.some((x) => x.t === 'verb' && x.v === 'do');
      const v = toks.findIndex((t, k) => k > d && (strongVerb(t) || doing(t)));
      if (c >= 0 && d > c && v > d && !toks.slice(v).some((t) => hasLex(t, 'chat')))
        if (f.asked || f.req || onlyEndings(toks, v)) f.chat = false;
    }
    // "뽀로로 노래 틀어 줘": a programme to listen to is music, not a channel
    if (
      f.channel?.genre &&
      toks.some((t) => LISTEN.includes(t.text)) &&
      !f.targets.some((t) => t.kind?.kinds.includes('tv') || t.devs.length)
    )
      f.channel = null;
    // "핑크퐁 상어가족": a colour word running on into a word the lexicon does not know is part of a name
    if (f.color !== null) {
      const c = toks.find((t) => hasLex(t, 'color'));
      if (c && c.end < norm.compact.length && norm.starts[c.end] !== 1 && !all.some((t) => t.start === c.end))
        f.color = null;
    }
    // "블랙핑크 노래 틀어 줘": a colour word in what is played is a name, not a light's colour
    if (
      f.color !== null &&
      f.verbs.includes('play') &&
      toks.some((t) => LISTEN.includes(t.text)) &&
      !f.targets.some((t) => t.kind?.kinds.includes('light'))
    )
      f.color = null;
    // "제이티비씨 드라마 할 시간이다", "할 시간이네": a channel's time come is that channel (said, not asked)
    // "밥 할 때 됐다": a time come, of no channel, is small talk
    if (!f.channel && toks.some((t) => TIME.has(t.text))) {
      f.attrs = f.attrs.filter((a) => a !== 'time');
      f.attr = f.attrs[0] ?? null;
      if (!f.targets.length && !(f.verb && !WEAK_VERBS.has(f.verb))) f.chat = true;
    }
    // "JTBC 드라마 시작했다": its start said is that channel too
    if (
      f.channel &&
      !question &&
      !f.numbers.length &&
      (f.attrs.includes('time') || f.verbs.includes('start'))
    ) {
      f.attrs = f.attrs.filter((a) => a !== 'time');
      f.attr = f.attrs[0] ?? null;
      f.question = false;
      f.chat = false;
    }
  }
}
