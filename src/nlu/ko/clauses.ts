/**
 * Grouping tokens into clauses: a new noun phrase after a finished action, or "끄고", "켜서" after a
 * verb, starts a new frame; areas go to the targets they precede; verb-less fragments are merged
 * into the clause before, and a clause that names no target inherits the one before it.
 */

import { emptyFrame, type Frame, type TargetRef } from './clause-frame.js';
import { leaveOut, readExcept } from './except.js';
import { NOUN_VERBS, NOUNISH_VERBS, readNumber, readWords, WEAK_VERBS } from './extract.js';
import { hasContent } from './has-content.js';
import { CONDITION_VERBS, HOLD_WORDS } from './lexicon/household.js';
import { MARKS } from './lexicon/marks.js';
import { CONDITION_ENDS as ENDS_OF_CONDITION, IMPERATIVE_ENDS } from './lexicon/speech.js';

/** Connectives of a condition, with those after a verb the lexicon does not know ("끝나면"). */
const CONDITION_ENDS = [...ENDS_OF_CONDITION, ...CONDITION_VERBS];

const IMPERATIVE = new Set(IMPERATIVE_ENDS);
const HOLD = new Set(HOLD_WORDS.map((w) => w.replace(/\s+/g, '')));
/** A verb word that carries its imperative ending ("켜줘", "꺼버려"). */
const IMPERATIVE_TAIL = new RegExp(
  `(${IMPERATIVE_ENDS.filter((e) => e.length > 1 || MARKS.shortImperatives.includes(e)).join('|')})$`,
);

import { targetAfterValue } from './after-value.js';
import { actsAlone, alsoAreas, alsoPending } from './also-room.js';
import { askedByMark } from './asked-where.js';
import { complaintEnded, intends, subjectOfTalk, talkBefore, valueAsked } from './clause-ends.js';
import { callsOff, carryCorrection, correct, earlierNamed, lastOfUnit } from './correct.js';
import { ownPlanAfter, putOffAsPlan, talkFragment } from './joined.js';
import { keptAsIs } from './kept-as-is.js';
import { askedJoin, askedThen, correctsHere } from './long-turn.js';
import { pastSyllable } from './remark.js';
import { correctsAfter, undoesVerb } from './self-correct.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';
import { doneAnd, endsSentence, heldForCorrection } from './value-and.js';

/** Reads the tokens of an utterance one by one into clause frames. */
export class ClauseReader {
  /** The clauses closed so far. */
  readonly frames: Frame[] = [];
  /** The clause being read. */
  frame: Frame = emptyFrame();
  /** Areas said before the target they belong to ("거실 불"). */
  private pendingAreas: string[] = [];
  private allNext = false;
  private neg = false;
  private lastWasAnd = false;
  /** An imperative ending came after the clause's verb ("켜 줘"). */
  imperative = false;
  /** Brands and product lines said before the target they qualify ("삼성 TV"). */
  private quals: { brands: number[]; lines: number[] } = { brands: [], lines: [] };

  /** Ends the clause being read and starts a new one. */
  close(): void {
    const f = this.frame;
    if (this.quals.brands.length || this.quals.lines.length) {
      // "삼성 거 켜": the brand or line is the target
      f.targets.push({
        devs: [],
        kind: null,
        areas: [],
        comp: null,
        text: '',
        all: this.allNext,
        ...this.takeQuals(),
        door: false,
      });
    }
    if (this.pendingAreas.length) {
      const bare = f.targets.filter((t) => t.areas.length === 0);
      if (bare.length) for (const t of bare) t.areas = this.pendingAreas;
      else if (!alsoPending(f, this.pendingAreas)) f.areas.push(...this.pendingAreas);
    }
    this.pendingAreas = [];
    f.asked = this.imperative;
    // "이따 켜 줘": asked for, but for later
    if (this.imperative && f.later && ownPlanAfter(f)) f.later = false;
    else if (this.imperative && f.later) {
      f.later = false;
      f.delay = f.delay ?? 'later';
    }
    if (f.tokens.length) this.frames.push(f);
    this.frame = emptyFrame();
    this.allNext = false;
    this.imperative = false;
  }

  private takeQuals(): { brands: number[]; lines: number[] } {
    const q = this.quals;
    this.quals = { brands: [], lines: [] };
    return q;
  }

  /** A target said at `tok`: it takes the rooms and the makes said before it. */
  private newTarget(tok: Token, devs: string[], kind: TargetRef['kind'], comp: string | null): TargetRef {
    const t: TargetRef = {
      devs,
      kind,
      areas: this.pendingAreas,
      comp,
      text: tok.text,
      all: this.allNext,
      ...this.takeQuals(),
      door: false,
    };
    this.pendingAreas = [];
    return t;
  }

