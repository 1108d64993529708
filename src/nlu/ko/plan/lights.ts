/** Planning of light commands: colour temperature and brightness. */

import type { NumberMention } from '../clause-frame.js';
import { act, attr, epWith, isOn, num } from '../device.js';
import { DEVICE_KINDS } from '../home.js';
import { MSG } from '../lexicon/replies.js';
import { LIGHT_TONES } from '../lexicon/words.js';
import type { Frame } from '../parse.js';
import { compileAll } from '../template.js';
import { compactForm } from '../text.js';
import { colorAsked } from './color-asked.js';
import { offStill } from './on-already.js';
import { MIREDS_STEP, toneSteps } from './tone-steps.js';
import type { DeviceTurn } from './types.js';

const SAY = compileAll({
  askColor: MSG.askColor,
  askTone: MSG.askTone,
  unsupportedColor: MSG.unsupportedColor,
  noDimming: MSG.noDimming,
  alreadyOff: MSG.alreadyOff,
});

/** Verbs of a change said with no direction (바꿔, 해 줘). */
const CHANGE_VERBS = new Set<string>(['set', 'do']);

const BRIGHTNESS_STEP_PCT = 20;
/** One step of colour temperature ("좀 더 따뜻하게"), in mireds. */

/** Colour words a white-tunable light can still follow, as kelvin. */
const WARM_COLORS: Record<string, number> = { yellow: 2700, orange: 2200, white: 6500 };

const TONES = new Map<string, number>();
for (const [words, k] of LIGHT_TONES) for (const w of words) TONES.set(compactForm(w), k);

/** "따뜻하게", "차갑게" said of a light: its tone, as kelvin. */
function toneOf(f: Frame): number | undefined {
  for (const t of f.tokens) {
    const k = TONES.get(t.text);
    if (k !== undefined) return k;
  }
  return undefined;
}

/** "훨씬 더 따뜻하게", "색온도 확 낮춰": a large amount is two steps of colour temperature, as of a setpoint. */
const tempSteps = (f: Frame): number => (f.mods.has('much') ? 2 : 1);

