/**
 * The words the tokenizer looks for: what a word means (Lex), the static lexicon and the units in
 * tries keyed by their spacing-free form, and the home's own words (DynamicLexicon).
 */

import { FanMode } from '../../model/tables.js';
import { WISHED_TONES } from './lexicon/asked-state.js';
import { LEAVE_ALONE } from './lexicon/clause-joins.js';
import { CLICK_WORDS } from './lexicon/click.js';
import {
  ACTING_UP,
  ASIDE_FILLERS,
  CHANNEL_SOUNDALIKES,
  CONTEXT_VERBS,
  DONE_ENDS,
  FLIP_WORDS,
  N4_COLOR_TEMPS,
  N4_COMPLAINTS,
  N4_SOUNDALIKES,
  OLD_LIGHT_WORDS,
  OUTSIDE_NOISE,
  PLAN_ENDS,
  PUT_THERE,
  SUGGEST_ENDINGS,
  SUN_WORDS,
} from './lexicon/context.js';
import { DESCRIBED, DIALECT_DOWN, LEAVE_AS_WAS, MY_ROOM, THINKING } from './lexicon/described.js';
import { DEVICE_SHAPES, NOT_DEVICES } from './lexicon/device-words.js';
import {
  ANNOUNCEMENTS,
  BOOKING_WORDS,
  COLD_ASKED_BACK,
  DELAY_WORDS,
  FOODS,
  LATER_ENDS,
  LATER_WORDS,
  RHETORICAL_ENDS,
} from './lexicon/everyday.js';
import {
  ABLE_ENDINGS,
  COLD_SAID,
  FAMILY_VERBS,
  GO_HOME_WORDS,
  HOT_SAID,
  LITTLE_WORDS,
  LOOK_TONES,
  MUSIC_WORDS,
  NEUTRAL_WHITE,
  PRICE_TALK,
  SIZE_WORDS,
  WHAT_DOING,
  WHAT_PLAYING,
  WHY_SO,
} from './lexicon/family.js';
import {
  CALL_OFF,
  CLOSE_SAID,
  COMFORT_SAID,
  COMING_WORDS,
  DOWN_BY,
  EAR_LOUD,
  HONORIFIC_ASKS,
  MAY_ENDINGS,
  MEANT_AFTER,
  NAME_CALLING,
  OWN_SLIP,
  PLACEHOLDERS,
  POSSIBLE_ASKS,
  PREV_CHANNEL,
  REPLACE_TALK,
  SHO_ENDINGS,
  TONE_LIKE,
  UP_BY,
} from './lexicon/family-speech.js';
import { FINISH_TIME, WHEN_ASKED } from './lexicon/finish-time.js';
import {
  CONDITION_VERBS,
  HONORIFIC_COMPLAINTS,
  HOUSEHOLD_VERBS,
  IN_PROGRESS,
  LEFT_AS,
  PRAISE,
  TAG_QUESTIONS,
  TIME_COME,
  WATCH_HEARSAY,
  WONDER,
} from './lexicon/household.js';
import { ACCESSORIES, VERB_THEN } from './lexicon/long-turn.js';
import { MARKS } from './lexicon/marks.js';
import { MOOD_WORDS } from './lexicon/moods.js';
import { NOUN_CLAUSE_VERBS } from './lexicon/noun-clause-verbs.js';
import { NEGATIVE_WORDS } from './lexicon/numerals.js';
import { MARVEL_TALK } from './lexicon/pointing.js';
import { PURPOSE_ENDS } from './lexicon/purpose-ends.js';
import { REGISTER_WORDS } from './lexicon/registers.js';
import { INSIDE_SAID } from './lexicon/remedies.js';
import { AFTER_JU, RESAID_CONN, RESAID_REQ, SOUNDALIKE_REQUESTS } from './lexicon/resaid.js';
import { LIGHT_KIND_WORD } from './lexicon/rule-words.js';
import {
  BODY_COMPLAINTS,
  DIRECTION_VERBS,
  FOOD_SPOIL_WORDS,
  LEFT_UNDONE,
  MORE_MODS,
  MORE_VERBS,
} from './lexicon/senses.js';
import { PLAIN_LOOKALIKES } from './lexicon/several-clauses.js';
import {
  BRANDS,
  CHAT,
  COMPLAINTS,
  CORRECTIONS,
  CORRECTIONS_AFTER,
  EXCEPT_WORDS,
  PRODUCT_LINES,
  REASON_ENDS,
  REQUEST_ENDINGS,
  SOUNDALIKE_VERBS,
  WHY_COMPLAINT,
  WHY_TALK,
} from './lexicon/speech.js';
import {
  ADVERB_FILLERS,
  ADVICE_CHAT,
  APPROX_WORDS,
  CANNOT_WORDS,
  LOCK_UP_WORDS,
  MORE_STATES,
  PLAIN_WORDS,
} from './lexicon/talk.js';
import {
  CAUSE_NOUNS,
  FULL_BLAST,
  MAX_WORDS,
  USAGE_CHAT,
  USAGE_ENDINGS,
  USAGE_FILLERS,
  USAGE_MODES,
  USAGE_VERBS,
} from './lexicon/usage.js';
import {
  AND_WORDS,
  ATTRS,
  type AttrKey,
  CLAUSE_ENDS,
  COLOR_TEMPS,
  COLORS,
  COMPARTMENTS,
  ENDINGS,
  FAN_SPEEDS,
  FILLERS,
  KINDS,
  MODES,
  MODS,
  type ModKey,
  NEVERMIND,
  PARTICLES,
  STATES,
  UNITS,
  VERBS,
  type VerbKey,
} from './lexicon/words.js';
import { compactForm, Trie } from './text.js';

