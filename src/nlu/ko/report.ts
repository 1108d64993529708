/**
 * "남편이 보일러를 너무 세게 틀어", "아빠가 에어컨을 너무 세게 틀어 놨어": a complaint about how someone
 * else sets a device, that person said as the subject, is a report of their doing, as "동생이 자꾸 에어컨
 * 켜" is (usage.ts): talk, and no remedy is run unless the speaker asks for one ("…, 좀 낮춰 줘").
 * A person's own feeling ("애가 추워해") is no doing of theirs and keeps its remedy.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { OBJECT_PARTICLES } from './lexicon/small-words.js';
import { ASK_MARKS, REPORTED_DOING } from './lexicon/turn-shapes.js';
import { HABIT_ADVERBS, PEOPLE, SUBJECT_MARKS } from './lexicon/usage.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';

const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
const REPORTER = new RegExp(`(?:${alt(PEOPLE)})(?:${alt(SUBJECT_MARKS)})(?:${alt(HABIT_ADVERBS)})?$`);
/** A doing inside the complaint's words ("너무 세게 틀어", "너무 약하게 해 놔"). */
const DOING = new RegExp(REPORTED_DOING.join('|'));
const OBJECT = new Set(OBJECT_PARTICLES);
const ASKS = new RegExp(ASK_MARKS.join('|'));

export function complaintReported(frames: Frame[], norm: Normalized): void {
  for (const f of frames) {
    // ("엄마가 보일러를 너무 약하게 해 놔": 놔 of a habit, not asked; 줘 asks)
    if (f.complaint === null || f.req || f.question || f.tokens.some((t) => ASKS.test(t.text))) continue;
    if (f.verb !== null && !WEAK_VERBS.has(f.verb) && f.verb !== 'hot') continue;
    const k = f.tokens.findIndex(isTargetTok);
    const head = f.tokens[k];
    if (!head) continue;
    const from = Math.min(f.tokens[0]?.start ?? head.start, ...f.unknown.map(([a]) => a));
    if (!REPORTER.test(norm.compact.slice(from, head.start))) continue;
    const object = OBJECT.has(f.tokens[k + 1]?.text ?? '');
    const doing = f.tokens.some((t) => hasLex(t, 'cplx') && DOING.test(t.text));
    if (!object && !doing) continue;
    f.chat = true;
    f.cond = true;
  }
}
