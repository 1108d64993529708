/**
 * Brands said against the home's devices (issue #13, fixer fx5): a maker that contradicts the
 * device named ("삼성 세탁기" where the only washer is an LG) is said back and asked, never acted on
 * silently; a product line said alone of a make the home lacks ("코드제로 좀 돌려" where the robot
 * vacuum is a Samsung) is the line's kind of device used as a common name.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeIndex } from './home.js';
import { ASK_VERBS, MSG } from './lexicon/replies.js';
import { BRANDS, PRODUCT_LINES } from './lexicon/speech.js';
import type { Frame, TargetRef } from './parse.js';
import { compileAll } from './template.js';

const M = compileAll({
  brandOther: MSG.brandOther,
  askVerb: MSG.brandAskVerb,
  askName: MSG.brandAskName,
  noMake: MSG.noMake,
});

const SWITCHES = new Set(['on', 'off', 'start', 'stop', 'open', 'close', 'lock', 'unlock', 'pause']);

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, '');

/** The maker of a device as said in Korean ("LG Electronics" → 엘지), or null. */
function makerWord(d: DeviceDescription): string | null {
  const v = lower(d.vendor);
  return BRANDS.find((b) => b.vendors.some((x) => v.includes(x)))?.words[0] ?? null;
}

/** What was said for the make: the brand's word, else the product line's. */
function saidMake(t: TargetRef): string | null {
  const b = t.brands[0];
  if (b !== undefined) return BRANDS[b]?.words[0] ?? null;
  const l = t.lines[0];
  return l !== undefined ? (PRODUCT_LINES[l]?.words[0] ?? null) : null;
}

/**
 * "삼성 세탁기 돌려" with only an LG washer: the make said is none of the devices named; the reply
 * says which make the home's device is and asks whether to go on with it.
 */
export function brandMismatch(t: TargetRef, f: Frame, devs: DeviceDescription[]): string | null {
  const d = devs.length === 1 ? devs[0] : undefined;
  const make = saidMake(t);
  const maker = d ? makerWord(d) : null;
  if (!d || !make || !maker) return null;
  // "돌려" sets and starts: a machine is started
  const v = f.verb === 'set' && f.verbs.includes('start') ? 'start' : f.verb;
  // a switch is asked as it was said ("세탁기를 시작할까요?"); a value, of the device ("에어컨 말씀이세요?")
  const verb = v && SWITCHES.has(v) && !f.attrs.length ? ASK_VERBS[v] : undefined;
  return M.brandOther({
    said: `${make} ${d.name}`,
    name: d.name,
    maker,
    ask: verb ? M.askVerb({ name: d.name, verb }) : M.askName({ name: d.name }),
  });
}

/** "코드제로 좀 돌려": a product line alone, of a make the home lacks, names the one device of its kind. */
export function lineAsKind(t: TargetRef, idx: HomeIndex, devices: DeviceDescription[]): DeviceDescription[] {
  if (t.brands.length || !t.lines.length) return [];
  const kinds = t.lines.flatMap((l) => PRODUCT_LINES[l]?.kinds ?? []);
  if (!kinds.length) return [];
  // a line of the very make of the home's device ("워시타워" where the washer is an LG TROMM) is another
  // device of that make, which the home lacks: said so (line-missing.ts), never this one
  const makes = t.lines.map((l) => PRODUCT_LINES[l]?.vendor ?? '?');
  const of = devices.filter(
    (d) =>
      (idx.kinds.get(d.id) ?? []).some((k) => kinds.includes(k)) &&
      !makes.some((m) => lower(d.vendor).includes(m)),
  );
  return of.length === 1 ? of : [];
}

/** "엘지 티비 켜" with no LG TV: the make and kind said are not at home (one of the kind: asked as above). */
export function brandMissing(t: TargetRef, f: Frame, ofKind: DeviceDescription[]): string | null {
  if (ofKind.length === 1) return brandMismatch(t, f, ofKind);
  const make = saidMake(t);
  // "스타일러 켜": a product line that is also the word for its kind is said once
  const said = make && t.text && lower(t.text) === lower(make) ? t.text : `${make} ${t.text}`;
  return make && t.text ? M.noMake({ said }) : null;
}

/** The devices a brand or product line said with the target allows ("삼성 TV", "비스포크 상칸"). */
export function qualified(t: TargetRef, idx: HomeIndex, cands: DeviceDescription[]): DeviceDescription[] {
  let out = cands;
  for (const b of t.brands) {
    const vendors = BRANDS[b]?.vendors ?? [];
    out = out.filter((d) => vendors.some((v) => lower(d.vendor).includes(v)));
  }
  for (const l of t.lines) {
    const line = PRODUCT_LINES[l];
    if (!line) continue;
    out = out.filter((d) => {
      const model = lower(d.model);
      if (line.models.some((m) => model.includes(m.replace(/\s+/g, '')))) return true;
      // a model without a name (none, or a bare product code such as a Hue bulb's
      // 8718696548738): the line's brand and kind of device
      return (
        !/[a-z\uac00-\ud7a3]/.test(model) &&
        lower(d.vendor).includes(line.vendor) &&
        (idx.kinds.get(d.id) ?? []).some((k) => line.kinds.includes(k))
      );
    });
  }
  return out;
}
