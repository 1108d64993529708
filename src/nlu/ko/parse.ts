/**
 * From an utterance to frames: the lexicon (static words plus the home's names, areas and
 * channels) is found in the spacing-free text by longest match; numbers with their units are
 * read; the words are grouped into clauses ("끄고", "켜서" split them), each a Frame.
 *
 * The steps live in their own modules: lex.ts (the lexicon tries), tokenize.ts (tokens),
 * clause-frame.ts (the Frame), extract.ts (what a token adds to a frame) and clauses.ts (clause
 * boundaries, targets and merging). This module runs them and re-exports their types.
 */

import { afterNext } from './after-next.js';
import { closeAsked, closeStateBefore, lendAskedRoom } from './asked-mid.js';
import { askedNowIs } from './asked-now-is.js';
import type { Frame } from './clause-frame.js';
import { ClauseReader, mergeClauses } from './clauses.js';
import { closeComplaintRoom } from './complaint-first.js';
import { dayTold } from './day-told.js';
import { eitherOrAsked } from './either-or.js';
import { feltIs } from './felt-is.js';
import { formalFused } from './formal-fused.js';
import { genreNone } from './genre-none.js';
import { leadingHesitations } from './hesitation.js';
import { juHeard } from './ju-heard.js';
import { juWillDo } from './ju-will-do.js';
import type { DynamicLexicon, Lex } from './lex.js';
import { listAfterComplaint, listedComplaints } from './listed.js';
import { lockUnknown } from './lock-unknown.js';
import { lookedReading } from './look-reading.js';
import { makeThing } from './make-thing.js';
import { midHesitation, repeatedWord } from './mid-hesitation.js';
import { midstNotFan } from './midst.js';
import { moodAsked } from './mood-asked.js';
import { muchSaid } from './much-said.js';
import { closeMusicFirst } from './music-first.js';
import { numberHesitation } from './number-hesitation.js';
import { orderThenTalk } from './order-then-talk.js';
import { personRoom } from './person-room.js';
import { personMoves } from './purpose-move.js';
import { reasonFirstUnknown } from './reason-first.js';
import { closeDoneRequest } from './request-done.js';
import { searchWord } from './search-word.js';
import { settingAsked } from './setting-asked.js';
import { severalTokens } from './several-tokens.js';
import { type Normalized, normalize } from './text.js';
import { hasLex, type Token, tokenize } from './tokenize.js';
import { tryAux } from './try-aux.js';
import { tvOwnSpeaker } from './tv-speaker.js';
import { unknownJoined } from './unknown-joined.js';
import { unrelatedAsked } from './unrelated-asked.js';
import { wakeNameCalls } from './wake-name.js';

export type { Frame, NumberMention, TargetRef } from './clause-frame.js';
export type { ChannelRef, DynamicLexicon, Lex } from './lex.js';
export { type Token, tokenize } from './tokenize.js';

export interface Parsed {
  norm: Normalized;
  tokens: Token[];
  frames: Frame[];
  /** Number of compact characters no word covered. */
  unknownChars: number;
}

/** Parses an utterance into clause frames. */
export function parse(text: string, dyn: DynamicLexicon | null): Parsed {
  const norm = normalize(
    numberHesitation(juHeard(formalFused(text))),
    dyn ? (head, wake) => namedAt(dyn, head, wake.length) : undefined,
  );
  const tokens = tokenize(norm, dyn);
  personMoves(tokens, norm.compact);
  tryAux(tokens);
  feltIs(tokens, norm.compact);
  askedNowIs(tokens, norm.compact);
  searchWord(tokens);
  juWillDo(tokens);
  makeThing(tokens);
  midstNotFan(tokens, norm.compact);
  listAfterComplaint(tokens);
  severalTokens(tokens, norm.compact);
  // "좀 덥지 않아?": a complaint asked back is said, not asked
  if (norm.question && tokens.some((t) => hasLex(t, 'rhet')) && tokens.some((t) => hasLex(t, 'cplx')))
    norm.question = false;
  const reader = new ClauseReader();
  let covered = 0;
  let cursor = 0;
  let asked = 0;
  const lead = leadingHesitations(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    // "음 티비 어 꺼 줘": hesitations are read past
    if (k < lead || midHesitation(tokens, k) || repeatedWord(tokens, k)) {
      covered += tok.end - tok.start;
      cursor = tok.end;
      continue;
    }
    if (asked < norm.asks.length) asked = closeAsked(reader, norm, tokens, k, asked);
    closeComplaintRoom(reader, tokens, k);
    closeStateBefore(reader, tokens, k);
    closeDoneRequest(reader, tokens, k, norm);
    closeMusicFirst(reader, tokens, k, norm);
    if (tok.start > cursor) reader.frame.unknown.push([cursor, tok.start]);
    // a plain word ("강아지") is known but says nothing to the home: it counts as not understood
    if (!(tok.lex.length && tok.lex.every((x) => x.t === 'word'))) covered += tok.end - tok.start;
    cursor = tok.end;
    reader.read(tokens, k);
  }
  if (norm.compact.length > cursor) reader.frame.unknown.push([cursor, norm.compact.length]);
  const frames = mergeClauses(reader.finish(), norm.question);
  lendAskedRoom(frames);
  dayTold(frames, norm);
  personRoom(frames, norm, tokens);
  settingAsked(frames);
  orderThenTalk(frames, norm);
  unrelatedAsked(frames);
  genreNone(frames, norm.compact, dyn);
  moodAsked(frames);
  listedComplaints(frames);
  eitherOrAsked(frames);
  lookedReading(frames, norm.compact);
  tvOwnSpeaker(frames);
  unknownJoined(frames, norm.compact);
  wakeNameCalls(frames, tokens);
  afterNext(frames);
  muchSaid(frames, norm.compact);
  lockUnknown(frames, norm);
  for (const f of frames) if (f.complaint && f.tokens.some((t) => hasLex(t, 'rhet'))) f.question = false;
  return { norm, tokens, frames, unknownChars: norm.compact.length - covered - reasonFirstUnknown(frames) };
}

/** A name of the home runs past the wake word at the start ("클로바 스피커", "기가지니 스피커"). */
function namedAt(dyn: DynamicLexicon, head: string, wakeLen: number): boolean {
  const m: Array<[number, Lex[]]> = [];
  dyn.trie.matchesAt(head, 0, m);
  // "클로바 노래 꺼": the wake word is itself a speaker's name (wake-name.ts decides what it names)
  return m.some(([end, items]) => end >= wakeLen && items.some((x) => x.t === 'dev'));
}

/** The text of a compact span, with the speaker's own spacing. */
export function spanText(norm: Normalized, start: number, end: number): string {
  if (end <= start) return '';
  const a = norm.spacedIndex[start] ?? 0;
  const b = (norm.spacedIndex[end - 1] ?? a) + 1;
  return norm.spaced.slice(a, b).trim();
}
