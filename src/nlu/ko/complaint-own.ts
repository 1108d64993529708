/**
 * "티비 소리 너무 작아 그리고 에어컨 좀 켜 줘", "냉동실 아이스크림이 물러져 그리고 티비 소리 줄여": a
 * complaint about a device, ended by 그리고, and a request about another device after it are two things
 * asked; the complaint is not the request's reason. A complaint about a room ("거실 더워 그리고 에어컨
 * 켜") stays the reason of the request after it.
 */
import type { Frame, TargetRef } from './clause-frame.js';
import { AND_THEN } from './value-and.js';

const key = (t: TargetRef): string => t.devs.join(',') || t.kind?.kinds[0] || t.comp || '';

export function complaintOwnSentence(frames: Frame[], isRequest: (f: Frame) => boolean): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    const next = frames[i + 1] as Frame;
    if (!f.complaint || !f.reason || f.inherited || !f.targets.length) continue;
    if (!AND_THEN.has(f.tokens[f.tokens.length - 1]?.text ?? '')) continue;
    if (next.reason || next.chat || !isRequest(next) || !next.targets.length || next.inherited) continue;
    const mine = new Set(f.targets.map(key));
    if (next.targets.some((t) => mine.has(key(t)))) continue;
    f.reason = false;
  }
}

/**
 * "티비 소리 너무 커 그리고 좀 줄여": a request that only inherited its device from the reason before it
 * takes the setting the reason named too.
 */
export function lendReasonSetting(requests: Frame[], frames: Frame[]): void {
  for (const f of requests) {
    if (!f.inherited || f.attrs.length) continue;
    const before = frames[frames.indexOf(f) - 1];
    if (!before?.reason || !before.complaint) continue;
    f.attrs.push(...before.attrs);
  }
}
