/** Rendezvous placement (src/fleet/leases.ts): balanced, the same on every node, minimal moves. */
import { describe, expect, it } from 'vitest';
import { leaseKey, placeHome } from '../../src/fleet/leases.js';

const homes = Array.from({ length: 3000 }, (_, i) => `home-${i}`);

describe('placement of homes on the live nodes', () => {
  it('spreads homes evenly and answers the same whatever the order of the nodes', () => {
    const count = new Map<string, number>();
    for (const h of homes) {
      const n = placeHome(h, ['a', 'b', 'c']) as string;
      expect(placeHome(h, ['c', 'a', 'b'])).toBe(n);
      count.set(n, (count.get(n) ?? 0) + 1);
    }
    expect([...count.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const c of count.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  it('moves only the homes of a node that leaves, and only homes to a node that joins', () => {
    for (const h of homes) {
      const before = placeHome(h, ['a', 'b', 'c']);
      const without = placeHome(h, ['a', 'c']);
      if (before !== 'b') expect(without).toBe(before);
      const joined = placeHome(h, ['a', 'b', 'c', 'd']);
      if (joined !== 'd') expect(joined).toBe(before);
    }
    expect(placeHome('x', [])).toBeUndefined();
  });

  it('turns any home id into a valid KV key, one-to-one', () => {
    expect(leaseKey('kim-01_a')).toBe('kim-01_a');
    expect(leaseKey('김.집')).toMatch(/^[A-Za-z0-9_=-]+$/);
    expect(leaseKey('a.b')).not.toBe(leaseKey('a_b'));
  });
});
