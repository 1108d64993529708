import { describe, expect, it } from 'vitest';
import { hasBidiControls, hasControlChars, nameProblem } from '../../src/util/text.js';

describe('name text rules', () => {
  it.each(['\u0000', '\t', '\n', '\u001b', '\u007f', '\u0080', '\u009b', '\u009f'])(
    'finds the control character %j',
    (ch) => {
      expect(hasControlChars(`거실${ch}불`)).toBe(true);
      expect(hasBidiControls(`거실${ch}불`)).toBe(false);
    },
  );

  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ])('finds the bidi control %j', (ch) => {
    expect(hasBidiControls(`a${ch}b`)).toBe(true);
    expect(hasControlChars(`a${ch}b`)).toBe(false);
  });

  it('passes ordinary names, including zero-width joiners and non-BMP characters', () => {
    for (const s of ['거실 불', 'LG 씽큐', 'café', '👨\u200d👩\u200d👧', 'שלום', 'a\u00a0b', '\u200b'])
      expect([hasControlChars(s), hasBidiControls(s), nameProblem(s)]).toEqual([false, false, null]);
  });

  it('names the first offending character', () => {
    expect(nameProblem('a\u202eb\u0000')).toBe('contains a bidi control (U+202E)');
    expect(nameProblem('a\u0000b\u202e')).toBe('contains a control character (U+0000)');
  });
});
