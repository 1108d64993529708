/**
 * A request among talk in a long turn (issue #13, natural-8 P, fixer fx7): what the talk around a
 * request changes about it, and what it does not.
 */

import { bothWeighed } from './both.js';
import { emptyFrame, type Frame } from './clause-frame.js';
import { complaintBeforeRequest } from './complaint-first.js';
import { WEAK_VERBS } from './extract.js';
import { genrePlace } from './genre-place.js';
import { genreTimeWhy } from './genre-why.js';
import { HOW_MUCH_ASKED, OWN_PLAN_CONNECTIVES, TALK_FINAL } from './lexicon/clause-shapes.js';
import { LANDMARK_AFTER } from './lexicon/described.js';
import { AROUND } from './lexicon/rule-words.js';
import { CONDITION_ENDS } from './lexicon/speech.js';
import type { VerbKey } from './lexicon/words.js';
import { longTurnClasses } from './long-turn-classes.js';
import { readingAmidTalk } from './reading-amid-talk.js';
import { roomReadingAsked } from './room-reading.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const strong = (f: Frame): boolean => f.verb !== null && !WEAK_VERBS.has(f.verb);

/**
 * "부엌 불은 끄고, 거실 불 켜고, 더우니까 에어컨도 틀어 줘": clauses joined before a complaint said as
 * the reason of a request asked after it are requests of their own, not the story the complaint ends
 * ("에어컨 켜고 잤더니 추워" stays a story: nothing is asked after it).
 */
export function complaintNotStory(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    if (!frames[i]?.story) continue;
    let c = i;
    while (frames[c]?.story) c++;
    const asked = frames.slice(c + 1).some((g) => !g.reason && !g.chat && g.asked && strong(g));
    for (let j = i; j < c; j++) {
      const p = frames[j] as Frame;
      p.story = false;
      if (asked && strong(p) && !p.chat && !p.cond) p.reason = false;
    }
    i = c;
  }
}

/**
 * "방금 들어와서 그런데 거실 티비에 지금 나오는 게 무슨 채널이야": what a named device is at (its
 * channel, volume, mode …), asked, is a home question however much talk is around it.
 */
export const deviceAsked = (f: Frame): boolean =>
  (f.question && f.verb === 'query' && f.attrs.length > 0 && f.targets.some((t) => t.devs.length > 0)) ||
  roomReadingAsked(f) ||
  readingAmidTalk(f);

const TV_VERBS = new Set(['on', 'play']);

/**
 * "드라마 재방송 할 시간이야, 안방 텔레비전 좀 틀어 줘": a programme's time come, said by its genre
 * only, beside a TV asked on, is why the TV goes on; it names no channel (the genre's first channel is
 * a guess made only when the genre itself is asked for: "드라마 틀어 줘").
 */
export function genreTimeCome(f: Frame): void {
  if (!f.channel?.genre || !f.verb || !TV_VERBS.has(f.verb)) return;
  const time = f.tokens.some((t) => t.lex.some((x) => x.t === 'attr' && x.v === 'time'));
  const tv = f.targets.some((t) => t.devs.length > 0 || t.kind?.kinds.includes('tv'));
  if (!time || !tv) return;
  // the genre's own word is where it is said; a channel named by its name stays
  if (f.tokens.some((t) => hasLex(t, 'chan') && t.lex.some((x) => x.t === 'chan' && !x.v.genre))) return;
  f.channel = null;
  f.attrs = f.attrs.filter((a) => a !== 'channel' && a !== 'time');
  f.attr = f.attrs[0] ?? null;
}

/**
 * "KBS2 틀어 줘, 일일드라마 할 시간이여": a programme's time come, said by its genre only in a clause
 * of its own, beside a clause that names a channel by its own name, is why that channel goes on:
 * the genre's clause names no channel and asks nothing.
 */
function genreTimeBeside(frames: Frame[]): void {
  const named = frames.some((f) => f.channel && !f.channel.genre && f.verb && TV_VERBS.has(f.verb));
  if (!named) return;
  const timeSaid = (f: Frame | undefined) =>
    !!f?.tokens.some((t) => t.lex.some((x) => x.t === 'attr' && x.v === 'time'));
  frames.forEach((f, i) => {
    if (!f.channel?.genre || (f.verb && TV_VERBS.has(f.verb))) return;
    // "드라마 시작할 시간이네": the time may close a clause of its own right after the genre's
    const next = frames[i + 1];
    const own = timeSaid(f);
    if (!own && !(next && timeSaid(next) && !next.targets.length && !next.channel)) return;
    for (const g of own ? [f] : [f, next as Frame]) {
      g.channel = null;
      g.attrs = g.attrs.filter((a) => a !== 'channel' && a !== 'time');
      g.attr = g.attrs[0] ?? null;
      g.reason = true;
      g.question = false;
      if (g.verb && (WEAK_VERBS.has(g.verb) || g === f)) {
        g.verb = null;
        g.verbs = [];
      }
    }
  });
}

