/** The engine's own questions and answers of a turn (engine.ts), said from lexicon/replies.ts's MSG. */
import { ASK_VERBS, MSG } from './lexicon/replies.js';
import { compileAll } from './template.js';

const SAY = compileAll({
  whichPart: MSG.whichPart,
  howTo: MSG.howTo,
  noRemedy: MSG.noRemedy,
  noRemedyHere: MSG.noRemedyHere,
  optionsPair: MSG.optionsPair,
  askWhich: MSG.askWhich,
  askWhichPlain: MSG.askWhichPlain,
});

/** Which cabinet ("냉장고 냉장실과 냉동실 중 어느 칸 온도를 올릴까요?") when several and a verb, else what to do with it. */
export function partOrHowAsked(name: string, parts: string[], verb: string | null | undefined): string {
  return parts.length > 1 && verb
    ? SAY.whichPart({
        n: name,
        first: parts[0] as string,
        rest: parts.slice(1).join(', '),
        verb: ASK_VERBS[verb] ?? '',
      })
    : SAY.howTo({ n: name });
}

/** A complaint whose remedy the room (or the home) lacks. */
export const noRemedySaid = (what: string, area: string | undefined): string =>
  area ? SAY.noRemedy({ area, what }) : SAY.noRemedyHere({ what });

/** "거실 TV와 안방 TV 중 어느 것을 켤까요?": the choice asked, its verb if any. */
export function choiceAsked(labels: string[], verb: string | null | undefined): string {
  const options =
    labels.length === 2
      ? SAY.optionsPair({ a: labels[0] as string, b: labels[1] as string })
      : labels.join(', ');
  const verbPhrase = verb ? ASK_VERBS[verb] : undefined;
  return verbPhrase ? SAY.askWhich({ options, verb: verbPhrase }) : SAY.askWhichPlain({ options });
}
