/**
 * Which clauses a turn's closing question mark asks (issue #13): "채널 일곱 번 그리고 불 좀 켜 주면 안
 * 되겠니?" asks only its last clause; the channel said with its number before it is a request of its own.
 * Earlier clauses that set a value on a device they name, or ask for an action in so many words
 * ("급속 냉동 해 줘 그리고 커튼 좀 칠래?"), are not asked, nor a complaint before a request asked as a
 * question (its reason); every other clause is.
 */
import { carriesSize, type Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';

export function askedByMark(f: Frame, all: Frame[]): boolean {
  if (f === all[all.length - 1]) return true;
  const value =
    f.numbers.length > 0 ||
    f.channel !== null ||
    f.mode !== null ||
    f.fan !== null ||
    f.color !== null ||
    f.ctemp !== null ||
    carriesSize(f);
  const sets = f.targets.length + f.attrs.length > 0 && value;
  const acts = (f.verb !== null && !WEAK_VERBS.has(f.verb) && f.joined) || (f.asked && !f.question);
  // "티비가 너무 시끄러워 불 좀 꺼 줄래?": a complaint before a request asked as a question is its reason,
  // not asked
  const last = all[all.length - 1] as Frame;
  const reason =
    f.complaint !== null && (f.verb === null || WEAK_VERBS.has(f.verb)) && last.req && last.asked;
  return !(sets || acts || reason);
}
