/**
 * Long everyday turns (issue #13, natural-9 Q, fixer fx9): rules at clause and frame level for a
 * request said among a story, a worry, a weighing-up or a list of conditions.
 */

import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { keptInClause, keptSaid } from './kept-rest.js';
import { HOW_MUCH_ASKED } from './lexicon/clause-shapes.js';
import { ACCESSORIES, LONG_TURN_MARKS as M, PERSON_THEN, VALUE_THEN } from './lexicon/long-turn.js';
import * as W from './lexicon/turn-shapes.js';
import { PEOPLE, SUBJECT_MARKS } from './lexicon/usage.js';
import { setAside } from './set-aside.js';
import { compactForm, type Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const strong = (f: Frame): boolean => f.verb !== null && !WEAK_VERBS.has(f.verb);

/**
 * "세탁기 돌려 주고, 해 드니까 …", "불 꺼 주고, 가스도 열려 있으면 …": a clause closed by 주고 was asked
 * for (a verb, or 해, with 주 and then 고).
 */
export function askedJoin(p: Frame): boolean {
  // ("잠가 줘 그리고 …": asked outright, then joined)
  if (p.asked && hasLex(p.tokens[p.tokens.length - 1] as Token, 'clause')) return true;
  const [said, join] = p.tokens.slice(-2);
  return !!said && !!join && join.text === M.join && hasLex(join, 'clause') && said.text.endsWith(M.give);
}

/**
 * "지금 통화해야 되니까 잠깐만 티비 소리 죽여 줘", "누울 거니까, 신나는 거 말고 조용한 노래 틀어 줘": a
 * correction marker said right after clauses that only give a reason, with nothing known said since,
 * corrects nothing (잠깐만 is "for a moment", X 말고 "instead of X").
 */
export function onlyReasonBefore(closed: Frame[], open: Frame): boolean {
  if (open.tokens.length || !closed.length) return false;
  return closed.every((f) => f.reason && !f.targets.length && !strong(f) && !f.cond);
}

/** `tok` is a correction marker ("아니", "말고") that corrects what came before (clauses.ts). */
export const correctsHere = (tok: Token, closed: Frame[], open: Frame): boolean =>
  hasLex(tok, 'corr') && !isTargetTok(tok) && !onlyReasonBefore(closed, open);

const ACCESSORY = new Set(ACCESSORIES.map(compactForm));

/** "에어컨 리모컨은 어디 갔는지 모르겠네": a device said right before what belongs to it is only its owner. */
export function ownersOnly(frames: Frame[]): void {
  for (const f of frames) {
    const owners = f.tokens.filter(
      (t, k) =>
        isTargetTok(t) && f.tokens[k + 1]?.start === t.end && ACCESSORY.has(f.tokens[k + 1]?.text ?? ''),
    );
    if (!owners.length) continue;
    f.targets = f.targets.filter((t) => !owners.some((o) => o.text === t.text));
  }
}

const THEN = new Set(VALUE_THEN.map(compactForm));

/**
 * "퓨리케어 바람 제일 세게 해서 켜 줘", "에어컨 22도로 해서 틀어 줘": a value said with 해서, then the action
 * asked of the same device, is how it is wanted, not a reason: both are asked, as with 해 주고.
 */
export function valueThen(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    const g = frames[i + 1] as Frame;
    const last = f.tokens[f.tokens.length - 1];
    if (!f.reason || !last || !THEN.has(last.text) || !f.targets.length) continue;
    // "너무 덥다, 에어컨 22도로 해서": a complaint said before the device is only why
    const firstTarget = f.tokens.findIndex(isTargetTok);
    if (f.complaint && f.tokens.findLastIndex((t) => hasLex(t, 'cplx')) > firstTarget) continue;
    const value =
      f.fan !== null || f.mode !== null || f.numbers.length > 0 || f.color !== null || f.ctemp !== null;
    if (!value || !g.asked || !strong(g) || !g.inherited) continue;
    // one request, as if said in one clause ("바람 세게 켜 줘")
    g.tokens = [...f.tokens, ...g.tokens];
    g.verbs = [...f.verbs, ...g.verbs.filter((v) => !f.verbs.includes(v))];
    for (const a of f.attrs) if (!g.attrs.includes(a)) g.attrs.push(a);
    g.attr = g.attrs[0] ?? null;
    g.numbers = [...f.numbers, ...g.numbers];
    for (const m of f.mods) g.mods.add(m);
    g.fan = g.fan ?? f.fan;
    g.mode = g.mode ?? f.mode;
    g.color = g.color ?? f.color;
    g.ctemp = g.ctemp ?? f.ctemp;
    g.targets = f.targets;
    g.areas = [...f.areas, ...g.areas];
    g.inherited = false;
    frames.splice(i, 1);
    i--;
  }
}