  /** Content read so far (a correction needs something to correct). */
  private hasContent(): boolean {
    return hasContent(this.frames.length, this.frame, this.pendingAreas, this.quals);
  }

  /** Reads `tokens[k]`. */
  read(tokens: Token[], k: number): void {
    const tok = tokens[k] as Token;
    const verb = this.frame.verb;
    // a new noun phrase after a finished action starts a new clause
    if (
      verb &&
      !WEAK_VERBS.has(verb) &&
      !NOUNISH_VERBS.has(verb) &&
      // "청소 얼마나 남았어": the bare noun of an activity does not finish a clause
      !(
        verb === 'clean' &&
        this.frame.verbs.filter((v) => !WEAK_VERBS.has(v)).length === 1 &&
        !this.imperative &&
        this.frame.tokens.some((t) => NOUN_VERBS.has(t.text)) &&
        !isTargetTok(tok)
      ) &&
      // "소리 줄여 줘 뉴스 들을 거야": a channel said after the request is asked begins talk of its own
      (isTargetTok(tok) ||
        hasLex(tok, 'attr') ||
        (this.imperative && (hasLex(tok, 'chan') || (hasLex(tok, 'later') && !hasLex(tok, 'conn'))))) &&
      !hasLex(tok, 'verb')
    )
      this.close();
    // "내일 아침에 춥겠다 보일러 올려 놔": a complaint said to its end, then a device, is its own clause
    else if (!verb && this.frame.complaint && isTargetTok(tok) && complaintEnded(tokens, k)) this.close();
    else if (subjectOfTalk(this.frame, tok) || targetAfterValue(this, tok)) this.close();
    // "내일 일찍 일어나야 돼 불 끄고 …": a time word and a long stretch of talk, then a device: the time is the talk's
    else if (
      !verb &&
      this.frame.later &&
      !this.frame.targets.length &&
      isTargetTok(tok) &&
      talkBefore(this.frame, tok)
    )
      this.close();
    // "티비 켜 놔, 집에 가서 볼 거야": after an imperative, another action starts a new clause
    else if (
      verb &&
      this.imperative &&
      !WEAK_VERBS.has(verb) &&
      // "보여줘 틀어": the same action said again stays one
      tok.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v) && !this.frame.verbs.includes(x.v)) &&
      !hasLex(tok, 'end')
    )
      this.close();
    // "아 거실 티비였다", "냉동실 말한 거야": the part meant, said after the fact
    if (correctsAfter(tok, this.frame, this.frames.length, this.pendingAreas.length)) return;
    // "커튼 닫아 아 열어": the opposite verb said next takes the first one back
    if (undoesVerb(tok, verb, tokens[k - 1])) {
      this.close();
      this.frame.corrects = true;
    }
    // "아니", "말고": what follows corrects what came before
    if (correctsHere(tok, this.frames, this.frame) && this.hasContent()) {
      this.close();
      this.frame.corrects = true;
      // "티비 꺼, 아 잠깐만 이것만 보고": "wait" with nothing to put instead calls the request off
      if (HOLD.has(tok.text)) this.frame.nev = true;
      return;
    }
    const f = this.frame;
    f.tokens.push(tok);
    // "불 다 꺼, 안방은 놔 둬": the room just said is left as it is
    if (hasLex(tok, 'nev') && this.pendingAreas.length && f.verb && !WEAK_VERBS.has(f.verb)) {
      this.pendingAreas = readExcept(f, this.pendingAreas);
      return;
    }
    if (tok.num) {
      readNumber(f, tok, tokens[k + 1], this.neg, tokens[k + 2]);
      this.neg = false;
      return;
    }
    if (
      (f.verb && (hasLex(tok, 'req') || (hasLex(tok, 'end') && IMPERATIVE.has(tok.text)))) ||
      (hasLex(tok, 'verb') && IMPERATIVE_TAIL.test(tok.text))
    )
      this.imperative = true;
    // "이제 불 끄겠어", "에어컨 켜겠네": the speaker's own intention, told like a plan
    if (intends(tokens, k)) f.later = true;
    const chatBefore = f.chat;
    const allBefore = f.mods.has('all');
    const w = readWords(f, tok.lex);
    // "다 꺼" is all of them; "요리 다 했어" is not
    const next = tokens[k + 1];
    // "시간이다": 다 after 이 is the copula, not "all"
    const prevTok0 = tokens[k - 1];
    const glued = tok.ws === false && !!prevTok0 && prevTok0.end === tok.start;
    // "켜 놓고 나왔다": 다 after a past-tense syllable ends the sentence
    const copula =
      glued &&
      // ("못 하겠다": or after 겠)
      (MARKS.beforePlainEnd.some((e) => prevTok0.text.endsWith(e)) ||
        // "피곤하다", "어둡다": the plain ending after a verb or a complaint
        prevTok0.lex.some((x) => x.t === 'verb' || x.t === 'cplx' || x.t === 'state' || x.t === 'end') ||
        pastSyllable(prevTok0.text[prevTok0.text.length - 1]));
    // "게임한다", "잔소리한다": 다 that ends a word the lexicon does not know
    const runOn = tok.ws === false && (!prevTok0 || prevTok0.end < tok.start);
    if (w.all && tok.text === MARKS.all && !allBefore && (!next || next.start > tok.end || copula || runOn)) {
      f.mods.delete('all');
      w.all = false;
    }
    if (f.chat && !chatBefore) {
      // "켜 줘, 고마워" is still a request; "켜는 법", "새 냉장고 살까" are not
      const before = tokens[k - 1];
      const strong = f.verb !== null && !WEAK_VERBS.has(f.verb) && !hasLex(tok, 'verb');
      const glued = !!before && before.end === tok.start && tok.ws !== true && hasLex(before, 'verb');
      if (strong && !glued && this.imperative) f.chat = false;
    }
    if (w.all) this.allNext = true;
    if (w.neg) this.neg = true;
    if (w.brand !== null) this.quals.brands.push(w.brand);
    if (w.line !== null) this.quals.lines.push(w.line);
    const prevTarget = f.targets[f.targets.length - 1];
    if (
      w.kind?.cls === 'door' &&
      !w.devs &&
      prevTarget &&
      !this.lastWasAnd &&
      !prevTarget.door &&
      !(prevTarget.kind?.kinds.includes('lock') ?? false)
    ) {
      // "냉장고 문": the appliance's own door
      prevTarget.door = true;
      if (!f.attrs.includes('door')) f.attrs.push('door');
    } else if (w.devs || w.kind) {
      // a compartment right after its appliance belongs to it ("냉장고 냉동실")
      f.targets.push(this.newTarget(tok, w.devs ?? [], w.kind, w.comp));
      this.allNext = false;
    } else if (w.comp) {
      const prev = f.targets[f.targets.length - 1];
      if (prev && !this.lastWasAnd && !prev.comp) prev.comp = w.comp;
      else {
        f.targets.push(this.newTarget(tok, [], null, w.comp));
      }
    } else if (w.area) {
      this.pendingAreas.push(w.area);
    }
    // "현관 불 빼고", "안방 빼고": the room or the targets said so far are left out
    if (hasLex(tok, 'except') && !isTargetTok(tok)) this.pendingAreas = readExcept(f, this.pendingAreas);
    this.lastWasAnd = hasLex(tok, 'and');
    const prevTok = tokens[k - 1];
    // "손님 오니까", "영화 볼 거라서": a clause of reason or context ends
    if (hasLex(tok, 'conn') && !isTargetTok(tok)) {
      const strong = f.verb !== null && !WEAK_VERBS.has(f.verb);
      const glued = !!prevTok && prevTok.end === tok.start && hasLex(prevTok, 'verb');
      // "켜 줘, 책 좀 읽으려고" stays a request; "청소해야 되는데" is not one
      if (!strong || glued || !this.imperative) f.reason = true;
      if (!CONDITION_ENDS.includes(tok.text) && !strong && !glued) {
        // "에어컨 켜고 잤더니 감기 걸렸어": the clauses joined to a story of what happened are the story
        for (let j = this.frames.length - 1; j >= 0; j--) {
          const p = this.frames[j] as Frame;
          if (!p.joined) break;
          p.reason = true;
          if (f.complaint || askedJoin(p)) p.story = true;
        }
      }
      if (CONDITION_ENDS.includes(tok.text) && (!strong || glued)) {
        // "에어컨 켜고 자면": the condition takes the clauses joined to it
        f.cond = true;
        for (let j = this.frames.length - 1; j >= 0; j--) {
          const p = this.frames[j] as Frame;
          if (!p.joined || askedJoin(p)) break;
          p.cond = true;
          p.reason = true;
        }
      }
      this.close();
      return;
    }
    // "끄고", "켜서": the clause ends after a verb; "추워서", "어두워서": after a complaint
    if (
      (hasLex(tok, 'clause') || doneAnd(f, prevTok, tok)) &&
      !isTargetTok(tok) &&
      ((f.verb && !WEAK_VERBS.has(f.verb)) || f.complaint || valueAsked(f, tokens, k) || askedThen(f, tok)) &&
      prevTok &&
      (prevTok.end === tok.start || tok.text.length > 1)
    ) {
      if ((!f.verb || WEAK_VERBS.has(f.verb)) && !valueAsked(f, tokens, k)) f.reason = true;
      f.joined = !endsSentence(tok, f, this.imperative);
      this.close();
    }
  }

  /** Closes the last clause; the frames read, at least one. */
  finish(): Frame[] {
    this.close();
    if (this.frames.length === 0) this.frames.push(emptyFrame());
    return this.frames;
  }
}

