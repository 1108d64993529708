/**
 * "안방은 왜 이렇게 추워?", "거실이 와 이리 덥노?": how a room feels asked with 왜 이렇게 (why so …) is a
 * complaint said as a question, not a question about its reading; it asks for the remedy (issue #13's
 * indirect rule). Plain "안방 추워?" stays a question about the room's temperature.
 */
import type { Frame } from './clause-frame.js';
import { WHY_SO } from './lexicon/family.js';
import { WHY_COMPLAINT } from './lexicon/speech.js';

const WHY = new Set([...WHY_COMPLAINT, ...WHY_SO].map((w) => w.replace(/ /g, '')));

export function whySoComplaint(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.question || !f.complaint || f.attrs.length || !f.tokens.some((t) => WHY.has(t.text))) continue;
    f.question = false;
    // 추워/더워 read as a word of feeling ('hot') is the complaint itself here, not a question of it
    if (f.verb === 'hot') {
      f.verb = null;
      f.verbs = f.verbs.filter((v) => v !== 'hot');
    }
  }
}
