/**
 * "티비 볼륨 15로 해 줘, 애기 자니까", "볼륨 좀 더 올려 나 씻을 거니까": a request said first, then, as words
 * of their own, why — words the lexicon does not know closed by a connective of reason. The connective
 * closes that reason, not the request before it: the clause stays a request. Only the last clause of the
 * turn, only when the unknown words begin a spoken word after the request and the request's last word is
 * no verb in its adnominal or noun form ("켤 거니까" is the speaker's plan, "켜기 전에" a time). Fixer fx23.
 */
import type { Frame } from './clause-frame.js';
import { MARKS } from './lexicon/marks.js';
import { AUX_STARTS } from './lexicon/resaid.js';
import { CONDITION_ENDS } from './lexicon/speech.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Known words the reason may hold besides its unknown ones ("나", "우리", "애기"). */
const QUIET = new Set(['word', 'filler', 'part', 'chat', 'end']);
const quiet = (t: Token): boolean => t.lex.length > 0 && t.lex.every((x) => QUIET.has(x.t));
/** A word read as a whole but with nothing to say to the home ("오시" of 오시니까). */
const unknown = (t: Token): boolean => t.lex.length === 0 && !t.num;

/** A syllable ending in ㄹ or ㄴ: a verb's adnominal form ("켤", "끈") or a plan ("틀 거"). */
const adnominal = (s: string): boolean => {
  const c = s.charCodeAt(s.length - 1) - 0xac00;
  if (c < 0 || c > 11171) return false;
  const jong = c % 28;
  return jong === 4 || jong === 8;
};

const VALUE = new Set(['color', 'ctemp', 'mode', 'fan', 'mod']);

export function reasonAfter(frames: Frame[], norm: Normalized): void {
  const f = frames[frames.length - 1];
  if (!f?.reason || f.cond || f.question || f.chat || f.complaint || f.story) return;
  const toks = f.tokens;
  const conn = toks[toks.length - 1];
  if (!conn || !hasLex(conn, 'conn') || CONDITION_ENDS.includes(conn.text)) return;
  let c = toks.length - 2;
  while (
    c >= 0 &&
    (quiet(toks[c] as Token) || unknown(toks[c] as Token)) &&
    norm.starts[(toks[c] as Token).start] === 1
  )
    c--;
  const req = toks[c];
  if (!req || c < 0) return;
  // a question mark only where the request ends ("…해 줄래?, 애기 자니까")
  if (norm.asks.some((a) => a !== req.end)) return;
  // unknown words right before the connective, begun as a word of their own after the request
  const before = toks[toks.length - 2] as Token;
  if ((conn.start <= before.end && !unknown(before)) || norm.starts[req.end] !== 1) return;
  if (isTargetTok(req) && !f.verb) return;
  if (
    req.lex.length &&
    req.lex.every((x) => x.t === 'verb') &&
    (adnominal(req.text) || req.text.endsWith(MARKS.nominal))
  )
    return;
  if (AUX_STARTS.some((a) => norm.compact.startsWith(a, req.end))) return;
  if (hasLex(req, 'state') || hasLex(req, 'later') || hasLex(req, 'neg') || hasLex(req, 'nev')) return;
  const asks =
    f.verb !== null ||
    f.numbers.length > 0 ||
    f.channel !== null ||
    toks.some((t) => t.lex.some((x) => VALUE.has(x.t)));
  if (!asks) return;
  // a reason after a request already asked belongs to it ("에어컨 켜, 거실 25도 넘으니까")
  if (frames.slice(0, -1).some((p) => !p.reason && !p.joined && !p.chat && p.verb !== null)) return;
  f.reason = false;
}
