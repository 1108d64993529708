/**
 * The request inside a turn: clauses of reason or context ("손님 오니까") are set aside when the
 * turn also asks for something, and lend it only the room they name; talk about devices ("새
 * 냉장고 살까?") is not a request at all.
 */
import { carriesSize, carriesValue, type Frame } from './clause-frame.js';
import { complaintOwnSentence, lendReasonSetting } from './complaint-own.js';
import { WEAK_VERBS } from './extract.js';
import { inheritFromCondition } from './inherit-late.js';
import { MARKS } from './lexicon/marks.js';
import { TIME_ASKED_BEGINS } from './lexicon/turn-shapes.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';
import { reasonOfNext } from './told-then-asked.js';

/** Attributes of questions about now and then ("내일 날씨"), which a plan word does not put off. */
const NOT_LATER = new Set(['weather', 'time', 'date', 'timer']);

/** The clause asks for or about something the home can do. */
export function hasRequest(f: Frame): boolean {
  return (
    (f.verb !== null && !WEAK_VERBS.has(f.verb)) ||
    f.complaint !== null ||
    f.state !== null ||
    carriesValue(f) ||
    carriesSize(f) ||
    f.nev
  );
}

/** The clause does something (not only names a device or asks a question). */
export function isActionClause(f: Frame): boolean {
  return (f.verb !== null && !WEAK_VERBS.has(f.verb) && f.verb !== 'hot') || f.complaint !== null;
}

/** The clauses to act on: reasons set aside (their room lent to the request), chit-chat dropped. */
/** Words that ask ("언제 끝나", "얼마나 남았어") whatever the ending. */
const ASKING = TIME_ASKED_BEGINS;

/** The first area the reasons say, of a reason or of its targets, in order. */
function reasonArea(reasons: Frame[]): string | undefined {
  for (const r of reasons) {
    if (r.areas.length) return r.areas[0];
    for (const t of r.targets) if (t.areas.length) return t.areas[0];
  }
  return undefined;
}