/**
 * "애들이 현관문을 잠그고 갔는지 모르겠네, 지금 잠겨 있어?": an action joined to a wondering (…는지
 * 모르겠네) is what is wondered about, not a request, when the turn asks its state.
 */
export function wonderedAbout(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const p = frames[i] as Frame;
    const q = frames[i + 1] as Frame;
    if (!p.joined || !strong(p) || p.asked || askedJoin(p)) continue;
    const first = q.tokens[0];
    if (!first?.text.includes(M.wonder) || !first.lex.some((x) => x.t === 'verb' && x.v === 'query'))
      continue;
    const asks = frames.slice(i + 1).some((g) => g.question && g.state !== null);
    if (asks) p.reason = true;
  }
}

/** The verb of a clause is weighed aloud (…ㄹ까) at token `k`. */
const weighedAt = (ts: Token[], k: number): boolean => {
  const v = ts[k];
  const end = ts[k + 1];
  return !!v && !!end && hasLex(v, 'verb') && end.text === M.weighed && end.start === v.end;
};

/**
 * "거실 불을 켤까 안방 불을 켤까 고민되네, 에이 모르겠다 그냥 둘 다 켜 줘": options weighed aloud, then
 * a decision for both (둘 다, 다) asks for every option weighed; the thinking between is no talk.
 */
export function bothWeighed(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const g = frames[i] as Frame;
    if (!g.asked || !strong(g) || !(g.mods.has('both') || g.mods.has('all'))) continue;
    const k = g.tokens.findIndex((_, j) => weighedAt(g.tokens, j));
    const decided = g.tokens.slice(k + 2);
    if (k < 0 || decided.some(isTargetTok) || !decided.some((t) => hasLex(t, 'verb'))) continue;
    const before = frames.slice(0, i).filter((f) => f.tokens.some((_, j) => weighedAt(f.tokens, j)));
    if (!before.length) continue;
    const own = g.targets.filter((t) => !t.text || g.tokens.slice(0, k).some((x) => x.text === t.text));
    g.targets = [...before.flatMap((f) => f.targets.map((t) => ({ ...t }))), ...own];
    g.chat = false;
    for (const f of before) f.reason = true;
  }
}

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
/** A person as the subject ("아빠가", "동생이", "애들은"), maybe with a time or habit word after it. */
const PERSON = new RegExp(`^(?:${alt(PEOPLE)})(?:${alt(SUBJECT_MARKS)})(?:${PERSON_THEN.join('|')})?$`);
/** A word passed on after the report ("끄고 숙제하래", "켜 놓고 자라고"): a request of that person. */
const PASSED_ON = new RegExp(`(?:${W.PASSED_ON_MARKS.join('|')})`);

/**
 * "아빠가 티비 채널 자꾸 돌려서 짜증나, 그냥 KBS1 틀어 놔", "동생이 티비 켜고 나갔어, 좀 꺼 줘": what
 * someone else did (a person as the subject, the verb joined by 고 or 서 to what followed) is told, not
 * asked; the request, if any, comes after it.
 */
export function othersDid(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  for (const f of frames) {
    const last = f.tokens[f.tokens.length - 1];
    if (!strong(f) || askedJoin(f) || f.req || f.question || !last || !hasLex(last, 'clause')) continue;
    if (PASSED_ON.test(s.slice(last.end))) continue;
    const head = f.tokens.find((t) => !t.lex.every((x) => x.t === 'word' || x.t === 'part' || x.t === 'end'));
    if (!head) continue;
    const starts = [
      ...f.unknown.map(([a]) => a),
      ...f.tokens.filter((t) => t.lex.length && t.lex.every((x) => x.t === 'word')).map((t) => t.start),
    ];
    const ends = [
      ...f.tokens.filter((t) => t.end <= head.start).map((t) => t.end),
      ...f.unknown.map(([, e]) => e),
    ];
    const person = starts.some(
      (a) => a < head.start && ends.some((e) => e <= head.start && e > a && PERSON.test(s.slice(a, e))),
    );
    if (person) f.reason = true;
  }
}

/** What follows a verb's 도 when leave is asked ("켜도 돼?", "돌려도 될까?", "꺼도 괜찮아?"). */
const LEAVE = new RegExp(`^(?:${W.LEAVE_ASKED_BEGINS.join('|')})`);
const NEGATED = new RegExp(M.negations.join('|'));

/**
 * "거실 불 좀 켜도 돼? 책 좀 읽고 싶어서", "세탁기 돌려도 될까? 빨래가 너무 쌓였어": leave asked for a
 * home action is the request, and what is said after it (asking nothing) is why.
 */
