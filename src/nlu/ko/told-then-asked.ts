/**
 * "설거지 중인데 주방 불 켜고 애 재우는 중이니까 티비 꺼": a request joined by 고 to a reason that names
 * nothing of the home, with another request for another device asked after that reason, is a request
 * of its own — the reason is the next request's, not a story the joined clause belongs to. A story ("에어컨
 * 켜고 잤더니 목이 아파", "에어컨 켜고 자니까 추워 꺼 줘") is told in the past, asks nothing after it, or
 * asks of the same device.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { MARKS } from './lexicon/marks.js';
import { pastSyllable } from './remark.js';

const strong = (f: Frame): boolean => f.verb !== null && !WEAK_VERBS.has(f.verb);
const ids = (f: Frame): Set<string> =>
  new Set(f.targets.map((t) => t.devs.join(',') || `${t.kind?.kinds[0] ?? ''}@${t.areas.join(',')}`));

/** A reason that names nothing of the home and asks nothing. */
const bare = (f: Frame): boolean =>
  f.reason &&
  !f.cond &&
  !(f.targets.length > 0 && !f.inherited) &&
  !strong(f) &&
  !f.complaint &&
  !f.areas.length;

export function toldThenAsked(frames: Frame[], compact: string): void {
  for (let i = 0; i + 2 < frames.length; i++) {
    const p = frames[i] as Frame;
    if (
      !p.reason ||
      !p.joined ||
      p.story ||
      p.cond ||
      p.chat ||
      !strong(p) ||
      // (a device named, or a setting said with its value: "칠 번 틀고 …")
      !(p.targets.length || p.channel || p.numbers.length) ||
      p.inherited
    )
      continue;
    // the reason between ("애 재우는 중이니까", "애기 자려고 하니까"), one clause or more
    let j = i + 1;
    while (j < frames.length && bare(frames[j] as Frame)) j++;
    const why = frames[j - 1] as Frame;
    const next = frames[j];
    if (j === i + 1 || !next) continue;
    // told in the past ("켜고 잤더니", "켜고 나갔으니까"): what happened, a story
    const conn = why.tokens[why.tokens.length - 1];
    if (!conn || conn.text.startsWith(MARKS.retrospective) || pastSyllable(compact[conn.start - 1])) continue;
    // a verb right after 고 ("켜고 자니까") goes on with the same event: said of its own, a reason has more
    const end = p.tokens[p.tokens.length - 1]?.end ?? conn.start;
    if (conn.start - end < 3) continue;
    // a request after it, for other devices
    if (next.reason || next.cond || next.chat || !strong(next) || !next.targets.length || next.inherited)
      continue;
    const mine = ids(p);
    if ([...ids(next)].some((k) => mine.has(k))) continue;
    p.reason = false;
  }
}

/**
 * "현관 불 켜고 설거지하는 동안 심심하니까 음악 좀 틀어 줘": talk said as a reason (…니까) with a request for
 * something after it is that request's reason; the clause joined before it is not drawn into the talk.
 */
export function reasonOfNext(frames: Frame[], i: number): boolean {
  const f = frames[i] as Frame;
  const next = frames[i + 1];
  return (
    f.reason && !f.cond && !!next && !next.reason && !next.chat && strong(next) && (next.asked || next.req)
  );
}
