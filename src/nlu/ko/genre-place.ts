/**
 * "예능 하는 데로 돌려", "뉴스 나오는 데로 틀어 줘" (issue #13, fixer fx18): a genre's programme said on
 * "where it is on" (…는 데로) is the channel asked for. The tokenizer reads 하는데 as the connective
 * 는데 (a reason) and leaves 로 to the next clause; 로 right after it says the 데 was a place.
 */

import type { Frame } from './clause-frame.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';

const PLAY = new Set<string>(['play', 'on', 'set']);

export function genrePlace(frames: Frame[]): void {
  frames.forEach((g, i) => {
    const next = frames[i + 1];
    const last = g.tokens[g.tokens.length - 1];
    if (!next || !g.channel?.genre || !g.reason || last?.text.slice(-2) !== W.context) return;
    // "예능 하는 데 틀어 봐" (fx20): the place said with no 로, right before the verb that plays it
    const head = next.tokens[0];
    const placed = head?.text === W.to || head?.lex.some((x) => x.t === 'verb' && PLAY.has(x.v));
    if (!placed || next.channel || next.verb === null) return;
    if (next.targets.length && !next.inherited) return;
    next.channel = g.channel;
    if (!next.attrs.includes('channel')) next.attrs.push('channel');
    next.attr ??= 'channel';
    g.channel = null;
  });
}