export function leaveAsked(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  for (const f of frames) {
    if (!strong(f)) continue;
    const k = f.tokens.findIndex(
      (t, j) =>
        t.text === M.even &&
        j > 0 &&
        hasLex(f.tokens[j - 1] as Token, 'verb') &&
        (f.tokens[j - 1] as Token).end === t.start &&
        LEAVE.test(s.slice(t.end)),
    );
    const verb = f.tokens[k - 1];
    if (k < 1 || !verb || NEGATED.test(s.slice(Math.max(0, verb.start - 2), verb.start))) continue;
    const after = f.tokens.slice(k + 1);
    if (after.some((t) => t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v)))) continue;
    if (f.tokens.slice(0, k).some((t) => hasLex(t, 'chat'))) continue;
    f.reason = false;
    f.chat = false;
    f.cond = false;
    f.asked = true;
    f.req = true;
  }
}

/** Words that ask how much or which ("몇 도야", "무슨 채널이야", "뭐 해"). */
const ASKING = new RegExp(`^(?:${HOW_MUCH_ASKED.join('|')})`);
/** "그리고" that joins a question to a request ("온도 몇 도야? 아 그리고 에어컨 좀 켜 줘"). */
const AND_THEN = new Set(W.LONG_AND_THEN);
const asking = (f: Frame): boolean =>
  !strong(f) &&
  f.tokens.some((t) => ASKING.test(t.text) && t.lex.some((x) => x.t === 'attr' || x.t === 'verb'));

/** `tok` is 그리고 after a question (an asking word, no action), or 고 after 해 주: it ends that clause. */
export const askedThen = (f: Frame, tok: Token): boolean =>
  (AND_THEN.has(tok.text) && asking(f)) ||
  // "세탁기 좀 해 주고 주방 불은 꺼 줘": a device asked with 해 주고 ends its clause too
  (tok.text === M.join &&
    f.verb === 'do' &&
    f.targets.length > 0 &&
    !!f.tokens.at(-2)?.text.endsWith(M.give));

/**
 * "거실 온도 몇 도야? 아 그리고 에어컨 좀 켜 줘": a question joined by 그리고 to a request is asked, and
 * the request after it is asked too.
 */
export function questionThenRequest(frames: Frame[]): void {
  for (const [i, f] of frames.entries()) {
    const last = f.tokens[f.tokens.length - 1];
    if (!last || !AND_THEN.has(last.text) || !asking(f) || !frames[i + 1]) continue;
    f.reason = false;
    f.question = true;
    if (f.verb === null) f.verb = 'query';
    if (!f.verbs.includes('query')) f.verbs.push('query');
  }
}

/** Endings that ask the listener to look ("봐 줘", "확인해 줘", "봐 줄래"). */
const LOOK = new RegExp(`^(?:${W.LOOK_BEGINS.join('|')})`);

/**
 * "세탁기 다 됐는지 봐 줘", "청소 끝났는지 확인해 줘": whether an activity is done, asked to be looked
 * at, is a question about it, never a start.
 */
export function doneLookedAt(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.attrs.includes('remaining') || !f.targets.length) continue;
    const k = f.tokens.findIndex((t) => t.text === M.whether || t.text.endsWith(M.whetherEnd));
    if (k < 0 || !f.tokens.slice(k + 1).some((t) => LOOK.test(t.text))) continue;
    f.question = true;
    f.chat = false;
    f.verb = 'query';
    f.verbs = ['query'];
  }
}

const attrsOf = (ts: Token[]) => ts.flatMap((t) => t.lex.flatMap((x) => (x.t === 'attr' ? [x.v] : [])));

/**
 * "채널은 그대로 두고 소리만 좀 키워 줘", "온도는 냅두고 바람만 세게": a setting left as it is, then
 * another changed, leaves that setting (and the value said of it) out; the device stays the target.
 */
export function settingLeft(frames: Frame[]): void {
  for (const f of frames) {
    const k = f.tokens.findIndex((t) => hasLex(t, 'except'));
    if (k < 1) continue;
    const before = f.tokens.slice(0, k);
    const said = before.findLast((t) => !t.num && !t.lex.every((x) => x.t === 'part' || x.t === 'end'));
    const after = attrsOf(f.tokens.slice(k + 1));
    if (!said || !hasLex(said, 'attr') || !after.length) continue;
    const left = attrsOf(before).filter((a) => !after.includes(a));
    for (const t of f.targets) t.except = false;
    f.attrs = f.attrs.filter((a) => !left.includes(a));
    f.attr = f.attrs[0] ?? null;
    f.numbers = f.numbers.slice(before.filter((t) => t.num).length);
    if (before.some((t) => hasLex(t, 'chan'))) f.channel = null;
  }
}

/**
 * "티비 꺼 두고 음악이나 틀어 줘": music asked in the clause after the device was switched off is not
 * that device's; it plays on the satellite's own player.
 */