/** Merges verb-less fragments into the clause before; a clause naming no target inherits its targets. */
export function mergeClauses(frames: Frame[], question: boolean): Frame[] {
  const out: Frame[] = [];
  const list = carryCorrection(frames);
  for (const [i, fr] of list.entries()) {
    const prev = out[out.length - 1];
    // "거실 불 꺼 줘, 아 참 현관 불도": a target said with 도 adds to the request, it corrects nothing
    const also = fr.tokens.some(
      (t, k) => t.text === MARKS.also && hasLex(t, 'and') && k > 0 && isTargetTok(fr.tokens[k - 1] as Token),
    );
    if (fr.corrects && prev && !also) {
      // "켜, 아니다 됐어": the whole request is called off
      // "돌려 줘, 아니다 내일 돌릴게 그냥 둬": put off as a plan (or left as it is), it is called off too
      if (callsOff(fr) || putOffAsPlan(prev, fr) || keptAsIs(prev, fr)) {
        fr.corrects = false;
        out[out.length - 1] = fr;
        continue;
      }
      // "불 다 꺼, 아 잠깐만 안방은 놔 둬": left as it is (said so; a bare "잠깐" leaves nothing out)
      if (fr.tokens.some((t) => hasLex(t, 'nev')) && leaveOut(prev, fr)) continue;
      // "현관 불 말고 다 꺼": what comes before 말고 is left out of all the rest
      if (prev.verb === null && fr.verb !== null && fr.mods.has('all') && !fr.targets.length)
        for (const t of prev.targets) t.except = true;
      correct(earlierNamed(out, fr) ?? prev, fr);
      continue;
    }
    // "22도로 해 줘, 아 너무 춥겠다 24도": a value of the same kind said again, alone, restarts it
    if (
      prev &&
      !prev.reason &&
      !fr.verb &&
      !fr.targets.length &&
      !fr.areas.length &&
      fr.numbers.length === 1 &&
      prev.numbers.length === 1 &&
      fr.numbers[0]?.unit === prev.numbers[0]?.unit &&
      fr.numbers[0]?.unit !== null
    ) {
      correct(prev, fr);
      continue;
    }
    const hasAction = actsAlone(fr);
    if (prev && !hasAction && !prev.reason && leaveOut(prev, fr)) continue;
    // "불 켜 줘 이제 티비 볼 거야": talk about a device after the request adds nothing to it
    if (prev && !hasAction && !prev.reason && talkFragment(prev, fr)) continue;
    if (prev && !hasAction && !prev.reason && !heldForCorrection(prev, list[i + 1])) {
      // "불 켜고 자는 거 안 좋대": talk that a joined clause runs into makes it talk
      if (fr.chat && prev.joined) prev.chat = true;
      prev.targets.push(...fr.targets);
      if (!alsoAreas(prev, fr)) prev.areas.push(...fr.areas);
      if (fr.exceptAreas) prev.exceptAreas = [...(prev.exceptAreas ?? []), ...fr.exceptAreas];
      prev.tokens.push(...fr.tokens);
      prev.unknown.push(...fr.unknown);
      continue;
    }
    if (
      prev &&
      fr.targets.length === 0 &&
      fr.areas.length === 0 &&
      prev.targets.length &&
      !prev.chat &&
      !prev.cond
    ) {
      fr.targets = prev.targets.map((t) => ({ ...t }));
      fr.inherited = true;
    }
    out.push(fr);
  }
  for (const fr of out) {
    // "22도로 해 줘, 아 너무 춥겠다 24도": the same kind of value said again for one target, the last wins
    if (fr.numbers.length > 1 && fr.targets.length <= 1 && !fr.attrs.includes('diff')) lastOfUnit(fr);
    fr.attr = fr.attrs[0] ?? null;
    if (question && askedByMark(fr, out)) fr.question = true;
  }
  return out;
}
