/**
 * "냉장고야 나 배고파", "청소기야 안녕", "에어컨아 오늘 수고했어": a device called by name with the vocative 야/아 at
 * the start of the turn, then talk that names no action, value, setting or state of anything: talk said to the
 * device, not a device named for a request (no "냉장고를 어떻게 할까요?"). "티비야 꺼져라" still acts (fixer fx46).
 */
import type { Frame } from './clause-frame.js';
import { CALLED as CALLED_WORDS } from './lexicon/rule-words.js';
import { isTargetTok } from './tokenize.js';

const CALLED = new Set(CALLED_WORDS);

export function deviceCalled(frames: Frame[]): void {
  const first = frames[0]?.tokens;
  if (!first || first.length < 2 || !CALLED.has(first[1]?.text ?? '') || !isTargetTok(first[0] as never))
    return;
  for (const f of frames)
    if (
      f.verb !== null ||
      f.verbs.length ||
      f.req ||
      f.asked ||
      f.attrs.length ||
      f.numbers.length ||
      f.state !== null ||
      f.complaint !== null ||
      f.mode !== null ||
      f.channel !== null ||
      f.color !== null ||
      f.ctemp !== null
    )
      return;
  for (const f of frames) f.chat = true;
}