export function musicNotOnOff(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const g = frames[i] as Frame;
    const p = frames[i - 1] as Frame;
    if (!g.inherited || !g.attrs.includes('media') || g.verb !== 'play') continue;
    if (p.verb === 'off' || p.state === 'off') {
      g.targets = [];
      g.inherited = false;
    }
  }
}

/** Words that may stand in that talk ("고장 났어": a word of talk; particles, endings). */
const TALK_WORDS = new Set(['end', 'part', 'chat', 'word', 'filler']);
/** Syllables that end a sentence of talk ("갔어", "했다", "봤네"). */
const FINAL = new Set(W.LONG_TURN_FINAL);

/**
 * "형이 게임한다고 거실 티비 뺏어 갔어, 나 안방 티비로 투니버스 틀어 줘": a device followed by talk the
 * lexicon does not know, said to a sentence's end, then another device: the first is the talk's.
 */
export function talkedOfFirst(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  for (const f of frames) {
    const tg = f.tokens.filter((t) => t.lex.some((x) => x.t === 'dev' || x.t === 'kind'));
    for (let j = 0; j + 1 < tg.length; j++) {
      const a = tg[j] as Token;
      const b = tg[j + 1] as Token;
      const between = f.tokens.filter((t) => t.start >= a.end && t.end <= b.start);
      if (between.some((t) => !t.lex.every((x) => TALK_WORDS.has(x.t)))) continue;
      const ended = f.unknown.some(
        ([x, y]) =>
          x >= a.end &&
          y <= b.start &&
          y - x >= 2 &&
          [...Array(y - x).keys()].some(
            (o) => o > 0 && FINAL.has(s[x + o] ?? '') && (norm.starts[x + o + 1] === 1 || x + o + 1 === y),
          ),
      );
      const rest = f.targets.filter((t) => t.text !== a.text);
      if (ended && rest.length) f.targets = rest;
    }
  }
}

/**
 * "아이방 불은 애가 무섭다고 하니까 켜 두고 나머지 불은 다 꺼 줘": the device said before a reason, then
 * left on (켜 두고, 켜 놓고), is left out of all the rest switched after it.
 */
export function keptOutOfRest(frames: Frame[]): void {
  keptInClause(frames);
  for (let i = 1; i < frames.length; i++) {
    const g = frames[i] as Frame;
    const p = frames[i - 1] as Frame;
    if (!keptSaid(g.tokens[0]) || !p.reason || !p.targets.length || !g.mods.has('all') || !strong(g))
      continue;
    g.targets.push(...p.targets.map((t) => ({ ...t, except: true })));
    g.state = null;
  }
}

/**
 * "고양이가 에어컨 바람 싫어하니까 바람 좀 약하게 해 줘": a request that names only a setting takes the
 * device its reason named with that same setting.
 */
export function settingOfReason(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const g = frames[i] as Frame;
    if (g.targets.length || g.areas.length || !g.attrs.length || !g.asked || g.reason || g.chat) continue;
    const p = frames
      .slice(0, i)
      .findLast((f) => f.reason && f.targets.length && f.attrs.some((a) => g.attrs.includes(a)));
    if (p) g.targets = p.targets.map((t) => ({ ...t }));
  }
}

/** Level words that say how far a light goes on ("반만", "최대로", "은은하게"). */
const LEVEL_MODS = ['half', 'max', 'min'] as const;

/**
 * "거실 불 켜 줘, 아 근데 너무 밝으면 눈 아프니까 반만 켜 줘": the same device switched on again, with
 * how far, right after a plain "켜 줘", says how the first is meant; the plain one is not sent too.
 */
export function onAgainWithLevel(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const g = frames[i] as Frame;
    const p = frames[i - 1] as Frame;
    if (g.verb !== 'on' || p.verb !== 'on' || !p.asked || !g.asked) continue;
    if (p.numbers.length || p.attrs.length || LEVEL_MODS.some((m) => p.mods.has(m))) continue;
    if (!g.numbers.length && !LEVEL_MODS.some((m) => g.mods.has(m))) continue;
    const same =
      g.inherited ||
      (g.targets.length === p.targets.length && g.targets.every((t, j) => t.text === p.targets[j]?.text));
    if (same) p.reason = true;
  }
}

/** The rules of this file that change the turn's clauses before the request is picked. */
export function longTurn(frames: Frame[], norm: Normalized): void {
  setAside(frames, norm);
  settingOfReason(frames);
  onAgainWithLevel(frames);
  keptOutOfRest(frames);
  musicNotOnOff(frames);
  talkedOfFirst(frames, norm);
  settingLeft(frames);
  doneLookedAt(frames);
  questionThenRequest(frames);
  leaveAsked(frames, norm);
  othersDid(frames, norm);
  ownersOnly(frames);
  valueThen(frames);
  wonderedAbout(frames);
  bothWeighed(frames);
}
