/**
 * "티비 뭐 해?", "거실 티비 뭐 하는지 알려 줘": what a named device is doing is what it plays; the same words
 * with no device named ("너 뭐 해?", "오늘 뭐 해?") are small talk, not a question about the home (fixer fx37).
 */
import type { Frame } from './clause-frame.js';
import { DOING_GOES_ON, WHAT_DOING, WHAT_DOING_BARE } from './lexicon/family.js';

const compact = (w: string) => w.replace(/ /g, '');
const DOING = new Set(WHAT_DOING.map(compact));
const BARE = compact(WHAT_DOING_BARE);

/** "뭐 해야 돼", "뭐 해 줄 수 있어", "뭐 해 먹지": bare 뭐 해 going on is what to do, not what it plays. */
const GOES_ON = new RegExp(`^(${DOING_GOES_ON.join('|')})`);

export function doingAsked(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (!f.attrs.includes('playing')) continue;
    const doing = f.tokens.find((t) => DOING.has(t.text));
    if (!doing || (f.targets.length && !(doing.text === BARE && GOES_ON.test(compact.slice(doing.end)))))
      continue;
    f.attrs = f.attrs.filter((a) => a !== 'playing');
  }
}
