/**
 * "거실이 왜 이렇게 추워?", "방이 왜 이렇게 덥지?", "거실 왜 이리 춥지": a feeling of the room said with 왜
 * 이렇게/왜 이리 (and the regions' 와 이리, WHY_SO) is a complaint, not a question about the room's reading (engine.ts#feelQuestion) nor a
 * question at all; its remedy runs (fixer fx40). Data: WHY_COMPLAINT (lexicon/speech.ts), WHY_FELT.
 */
import type { Frame } from './clause-frame.js';
import { WHY_FELT } from './lexicon/complaint-forms.js';
import { WHY_SO } from './lexicon/family.js';
import { WHY_COMPLAINT } from './lexicon/speech.js';
import { compactForm } from './text.js';
import { hasLex } from './tokenize.js';

const WHY = new Set([...WHY_COMPLAINT, ...WHY_SO].map(compactForm));
const FELT = new Map(WHY_FELT.flatMap(([ws, s]) => ws.map((w) => [compactForm(w), s] as const)));

export function whyComplaint(frames: Frame[]): void {
  for (const f of frames) {
    // "왜 이렇게 추워? 보일러 켜져 있어?": with another question or request in the turn, it is only context
    if (frames.some((g) => g !== f && (g.question || g.req || g.asked || g.targets.length))) continue;
    if (f.req || f.asked || f.targets.some((t) => t.devs.length || t.kind)) continue;
    const w = f.tokens.findIndex((t) => WHY.has(t.text));
    if (w < 0) continue;
    const after = f.tokens.slice(w + 1);
    const felt = after.map((t) => FELT.get(t.text)).find((s) => s !== undefined);
    if (felt && f.complaint === null) f.complaint = felt;
    if (f.complaint !== 'cold' && f.complaint !== 'hot') continue;
    if (!after.some((t) => hasLex(t, 'cplx') || FELT.has(t.text))) continue;
    f.question = false;
    if (f.verb === 'hot') f.verb = null;
    f.verbs = f.verbs.filter((v) => v !== 'hot');
  }
}
