/**
 * "안방 커튼 닫아" where only the living room has a curtain: a device named by a name or alias that says
 * no room, with a room said that is not its own, is not taken from the other room — the reply says there
 * is none there. Cleaning a room ("안방 청소해") names where to clean, a room lent by a reason is a hint,
 * and a device with no room of its own (earbuds) goes anywhere.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame, TargetRef } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { DEVICE_WORD, MSG } from './lexicon/replies.js';
import { KINDS } from './lexicon/words.js';
import { compile } from './template.js';
import { hasLex, type Token } from './tokenize.js';

const NO_DEVICE_IN = compile(MSG.noDeviceIn);

/** The common word of a kind of device ("cover" → 커튼). */
export function kindWordOf(kind: string): string {
  for (const [words, kw] of KINDS) if (kw.kinds[0] === kind) return words[0] as string;
  return DEVICE_WORD;
}

/** The reply when every device named lies outside the rooms said, else null. */
export function notThere(t: TargetRef, f: Frame, devs: DeviceDescription[], idx: HomeIndex): string | null {
  if (!t.areas.length || !devs.length || f.lent || t.moved || f.verbs.includes('clean')) return null;
  if (devs.some((d) => d.area === null || t.areas.includes(d.area))) return null;
  // a robot that cleans the room said, a ventilation that airs it ("안방 환기 좀 시켜 줘"): the whole home's
  if (devs.some((d) => d.endpoints.some((e) => e.clusters.RvcRunMode))) return null;
  if (devs.some((d) => idx.kinds.get(d.id)?.includes('ventilator'))) return null;
  // "나 지금 안방인데 에어컨 켜 줘": a room said as where the speaker is (인데, 이니까) is no device's room
  const k = f.tokens.findIndex((x) => hasLex(x, 'area'));
  const then = f.tokens[k + 1];
  if (
    k >= 0 &&
    then &&
    then.start === (f.tokens[k] as Token).end &&
    (hasLex(then, 'end') || hasLex(then, 'conn'))
  )
    return null;
  // "거실이랑 주방 불": the name said carries a room of its own (주방 불)
  const said = t.text.replace(/\s+/g, '');
  if ([...idx.areaName.values()].some((a) => said.includes(a.replace(/\s+/g, '')))) return null;
  const kind = idx.kinds.get((devs[0] as DeviceDescription).id)?.[0];
  if (!kind) return null;
  const area = idx.areaName.get(t.areas[0] as string) ?? '';
  const word = said || kindWordOf(kind);
  return NO_DEVICE_IN({ area, kind: word });
}
