/**
 * Everyday verbs whose sense is set by the word they are said to, when other words stand between
 * them (issue #13, natural-11 U): "전원 좀 넣어 줘" (power put in: on, as "전원 넣어" is), "소리만 싹
 * 없애 줘" (the sound done away with: muted, as "소리 없애" is), "불빛 좀 죽여 봐" (a light's glow
 * killed: dimmer one step, while "불 좀 죽여" puts the light out). "볼륨 열 올려", "볼륨 열로": 열 said
 * right after an attribute is the number ten, not 열어 (open).
 */
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { MARKS } from './lexicon/marks.js';
import { GLOW_WORD } from './lexicon/turn-shapes.js';
import type { Normalized } from './text.js';
import { hasLex } from './tokenize.js';

/** Words that say a light's glow, not the light itself. */
const GLOW = new RegExp(GLOW_WORD);

const setVerb = (f: Frame, v: NonNullable<Frame['verb']>): void => {
  f.verb = v;
  f.verbs = [...f.verbs.filter((x) => x !== 'add' && x !== 'cancel' && x !== 'mute'), v];
};

const onlyLights = (f: Frame, idx: HomeIndex): boolean =>
  f.targets.length > 0 &&
  f.targets.every(
    (t) =>
      (t.devs.length > 0 && t.devs.every((id) => idx.kinds.get(id)?.includes('light'))) ||
      (t.devs.length === 0 && !!t.kind?.kinds.includes('light')),
  );

export function idiomVerbs(frames: Frame[], norm: Normalized, idx: HomeIndex): void {
  for (const f of frames) {
    if (f.verbs.includes('open') && f.attrs.length) tenNotOpen(f);
    const v = f.verb;
    // "티비 전원 내려", "전원 올려": the power switched down is off, up is on
    const power = f.attrs.length === 1 && f.attrs[0] === 'power' && !f.numbers.length;
    if (power && (v === 'down' || v === 'up')) setVerb(f, v === 'down' ? 'off' : 'on');
    // cheap guard: only the three verbs these idioms take
    if (v !== 'add' && v !== 'cancel' && v !== 'mute') continue;
    if (v === 'add' && power) setVerb(f, 'on');
    else if (v === 'cancel' && f.attrs.includes('volume')) setVerb(f, 'mute');
    else if (v === 'mute' && !f.attrs.includes('volume') && GLOW.test(norm.compact) && onlyLights(f, idx)) {
      setVerb(f, 'down');
      f.mods.add('little');
    }
  }
}

/** "티비 볼륨 열 올려": 열 after an attribute is ten, a value ("열로") or an amount. */
function tenNotOpen(f: Frame): void {
  const k = f.tokens.findIndex((t) => t.text === MARKS.open && hasLex(t, 'verb'));
  const before = f.tokens[k - 1];
  if (k < 1 || !before || !hasLex(before, 'attr')) return;
  const next = f.tokens[k + 1];
  const to = !!next && hasLex(next, 'part') && MARKS.toParticles.includes(next.text);
  f.numbers.push({ value: 10, unit: null, to, by: false, hangul: true });
  f.verbs = f.verbs.filter((x) => x !== 'open');
  f.verb = f.verbs[f.verbs.length - 1] ?? null;
}
