import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { equalJson } from '../../src/util/json.js';

describe('equalJson', () => {
  it('agrees with isDeepStrictEqual on JSON-shaped data', () => {
    const ep = () => ({
      id: 'main',
      deviceTypes: ['DoorLock'],
      tags: [],
      clusters: { DoorLock: { LockState: 1, Users: [{ id: 1, name: '가족' }] }, OnOff: { OnOff: true } },
    });
    const cases: Array<[unknown, unknown]> = [
      [[ep()], [ep()]],
      [[ep()], [{ ...ep(), clusters: { ...ep().clusters, OnOff: { OnOff: false } } }]],
      [[ep()], [ep(), ep()]],
      [{ a: 1 }, { a: 1, b: undefined }],
      [{ a: undefined }, { b: undefined }],
      [{ a: [1, 2] }, { a: { 0: 1, 1: 2 } }],
      [
        [1, [2, [3]]],
        [1, [2, [3]]],
      ],
      [
        [1, [2, [3]]],
        [1, [2, [4]]],
      ],
      [null, {}],
      [0, -0],
      ['1', 1],
      [{ a: null }, { a: null }],
    ];
    for (const [a, b] of cases) expect(equalJson(a, b), JSON.stringify([a, b])).toBe(isDeepStrictEqual(a, b));
  });
});
