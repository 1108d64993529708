/**
 * "안방 불 끄고 티비도 꺼, 아니 티비는 그냥 둬", "…거실 티비도 꺼 줘, 아 티비는 말고", "세탁기 돌리고 청소기도 돌려,
 * 아니다 청소기는 이따가": a device asked in a clause and then said again with 은/는 and declined (말고, 그냥 둬,
 * 됐어, 이따가, 나중에, 하지 마) is taken out of its clause; when that leaves the clause nothing, the clause is
 * set aside and the rest of the turn still runs. `declined` does this for a device declined beside another of
 * the same clause (set-aside.ts runs both).
 */
import type { Frame } from './clause-frame.js';
import { DECLINED_AGAIN as AGAIN, DECLINED_BESIDE, TOPIC_PARTICLES } from './lexicon/long-turn.js';
import type { Normalized } from './text.js';
import { isTargetTok, type Token } from './tokenize.js';

/** Words as the compact text has them, one alternation. */
const alt = (ws: string[]) => ws.map((w) => w.replace(/\s+/g, '')).join('|');

/** What follows a device declined after it was asked (compact text). */
const DECLINED_AGAIN = new RegExp(`^(?:${AGAIN.before})?(?:${alt(AGAIN.words)})`);

const TOPIC = new Set(TOPIC_PARTICLES);

/** The token at `k` is a device said with 은/는 right after it, and what follows that is `said` (compact text). */
const declinedAt = (toks: Token[], k: number, s: string, said: RegExp): boolean => {
  const t = toks[k];
  const p = toks[k + 1];
  return !!t && isTargetTok(t) && !!p && TOPIC.has(p.text) && p.start === t.end && said.test(s.slice(p.end));
};

export function declinedAgain(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  if (!frames.some((f) => f.targets.length && f.verb !== null)) return;
  frames.forEach((f, i) => {
    const toks = f.tokens;
    const k = toks.findIndex((_, j) => j > 0 && declinedAt(toks, j, s, DECLINED_AGAIN));
    const said = toks[k];
    if (!said) return;
    // the same device asked earlier in the clause ("티비도 꺼 … 티비는"; "거실 티비도 … 티비는")
    const asked = toks.slice(0, k).filter((t) => isTargetTok(t) && t.text.endsWith(said.text));
    if (!asked.length) return;
    const names = new Set([said.text, ...asked.map((t) => t.text)]);
    const rest = f.targets.filter((t) => !names.has(t.text));
    if (rest.length === f.targets.length) return;
    // another clause of the turn still asks something
    const others = frames.some((g, j) => j !== i && g.targets.length && g.verb !== null && !g.reason);
    if (rest.length) f.targets = rest;
    else if (others) {
      f.targets = [];
      f.reason = true;
    } else return;
    // the never-mind was the declined device's, not the turn's
    f.nev = false;
  });
}

/** What follows a device declined ("에어컨은 됐고", "불은 괜찮고", "티비는 필요 없고"). */
const DECLINED = new RegExp(`^(?:${alt(DECLINED_BESIDE)})`);

/**
 * "주방이 너무 더워, 근데 에어컨은 됐고 환기나 좀 시켜 줘": a device said with 은/는 and then declined
 * (됐고, 괜찮고, 필요 없고) is no target when another is asked.
 */
export function declined(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  for (const f of frames) {
    // one target declined leaves another only where two or more were said
    if (f.targets.length < 2) continue;
    const out = f.tokens.filter((_, k) => declinedAt(f.tokens, k, s, DECLINED));
    const rest = f.targets.filter((t) => !out.some((o) => o.text === t.text));
    if (!out.length || !rest.length || rest.length === f.targets.length) continue;
    f.targets = rest;
    // the complaint the declined device would have answered is only why
    if (f.verb !== null && f.verb !== 'hot') f.complaint = null;
  }
}

/**
 * For never-after-aside.ts: the aside before a never-mind names, with 은/는, a device asked before the marker
 * beside another target ("안방 불 끄고 티비도 꺼, 아니 티비는 그냥 둬"): only that device is declined.
 */
export function asideDeclines(before: Token[], aside: Token[]): boolean {
  const said = aside.find((t, k) => isTargetTok(t) && TOPIC.has(aside[k + 1]?.text ?? ''));
  if (!said) return false;
  const asked = before.filter(isTargetTok);
  return asked.some((t) => t.text.endsWith(said.text)) && asked.some((t) => !t.text.endsWith(said.text));
}
