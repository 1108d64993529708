/**
 * "좀 더 차갑게 해 줘" heard in the kitchen: colder or warmer asked with no device, setting or value, in a room where
 * only refrigerators are (no heating, no air conditioner), is their temperature, as "여기 온도 낮춰" there is — so
 * with two refrigerators the engine asks which, instead of saying the room has no cooling. Fixer fx44, issue #13
 * (natural-22 R). Cheap guard: no target, attribute or number, a verb up or down, and a satellite's room.
 */
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { CABINET_COLDER, CABINET_WARMER } from './lexicon/cabinet-tone.js';
import { compactForm } from './text.js';

const COLDER = CABINET_COLDER.map(compactForm);
const WARMER = CABINET_WARMER.map(compactForm);
const CLIMATE = ['heating', 'aircon', 'climate'];

export function cabinetTone(f: Frame, idx: HomeIndex, here: string | null): void {
  if (!here || f.targets.length || f.attrs.length || f.numbers.length || f.areas.length) return;
  if ((f.verb !== 'up' && f.verb !== 'down') || f.question || f.complaint) return;
  const cabinets = (idx.byKind.get('fridge') ?? []).filter((d) => d.area === here);
  if (!cabinets.length) return;
  if (CLIMATE.some((k) => (idx.byKind.get(k) ?? []).some((d) => d.area === here))) return;
  const said = f.tokens.map((t) => t.text).join('');
  // ("덜 차갑게": warmer, looked at first)
  const dir = WARMER.some((w) => said.includes(w))
    ? 'up'
    : COLDER.some((w) => said.includes(w))
      ? 'down'
      : null;
  if (!dir) return;
  f.verb = dir;
  if (!f.verbs.includes(dir)) f.verbs.push(dir);
  f.attrs.push('temperature');
  f.attr = 'temperature';
  // the satellite's room, as "여기 온도 낮춰" says it
  f.areas.push(here);
}
