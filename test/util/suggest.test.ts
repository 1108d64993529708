import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/util/suggest.js';

describe('did you mean', () => {
  it('counts edits by code point', () => {
    expect(editDistance('devices', 'devics')).toBe(1);
    expect(editDistance('timezone', 'timezon')).toBe(1);
    expect(editDistance('거실', '거실')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('araes', 'areas')).toBe(1);
    expect(editDistance('sya', 'say')).toBe(1);
    expect(editDistance('prot', 'port')).toBe(1);
    expect(editDistance('abc', 'ca')).toBe(3);
    expect(closest('araes', ['areas', 'assistants', 'satellites'])).toBe('areas');
    expect(closest('sya', ['serve', 'say', 'simulate'])).toBe('say');
    expect(closest('prot', ['port', 'home', 'data'])).toBe('port');
  });

  it('suggests a close known word, a prefix, or nothing', () => {
    const commands = ['serve', 'simulate', 'devices', 'say', 'nlu', 'clients', 'people'];
    expect(closest('devics', commands)).toBe('devices');
    expect(closest('Serve', commands)).toBe('serve');
    expect(closest('sim', commands)).toBe('simulate');
    expect(closest('peopel', commands)).toBe('people');
    expect(closest('frobnicate', commands)).toBeUndefined();
    expect(closest('x', commands)).toBeUndefined();
    expect(didYouMean('satelite', ['satellite', 'assistant'])).toBe(" (did you mean 'satellite'?)");
    expect(didYouMean('zzz', ['satellite'])).toBe('');
  });
});
