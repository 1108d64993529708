/**
 * "좀 꺼 봐", "두 칸만 올려", "절반으로 줄여 줘": an action asked with no device and no room said, where no
 * device of the satellite's room was taken for it, asks what ("무엇을 끌까요?") instead of "잘 못
 * 알아들었어요" (issue #13: say what was understood). Talk and questions are left alone.
 */
import type { Understanding } from '../types.js';
import type { Frame } from './clause-frame.js';
import { PARTLY_MSG } from './lexicon/partly-said.js';
import { POINTING_MSG } from './lexicon/pointing.js';
import { ASK_VERBS } from './lexicon/replies.js';
import type { ModKey } from './lexicon/words.js';
import { compile } from './template.js';

const VALUE_WHAT = compile(PARTLY_MSG.valueWhat);

const asked = (answer: string): Understanding => ({ understood: true, intents: [], actions: [], answer });

export function whatToAct(frames: Frame[], unknownShare: number): Understanding | null {
  if (unknownShare > 0.25 || frames.length !== 1) return null;
  const f = frames[0] as Frame;
  if (f.targets.length || f.areas.length || f.question || f.chat || f.complaint !== null || f.reason)
    return null;
  if (f.cond || f.delay || f.state !== null || f.nev) return null;
  const verb = f.verb && f.verb !== 'query' && f.verb !== 'hot' ? f.verb : null;
  const phrase = verb ? ASK_VERBS[verb] : undefined;
  if (phrase) return asked(POINTING_MSG.what.replace('{verb}', phrase));
  // "반만", "좀 더", "최대로 해 줘": an amount with no verb and no device asks what and how
  const amount = ['half', 'max', 'min', 'more', 'double', 'less'].some((m) => f.mods.has(m as ModKey));
  if ((f.verb === null || f.verb === 'do') && amount && !f.mods.has('all')) return asked(POINTING_MSG.how);
  // "3단계로 해 줘", "70퍼센트로": a value to set, said of nothing, asks what ("무엇을 3단계로 할까요?")
  const to = f.tokens.find((t) => t.num && f.numbers.some((n) => n.to && n.value === t.num?.value));
  if ((f.verb === null || f.verb === 'do') && to && !f.attr && f.numbers.length === 1)
    return asked(VALUE_WHAT({ value: to.text }));
  return null;
}
