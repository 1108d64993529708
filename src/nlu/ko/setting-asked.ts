/**
 * "에어컨 설정 몇이야?", "보일러 설정 얼마로 돼 있어": 설정 said with an asking word and no value is
 * the setting asked (the setpoint), not a request to set something. "거실 난방 설정 몇 도야": the
 * degrees asked after 설정 close a clause of their own (an attribute after a finished verb); they are
 * joined back to the setting they ask about (fixer fx17).
 */
import type { Frame } from './clause-frame.js';
import { SETTING_NOUN } from './lexicon/context.js';
import { SETTING_ASKED } from './lexicon/turn-shapes.js';
import { hasLex } from './tokenize.js';

const ASKING = new RegExp(`^(?:${SETTING_ASKED.join('|')})`);

const settingSaid = (f: Frame): boolean => f.tokens.some((t) => t.text === SETTING_NOUN && hasLex(t, 'verb'));

/** "설정 | 몇 도야": a clause that only asks how much, right after the setting named, with no target of its own. */
function askedAfter(f: Frame, next: Frame | undefined): next is Frame {
  if (!next || !settingSaid(f) || f.tokens.some((t) => ASKING.test(t.text))) return false;
  if (!ASKING.test(next.tokens[0]?.text ?? '') || (next.targets.length && !next.inherited)) return false;
  // "몇 도로 돼 있어", "몇 도로 해 놨어": how it was set, asked
  if (next.verb !== null && next.verb !== 'query' && next.verb !== 'do') return false;
  return (
    !next.numbers.length &&
    !next.areas.length &&
    next.attrs.every((a) => a === 'temperature' || a === 'setpoint')
  );
}

export function settingAsked(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.verb !== 'set' || f.numbers.length || f.mode !== null || f.fan !== null) continue;
    const next = frames[i + 1];
    if (askedAfter(f, next)) {
      f.tokens.push(...next.tokens);
      f.unknown.push(...next.unknown);
      frames.splice(i + 1, 1);
    }
    // "설정 몇 도야": the degrees asked are the setting's
    if (f.attrs.some((a) => a !== 'temperature')) continue;
    if (!settingSaid(f) || !f.tokens.some((t) => ASKING.test(t.text))) continue;
    f.verb = 'query';
    f.verbs = ['query'];
    f.attrs = ['setpoint'];
    f.attr = 'setpoint';
    f.question = true;
  }
}
