import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../src/util/ids.js';

describe('time-ordered ids', () => {
  it('are UUID version 7 with the RFC variant, and sort by time', () => {
    const ids = [0, 1, 1_000, 1_795_000_000_000, 1_795_000_000_001].map((t) => timeOrderedId(t));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    // the first 48 bits are the time in ms: 1,795,000,000,000 = 0x01a1ee565e00
    expect(ids[3]?.slice(0, 13)).toBe('01a1ee56-5e00');
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedId(5))).size).toBe(1000);
  });
});
