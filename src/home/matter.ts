/**
 * The home file's `matter` section: which assistant's grants each Matter fabric gets when the hub
 * is a Matter bridge (`serve --matter`). A fabric is matched by its label or its root vendor id
 * (first entry that matches wins), else `default`; no match and no default: the fabric sees nothing.
 */
import type { Checker, Path } from './check.js';
import type { MatterFabricRule, MatterSettings } from './types.js';

/** `assistantIds`: null when the assistants section itself is missing or misspelt (reported once, there). */
export function parseMatter(v: unknown, c: Checker, assistantIds: Set<string> | null): MatterSettings {
  if (v === undefined || v === null) return { fabrics: [], default: null };
  const o = c.record(v, ['matter'], ['fabrics', 'default']);
  const rule = (x: unknown, p: Path, matcher: boolean): MatterFabricRule | null => {
    const r = c.record(
      x,
      p,
      matcher ? ['label', 'vendorId', 'assistant', 'allowPin'] : ['assistant', 'allowPin'],
    );
    const assistant = c.str(r.assistant, [...p, 'assistant']);
    if (assistant !== undefined && assistantIds && !assistantIds.has(assistant))
      c.fail([...p, 'assistant'], `unknown assistant '${assistant}'`);
    if (r.allowPin !== undefined && typeof r.allowPin !== 'boolean')
      c.fail([...p, 'allowPin'], 'must be true or false');
    const out: MatterFabricRule = { assistant: assistant ?? '', allowPin: r.allowPin === true };
    if (matcher) {
      const label = c.name(r.label, [...p, 'label'], { optional: true });
      if (label !== undefined) out.label = label;
      if (r.vendorId !== undefined) {
        const n = r.vendorId;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffff)
          c.fail([...p, 'vendorId'], 'must be a Matter vendor id (0 to 65535)');
        else out.vendorId = n;
      }
      if (label === undefined && r.vendorId === undefined) c.fail(p, 'needs a label or a vendorId to match');
    }
    return assistant === undefined ? null : out;
  };
  const fabrics = c
    .list(o.fabrics, ['matter', 'fabrics'])
    .map((x, i) => rule(x, ['matter', 'fabrics', i], true))
    .filter((r): r is MatterFabricRule => r !== null);
  const def =
    o.default === undefined || o.default === null ? null : rule(o.default, ['matter', 'default'], false);
  return { fabrics, default: def };
}