export type { ChannelRef, DynamicLexicon, Lex } from './lex-types.js';

import type { Lex } from './lex-types.js';
import { MORE_COMPLAINTS, OF_ALL_DAYS } from './lexicon/complaint-forms.js';
import { PRODUCT_TALK } from './lexicon/product-talk.js';
import { TOLD_COMPLAINTS } from './lexicon/told-complaints.js';
import { toneNouns } from './lexicon/tone-nouns.js';
import { MAY_BE_TONES, WISHED_COMPLAINTS } from './lexicon/wished.js';

function buildStatic(): Trie<Lex> {
  const t = new Trie<Lex>();
  const add = (words: string[], lex: Lex) => {
    for (const w of words) t.add(compactForm(w), lex);
  };
  for (const [k, words] of Object.entries(VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  for (const [k, words] of Object.entries(SOUNDALIKE_VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  for (const [k, words] of Object.entries(ATTRS)) add(words, { t: 'attr', v: k as AttrKey });
  for (const [words, kw] of KINDS) add(words, { t: 'kind', v: kw });
  for (const [words, tag] of COMPARTMENTS) add(words, { t: 'comp', v: tag });
  for (const [k, words] of Object.entries(MODS)) add(words, { t: 'mod', v: k as ModKey });
  for (const [words, st] of STATES) add(words, { t: 'state', v: st });
  for (const [words, c] of COLORS) add(words, { t: 'color', v: c });
  for (const [words, k] of COLOR_TEMPS) add(words, { t: 'ctemp', v: k });
  for (const [words, m] of MODES) add(words, { t: 'mode', v: m });
  for (const [words, f] of FAN_SPEEDS) add(words, { t: 'fan', v: f });
  add(CLAUSE_ENDS, { t: 'clause' });
  add(AND_WORDS, { t: 'and' });
  add(PARTICLES, { t: 'part' });
  add(ENDINGS, { t: 'end' });
  add(FILLERS, { t: 'filler' });
  add(NEVERMIND, { t: 'nev' });
  add(REASON_ENDS, { t: 'conn' });
  add(PURPOSE_ENDS, { t: 'conn' });
  add(CORRECTIONS, { t: 'corr' });
  add(CORRECTIONS_AFTER, { t: 'corrAfter' });
  add(WHY_TALK, { t: 'chat' });
  add(WHY_COMPLAINT, { t: 'filler' });
  for (const [words, sense] of COMPLAINTS) add(words, { t: 'cplx', v: sense });
  add(CHAT, { t: 'chat' });
  add(MARVEL_TALK, { t: 'chat' });
  for (const [words, place] of FOODS) add(words, { t: 'food', v: place });
  add(LATER_WORDS, { t: 'later' });
  add(ANNOUNCEMENTS, { t: 'filler' });
  add(RHETORICAL_ENDS, { t: 'rhet' });
  add(COLD_ASKED_BACK, { t: 'cplx', v: 'cold' });
  add(COLD_ASKED_BACK, { t: 'rhet' });
  for (const w of LATER_ENDS) {
    t.add(compactForm(w), { t: 'later' });
    t.add(compactForm(w), { t: 'conn' });
  }
  add(DELAY_WORDS, { t: 'delay', v: false });
  add(BOOKING_WORDS, { t: 'delay', v: true });
  add(REQUEST_ENDINGS, { t: 'req' });
  // "해 주겠니", "해 주시면 감사하겠습니다": 해 takes the 주 of the ending with it ("해주"), so the ending
  // is read whole with the 해: the weak verb, and an ending that asks
  for (const e of REQUEST_ENDINGS) {
    // (not a bare 주면 or 주시면: "해 주시면" may be only the if of what follows; nor the regional endings
    // after 주 that resaid.ts reads after any 주, "해 주랑께")
    if (!e.startsWith(MARKS.giveStem) || e.endsWith(MARKS.ifEnd) || AFTER_JU.includes(e.slice(1))) continue;
    t.add(compactForm(`${MARKS.doIt}${e}`), { t: 'verb', v: 'do' });
    t.add(compactForm(`${MARKS.doIt}${e}`), { t: 'end' });
    t.add(compactForm(`${MARKS.doIt}${e}`), { t: 'req' });
  }
  add(RESAID_REQ, { t: 'req' });
  add(RESAID_CONN, { t: 'conn' });
  for (const [k, words] of SOUNDALIKE_REQUESTS) add(words, { t: 'verb', v: k as VerbKey });
  add(EXCEPT_WORDS, { t: 'except' });
  for (const [i, b] of BRANDS.entries()) add(b.words, { t: 'brand', v: i });
  for (const [i, l] of PRODUCT_LINES.entries()) add(l.words, { t: 'line', v: i });
  // a family's everyday speech (lexicon/household.ts)
  for (const [words, st] of LEFT_AS) add(words, { t: 'state', v: st });
  add(TAG_QUESTIONS, { t: 'rhet' });
  add(WATCH_HEARSAY, { t: 'verb', v: 'play' });
  for (const [words, v] of HOUSEHOLD_VERBS) add(words, { t: 'verb', v });
  add(CONDITION_VERBS, { t: 'conn' });
  add(IN_PROGRESS, { t: 'conn' });
  add(PRAISE, { t: 'chat' });
  add(WONDER, { t: 'verb', v: 'query' });
  add(TIME_COME, { t: 'attr', v: 'time' });
  for (const [words, sense] of HONORIFIC_COMPLAINTS) add(words, { t: 'cplx', v: sense });
  add(
    NEGATIVE_WORDS.filter((w) => w !== '-'),
    { t: 'neg' },
  );
  // fourth round of #13 (lexicon/senses.ts, lexicon/talk.ts)
  for (const [words, sense] of BODY_COMPLAINTS) add(words, { t: 'cplx', v: sense });
  add(FOOD_SPOIL_WORDS, { t: 'cplx', v: 'notcold' });
  for (const [k, words] of Object.entries(DIRECTION_VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  for (const [k, words] of Object.entries(LEFT_UNDONE)) add(words, { t: 'verb', v: k as VerbKey });
  for (const [k, words] of Object.entries(MORE_VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  for (const [k, words] of Object.entries(NOUN_CLAUSE_VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  // 하는 게 어때: the weak verb and the suggestion that makes it a request
  add(NOUN_CLAUSE_VERBS.do ?? [], { t: 'req' });
  for (const [words, lex] of REGISTER_WORDS) add(words, lex);
  for (const [k, words] of Object.entries(MORE_MODS)) add(words, { t: 'mod', v: k as ModKey });
  add(ADVICE_CHAT, { t: 'chat' });
  add(PRODUCT_TALK, { t: 'chat' });
  add(APPROX_WORDS, { t: 'part' });
  add(CANNOT_WORDS, { t: 'cannot' });
  add(PLAIN_WORDS, { t: 'word' });
  add([...DEVICE_SHAPES, ...NOT_DEVICES], { t: 'word' });
  add(PLAIN_LOOKALIKES, { t: 'word' });
  add(ADVERB_FILLERS, { t: 'filler' });
  const lockKind = KINDS.find(([, k]) => k.kinds[0] === 'lock' && !k.cls)?.[1];
  if (lockKind) add(LOCK_UP_WORDS, { t: 'kind', v: lockKind });
  const lightKind = KINDS.find(([words]) => words.includes(LIGHT_KIND_WORD))?.[1];
  if (lightKind) add(OLD_LIGHT_WORDS, { t: 'kind', v: lightKind });
  for (const [words, st] of MORE_STATES) add(words, { t: 'state', v: st });
  // natural-4's classes (lexicon/context.ts)
  add(ASIDE_FILLERS, { t: 'filler' });
  add(PUT_THERE, { t: 'filler' });
  add(DONE_ENDS, { t: 'conn' });
  add(FLIP_WORDS, { t: 'filler' });
  add(OUTSIDE_NOISE, { t: 'chat' });
  add(ACTING_UP, { t: 'cplx', v: 'weird' });
  for (const [k, words] of Object.entries(N4_SOUNDALIKES)) add(words, { t: 'verb', v: k as VerbKey });
  add(CHANNEL_SOUNDALIKES, { t: 'attr', v: 'channel' });
  add(SUGGEST_ENDINGS, { t: 'req' });
  for (const [words, k] of N4_COLOR_TEMPS) add(words, { t: 'ctemp', v: k });
  for (const [words, sense] of N4_COMPLAINTS) add(words, { t: 'cplx', v: sense });
  add(SUN_WORDS, { t: 'cplx', v: 'sun' });
  for (const w of PLAN_ENDS) {
    t.add(compactForm(w), { t: 'later' });
    t.add(compactForm(w), { t: 'conn' });
  }
  for (const [k, words] of Object.entries(CONTEXT_VERBS)) add(words, { t: 'verb', v: k as VerbKey });
  // fixer fx5 (lexicon/usage.ts)
  add(CAUSE_NOUNS, { t: 'conn' });
  for (const [k, words] of Object.entries(USAGE_VERBS)) add(words ?? [], { t: 'verb', v: k as VerbKey });
  for (const [words, m] of USAGE_MODES) add(words, { t: 'mode', v: m });
  add(FULL_BLAST, { t: 'fan', v: FanMode.High });
  add(MAX_WORDS, { t: 'mod', v: 'max' });
  add(USAGE_ENDINGS, { t: 'req' });
  add(USAGE_CHAT, { t: 'chat' });
  add(USAGE_FILLERS, { t: 'filler' });
  add(MOOD_WORDS, { t: 'filler' });
  // fixer fx7 (lexicon/described.ts): a device described by where it hangs or what it does
  for (const [words, word] of DESCRIBED) {
    const kind = KINDS.find(([ws]) => ws.includes(word))?.[1];
    if (kind) add(words, { t: 'kind', v: kind });
  }
  add(MY_ROOM, { t: 'mod', v: 'here' });
  add(THINKING, { t: 'filler' });
  add(DIALECT_DOWN, { t: 'verb', v: 'down' });
  add(LEAVE_AS_WAS, { t: 'nev' });
  // fixer fx10 (lexicon/family.ts): every speaker of a family
  for (const [k, words] of Object.entries(FAMILY_VERBS)) add(words ?? [], { t: 'verb', v: k as VerbKey });
  add(ABLE_ENDINGS, { t: 'req' });
  add(MUSIC_WORDS, { t: 'attr', v: 'media' });
  for (const [words, k] of LOOK_TONES) add(words, { t: 'ctemp', v: k });
  // "따뜻한 톤", "형광등 불빛": a feeling and a word for colour (words listed elsewhere keep theirs)
  const toneKnown = [
    ...COLOR_TEMPS,
    ...N4_COLOR_TEMPS,
    ...LOOK_TONES,
    ...TONE_LIKE,
    [NEUTRAL_WHITE, 0] as const,
  ];
  for (const [words, k] of toneNouns(new Set(toneKnown.flatMap(([w]) => w.map(compactForm)))))
    add(words, { t: 'ctemp', v: k });
  add(WHAT_PLAYING, { t: 'attr', v: 'playing' });
  add(WHAT_DOING, { t: 'attr', v: 'playing' });
  add(PRICE_TALK, { t: 'chat' });
  add(SIZE_WORDS, { t: 'word' });
  add(GO_HOME_WORDS, { t: 'filler' });
  add(MAY_ENDINGS, { t: 'req' });
  add(EAR_LOUD, { t: 'cplx', v: 'loud' });
  for (const [words, k] of TONE_LIKE) add(words, { t: 'ctemp', v: k });
  add(COMFORT_SAID, { t: 'chat' });
  add(COMING_WORDS, { t: 'filler' });
  add(LITTLE_WORDS, { t: 'mod', v: 'little' });
  add(WHY_SO, { t: 'filler' });
  add(COLD_SAID, { t: 'cplx', v: 'cold' });
  add(HOT_SAID, { t: 'cplx', v: 'hot' });
  add(NEUTRAL_WHITE, { t: 'ctemp', v: 4000 });
  add(HONORIFIC_ASKS, { t: 'req' });
  add(CLOSE_SAID, { t: 'verb', v: 'close' });
  add(PREV_CHANNEL, { t: 'verb', v: 'prev' });
  add(PREV_CHANNEL, { t: 'attr', v: 'channel' });
  add([...UP_BY, ...DOWN_BY, ...CLICK_WORDS], { t: 'word' });
  add(OWN_SLIP, { t: 'corr' });
  add(CALL_OFF, { t: 'nev' });
  add(LEAVE_ALONE, { t: 'nev' });
  add(NAME_CALLING, { t: 'chat' });
  add(REPLACE_TALK, { t: 'chat' });
  add(POSSIBLE_ASKS, { t: 'req' });
  add(SHO_ENDINGS, { t: 'req' });
  add(PLACEHOLDERS, { t: 'filler' });
  add(MEANT_AFTER, { t: 'corrAfter' });
  // fixer fx9 (lexicon/long-turn.ts): a verb with its joining 고, what belongs to a device
  for (const [words, v] of VERB_THEN) {
    add(words, { t: 'verb', v });
    add(words, { t: 'clause' });
  }
  add(ACCESSORIES, { t: 'word' });
  // fixer fx18 (lexicon/finish-time.ts): when a cycle ends, asked by its time
  add(FINISH_TIME, { t: 'attr', v: 'remaining' });
  add(WHEN_ASKED, { t: 'verb', v: 'query' });
  // fixer fx27 (lexicon/asked-state.ts): a room's state wished for is a request
  for (const [words, v] of [...WISHED_TONES, ...MAY_BE_TONES])
    for (const x of [{ t: 'verb', v }, { t: 'req' }] as Lex[]) add(words, x);
  // fixer fx32 (lexicon/wished.ts): the state wished for said as the complaint of the state had
  for (const [words, sense] of [...WISHED_COMPLAINTS, ...TOLD_COMPLAINTS])
    add(words, { t: 'cplx', v: sense });
  // fixer fx29: "냉장고 안이 따뜻해": the inside said of an appliance is the appliance (cabinet-warm.ts)
  add(INSIDE_SAID, { t: 'part' });
  // fixer fx40 (lexicon/complaint-forms.ts): more forms of complaints, a light too yellow or too white
  for (const [words, sense] of MORE_COMPLAINTS) add(words, { t: 'cplx', v: sense });
  add(OF_ALL_DAYS, { t: 'filler' });
  return t;
}

/** Every static word of the lexicon. */
export const STATIC = buildStatic();

/** The units that may follow a number ("도", "퍼센트", "분"). */
export const UNIT_TRIE = (() => {
  const t = new Trie<string>();
  for (const [words, u] of UNITS) for (const w of words) t.add(compactForm(w) || w, u);
  return t;
})();
