/**
 * Long everyday turns, continued (issue #13, natural-9 Q, fixer fx9): what a long turn sets aside —
 * a device declined (…은 됐고), something put off to do another thing first (그건 나중에 하고 일단 …),
 * and a device asked with 해 주고 that is no reason.
 */

import { carriesValue, type Frame } from './clause-frame.js';
import { declined, declinedAgain } from './declined-again.js';
import { NOW_FIRST, PUT_OFF_THEN } from './lexicon/long-turn.js';
import { askedJoin } from './long-turn.js';
import { roomNotLast } from './room-not-last.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';

/** Words of now, after something put off ("일단", "먼저", "…부터"). */
const NOW = new Set(NOW_FIRST);
/** The first of them, looked for glued to what follows too. */
const NOW_GLUED = NOW_FIRST[0] as string;
/** Said right after what is put off ("나중에 하고"). */
const THEN = new RegExp(`^(?:${PUT_OFF_THEN.join('|')})`);

/**
 * "아이방이 어두운데 그건 나중에 하고 일단 거실 불부터 켜 줘": something put off (나중에 하고) to do
 * another thing first: the request after it is for now.
 */
export function putOffFirst(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  for (const f of frames) {
    if (f.delay !== 'later' && !f.later) continue;
    const k = f.tokens.findIndex((t) => hasLex(t, 'later') && !hasLex(t, 'conn'));
    const lt = f.tokens[k];
    if (!lt || !THEN.test(s.slice(lt.end))) continue;
    const after = f.tokens.slice(k + 1);
    const now = after.some((t) => NOW.has(t.text)) || s.slice(lt.end).includes(NOW_GLUED);
    if (!now || !after.some(isTargetTok)) continue;
    f.delay = null;
    f.later = false;
    // what was put off is the complaint said before it, and the room it named
    if (f.tokens.findLastIndex((t) => hasLex(t, 'cplx')) < k) f.complaint = null;
    const rooms = f.tokens.slice(0, k).flatMap((t) => t.lex.flatMap((x) => (x.t === 'area' ? [x.v] : [])));
    for (const t of f.targets) t.areas = t.areas.filter((a) => !rooms.includes(a));
    f.areas = f.areas.filter((a) => !rooms.includes(a));
  }
}

/**
 * "공기가 탁하네, 환기 좀 해 주고 공기청정기도 켜 줘": a device asked with 해 주고 is a request of its
 * own, not a reason; a complaint said before it is only why.
 */
export function doneJoined(frames: Frame[]): void {
  for (const f of frames) {
    if (f.verb !== 'do' || !f.reason || f.cond || !f.targets.length || !askedJoin(f)) continue;
    const first = f.tokens.findIndex(isTargetTok);
    if (f.complaint && f.tokens.findLastIndex((t) => hasLex(t, 'cplx')) > first) continue;
    f.reason = false;
    f.complaint = null;
    // "환기 좀 해 줘": doing a device with nothing else said runs it
    if (!carriesValue(f)) {
      f.verb = 'start';
      f.verbs.push('start');
    }
  }
}

/**
 * "딸이 드라마 보고 싶대, 안방 티비로 tvN 틀어 줘": a wish to watch, naming no device, before a request
 * that names a device and what to put on, is why; only the request is put on.
 */
export function wishThenRequest(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.verb !== 'play' || f.targets.length || f.asked || f.req || f.channel === null) continue;
    const g = frames
      .slice(i + 1)
      .find(
        (x) => x.asked && (x.verb === 'play' || x.verb === 'on') && x.targets.length && x.channel !== null,
      );
    if (g) f.reason = true;
  }
}

/** The rules of this file, run with long-turn.ts's. */
export function setAside(frames: Frame[], norm: Normalized): void {
  wishThenRequest(frames);
  declined(frames, norm);
  declinedAgain(frames, norm);
  roomNotLast(frames, norm);
  putOffFirst(frames, norm);
  doneJoined(frames);
}
