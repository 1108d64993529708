/**
 * "엄마가 거실 에어컨 몇 도로 돼 있냐고 물어보래", "보일러 켜져 있는지 여쭤보래": a question someone at home
 * asked to be put to the hub is a question about the home, asked; the person who asked it is no talk.
 */
import type { Frame } from './clause-frame.js';
import { RELAYED_ASKS } from './lexicon/several-clauses.js';
import { compactForm } from './text.js';

const RELAYED = RELAYED_ASKS.map(compactForm);

export function relayedAsk(frames: Frame[], compact: string): void {
  // where the first relaying word of the list is said
  let at = -1;
  for (let k = 0; k < RELAYED.length && at < 0; k++) at = compact.indexOf(RELAYED[k] as string);
  if (at < 0) return;
  // the clause that holds what is asked: the last one before the relaying words
  const f = frames.findLast((x) => (x.tokens[0]?.start ?? Infinity) < at);
  if (!f || !(f.targets.length || f.areas.length) || !(f.attrs.length || f.state !== null)) return;
  f.question = true;
  f.chat = false;
  f.reason = false;
  if (f.verb === null) {
    f.verb = 'query';
    if (!f.verbs.includes('query')) f.verbs.push('query');
  }
}
