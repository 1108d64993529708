/**
 * "안방 티비 켜 줘 뉴스 할 시간이다", "JTBC 틀어 봐 예능 시작했겠다", "안방 티비 SBS 틀어, 드라마 시작할
 * 시간이야" (issue #13, fixer fx18): a programme's time come or begun, told by its genre in a clause of
 * its own beside a clause that asks the TV for something, is only why the TV is asked: it names no
 * channel, asks no state and sends no reply of its own. What tells it apart from a genre asked for
 * ("뉴스 틀어 줘", "예능 하는 데로 돌려", "드라마 할 시간이야" said alone) is that the genre is the subject
 * of 하다/시작하다 told as a statement (the time, 시간이다/시간이야, or a told ending: 했겠다, 한다) and
 * another clause of the turn already asks the TV.
 */

import type { Frame } from './clause-frame.js';
import { PROGRAMME_TOLD, TIME_COME_ENDS } from './lexicon/genre-why.js';
import { MARKS } from './lexicon/marks.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const TV_VERBS = new Set(['on', 'play']);
const PROGRAMME_VERBS = new Set(['do', 'start']);
const TIME_COME = new Set<string>(TIME_COME_ENDS);

const isGenre = (t: Token): boolean =>
  t.lex.some((x) => x.t === 'chan' && x.v.genre) && !t.lex.some((x) => x.t === 'chan' && !x.v.genre);
const isTime = (t: Token): boolean => t.lex.some((x) => x.t === 'attr' && x.v === 'time');
const isProgrammeVerb = (t: Token): boolean => t.lex.some((x) => x.t === 'verb' && PROGRAMME_VERBS.has(x.v));

/** The TV asked for something: switched on or put on, or a channel named by its own name. */
function asksTv(f: Frame): boolean {
  if (f.reason || f.chat || f.cond) return false;
  const named = !!f.channel && !f.channel.genre;
  const tv = f.targets.some((t) => t.devs.length > 0 || t.kind?.kinds.includes('tv'));
  // "제이티비씨로 돌려 봐": a channel named by its name is put on by any verb that moves it
  return (named && f.verb !== 'off') || (tv && !!f.verb && TV_VERBS.has(f.verb));
}

/**
 * The genre said as the subject of 하다/시작하다, then its time or a told ending, from token i on;
 * `timeNext`: the time closed a clause of its own right after ("드라마 시작할 | 시간이야").
 */
function toldFrom(tokens: Token[], i: number, norm: Normalized, timeNext: boolean): boolean {
  const told = (end: number) => PROGRAMME_TOLD.some((w) => norm.compact.startsWith(w, end));
  // "뉴스 한다": the verb read as an ending
  if (told((tokens[i] as Token).end)) return true;
  const rest = tokens.slice(i + 1);
  const v = rest.findIndex(isProgrammeVerb);
  if (v < 0 || rest.slice(0, v).some((t) => !hasLex(t, 'part'))) return false;
  const after = rest.slice(v + 1);
  if (after.some(isTime)) return true;
  if (timeNext && after.every(isProgrammeVerb)) return true;
  return told((rest[v] as Token).end);
}

/** A clause of the time alone ("시간이야", "시간이다"), its target only inherited. */
const timeOnly = (f: Frame | undefined): f is Frame =>
  !!f &&
  (f.inherited || !f.targets.length) &&
  !f.channel &&
  !f.numbers.length &&
  f.tokens.some(isTime) &&
  f.tokens.every(
    (t) =>
      isTime(t) ||
      t.text === MARKS.plainEnd ||
      TIME_COME.has(t.text) ||
      t.lex.every((x) => x.t === 'verb' || x.t === 'part' || x.t === 'end'),
  );

function setAside(g: Frame): void {
  g.channel = null;
  g.attrs = g.attrs.filter((a) => a !== 'channel' && a !== 'time');
  g.attr = g.attrs[0] ?? null;
  g.reason = true;
  g.question = false;
  g.verb = null;
  g.verbs = [];
  g.nev = false;
}

export function genreTimeWhy(frames: Frame[], norm: Normalized): void {
  frames.forEach((g, i) => {
    const at = g.tokens.findIndex(isGenre);
    const next = frames[i + 1];
    const timeNext = timeOnly(next);
    if (at < 0 || !toldFrom(g.tokens, at, norm, timeNext)) return;
    // the request and the genre's time in one clause ("SBS 틀어, 드라마 시작할 시간이야", "MBC 틀어 줘 뉴스
    // 한다"): the channel named by its own name before the genre is the one put on
    const named = g.tokens
      .slice(0, at)
      .flatMap((t) => t.lex.flatMap((x) => (x.t === 'chan' && !x.v.genre ? [x.v] : [])));
    if (named.length && g.tokens.slice(0, at).some((t) => hasLex(t, 'verb'))) {
      g.channel = named[0] ?? g.channel;
      g.verbs = g.verbs.filter((v) => !PROGRAMME_VERBS.has(v));
      if (timeNext) setAside(next);
      return;
    }
    // the genre's own clause asks the TV ("드라마 재방송 할 시간이야, 텔레비전 틀어 줘" is around.ts's)
    if (g.asked || g.req || g.verbs.some((v) => TV_VERBS.has(v))) return;
    if (!frames.some((h, j) => j !== i && j !== i + 1 && asksTv(h))) return;
    setAside(g);
    if (timeNext) setAside(next);
  });
}