export function requestFrames(frames: Frame[]): Frame[] {
  // "이따 세탁기 돌릴 거야": a plan for later, said without asking, is not acted on now
  for (const f of frames)
    if (f.later && !f.req && !f.question && !f.attrs.some((a) => NOT_LATER.has(a))) {
      f.reason = true;
      f.cond = true;
    }
  // "청소 끝났어" (told) and "청소 언제 끝나" (asked): how far an activity is, never a request to start it
  for (const f of frames)
    if (
      f.attrs.includes('remaining') &&
      !f.question &&
      !f.asked &&
      !f.req &&
      // the only action word is the activity's own noun ("청소")
      f.verbs.every(
        (v) => WEAK_VERBS.has(v) || (v === 'clean' && f.tokens.some((t) => t.text === MARKS.cleaning)),
      )
    ) {
      if (f.tokens.some((t) => ASKING.some((w) => t.text.startsWith(w)))) f.question = true;
      else f.chat = true;
    }
  // "아이가 감기 걸려서 아이방 불 꺼 줘": talk said before a device and the action asked of it is its reason
  for (const f of frames) {
    if (!f.chat || f.question || f.verb === null || WEAK_VERBS.has(f.verb)) continue;
    // the device, or what of it is changed ("밖이 시끄럽다, 소리 세 칸만 키워")
    const firstTarget = f.tokens.findIndex((t) => isTargetTok(t) || hasLex(t, 'attr'));
    const lastChat = f.tokens.findLastIndex((t) => hasLex(t, 'chat'));
    // the clause ends with its verb, or the verb and its endings ("올려", "꺼 줘")
    const lastVerb = f.tokens.findLastIndex((t) => hasLex(t, 'verb'));
    // ("켜 주고 커튼 닫아 줘": or a verb joined to the request after it)
    const endsWithVerb = f.tokens
      .slice(lastVerb + 1)
      .every((t) => hasLex(t, 'end') || hasLex(t, 'req') || (f.joined && hasLex(t, 'clause')));
    if (lastChat >= 0 && firstTarget > lastChat && lastVerb > firstTarget && (f.asked || endsWithVerb))
      f.chat = false;
    // "아이가 감기 기운 있어 방 좀 따뜻하게 해 줘": no device, but an action asked after the talk
    else if (firstTarget < 0 && lastChat >= 0 && lastVerb > lastChat && f.asked && endsWithVerb)
      f.chat = false;
  }
  // "밖에 나가기 전에 가스 잠갔나?": a state asked of a device named after the talk is asked
  for (const f of frames) {
    if (!f.chat || !f.question || f.state === null) continue;
    const lastChat = f.tokens.findLastIndex((t) => hasLex(t, 'chat'));
    if (f.tokens.findIndex(isTargetTok) > lastChat) f.chat = false;
  }
  // "애들 춥겠다", "거실 덥겠다": a guess of what will be, alone in the turn and asking for nothing, is talk
  const only = frames.length === 1 ? frames[0] : undefined;
  if (
    only?.complaint &&
    !only.req &&
    !only.targets.length &&
    !only.numbers.length &&
    only.tokens.some(
      (t, k) => k > 0 && t.text.startsWith(MARKS.guess) && hasLex(only.tokens[k - 1] as Token, 'cplx'),
    )
  )
    only.chat = true;
  // "전기장판 틀고 자면 목이 건조하더라", "세탁기 돌리면 시끄러울까?": what would follow a condition,
  // told or wondered, asking nothing, is talk
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (
      (frames[i - 1] as Frame).cond &&
      !f.cond &&
      (f.complaint !== null || (f.verb === 'hot' && f.question)) &&
      !(f.verb !== null && !WEAK_VERBS.has(f.verb)) &&
      !f.asked &&
      !f.req
    )
      f.chat = true;
  }
  // "김치가 너무 얼었어", "우유가 미지근해": food too cold or warm is the refrigerator's matter, not talk
  for (const f of frames)
    if (f.food && (f.complaint === 'toocold' || f.complaint === 'notcold')) f.chat = false;
  // "에어컨 켜 놓고 나가도 괜찮을까": the clauses joined to talk are the talk
  for (let i = frames.length - 1; i > 0; i--)
    if ((frames[i] as Frame).chat && (frames[i - 1] as Frame).joined && !reasonOfNext(frames, i))
      (frames[i - 1] as Frame).chat = true;
  // "영화 보자, 거실 불 좀 꺼": watching something the home does not know, beside a request, is its reason
  for (const f of frames)
    if (
      f.verb === 'play' &&
      !f.targets.length &&
      !f.attrs.length &&
      f.channel === null &&
      f.unknown.length > 0 &&
      f.tokens.some((t) => t.text.startsWith(MARKS.see)) &&
      frames.some((o) => o !== f && hasRequest(o) && o.targets.length > 0)
    )
      f.reason = true;
  complaintOwnSentence(frames, hasRequest);
  const talk = frames.filter((f) => !f.chat && !f.cond);
  const requests = talk.filter((f) => !f.reason && hasRequest(f));
  const reasons = frames.filter((f) => f.reason);
  // no request but a reason: only a complaint in it asks for something ("더워 죽겠는데")
  if (!requests.length) return talk.filter((f) => !f.reason || f.complaint !== null);
  // a reason may say where: "안방이 추우니까 보일러 좀 올려"
  const area = reasonArea(reasons);
  if (area !== undefined) {
    for (const f of requests) {
      if (f.areas.length || f.targets.some((t) => t.areas.length || t.devs.length)) continue;
      f.areas = [area];
      f.lent = true;
      for (const t of f.targets) t.areas = f.areas;
    }
  }
  lendReasonSetting(requests, frames);
  // a request that names nothing takes the device its reason names ("TV 소리 너무 큰데 좀 줄여")
  for (const f of requests) {
    if (f.targets.length) continue;
    // "불 켜져 있으면 꺼 주고, 가스도 열려 있으면 잠가 줘": the nearest reason before it
    const at = frames.indexOf(f);
    const r =
      reasons.findLast((x) => x.targets.length && frames.indexOf(x) < at) ??
      reasons.find((x) => x.targets.length);
    if (r && !f.attrs.length && f.verb !== null && !WEAK_VERBS.has(f.verb)) {
      f.targets = r.targets.map((t) => ({ ...t }));
      for (const a of r.attrs) if (!f.attrs.includes(a)) f.attrs.push(a);
    }
  }
  return inheritFromCondition(requests, frames);
}
