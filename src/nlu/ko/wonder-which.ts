/**
 * Which one, wondered aloud ("안방 불 꺼 줘, 아니 잠깐만 어디 불을 꺼야 되더라", "거실 티비 꺼 줘 아니 어느
 * 티비를 꺼야 하지"): a which-word (어디, 어느) right before the device word of an action, after a device
 * already named, takes that one back and says the speaker does not know which is meant, so neither the
 * room said before nor the satellite's room is a guess: the devices that fit are asked about
 * (person-room.ts's `roomUnknown`). Fixer fx24, natural-20 M.
 */
import type { Frame } from './clause-frame.js';
import { WHICH_WORDS } from './lexicon/clause-tails.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

export function wonderWhich(frames: Frame[]): void {
  for (const f of frames) {
    if (f.state !== null || f.verb === null || f.verb === 'query' || f.question) continue;
    const toks = f.tokens;
    const k = toks.findIndex(
      (t, i) => i > 0 && WHICH_WORDS.has(t.text) && !!toks[i + 1] && hasLex(toks[i + 1] as Token, 'kind'),
    );
    // only after a device already said and taken back ("안방 불 꺼 줘, 아니 … 어디 불을"); "어디 불 좀 켜 봐"
    // ("let's see") keeps the satellite's room
    if (k < 0 || !toks.slice(0, k).some(isTargetTok)) continue;
    const kindText = (toks[k + 1] as Token).text;
    const t = f.targets.find((x) => x.text === kindText && !x.devs.length);
    if (!t || t.areas.length) continue;
    f.roomUnknown = true;
    f.areas = [];
  }
}
