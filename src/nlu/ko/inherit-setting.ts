/**
 * "티비 볼륨 지금 몇이야? 반으로 줄여 줘", "티비 볼륨 12로 하고 좀 더 줄여": a clause that only inherited its device
 * and says a change with no setting of its own (up, down, half, a value) is a change of the setting the clause
 * before named for that device (the volume, not the TV itself). Fixer fx44, issue #13 (natural-23 S). Cheap guard:
 * an inherited clause with no attribute, after a clause with one.
 */
import type { Frame } from './clause-frame.js';
import type { AttrKey } from './lexicon/words.js';

/** Settings a change may carry on to the next clause ("볼륨 … 줄여"). */
const CARRIED = new Set<AttrKey>(['volume', 'brightness', 'channel', 'fan', 'temperature', 'setpoint']);
const CHANGES = new Set(['up', 'down', 'set']);

export function inheritSetting(f: Frame, prev: Frame | undefined): void {
  if (!prev || !f.inherited || f.attrs.length || !prev.attrs.length) return;
  // ("… 여름에 맞춰 둔 그대로야?": a state or a question is no change)
  if (f.complaint || f.chat || f.cond || f.question || f.state !== null) return;
  // ("5로 해 줘": 해 with a value sets it)
  const change = (f.verb && CHANGES.has(f.verb)) || (f.verb === 'do' && f.numbers.length > 0);
  if (!change && !f.mods.has('half')) return;
  const attr = prev.attrs.find((a) => CARRIED.has(a));
  if (!attr) return;
  // ("에어컨 온도 몇 도야? 1도 올려": a temperature already moves the setpoint; the setpoint asked is set)
  f.attrs.push(attr === 'setpoint' ? 'temperature' : attr);
  f.attr = f.attr ?? (f.attrs[0] as AttrKey);
}
