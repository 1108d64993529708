/**
 * "세탁기 다 돌았어? 안방 불 켜 줘": a question asked mid-turn, before a request, ends its clause at
 * its question mark and is a question of its own; it lends the request nothing (no device, no verb).
 */
import type { Frame } from './clause-frame.js';
import type { ClauseReader } from './clauses.js';
import { WEAK_VERBS } from './extract.js';
import { LEFT_SO_PARTS } from './lexicon/turn-shapes.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Closes the clause being read at a question mark said before `tok`, when it asks about the home. */
export function closeAsked(
  reader: ClauseReader,
  norm: Normalized,
  tokens: Token[],
  k: number,
  from: number,
): number {
  const tok = tokens[k] as Token;
  let i = from;
  let mark = false;
  const prev = tokens[k - 1];
  for (; i < norm.asks.length && (norm.asks[i] as number) <= tok.start; i++)
    if (!prev || (norm.asks[i] as number) >= prev.end) mark = true;
  if (mark && askedClause(reader)) {
    reader.close();
    const f = reader.frames[reader.frames.length - 1];
    if (f) {
      f.question = true;
      f.askedMid = true;
    }
  }
  return i;
}

/** The clause read so far asks about a device or a room: a state, a reading, what it did; nothing asked of it. */
function askedClause(reader: ClauseReader): boolean {
  const f = reader.frame;
  if (!f.tokens.length || reader.imperative || f.reason || f.cond || f.corrects) return false;
  if (f.tokens.some((t) => hasLex(t, 'req') || hasLex(t, 'corr'))) return false;
  const named = f.targets.length > 0 || f.areas.length > 0 || f.tokens.some((t) => hasLex(t, 'area'));
  // a state or a reading asked, no value to set and no action of its own
  const weak = f.verb === null || WEAK_VERBS.has(f.verb);
  const setting =
    f.numbers.length > 0 || f.mode !== null || f.color !== null || f.ctemp !== null || f.channel !== null;
  return named && weak && !setting && (f.state !== null || f.attrs.length > 0 || f.verbs.includes('query'));
}

/** "안방 지금 몇 도야? 보일러 좀 올려 줘": the room a mid-turn question names is the next clause's, when it names none. */
export function lendAskedRoom(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const q = frames[i] as Frame;
    const f = frames[i + 1] as Frame;
    if (!q.askedMid || q.targets.some((t) => t.devs.length)) continue;
    const area = q.areas[0] ?? q.targets.find((t) => t.areas.length)?.areas[0];
    if (!area || f.areas.length || f.targets.some((t) => t.areas.length || t.devs.length)) continue;
    f.areas = [area];
    f.lent = true;
    for (const t of f.targets) t.areas = f.areas;
  }
}

/**
 * "세탁기 다 돌았어 안방 불 켜 줘", "냉장고 문 닫혔지 주방 불 꺼 줘": with no question mark written, a
 * device and its state or how far it is, said to its end, then another device: the first is a clause
 * of its own (asked or told, answered), never a target of the verb that follows.
 */
const LEFT_SO = new RegExp(LEFT_SO_PARTS.join('|'));

export function closeStateBefore(reader: ClauseReader, tokens: Token[], k: number): void {
  const f = reader.frame;
  if (!f.targets.length || (f.state === null && !f.attrs.includes('remaining'))) return;
  const tok = tokens[k] as Token;
  if (!isTargetTok(tok) || reader.imperative || (f.verb !== null && !WEAK_VERBS.has(f.verb))) return;
  let j = k - 1;
  while (j >= 0 && (hasLex(tokens[j] as Token, 'end') || hasLex(tokens[j] as Token, 'filler'))) j--;
  const said = tokens[j];
  if (!said || !(hasLex(said, 'state') || hasLex(said, 'attr')) || f.tokens.some((t) => hasLex(t, 'req')))
    return;
  // "불 켜 놓고 현관문도 열어 줘": a device left so is an action of a list (around.ts), not its state told
  if (LEFT_SO.test(said.text)) return;
  reader.close();
  const g = reader.frames[reader.frames.length - 1];
  if (g) {
    g.question = true;
    g.askedMid = true;
  }
}
