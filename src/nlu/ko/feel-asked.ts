/**
 * "거실 어두워?", "주방 불 밝아?", "냉장고 차가워?": how light a room or a light is, or how cold an appliance is,
 * asked plainly — no degree word, no 왜 이렇게, no "…지 않아?" — is a question about its state, answered and
 * never acted on, as "안방 추워?" asks the room's reading (fixer fx37, issue #13: plain questions never act).
 */
import type { Frame } from './clause-frame.js';
import { BARE_FEELS, FEEL_ASKING_ENDS } from './lexicon/asked-state.js';

/** The complaint word said bare, as a question ("어두워", "밝나", "차가워"), not "너무밝" or "깜깜해". */
const BARE: Record<string, RegExp> = Object.fromEntries(
  Object.entries(BARE_FEELS).map(([k, stems]) => [
    k,
    new RegExp(stems.map(([stem, ends]) => `^${stem}(${ends.join('|')})$`).join('|')),
  ]),
);

/** Endings that can only ask. */
const ASKING_END = new RegExp(`(${FEEL_ASKING_ENDS.join('|')})$`);

const PLACE = new Set(['area', 'dev', 'kind', 'part', 'comp']);

export function feelAsked(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.req || f.complaint === null || !f.tokens.length) continue;
    const bare = BARE[f.complaint];
    if (!bare) continue;
    // only places, devices and particles before the bare word and its ending: no 너무, 좀, 왜 …
    const k = f.tokens.findIndex((t) => !t.lex.some((x) => PLACE.has(x.t)));
    const rest = f.tokens.slice(k);
    if (k < 0 || !rest.every((t, i) => i === 0 || t.lex.some((x) => x.t === 'end'))) continue;
    const first = f.tokens[0] as (typeof f.tokens)[0];
    const last = f.tokens[f.tokens.length - 1] as (typeof f.tokens)[0];
    const said = f.tokens.reduce((n, t) => n + t.end - t.start, 0);
    const word = compact.slice((rest[0] as typeof first).start, last.end);
    if (said !== last.end - first.start || !bare.test(word)) continue;
    // a questioning ending asks with no question mark too ("거실 어둡나", "냉장실 차갑니")
    if (!f.question && !ASKING_END.test(word)) continue;
    f.question = true;
    f.attrs.push(f.complaint === 'toocold' ? 'temperature' : 'brightness');
    f.complaint = null;
    f.verb = 'query';
    f.verbs = ['query'];
  }
}
