/**
 * "거실 커튼 좀 닫아줘 햇빛이 너무 들어와서 티비가 안보여": after the request's own ending, a complaint and a
 * device said with no verb of their own are why it is asked (the TV cannot be seen), not more targets of the
 * verb: the devices said after the ending beside a complaint, or as the subject of what follows (티비가),
 * are dropped from the request.
 */
import type { Frame } from './clause-frame.js';
import { SUBJECT_PARTICLES } from './lexicon/asked-state.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const SUBJECT = new Set(SUBJECT_PARTICLES);

export function reasonAfterEnding(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.asked || f.targets.length < 2) continue;
    const verb = f.tokens.findIndex((t) => hasLex(t, 'verb'));
    const end = f.tokens.findIndex((t, k) => k > verb && (hasLex(t, 'end') || hasLex(t, 'req')));
    if (verb < 0 || end < 0) continue;
    const after = f.tokens.slice(end + 1);
    if (after.some((t) => hasLex(t, 'verb'))) continue;
    const complaint = after.some((t) => hasLex(t, 'cplx'));
    // a device as the subject of what follows (티비가 안 보여), or beside a complaint
    const subject = (k: number) =>
      SUBJECT.has(after[k + 1]?.text ?? '') && hasLex(after[k + 1] as Token, 'part');
    const told = new Set(
      after.filter((t, k) => isTargetTok(t) && (complaint || subject(k))).map((t) => t.text),
    );
    if (!told.size) continue;
    const kept = f.targets.filter((t) => !told.has(t.text));
    if (kept.length) f.targets = kept;
  }
}
