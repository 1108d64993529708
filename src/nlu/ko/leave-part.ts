/**
 * "김치냉장고 하칸 1도 내려 주고 상칸은 건들지 마": a cabinet left alone beside another cabinet of the same
 * appliance asked for is only not asked for; it leaves nothing out of the request (the appliance stays).
 */
import type { Frame } from './clause-frame.js';

export function otherPartLeft(prev: Frame, fr: Frame): boolean {
  if (!fr.targets.length || fr.targets.some((t) => t.devs.length || t.kind || !t.comp)) return false;
  const asked = prev.targets.filter((t) => t.comp !== null);
  if (!asked.length || fr.targets.some((t) => asked.some((a) => a.comp === t.comp))) return false;
  prev.tokens.push(...fr.tokens);
  return true;
}
