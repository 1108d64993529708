/**
 * "냉동실 2도 올려 손님 오니까 다음 채널 두 번", "채널 하나 뒤로 돌려 안방 보일러 2도 내려 줘": a request said to
 * its end — a verb in a final form, a verbal noun with its target ("TV 음소거"), or a value phrase with its
 * target ("거실 보일러 25도로", "환기 최대로") — closes its clause when a new clause begins right after it:
 * another device (not the one just asked) or a new word that opens a clause of reason ("손님 오니까"). The
 * request stays a request and the reason is a clause of its own. Read by grammar, not by punctuation.
 */
import { bareLevel } from './bare-level.js';
import { channelBegins, channelNamed, channelSaidBare } from './channel-named.js';
import type { Frame } from './clause-frame.js';
import { NOUN_VERBS, NOUNISH_VERBS, WEAK_VERBS } from './extract.js';
import { juTail } from './ju-tail.js';
import { MARKS } from './lexicon/marks.js';
import { AFTER_VERB_NOUNS, AUX_SYLLABLES, SO, TOLD_ENDS } from './lexicon/request-done.js';
import { CONDITION_ENDS } from './lexicon/speech.js';
import type { ModKey } from './lexicon/words.js';
import { pastFillers } from './past-filler.js';
import { pastSyllable } from './remark.js';
import { settingWithValue } from './setting-valued.js';
import { stepNounBegins } from './step-noun.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';
import { verbNounBegins, verbNounThenJom } from './verb-noun.js';

const CONDITION = new Set(CONDITION_ENDS);
const AUX = new Set(AUX_SYLLABLES);
/** Words that keep the request's clause going: nouns after a verbal noun, "so". */
const STILL_IT = [...AFTER_VERB_NOUNS, ...SO];
/** Modifiers that end a value phrase ("최대", "반토막", "한 칸 더", "두 배"). */
const SIZE_MODS = new Set<ModKey>(['max', 'min', 'half', 'more', 'less', 'double']);

/** The first syllable of a word without its final consonant ("놓" → "노"). */
function stem(word: string): string {
  const c = word.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return word.slice(0, 1);
  return String.fromCharCode(0xac00 + c - (c % 28));
}

/** The clause reader as seen here. */
interface Reader {
  frame: Frame;
  frames: Frame[];
  imperative: boolean;
  close(): void;
}

/** Closes the clause being read before `tokens[k]` when it is a finished request and a new clause begins. */
export function closeDoneRequest(reader: Reader, tokens: Token[], k: number, norm: Normalized): void {
  const f = reader.frame;
  const last = tokens[k - 1];
  if (!last || f.tokens[f.tokens.length - 1] !== last) return;
  const done = finished(reader, last);
  if (!done) return;
  // ("…19도, 어 현관불": what begins the next clause is read past hesitations)
  const at = pastFillers(tokens, k);
  const tok = tokens[at] as Token;
  const next = tokens[at + 1];
  // ("절반 밝기로", "3분의 1 밝기로": a setting after a value said is what the value is of)
  // (a channel's name is no setting a value could be of: "1도로, 이비에스 틀어")
  const setting =
    (done !== 'value' &&
      (newSetting(f, tok, next) || channelNumber(f, tok) || verbNounBegins(f, tok, norm))) ||
    channelBegins(f, tok) ||
    (done === 'value' && settingWithValue(f, tok, next)) ||
    stepNounBegins(f, tok, next);
  if (reasonBegins(tokens, k, last, norm) || newTarget(f, tok, next) || setting) reader.close();
}

/**
 * Talk said apart from the request begins at `tokens[k]` and runs to a connective of reason ("손님 오니까",
 * "동생 책 읽으니까"): words the lexicon does not know or knows as saying nothing to the home, not an
 * auxiliary of the request's verb ("켜 놓으니까") and no condition ("엄마 오면").
 */
function reasonBegins(tokens: Token[], k: number, last: Token, norm: Normalized): boolean {
  // ("켜 주소, 손님 오니까": a regional ending's tail after the 주 the verb took is the request's)
  const from = last.end + juTail(last, norm);
  if (norm.starts[from] !== 1) return false;
  let j = k;
  while (j < tokens.length && (tokens[j] as Token).lex.every((x) => SAYS_NOTHING.has(x.t))) j++;
  const conn = tokens[j];
  if (!conn || !hasLex(conn, 'conn') || isTargetTok(conn) || CONDITION.has(conn.text)) return false;
  const word = norm.compact.slice(from, conn.start);
  if (!word) return false;
  return !AUX.has(stem(word)) && !STILL_IT.some((a) => word.startsWith(a));
}

/** Tokens that say nothing to the home: a plain word, a filler, an ending or a particle. */
const SAYS_NOTHING = new Set(['word', 'filler', 'end', 'part']);

/** The last syllable is a bare -아/-어 form ("넘겨", "돌려", "닫아"). */
function finalForm(text: string): boolean {
  const c = text.charCodeAt(text.length - 1) - 0xac00;
  if (c < 0 || c > 11171 || c % 28 !== 0) return false;
  return [0, 1, 4, 5, 6, 9, 10, 14].includes(Math.floor((c % 588) / 28));
}

