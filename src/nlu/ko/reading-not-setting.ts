/**
 * "거실 보일러 설정 말고 현재 온도는 몇 도야?", "에어컨 설정 온도 말고 실내 온도": the setting said and set
 * aside with 말고 asks the reading (the room's temperature as the device measures it), not the setpoint;
 * the device said before 말고 is still the one asked about when only its kind is said after.
 */
import type { Frame } from './clause-frame.js';
import { SET_ASIDE } from './lexicon/asked-state.js';
import { SETTING_NOUN } from './lexicon/context.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const settingTok = (t: Token): boolean =>
  t.text === SETTING_NOUN ||
  t.lex.some((l) => (l.t === 'verb' || l.t === 'attr') && (l.v === 'set' || l.v === 'setpoint'));

export function readingNotSetting(frames: Frame[], norm: Normalized): void {
  for (const f of frames) {
    if (!(f.question || f.verb === 'query') || f.numbers.some((n) => n.to)) continue;
    // the setting (and its 온도) right before the words that set it aside
    let aside = -1;
    const asideAfter = (k: number): boolean => {
      const t = f.tokens[k] as Token;
      const next = f.tokens[k + 1];
      return next !== undefined && SET_ASIDE.some((w) => norm.compact.slice(t.end, next.start).includes(w));
    };
    for (let k = 0; k < f.tokens.length - 1 && aside < 0; k++) {
      if (!settingTok(f.tokens[k] as Token)) continue;
      if (asideAfter(k)) aside = k + 1;
      // "설정 온도 말고"
      else if (hasLex(f.tokens[k + 1] as Token, 'attr') && asideAfter(k + 1)) aside = k + 2;
    }
    if (aside < 0) continue;
    if (!f.tokens.slice(aside).some((t) => t.lex.some((l) => l.t === 'attr' && l.v === 'temperature')))
      continue;
    f.attrs = ['temperature', ...f.attrs.filter((a) => a !== 'temperature' && a !== 'setpoint')];
    f.attr = 'temperature';
    f.verb = 'query';
    f.verbs = ['query'];
    f.question = true;
    // "거실 보일러 … 말고, 보일러에 찍히는 …": the kind said again is the device said before
    const before = f.replaced?.[f.replaced.length - 1];
    if (before && f.targets.every((t) => !t.devs.length && !t.areas.length)) {
      f.targets = before;
      f.replaced?.pop();
    }
  }
}
