/**
 * "불 좀 켜 줘 아 그리고 지금 밖에 비 와?": a request asked outright (its verb and request ending), then
 * 그리고 / 근데 and talk or a question the home cannot answer, stays a request: the talk after it is
 * not what the clause asks.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { AND_THEN_WORDS, BUT_WORDS } from './lexicon/clause-joins.js';
import { compactForm } from './text.js';
import { hasLex } from './tokenize.js';

const TURNS = new Set([...AND_THEN_WORDS, ...BUT_WORDS].map(compactForm));

export function askedThenTalk(frames: Frame[]): void {
  for (const f of frames) {
    // "커튼 닫아 줘 그리고 밖에 아직 추워?": a request said to its ending, then 그리고, is a sentence of
    // its own, not joined to the talk after it
    const last = f.tokens[f.tokens.length - 1];
    const ended = f.tokens[f.tokens.length - 2];
    if (f.joined && f.asked && last && TURNS.has(last.text) && ended && hasLex(ended, 'end'))
      f.joined = false;
    if (!f.chat || !f.asked || !f.verb || WEAK_VERBS.has(f.verb) || !f.targets.length) continue;
    const turn = f.tokens.findIndex((t) => TURNS.has(t.text));
    if (turn < 1) continue;
    const before = f.tokens.slice(0, turn);
    // the request said to its ending before the turn, the talk after it
    const asked = before.some((t) => hasLex(t, 'verb')) && !before.some((t) => hasLex(t, 'chat'));
    if (asked && f.tokens.slice(turn).some((t) => hasLex(t, 'chat'))) f.chat = false;
  }
}
