/**
 * A turn that only points ("그거 좀 꺼 줘", "어 저기 그거 켜 줘") names nothing the hub can see:
 * the action is known, the thing is not, so it asks what ("무엇을 끌까요?") rather than guess.
 * A correction that only turns the pointed-at part away ("거실 불 켜, 아니 그거 말고", "…거기
 * 말고") leaves the action without its target: it asks what instead, and nothing runs.
 */
import type { Understanding } from '../types.js';
import { carriesValue } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { MARKS } from './lexicon/marks.js';
import {
  POINTING_MSG,
  POINTING_PLACES,
  POINTING_SUBJECTS,
  POINTING_THINGS,
  TURNED_AWAY,
} from './lexicon/pointing.js';
import { ASK_VERBS } from './lexicon/replies.js';
import type { Parsed } from './parse.js';
import type { Token } from './tokenize.js';

const THING = new RegExp(`(?:${POINTING_THINGS.join('|')})`);
const AWAY = new RegExp(
  `(?:${[...POINTING_THINGS, ...POINTING_PLACES, ...POINTING_SUBJECTS].join('|')})(?:${TURNED_AWAY.join('|')})${MARKS.polite}?$`,
);

/** The first action verb among the tokens, as an ASK_VERBS key (never a question's "query"). */
function actionVerb(tokens: Token[]): string | null {
  for (const t of tokens) {
    const senses = t.lex.filter((x) => x.t === 'verb');
    // "돌려" (start a washer, turn a channel): the device decides, so the question asks how
    if (senses.length > 1) return '';
    for (const x of senses) if (x.v !== 'query' && x.v in ASK_VERBS) return x.v;
  }
  return null;
}

const asked = (verb: string, msg: string): Understanding => ({
  understood: true,
  intents: [],
  actions: [],
  answer: msg.replace('{verb}', ASK_VERBS[verb] ?? ''),
});

export function pointedAt(p: Parsed, idx: HomeIndex): Understanding | null {
  const { compact } = p.norm;
  // "…, 아니 그거 말고": the part pointed at is turned away and nothing said in its place
  const away = AWAY.exec(compact);
  if (away) {
    const verb = actionVerb(p.tokens.filter((t) => t.end <= away.index));
    if (verb !== null) return asked(verb, verb ? POINTING_MSG.whatInstead : POINTING_MSG.howInstead);
  }
  if (p.unknownChars / Math.max(1, compact.length) > 0.3) return null;
  if (p.frames.some((f) => f.targets.length || carriesValue(f) || f.complaint)) return null;
  // "작은방 그거 좀 틀어 줘", "주방에 그거 있잖아 그거 꺼 줘": one room named, the thing in it pointed at
  const areas = [...new Set(p.frames.flatMap((f) => f.areas))];
  const area = areas.length === 1 ? idx.areaName.get(areas[0] as string) : undefined;
  if (areas.length && !area) return null;
  for (const f of p.frames) {
    const at = f.tokens.findIndex((t) => t.lex.some((x) => x.t === 'verb'));
    if (at < 0 || !f.asked || (f.question && !f.req)) continue;
    const before = f.tokens
      .slice(0, at)
      .map((t) => t.text)
      .join('');
    const verb = actionVerb(f.tokens.slice(at));
    if (verb === null || !THING.test(before)) continue;
    if (area) return asked(verb, (verb ? POINTING_MSG.whatIn : POINTING_MSG.howIn).replace('{area}', area));
    return asked(verb, verb ? POINTING_MSG.what : POINTING_MSG.how);
  }
  return null;
}