/** Words that ask how much or which ("몇 도야", "무슨 채널이야", "뭐로 돼 있어"). */
const ASKING = new RegExp(`^(?:${HOW_MUCH_ASKED.join('|')})`);
const CONDITIONS = new Set(CONDITION_ENDS);

/**
 * "주방 조명 밝기 지금 몇이야 눈이 좀 부신 것 같아서", "안방 보일러 몇 도야 좀 추운 것 같아서": a
 * device's setting asked, then why it is asked; the connective that ends the turn closes the talk
 * said after the question, not the question, and a complaint in that talk is only the reason.
 */
export function askedThenWhy(frames: Frame[]): void {
  const asking = frames.filter((f) => !f.chat && !f.cond);
  if (asking.length !== 1) return;
  const f = asking[0] as Frame;
  const last = f.tokens[f.tokens.length - 1];
  if (!f.reason || !last || !hasLex(last, 'conn') || CONDITIONS.has(last.text)) return;
  if (!f.targets.some((t) => t.devs.length || t.kind) || strong(f)) return;
  const q = f.tokens.findIndex(
    (t) => ASKING.test(t.text) && t.lex.some((x) => x.t === 'verb' || x.t === 'attr'),
  );
  if (q < 0 || q + 2 >= f.tokens.length || !f.attrs.length) return;
  f.reason = false;
  f.question = true;
  if (f.tokens.slice(q).some((t) => hasLex(t, 'cplx'))) f.complaint = null;
  if (f.verb === null) f.verb = 'query';
  if (!f.verbs.includes('query')) f.verbs.push('query');
}

/** Syllables that end a sentence of talk ("본다", "있어", "시험이야", "바빠요", "다녀올게"). */
const FINAL = new Set(TALK_FINAL);

/**
 * "내일 학교에서 시험 본다 아 망했다, 내 방 불 좀 꺼 줘": a time word that begins talk ending in a
 * sentence of its own (a word the lexicon does not know, closed by a final ending) is when that talk
 * happens; the request after it is for now.
 */
export function laterInTalk(frames: Frame[], norm: Normalized): void {
  for (const f of frames) {
    if (f.delay !== 'later') continue;
    const k = f.tokens.findIndex((t) => hasLex(t, 'later') && !hasLex(t, 'conn'));
    const lt = f.tokens[k];
    const next = f.tokens.slice(k + 1).find((t) => !hasLex(t, 'filler') && !hasLex(t, 'word'));
    if (!lt || !next) continue;
    // the talk: words the lexicon does not know, or known words that ask nothing ("나간다")
    const spans = [
      ...f.unknown,
      ...f.tokens.filter((t) => hasLex(t, 'filler') || hasLex(t, 'word')).map((t) => [t.start, t.end]),
    ];
    const ends = spans.some(
      ([a, e]) =>
        a !== undefined &&
        e !== undefined &&
        a >= lt.end &&
        e <= next.start &&
        FINAL.has(norm.compact[e - 1] ?? '') &&
        norm.starts[e] === 1,
    );
    if (ends) f.delay = null;
  }
}

/**
 * "보일러를 올릴까 에어컨을 끌까, 아 그냥 에어컨 꺼 줘": actions weighed aloud (…ㄹ까) before a request
 * that decides are the thinking, not requests of their own.
 */
export function weighedAloud(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (!strong(f) || f.asked || f.req) continue;
    const v = f.tokens.findIndex((t) => hasLex(t, 'verb') && !hasLex(t, 'end'));
    const end = f.tokens[v + 1];
    if (v < 0 || !end || end.text !== AROUND.weighed || end.start !== (f.tokens[v] as { end: number }).end)
      continue;
    if (frames.slice(i + 1).some((g) => g.asked && strong(g) && !g.reason && !g.chat)) f.reason = true;
  }
  // "불 켤까 말까, 아 그냥 켜 줘": weighing it up, then deciding, asks for what was decided
  for (const f of frames) {
    const w = f.tokens.findIndex((t) => t.text === AROUND.weighedOrNot && hasLex(t, 'chat'));
    const chatAfter = f.tokens.slice(w + 1).some((t) => hasLex(t, 'chat'));
    if (w >= 0 && f.chat && f.asked && !chatAfter && f.tokens.slice(w + 1).some((t) => hasLex(t, 'verb')))
      f.chat = false;
  }
}

