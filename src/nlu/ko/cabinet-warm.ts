/**
 * A refrigerator or one of its cabinets said to be warm ("냉장고 안이 따뜻해", "냉동실 속이 뜨뜻한데",
 * "김치냉장고가 좀 따뜻하네"): a complaint that it is not cold enough, not comfort said as a remark. Its inside
 * (안이, 속이) is the appliance itself. Asked ("냉장고 따뜻해?") it stays a question.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { CABINET_WARM } from './lexicon/remedies.js';

const WARM = new RegExp(CABINET_WARM.join('|'));

const cools = (home: HomeView, id: string) =>
  home.devices.some((d) => d.id === id && d.endpoints.some((e) => e.clusters.TemperatureControl));

export function cabinetWarm(frames: Frame[], home: HomeView): void {
  for (const f of frames) {
    if (f.question || f.complaint !== null || (f.verb !== null && f.verb !== 'hot')) continue;
    if (!f.targets.length || f.numbers.length || f.attrs.some((a) => a !== 'temperature')) continue;
    if (!f.tokens.some((t) => WARM.test(t.text) && t.lex.some((x) => x.t === 'verb' || x.t === 'cplx')))
      continue;
    if (
      !f.targets.every((t) => t.comp !== null || (t.devs.length > 0 && t.devs.every((id) => cools(home, id))))
    )
      continue;
    f.chat = false;
    f.complaint = 'notcold';
    f.verb = null;
    f.verbs = [];
  }
}
