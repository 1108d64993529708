/**
 * Deep equality of JSON-shaped data (plain objects, arrays, primitives), several times faster than
 * util.isDeepStrictEqual, which also weighs prototypes, property descriptors and exotic objects.
 * A key holding `undefined` counts as present (as in isDeepStrictEqual).
 */
export function equalJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || !equalJson(x[k], y[k])) return false;
  return true;
}