/** The word ends as a verb that modifies a noun ("돌릴 거니까"), not as a request. */
export function adnominal(text: string): boolean {
  const c = text.charCodeAt(text.length - 1) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 === 8;
}

/** The clause is a request said to its end with `last`: 'said' by a verb or an ending, or by a 'value' phrase. */
function finished(reader: Reader, last: Token): 'said' | 'value' | null {
  const f = reader.frame;
  if (f.reason || f.cond || f.chat || f.later || f.complaint || f.corrects || f.question) return null;
  // (asked only when needed: most tokens end no request)
  const named = () =>
    f.targets.length > 0 || f.attrs.length > 0 || f.tokens.some((t) => hasLex(t, 'area')) || channelNamed(f);
  // a verb in a final form, or a verbal noun ("음소거", "끄기"), said last
  // ("다음", "이전" also modify a noun: only their verb forms, "넘겨", "돌려")
  const strong = last.lex.some(
    (x) => x.t === 'verb' && !WEAK_VERBS.has(x.v) && (!NOUNISH_VERBS.has(x.v) || finalForm(last.text)),
  );
  // ("청소 끝났는지", "청소 얼마나 남았어": the bare noun of an activity finishes nothing)
  if (strong && !hasLex(last, 'clause') && !hasLex(last, 'conn') && !NOUN_VERBS.has(last.text))
    return (
      // a phrase that names what it acts on ("음소거 해제", "청소 중지") needs no device
      (last.text.length >= 3 || named()) &&
        !pastSyllable(last.text[last.text.length - 1] as string) &&
        !TOLD_ENDS.some((e) => last.text.endsWith(e)) &&
        !adnominal(last.text)
        ? 'said'
        : null
    );
  if (!named()) return null;
  if (verbNounThenJom(f, last)) return 'said';
  if (channelSaidBare(f, last)) return 'value';
  // "다음 채널", "다른 채널", "이전 채널": the step said as a noun phrase
  // ("이전 채널로": with 로 after it)
  const to = hasLex(last, 'part') && last.text.endsWith(MARKS.to) ? 1 : 0;
  const noun = f.tokens[f.tokens.length - 1 - to];
  if (noun && hasLex(noun, 'attr') && f.verb !== null && NOUNISH_VERBS.has(f.verb)) {
    const before = f.tokens[f.tokens.length - 2 - to];
    if ([noun, before].some((t) => t?.lex.some((x) => x.t === 'verb' && NOUNISH_VERBS.has(x.v))))
      return 'said';
  }
  // an imperative ending after the verb ("해 줘")
  if (reader.imperative && (hasLex(last, 'end') || hasLex(last, 'req')))
    return f.verb !== null && (!WEAK_VERBS.has(f.verb) || valueSaid(f)) ? 'said' : null;
  // a value phrase with its target ("25도로", "최대로", "반토막", "한 칸 더")
  const value =
    (f.verb === null || WEAK_VERBS.has(f.verb)) &&
    ((hasLex(last, 'part') && last.text.endsWith(MARKS.to)) ||
      last.num !== undefined ||
      last.lex.some((x) => x.t === 'mod' && SIZE_MODS.has(x.v))) &&
    valueSaid(f);
  return value ? 'value' : null;
}

const valueSaid = (f: Frame): boolean =>
  bareLevel(f) ||
  f.numbers.some((n) => n.to || n.unit !== null) ||
  f.mods.has('max') ||
  f.mods.has('min') ||
  f.mods.has('half') ||
  f.mods.has('double') ||
  f.mode !== null ||
  f.fan !== null ||
  f.channel !== null ||
  f.color !== null ||
  f.ctemp !== null;

/** `tok` names another device than those of the clause (not its compartment, not the same one again). */
function newTarget(f: Frame, tok: Token, next: Token | undefined): boolean {
  if (!isTargetTok(tok) || hasLex(tok, 'verb') || hasLex(tok, 'corr')) return false;
  if (!tok.lex.some((x) => x.t === 'dev' || x.t === 'kind' || x.t === 'area')) return false;
  // "거실 말고 안방": a correction is another rule
  if (next && hasLex(next, 'corr')) return false;
  for (const t of f.targets) {
    if (tok.lex.some((x) => x.t === 'dev' && t.devs.includes(x.v))) return false;
    const kinds = t.kind?.kinds ?? [];
    if (tok.lex.some((x) => x.t === 'kind' && x.v.kinds.some((kd) => kinds.includes(kd)))) return false;
  }
  return true;
}

/** `tok` names a setting the clause has not named ("환기 멈춰 노래 다시", "다른 채널 볼륨 올려"): a new clause. */
function newSetting(f: Frame, tok: Token, next: Token | undefined): boolean {
  if (hasLex(tok, 'verb') || hasLex(tok, 'corr') || (next && hasLex(next, 'corr'))) return false;
  return tok.lex.some((x) => x.t === 'attr') && !tok.lex.some((x) => x.t === 'attr' && f.attrs.includes(x.v));
}

/** "세탁기 일시정지 이사번 틀어": a channel number ("N번") after a request that named no channel nor number. */
const channelNumber = (f: Frame, tok: Token): boolean =>
  tok.num?.unit === 'num' && !f.numbers.length && !f.attrs.includes('channel') && f.channel === null;
