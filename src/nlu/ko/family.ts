/**
 * Every speaker of a family (issue #13, natural-9 R, fixer fx10): a device's size judged ("우리 거실
 * 티비 좀 작지 않아?", "냉장고 너무 크지 않아?", "티비 화면이 너무 작아") is talk about the thing, not its
 * sound: small or big with no sound named is a complaint about volume only of a device with a sound,
 * not called "our" and not said of its screen or size. Going home or in, told to the robot vacuum
 * ("청소기 인자 드가라", "제트봇 밥 먹으러 가라"), sends it to its dock.
 */

import { carriesValue, emptyFrame, type Frame } from './clause-frame.js';
import { genreIsPurpose } from './genre-purpose.js';
import type { HomeIndex } from './home.js';
import { GO_HOME_WORDS, SIZE_WORDS } from './lexicon/family.js';
import { CALL_OFF, DOWN_BY, UP_BY } from './lexicon/family-speech.js';
import { sighedNever } from './sigh.js';
import { compactForm, type Normalized } from './text.js';
import { hasLex } from './tokenize.js';

const SIZE = new Set(SIZE_WORDS.map(compactForm));
const SOUNDING = new Set(['tv', 'speaker', 'media_player']);

export function markSizeTalk(frames: Frame[]): void {
  for (const f of frames) {
    if (
      (f.complaint !== 'small' && f.complaint !== 'big') ||
      f.attrs.includes('volume') ||
      f.attrs.includes('media')
    )
      continue;
    if (!f.targets.length) continue;
    const sized = f.tokens.some((t) => SIZE.has(t.text));
    const ours = f.mods.has('my');
    const silent = f.targets.every((t) => t.kind !== null && !t.kind.kinds.some((k) => SOUNDING.has(k)));
    if (sized || ours || silent) {
      f.complaint = null;
      f.chat = true;
    }
  }
}

const GO_HOME = new Set(GO_HOME_WORDS.map(compactForm));

/** "제트봇 이제 집에 들어가라": a clause with no verb (or only 해), told to the robot vacuum only, that sends it home. */
export function markVacuumHome(frames: Frame[], idx: HomeIndex): void {
  for (const f of frames) {
    if (
      // "그만 집에 들어가": 그만 (enough now) said before going home
      (f.verb !== null && f.verb !== 'do' && f.verb !== 'stop') ||
      !f.targets.length ||
      !f.tokens.some((t) => GO_HOME.has(t.text)) ||
      // "청소기 안방에 들어가": into a room, not home
      f.areas.length > 0 ||
      f.targets.some((t) => t.areas.length > 0)
    )
      continue;
    const vacuum = f.targets.every(
      (t) =>
        t.kind?.kinds.includes('vacuum') ||
        (t.devs.length > 0 && t.devs.every((id) => idx.kinds.get(id)?.includes('vacuum'))),
    );
    if (!vacuum) continue;
    // "가라고 해": the 해 of the quoted order asks for it
    f.verb = 'dock';
    f.verbs = [...f.verbs.filter((v) => v !== 'do'), 'dock'];
    f.asked = true;
  }
}

/**
 * "KBS1 틀어, 아 KBS2", "MBC 틀어 줘 음 SBS": a channel said again on its own, after a filler, is the
 * speaker changing their mind: the last one said is put on, once; "틀어라, KBS2 말이다" names the one meant.
 */
export function restatedChannel(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    // "연속극 하는 데 틀어라, KBS2 말이다": the channel meant, said after a bare "put it on"
    const meant = frames[i + 1];
    if (
      !f.channel &&
      f.verb === 'play' &&
      !f.targets.length &&
      meant?.channel &&
      !meant.verb &&
      meant.tokens.some((t) => t.lex.some((x) => x.t === 'corrAfter'))
    ) {
      f.channel = meant.channel;
      f.tokens.push(...meant.tokens);
      frames.splice(i + 1, 1);
    }
    if (!f.channel) continue;
    // the last channel of the same device said in the clause
    const device = f.channel.device;
    let last: (typeof f)['channel'] = null;
    for (const t of f.tokens) for (const x of t.lex) if (x.t === 'chan' && x.v.device === device) last = x.v;
    if (last && !last.genre) f.channel = last;
    const next = frames[i + 1];
    if (
      next?.channel &&
      next.channel.device === f.channel.device &&
      !next.verb &&
      (!next.targets.length || next.inherited) &&
      !next.areas.length &&
      !next.numbers.length &&
      !f.reason &&
      !genreIsPurpose(f, next)
    ) {
      f.channel = next.channel;
      f.tokens.push(...next.tokens);
      frames.splice(i + 1, 1);
      i--;
    }
  }
}

