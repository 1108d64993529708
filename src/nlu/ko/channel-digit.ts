/**
 * "KBS1 말고 2", "MBC 에브리원 아니고 … " — a channel named with a digit at its end, then that digit set aside
 * for another bare number ("KBS1 말고 2 틀어"): the channel of the same name with the new digit (KBS2), when
 * the home has one; the bare number is no channel number of its own.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { indexHome } from './home.js';
import type { Lex } from './lex.js';
import { DIGIT_ASIDE } from './lexicon/asked-state.js';
import type { Normalized } from './text.js';

const found: Array<[number, Lex[]]> = [];

export function channelDigit(frames: Frame[], norm: Normalized, home: HomeView): void {
  for (const f of frames) {
    const ch = f.channel;
    if (!ch || !/\d$/.test(ch.name)) continue;
    // the last channel said, with the bare digit after it
    const at = f.tokens.findLastIndex((t) => t.lex.some((l) => l.t === 'chan'));
    const chanTok = f.tokens[at];
    if (!chanTok) continue;
    const numAt = f.tokens.findIndex((t, k) => k > at && t.num && t.num.unit === null && !t.num.hangul);
    const numTok = f.tokens[numAt];
    if (!numTok?.num || numTok.num.value < 0 || numTok.num.value > 9) continue;
    if (ch.name.endsWith(String(numTok.num.value))) continue;
    const gap = norm.compact.slice(chanTok.end, numTok.start);
    if (!DIGIT_ASIDE.some((w) => gap.includes(w))) continue;
    const wanted = `${ch.name.replace(/\d+$/, '')}${numTok.num.value}`.toLowerCase().replace(/\s+/g, '');
    found.length = 0;
    indexHome(home).dyn.trie.matchesAt(wanted, 0, found);
    const hit = found
      .filter(([e]) => e === wanted.length)
      .flatMap(([, ls]) => ls)
      .find((l): l is Extract<Lex, { t: 'chan' }> => l.t === 'chan' && l.v.device === ch.device);
    if (!hit) continue;
    f.channel = hit.v;
    const value = numTok.num.value;
    f.numbers = f.numbers.filter((n) => !(n.value === value && n.unit === null));
  }
}
