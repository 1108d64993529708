/**
 * "에어컨 틀어 줘 근데 오늘 날씨 어때?", "불 꺼 줘, 그런데 지금 몇 시야?": a question after a request about
 * something no device of the home has (the weather, the time, the date) is a question of its own; it
 * does not take the request's device: the request is acted on, the time or the date is told, the weather
 * (nothing the home can tell) is left unanswered, and no device's state is answered (issue #13, fixer fx20).
 */
import type { Frame } from './clause-frame.js';

/** Attributes no device carries. */
const NO_DEVICE = new Set(['weather', 'time', 'date']);

export function unrelatedAsked(frames: Frame[]): void {
  for (let i = frames.length - 1; i > 0; i--) {
    const f = frames[i] as Frame;
    if (!f.inherited || !f.attrs.some((a) => NO_DEVICE.has(a))) continue;
    // the weather is nothing the home can tell: the question is left as talk beside the request
    if (f.attrs.includes('weather')) frames.splice(i, 1);
    else {
      f.targets = [];
      f.inherited = false;
    }
  }
}
