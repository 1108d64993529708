/**
 * "집에 무슨 냄새가 좀 나는 것 같아", "집 안 공기가 꽉 막힌 느낌이야": the air complained of as a statement
 * — a smell whose source is not known (무슨, 이상한, 웬) or air said to feel close — is no question about a
 * reading (무슨 and the copula 이야 are not asking words here). The remedy is not clear (a window, the
 * ventilator, the purifier — or gas), so the complaint is that of close air, whose remedy is asked about
 * when the room does not decide.
 */
import type { Frame } from './clause-frame.js';
import { COPULA_ENDS, UNKNOWN_SOURCE } from './lexicon/asked-state.js';
import { compactForm, type Normalized } from './text.js';
import { hasLex } from './tokenize.js';

const SOURCE = UNKNOWN_SOURCE.map(compactForm);
const COPULA = new Set(COPULA_ENDS);

export function vagueAir(frames: Frame[], norm: Normalized): void {
  if (norm.question) return;
  for (const f of frames) {
    if ((f.complaint !== 'smell' && f.complaint !== 'stuffy') || f.targets.length || f.asked || f.req)
      continue;
    const at = f.tokens.findIndex((t) => hasLex(t, 'cplx'));
    const said = f.tokens[at];
    if (!said) continue;
    const before = norm.compact.slice(Math.max(0, said.start - 6), said.start);
    const unknownSource = f.complaint === 'smell' && SOURCE.some((w) => before.endsWith(w));
    const copula = f.tokens.slice(at + 1).some((t) => COPULA.has(t.text) && hasLex(t, 'verb'));
    if (!unknownSource && !copula) continue;
    // only asking words that are not asking here
    const asking = f.tokens.filter((t) => hasLex(t, 'verb'));
    if (!asking.every((t) => SOURCE.includes(t.text) || COPULA.has(t.text))) continue;
    f.verb = null;
    f.verbs = [];
    f.question = false;
    f.chat = false;
    f.complaint = 'stuffy';
  }
}
