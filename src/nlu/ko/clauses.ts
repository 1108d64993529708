/**
 * Grouping tokens into clauses: a new noun phrase after a finished action, or "끄고", "켜서" after a
 * verb, starts a new frame; areas go to the targets they precede; verb-less fragments are merged
 * into the clause before, and a clause that names no target inherits the one before it.
 */

import { emptyFrame, type Frame } from './clause-frame.js';
import { readNumber, readWords, WEAK_VERBS } from './extract.js';
import type { VerbKey } from './lexicon/words.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Verbs that also modify the following noun ("다음 채널", "이전 곡"): they do not end a clause. */
const NOUNISH_VERBS = new Set<VerbKey>(['next', 'prev']);

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

  /** Ends the clause being read and starts a new one. */
  close(): void {
    const f = this.frame;
    if (this.pendingAreas.length) {
      const bare = f.targets.filter((t) => t.areas.length === 0);
      if (bare.length) for (const t of bare) t.areas = this.pendingAreas;
      else f.areas.push(...this.pendingAreas);
    }
    this.pendingAreas = [];
    if (f.tokens.length) this.frames.push(f);
    this.frame = emptyFrame();
    this.allNext = false;
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
      (isTargetTok(tok) || hasLex(tok, 'attr')) &&
      !hasLex(tok, 'verb')
    )
      this.close();
    const f = this.frame;
    f.tokens.push(tok);
    if (tok.num) {
      readNumber(f, tok, tokens[k + 1], this.neg);
      this.neg = false;
      return;
    }
    const w = readWords(f, tok.lex);
    if (w.all) this.allNext = true;
    if (w.neg) this.neg = true;
    if (w.devs || w.kind) {
      // a compartment right after its appliance belongs to it ("냉장고 냉동실")
      f.targets.push({
        devs: w.devs ?? [],
        kind: w.kind,
        areas: this.pendingAreas,
        comp: w.comp,
        text: tok.text,
        all: this.allNext,
      });
      this.pendingAreas = [];
      this.allNext = false;
    } else if (w.comp) {
      const prev = f.targets[f.targets.length - 1];
      if (prev && !this.lastWasAnd && !prev.comp) prev.comp = w.comp;
      else {
        f.targets.push({
          devs: [],
          kind: null,
          areas: this.pendingAreas,
          comp: w.comp,
          text: tok.text,
          all: this.allNext,
        });
        this.pendingAreas = [];
      }
    } else if (w.area) {
      this.pendingAreas.push(w.area);
    }
    this.lastWasAnd = hasLex(tok, 'and');
    // "끄고", "켜서": the clause ends after a verb
    const prevTok = tokens[k - 1];
    if (
      hasLex(tok, 'clause') &&
      !isTargetTok(tok) &&
      f.verb &&
      !WEAK_VERBS.has(f.verb) &&
      prevTok &&
      (prevTok.end === tok.start || tok.text.length > 1)
    ) {
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
  for (const fr of frames) {
    const prev = out[out.length - 1];
    const hasAction =
      fr.verb !== null ||
      fr.attrs.length > 0 ||
      fr.numbers.length > 0 ||
      fr.color !== null ||
      fr.ctemp !== null ||
      fr.mode !== null ||
      fr.fan !== null ||
      fr.channel !== null ||
      fr.state !== null;
    if (prev && !hasAction) {
      prev.targets.push(...fr.targets);
      prev.areas.push(...fr.areas);
      prev.tokens.push(...fr.tokens);
      prev.unknown.push(...fr.unknown);
      continue;
    }
    if (prev && fr.targets.length === 0 && fr.areas.length === 0 && prev.targets.length) {
      fr.targets = prev.targets.map((t) => ({ ...t }));
      fr.inherited = true;
    }
    out.push(fr);
  }
  for (const fr of out) {
    fr.attr = fr.attrs[0] ?? null;
    if (question) fr.question = true;
  }
  return out;
}
