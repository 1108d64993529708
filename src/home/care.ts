/**
 * The home file's `care` section: who tells the household about care findings (an assistant on a
 * satellite, outside quiet hours) and how long telemetry history is kept.
 */
import type { Checker } from './check.js';
import type { CareSettings } from './types.js';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function positive(v: unknown, path: Array<string | number>, c: Checker): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    c.fail(path, 'must be a positive number');
    return undefined;
  }
  return v;
}

export function parseCare(
  v: unknown,
  c: Checker,
  known: { assistants: Set<string>; satellites: Map<string, string[]> },
): CareSettings | undefined {
  if (v === undefined || v === null) return undefined;
  const o = c.record(v, ['care'], ['assistant', 'satellite', 'quietHours', 'speak', 'history']);
  const out: CareSettings = { speak: true, quietHours: null };
  const assistant = c.str(o.assistant, ['care', 'assistant'], { optional: true, id: true });
  const satellite = c.str(o.satellite, ['care', 'satellite'], { optional: true, id: true });
  if (assistant !== undefined) {
    if (known.assistants.size > 0 && !known.assistants.has(assistant))
      c.fail(['care', 'assistant'], `unknown assistant '${assistant}'`);
    out.assistant = assistant;
  }
  if (satellite !== undefined) {
    const on = known.satellites.get(satellite);
    if (!on) {
      if (known.satellites.size > 0) c.fail(['care', 'satellite'], `unknown satellite '${satellite}'`);
    } else if (assistant !== undefined && !on.includes(assistant))
      c.fail(['care', 'satellite'], `the assistant '${assistant}' is not on the satellite '${satellite}'`);
    out.satellite = satellite;
  }
  if (o.speak !== undefined) {
    if (typeof o.speak !== 'boolean') c.fail(['care', 'speak'], 'must be true or false');
    else out.speak = o.speak;
  }
  if (o.quietHours !== undefined && o.quietHours !== null) {
    const m = typeof o.quietHours === 'string' ? /^(\S+)\s*-\s*(\S+)$/.exec(o.quietHours) : null;
    if (!m || !HHMM.test(m[1] as string) || !HHMM.test(m[2] as string))
      c.fail(['care', 'quietHours'], "must be 'HH:MM-HH:MM' (e.g. '22:00-08:00')");
    else out.quietHours = { from: m[1] as string, to: m[2] as string };
  }
  if (o.history !== undefined && o.history !== null) {
    const h = c.record(
      o.history,
      ['care', 'history'],
      ['rawDays', 'bucketMinutes', 'retentionDays', 'maxPoints'],
    );
    const rawDays = positive(h.rawDays, ['care', 'history', 'rawDays'], c);
    const bucket = positive(h.bucketMinutes, ['care', 'history', 'bucketMinutes'], c);
    const retentionDays = positive(h.retentionDays, ['care', 'history', 'retentionDays'], c);
    const maxPoints = positive(h.maxPoints, ['care', 'history', 'maxPoints'], c);
    out.history = {
      ...(rawDays !== undefined ? { rawDays } : {}),
      ...(bucket !== undefined ? { bucketMs: bucket * 60_000 } : {}),
      ...(retentionDays !== undefined ? { retentionDays } : {}),
      ...(maxPoints !== undefined ? { maxPoints: Math.floor(maxPoints) } : {}),
    };
  }
  return out;
}
