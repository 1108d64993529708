/**
 * "냉장고 온도 좀 바꿔 줘", "거실 불 밝기 좀 조절해 줘": a setting the device has, asked to be changed with
 * no value and no direction, is asked back ("냉장고 온도를 몇 도로 맞출까요?"), never guessed and never
 * answered as something the device cannot do.
 */
import { epWith } from '../device.js';
import { CHANGE_PLAIN, WHICH_VALUE } from '../lexicon/value-asked.js';
import type { DeviceTurn } from './types.js';

const CLUSTERS: Record<string, string[]> = {
  temperature: ['Thermostat', 'TemperatureControl'],
  brightness: ['LevelControl'],
  fan: ['FanControl'],
};

const PLAIN = new Set(CHANGE_PLAIN);

export function askValue(t: DeviceTurn): boolean {
  const { f, d, verb } = t;
  if (verb !== 'set' && verb !== 'do' && verb !== null) return false;
  // "온도 좀 바꿔": the plain imperative of a change, said last, asks as 바꿔 줘 does
  if (!f.asked && !(verb === 'set' && !f.question && PLAIN.has(f.tokens[f.tokens.length - 1]?.text ?? '')))
    return false;
  if (f.numbers.length || f.mode !== null || f.fan !== null || f.color !== null || f.ctemp !== null)
    return false;
  if (f.mods.has('max') || f.mods.has('min') || f.mods.has('half')) return false;
  const attr = f.attrs.find((a) => CLUSTERS[a]?.some((c) => epWith(d, c)));
  const q = attr ? WHICH_VALUE[attr] : undefined;
  if (!q) return false;
  // a cabinet named is said with its appliance ("냉장고 냉동실")
  const ep = t.comp
    ? d.endpoints.find((e) => e.tags.includes(t.comp as string) || e.name === t.comp)
    : undefined;
  t.out.answers.push(q.replace('{n}', ep?.name ? `${t.name} ${ep.name}` : t.name));
  return true;
}
