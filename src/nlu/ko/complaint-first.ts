/**
 * A complaint said before a request about something else ("티비가 너무 시끄러워 불 좀 꺼 줘", "주방 너무
 * 덥네 거실 불 꺼 줘"): the request said outright is what is asked, and the complaint is only its
 * context; its remedy is not run. A complaint alone, or followed only by a clipped request ("더우니까 에어컨
 * 좀") or by talk, still gets its remedy; a request said with 도 ("티비도 꺼 줘": also) keeps it.
 */
import type { Frame } from './clause-frame.js';
import type { ClauseReader } from './clauses.js';
import { WEAK_VERBS } from './extract.js';
import { COMPLAINT_BUT_ENDS } from './lexicon/small-words.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const strong = (f: Frame): boolean => f.verb !== null && !WEAK_VERBS.has(f.verb) && f.verb !== 'hot';

/**
 * "주방 너무 덥네 거실 불 꺼 줘", "에어컨 너무 추워 안방 불 꺼 줘": a room or a device and its complaint
 * said, then a device: the room or device is the complaint's, and the device begins a clause of its own.
 */
export function closeComplaintRoom(reader: ClauseReader, tokens: Token[], k: number): void {
  const f = reader.frame;
  if (f.complaint === null) return;
  const tok = tokens[k] as Token;
  if (!isTargetTok(tok) || strong(f) || reader.imperative) return;
  // the complaint's word, then only endings and fillers ("시끄럽네", "추워 죽겠네")
  let j = k - 1;
  while (j >= 0 && (hasLex(tokens[j] as Token, 'end') || hasLex(tokens[j] as Token, 'filler'))) j--;
  const last = tokens[j];
  if (!last || !hasLex(last, 'cplx') || tok.start - last.end > 4) return;
  // "티비 소리 진짜 시끄럽네 커튼 좀 쳐 줘", "에어컨 너무 추워 안방 불 꺼 줘": of a device or a room of its own
  if (!f.targets.length && !f.tokens.some((t) => hasLex(t, 'area'))) return;
  // only before a request said outright ("…안방 습도 좀 알려 줘" asks a reading: the complaint is why)
  const asks = tokens
    .slice(k + 1)
    .some((t) =>
      t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v) && x.v !== 'hot' && x.v !== 'query'),
    );
  if (asks) reader.close();
}

/**
 * Marks a complaint before a request said outright (its own verb, asked) as that request's context. Joined
 * to it by -ㄴ데/-는데 ("거실이 좀 추운데 에어컨도 꺼 줄래?", fixer fx39), the request's 도 asks no second
 * action of the complaint's remedy either.
 */
export function complaintBeforeRequest(frames: Frame[], compact: string): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const c = frames[i] as Frame;
    if (c.complaint === null || strong(c) || c.asked || c.req || c.reason || c.question || c.food) continue;
    const next = frames.slice(i + 1).find((g) => !g.chat && !g.cond && !g.reason);
    if (!next || !strong(next) || !(next.asked || next.req) || !next.targets.length || next.inherited)
      continue;
    // "너무 더워, 티비도 꺼 줘": also — unless the two are joined by -데 ("추운데 … 도 꺼 줄래")
    if (
      next.tokens.some((t, j) => t.text === W.also && j > 0 && isTargetTok(next.tokens[j - 1] as Token)) &&
      !joinedBut(c, next, compact)
    )
      continue;
    c.reason = true;
  }
}

/** The -데 that joins a complaint to what follows: the complaint word's own ("큰데") or read after it. */
function joinedBut(c: Frame, next: Frame, compact: string): boolean {
  const last = c.tokens[c.tokens.length - 1];
  const first = next.tokens[0];
  if (!last || !first) return false;
  const joint = compact.slice(last.start, first.start);
  return COMPLAINT_BUT_ENDS.some((w) => joint.endsWith(w));
}