const UP = new Set(UP_BY);
const DOWN = new Set(DOWN_BY);

/** "거실 난방 2도 업", "볼륨 3 다운": a number then a loanword direction is an amount up or down. */
export function loanDirection(frames: Frame[]): void {
  for (const f of frames) {
    let nums = 0;
    for (let k = 0; k < f.tokens.length; k++) {
      const t = f.tokens[k];
      if (t?.num) nums++;
      const dir = t && UP.has(t.text) ? 'up' : t && DOWN.has(t.text) ? 'down' : null;
      const n = f.numbers[nums - 1];
      if (!dir || !f.tokens[k - 1]?.num || !n || (f.verb !== null && f.verb !== 'do')) continue;
      n.by = true;
      n.to = false;
      f.verb = dir;
      f.verbs = [...f.verbs.filter((v) => v !== 'do'), dir];
    }
  }
}

const CALLED_OFF = new Set(CALL_OFF.map(compactForm));

/** "거실 불 켜라 아 됐다 고마": never mind said after the request calls it off. */
export function calledOff(frames: Frame[], norm: Pick<Normalized, 'compact' | 'starts'>): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    // "청소기 돌려, 아 됐다": a plain never-mind right after a sigh, with the request before them
    const sighed = sighedNever(f, norm, (toks) => toks.some((t) => hasLex(t, 'verb')));
    const k = f.tokens.findIndex((t) => CALLED_OFF.has(t.text));
    if (k > 0 || sighed > 0) frames[i] = { ...emptyFrame(), nev: true, tokens: f.tokens };
    // "에어컨 켜 줘, 에이 됐어": the sigh and never-mind begin a clause of their own after the request
    const prev = frames[i - 1];
    if (prev?.verb && !f.verb && !f.targets.length && sighedNever(f, norm, (toks) => !toks.length) >= 0)
      frames[i - 1] = { ...emptyFrame(), nev: true, tokens: prev.tokens };
  }
}

/** "냉장고에 케이크 있어?", "김치 남았나?": what food is in it, asked, is no reading the hub has: talk. */
export function contentsAsked(frames: Frame[], question: boolean): void {
  for (const f of frames) {
    if (!f.food || !(question || f.question) || (f.verb !== null && f.verb !== 'query')) continue;
    const asks = f.mods.has('exists') || f.attrs.includes('remaining');
    // "아이스크림 남았어?": what is left is asked, no value to set (the attribute is no value here)
    if (asks && f.attrs.every((a) => a === 'remaining') && !carriesValue({ ...f, attrs: [] })) {
      f.chat = true;
      f.verb = null;
      f.verbs = [];
      f.attrs = [];
      f.targets = [];
    }
  }
}

/** "거실 습하나?", "아이방 건조해?": how humid a room feels, asked, is asking its humidity. */
export function humidityAsked(frames: Frame[], question: boolean): void {
  // "보일러 틀면 건조해져?": asked of what something else would do, it is talk
  if (frames.length !== 1) return;
  for (const f of frames) {
    if ((f.complaint !== 'humid' && f.complaint !== 'dry') || !(question && f.question)) continue;
    if (f.targets.length || carriesValue(f) || (f.verb !== null && f.verb !== 'query' && f.verb !== 'do'))
      continue;
    f.complaint = null;
    f.verb = 'query';
    f.verbs = ['query'];
    f.attrs = ['humidity'];
  }
}