const LEFT_SO = new RegExp(`(?:${AROUND.leftSo.join('|')})$`);

/**
 * "거실 불 끄고 공기청정기 켜 놓고 로봇청소기 돌려 줘": a device switched on or off "and left so" (켜 놓고,
 * 꺼 두고), then another device and a verb asked of it, is an action of its own in a list of them,
 * not a state left behind ("티비 켜 놓고 어디 갔어" stays one; so does "불 켜 놓고 티비 꺼 줘", said alone).
 */
export function leftSoInList(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    // only in a list: after another action joined by 고 ("불 켜 놓고 티비 꺼 줘" keeps the light as it is)
    const prev = frames[i - 1];
    if (!prev?.joined || !strong(prev) || prev.reason || prev.chat) continue;
    if (!f.asked || !strong(f) || f.state === null || (f.state !== 'on' && f.state !== 'off')) continue;
    const k = f.tokens.findIndex((t) => hasLex(t, 'state') && LEFT_SO.test(t.text));
    const next = f.tokens[k + 1];
    if (k < 1 || !next || !isTargetTok(next) || !isTargetTok(f.tokens[k - 1] as Token)) continue;
    const before = f.tokens.slice(0, k);
    const own = f.targets.filter((t) => before.some((b) => b.text === t.text));
    if (!own.length || own.length === f.targets.length) continue;
    const g = emptyFrame();
    g.verb = f.state as VerbKey;
    g.verbs = [g.verb];
    g.targets = own;
    g.tokens = f.tokens.slice(0, k + 1);
    g.asked = true;
    g.joined = true;
    f.targets = f.targets.filter((t) => !own.includes(t));
    f.tokens = f.tokens.slice(k + 1);
    f.state = null;
    frames.splice(i, 0, g);
    i++;
  }
}

/** Connectives of the speaker's own plan ("돌려 놓을 테니까", "할 거니까"). */
const OWN_PLAN = new Set(OWN_PLAN_CONNECTIVES);

/**
 * "내가 나가면서 현관 불 끄고 세탁기 돌려 놓을 테니까 너는 거실 불만 꺼": the actions joined before the
 * speaker's own plan (…ㄹ 테니까) are that plan, what the speaker will do, when a request follows it.
 */
export function ownPlanList(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const [v, be, last] = f.tokens.slice(-3);
    const plan =
      OWN_PLAN.has(last?.text ?? '') ||
      (last?.text === AROUND.since && be?.text === AROUND.thing && !!v && hasLex(v, 'verb'));
    if (!f.reason || !plan) continue;
    if (!frames.slice(i + 1).some((g) => strong(g) && g.targets.length && !g.reason && !g.chat && !g.cond))
      continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = frames[j] as Frame;
      if (!p.joined || p.asked) break;
      p.reason = true;
    }
  }
}

/**
 * "티비 옆에 있는 하얀 통 같은 거, 공기 나오는 거 그거 좀 켜 주세요": a device followed by where another
 * thing is (옆에, 위에, 밑에 …) is a landmark, not a target, when another target is named.
 */
export function landmarks(frames: Frame[], norm: Normalized): void {
  for (const f of frames) {
    if (f.targets.length < 2) continue;
    const marks = f.tokens.filter(
      (t) => isTargetTok(t) && LANDMARK_AFTER.some((w) => norm.compact.startsWith(w, t.end)),
    );
    const left = f.targets.filter((t) => !marks.some((m) => m.text === t.text));
    if (marks.length && left.length) f.targets = left;
  }
}

/** The rules of this file that change the turn's clauses before the request is picked. */
export function aroundRequest(frames: Frame[], norm: Normalized): void {
  complaintNotStory(frames);
  ownPlanList(frames);
  complaintBeforeRequest(frames, norm.compact);
  bothWeighed(frames);
  weighedAloud(frames);
  laterInTalk(frames, norm);
  landmarks(frames, norm);
  askedThenWhy(frames);
  for (const f of frames) genreTimeCome(f);
  genreTimeBeside(frames);
  genreTimeWhy(frames, norm);
  genrePlace(frames);
  longTurnClasses(frames);
}
