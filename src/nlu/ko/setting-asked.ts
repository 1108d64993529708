/**
 * "에어컨 설정 몇이야?", "보일러 설정 얼마로 돼 있어": 설정 said with an asking word and no value is
 * the setting asked (the setpoint), not a request to set something.
 */
import type { Frame } from './clause-frame.js';
import { SETTING_NOUN } from './lexicon/context.js';
import { hasLex } from './tokenize.js';

const ASKING = /^(?:몇|얼마)/;

export function settingAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (f.verb !== 'set' || f.numbers.length || f.mode !== null || f.fan !== null) continue;
    // "설정 몇 도야": the degrees asked are the setting's
    if (f.attrs.some((a) => a !== 'temperature')) continue;
    const said = f.tokens.some((t) => t.text === SETTING_NOUN && hasLex(t, 'verb'));
    if (!said || !f.tokens.some((t) => ASKING.test(t.text))) continue;
    f.verb = 'query';
    f.verbs = ['query'];
    f.attrs = ['setpoint'];
    f.attr = 'setpoint';
    f.question = true;
  }
}
