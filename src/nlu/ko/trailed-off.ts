/**
 * "좀 틀어 줘 그…", "꺼 줄래 저기…": a request said with no object, then trailing off into a hesitation, was
 * about to name what it meant (Korean may say the object after the verb); the recognizer lost it. What to act
 * on is asked ("무엇을 틀까요?"), never the satellite's own player or room guessed.
 */
import type { Understanding } from '../types.js';
import { carriesValue } from './clause-frame.js';
import { CUT_OFF_TRAIL } from './lexicon/partly-said.js';
import { POINTING_MSG } from './lexicon/pointing.js';
import { ASK_VERBS } from './lexicon/replies.js';
import type { Parsed } from './parse.js';

const TRAIL = new RegExp(`^(?:${[...CUT_OFF_TRAIL].sort((a, b) => b.length - a.length).join('|')})+$`);

export function trailedOff(p: Parsed): Understanding | null {
  if (p.norm.question) return null;
  if (p.frames.some((f) => f.targets.length || f.areas.length || f.attrs.length || carriesValue(f) || f.chat))
    return null;
  const endAt = p.tokens.findLastIndex((t) => t.lex.some((x) => x.t === 'end'));
  const end = p.tokens[endAt];
  if (!end || !TRAIL.test(p.norm.compact.slice(end.end))) return null;
  let verb: string | undefined;
  for (const t of p.tokens.slice(0, endAt)) for (const x of t.lex) if (x.t === 'verb') verb = x.v;
  const phrase = verb ? ASK_VERBS[verb] : undefined;
  if (!phrase || verb === 'query') return null;
  return { understood: true, intents: [], actions: [], answer: POINTING_MSG.what.replace('{verb}', phrase) };
}
