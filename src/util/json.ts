/**
 * Whether two JSON values serialize alike (`JSON.stringify(a) === JSON.stringify(b)`), without
 * serializing when they are the same value (the common case of an unchanged attribute).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