// --- lights: brightness and colour temperature
export function planLight(t: DeviceTurn): boolean {
  const { f, d, out, name, verb, attrs, relative, sign, cannot } = t;
  const lvl = d.deviceType !== 'Speaker' ? epWith(d, 'LevelControl') : undefined;
  const isLight = (DEVICE_KINDS[d.deviceType] ?? []).includes('light');
  const kelvin = f.numbers.find((n) => n.unit === 'kelvin');
  const cc = epWith(d, 'ColorControl');
  const tone = isLight && cc && !attrs.includes('brightness') ? toneOf(f) : undefined;
  // "불 색깔 따뜻하게" of a light without colour temperature: said so, not switched on
  // "안방 불 좀 더 따뜻하게" of such a light: its colour too, not its brightness (fixer fx37)
  const toneAsked =
    isLight &&
    !cc &&
    toneOf(f) !== undefined &&
    (attrs.includes('color') || (!attrs.includes('brightness') && !f.numbers.length && f.targets.length > 0));
  if (isLight && colorAsked(f, tone, kelvin !== undefined)) {
    out.answers.push(SAY.askColor({ n: name }));
    return true;
  }
  if (isLight && (f.color || f.ctemp || kelvin || tone || toneAsked || attrs.includes('colortemp'))) {
    // a white-tunable light: a warm colour word means its warm white ("노란 불빛")
    const warm =
      f.color && !f.ctemp && cc && !attr(cc, 'ColorControl', 'CurrentHue') ? WARM_COLORS[f.color] : undefined;
    if (f.color && !f.ctemp && !warm) {
      out.answers.push(SAY.unsupportedColor({ n: name }));
      return true;
    }
    if (!cc) {
      out.answers.push(SAY.unsupportedColor({ n: name }));
      return true;
    }
    // "색온도 두 단계 낮춰", "두 칸 더 따뜻하게": steps from where the light is (tone-steps.ts)
    const stepped = toneSteps(t, cc, tone ?? warm);
    if (stepped !== null) {
      if (offStill(d, out)) out.actions.push(act(d, cc, 'OnOff', 'On'));
      out.actions.push(
        act(d, cc, 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: stepped }),
      );
      return true;
    }
    // "2200K 촛불 색으로", "하얗게, 6000K로": kelvin said is the exact value, the tone word only describes it
    const k =
      kelvin?.value ?? f.ctemp ?? warm ?? tone ?? f.numbers.find((n) => n.unit !== 'step')?.value ?? null;
    const nowM = num(attr(cc, 'ColorControl', 'ColorTemperatureMireds'));
    // "색온도 최대로", "색온도 제일 낮게": the end of the light's range (high kelvin is few mireds)
    if (!k && attrs.includes('colortemp') && (f.mods.has('max') || f.mods.has('min'))) {
      const high = f.mods.has('max') ? verb !== 'down' : verb === 'up';
      const end = high
        ? (num(attr(cc, 'ColorControl', 'ColorTempPhysicalMinMireds')) ?? 153)
        : (num(attr(cc, 'ColorControl', 'ColorTempPhysicalMaxMireds')) ?? 500);
      if (offStill(d, out)) out.actions.push(act(d, cc, 'OnOff', 'On'));
      out.actions.push(act(d, cc, 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: end }));
      return true;
    }
    // "색온도 좀 낮춰 줘": lower kelvin is warmer, one step from where the light is
    if (!k && (verb === 'up' || verb === 'down') && nowM !== null) {
      const lo0 = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMinMireds')) ?? 153;
      const hi0 = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMaxMireds')) ?? 500;
      const step = (verb === 'up' ? -MIREDS_STEP : MIREDS_STEP) * tempSteps(f);
      if (offStill(d, out)) out.actions.push(act(d, cc, 'OnOff', 'On'));
      out.actions.push(
        act(d, cc, 'ColorControl', 'MoveToColorTemperature', {
          ColorTemperatureMireds: Math.max(lo0, Math.min(hi0, nowM + step)),
        }),
      );
      return true;
    }
    // "조명 색온도 좀 바꿔 줘": a change of colour temperature with nothing of where to is asked, never refused
    if (!k && attrs.includes('colortemp') && (verb === null || CHANGE_VERBS.has(verb))) {
      out.answers.push(SAY.askTone({ n: name }));
      return true;
    }
    if (!k) {
      cannot();
      return true;
    }
    const lo = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMinMireds')) ?? 153;
    const hi = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMaxMireds')) ?? 500;
    let mireds = Math.max(lo, Math.min(hi, Math.round(1_000_000 / k)));
    const now = num(attr(cc, 'ColorControl', 'ColorTemperatureMireds'));
    // "제일 차가운 색으로": the end of the light's range
    if (f.mods.has('max') || f.mods.has('min')) mireds = k >= 4000 ? lo : hi;
    // "좀 더 따뜻하게", "조금 더 하얗게": one step from where the light is, toward that tone;
    // "덜 하얗게": one step the other way
    else if (
      (f.mods.has('more') || f.mods.has('less') || (f.mods.has('much') && tone !== undefined && !f.ctemp)) &&
      !kelvin &&
      now !== null
    ) {
      const toward = (k >= 4000 ? -MIREDS_STEP : MIREDS_STEP) * tempSteps(f);
      mireds = Math.max(lo, Math.min(hi, now + (f.mods.has('less') ? -toward : toward)));
    }
    // "전구색에 밝기 50%": the brightness said with it too; "밝기 50%에 색은 4000K로": said first, set first
    // (fixer fx50: it switches the light on)
    // ("밝기는 30에 색온도는 3000K": a bare number said of the brightness beside kelvin is its percentage)
    const pctToo =
      f.numbers.find((n) => n.unit === 'pct') ??
      (kelvin && attrs.includes('brightness') ? f.numbers.find((n) => n.unit === null) : undefined);
    const levelToo = lvl && pctToo && (kelvin || f.ctemp || warm || tone) ? lvl : undefined;
    const level = () =>
      act(d, levelToo ?? cc, 'LevelControl', 'MoveToLevelWithOnOff', {
        Level: Math.max(1, Math.min(254, Math.round(((pctToo?.value ?? 0) * 254) / 100))),
      });
    const first = !!(
      levelToo &&
      kelvin &&
      f.numbers.indexOf(pctToo as NumberMention) < f.numbers.indexOf(kelvin)
    );
    if (first) out.actions.push(level());
    if (offStill(d, out)) out.actions.push(act(d, cc, 'OnOff', 'On'));
    out.actions.push(
      act(d, cc, 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: mireds }),
    );
    if (levelToo && !first) out.actions.push(level());
    return true;
  }
  const pct = f.numbers.find((n) => n.unit === 'pct');
  // "반만 켜 줘", "반만 밝게 켜": switched on at half of full brightness
  const halfOn = isLight && !!lvl && f.mods.has('half') && f.verbs.includes('on') && !f.numbers.length;
  const wantsLevel =
    isLight &&
    (halfOn ||
      attrs.includes('brightness') ||
      pct ||
      relative ||
      f.mods.has('max') ||
      f.mods.has('min') ||
      ((f.mods.has('half') || f.mods.has('double')) && attrs.includes('brightness')) ||
      // "불 반만 켜", "반만 밝게 켜 줘": a light that is off, switched on at half
      (f.mods.has('half') && !isOn(d) && (verb === 'on' || verb === 'up')) ||
      // "주방 불 절반으로", "반으로 해 줘": half of full brightness
      (f.mods.has('half') && (verb === null || verb === 'set' || verb === 'do' || verb === 'on')) ||
      (f.numbers.length > 0 && (verb === 'set' || verb === 'do')));
  if (wantsLevel) {
    if (!lvl) {
      // "아이방 불 좀 밝게": a light that only switches is brighter on
      const ep = epWith(d, 'OnOff');
      if (ep && verb === 'up' && !pct && !isOn(d)) {
        out.actions.push(act(d, ep, 'OnOff', 'On'));
        return true;
      }
      out.answers.push(SAY.noDimming({ n: name }));
      return true;
    }
    // "불 좀 밝게" of a light that is off: switched on (at its own level)
    if (
      relative &&
      t.up &&
      !isOn(d) &&
      !f.numbers.length &&
      !f.mods.has('max') &&
      !f.mods.has('double') &&
      !f.mods.has('half')
    ) {
      const ep = epWith(d, 'OnOff');
      if (ep) {
        out.actions.push(act(d, ep, 'OnOff', 'On'));
        return true;
      }
    }
    // "불 좀 어둡게", "두 단계 어둡게", "20% 낮춰" of a light that is off: it already is; "어둡게 켜": on, a step
    // below its own level
    if (
      relative &&
      t.down &&
      !isOn(d) &&
      f.numbers.every((n) => !n.to && (n.unit === 'step' || n.unit === 'pct')) &&
      !f.mods.has('half') &&
      !f.verbs.includes('on')
    ) {
      out.understood = true;
      out.answers.push(SAY.alreadyOff({ n: name }));
      return true;
    }
    const own = num(attr(lvl, 'LevelControl', 'CurrentLevel')) ?? 254;
    const cur = isOn(d) || (t.down && f.verbs.includes('on')) ? own : 1;
    let level: number | null = null;
    const abs =
      pct && (pct.to || !relative)
        ? pct.value
        : !relative
          ? (f.numbers.find((n) => n.unit === null)?.value ?? null)
          : null;
    if (f.mods.has('max')) level = t.down ? 1 : 254;
    else if (f.mods.has('min')) level = t.up ? 254 : 1;
    else if (halfOn) level = Math.round(254 / 2);
    else if (f.mods.has('half') && abs === null) level = isOn(d) ? Math.round(cur / 2) : Math.round(254 / 2);
    else if (f.mods.has('double') && abs === null) level = own * (f.times ?? 2);
    else if (abs !== null) level = Math.round((abs * 254) / 100);
    else if (relative) {
      // "두 단계 어둡게": that many steps
      const steps = f.numbers.find((n) => n.unit === 'step')?.value ?? 1;
      const by = pct ? pct.value : BRIGHTNESS_STEP_PCT * steps * (f.mods.has('much') ? 2 : 1);
      level = cur + sign * Math.round((by * 254) / 100);
    }
    if (level === null) {
      cannot();
      return true;
    }
    level = Math.max(1, Math.min(254, level));
    out.actions.push(act(d, lvl, 'LevelControl', 'MoveToLevelWithOnOff', { Level: level }));
    return true;
  }
  return false;
}
