/**
 * "난방 켤지 말지 보게", "에어컨 틀지 안 틀지 고민이야": whether or not to do something, weighed aloud, asks
 * for nothing; beside a question it is why the question is asked, and in the clause of the question
 * ("에어컨 온도 얼마야 틀지 말지 정하게") its verb is dropped and the question stays.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { WHETHER_OR_NOT } from './lexicon/several-clauses.js';
import { compactForm } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';

const WHETHER = WHETHER_OR_NOT.map(compactForm);

export function whetherOrNot(frames: Frame[], compact: string): void {
  for (const w of WHETHER) {
    for (let i = compact.indexOf(w); i >= 0; i = compact.indexOf(w, i + 1)) {
      // the clause whose verb comes right before the weighing words
      const f = frames.find((x) => x.tokens.some((t) => t.end === i + 1 || t.end === i));
      if (!f) continue;
      const tok = f.tokens.find((t) => t.end === i + 1 || t.end === i);
      const weighed = tok?.lex.find((l) => l.t === 'verb')?.v;
      const asks = f.attrs.length > 0 && f.verbs.includes('query');
      if (asks && tok && weighed && !WEAK_VERBS.has(weighed as never)) {
        f.verbs = f.verbs.filter((v) => v !== weighed);
        f.verb = 'query';
        f.question = true;
        // the device weighed ("보일러 틀지 말지") is not the one asked about
        const attrAt = f.tokens.find((t) => hasLex(t, 'attr'))?.start ?? tok.start;
        const weighedDevs = new Set(
          f.tokens
            .filter((t) => t.start > attrAt && t.start < tok.start && isTargetTok(t))
            .map((t) => t.text),
        );
        f.targets = f.targets.filter((t) => !weighedDevs.has(t.text));
        continue;
      }
      if (f.asked || f.req) continue;
      f.chat = true;
      f.reason = true;
    }
  }
}
