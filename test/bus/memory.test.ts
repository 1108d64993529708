/** The in-process bus: listeners for every home and for one home, owners, and delivery order. */
import { describe, expect, it } from 'vitest';
import { MemoryBus } from '../../src/bus/memory.js';

const online = (home: string, device = 'd') => ({ home, device, online: true });

describe('MemoryBus', () => {
  it("calls a home's listener only for that home's events, after the listeners for every home", () => {
    const bus = new MemoryBus();
    const seen: string[] = [];
    bus.on('onlineChanged', (e) => seen.push(`a:${e.home}`), undefined, 'a');
    bus.on('onlineChanged', (e) => seen.push(`all:${e.home}`));
    bus.on('onlineChanged', (e) => seen.push(`b:${e.home}`), undefined, 'b');
    bus.on('onlineChanged', (e) => seen.push(`a2:${e.home}`), undefined, 'a');
    bus.emit('onlineChanged', online('a'));
    bus.emit('onlineChanged', online('b'));
    bus.emit('onlineChanged', online('c'));
    expect(seen).toEqual(['all:a', 'a:a', 'a2:a', 'all:b', 'b:b', 'all:c']);
  });

  it("removeOwner takes away that owner's listeners, for every home and for one, and no one else's", () => {
    const bus = new MemoryBus();
    const seen: string[] = [];
    const one = {};
    const other = {};
    bus.on('onlineChanged', () => seen.push('one-all'), one);
    bus.on('onlineChanged', () => seen.push('one-a'), one, 'a');
    bus.on('stateChanged', () => seen.push('one-state-a'), one, 'a');
    bus.on('onlineChanged', () => seen.push('other-a'), other, 'a');
    bus.on('onlineChanged', () => seen.push('free'));
    bus.removeOwner(one);
    bus.removeOwner(one); // twice is harmless
    bus.emit('onlineChanged', online('a'));
    bus.emit('stateChanged', { home: 'a', device: 'd', patches: [], origin: 'test' });
    expect(seen).toEqual(['free', 'other-a']);
  });

  it('the function on() returns removes that listener only', () => {
    const bus = new MemoryBus();
    const seen: string[] = [];
    const off = bus.on('onlineChanged', () => seen.push('x'), undefined, 'a');
    bus.on('onlineChanged', () => seen.push('y'), undefined, 'a');
    off();
    off();
    bus.emit('onlineChanged', online('a'));
    expect(seen).toEqual(['y']);
  });

  it('an emit delivers to the listeners registered when it started, whatever they change', () => {
    const bus = new MemoryBus();
    const seen: string[] = [];
    const owner = {};
    bus.on(
      'onlineChanged',
      () => {
        seen.push('first');
        bus.removeOwner(owner);
        bus.on('onlineChanged', () => seen.push('added'), undefined, 'a');
      },
      undefined,
      'a',
    );
    bus.on('onlineChanged', () => seen.push('owned'), owner, 'a');
    bus.emit('onlineChanged', online('a'));
    expect(seen).toEqual(['first', 'owned']);
    seen.length = 0;
    bus.emit('onlineChanged', online('a'));
    expect(seen).toEqual(['first', 'added']);
  });

  it('a failing listener is logged and the others still run', () => {
    const errors: unknown[] = [];
    const log = { error: (...a: unknown[]) => errors.push(a) } as unknown as ConstructorParameters<
      typeof MemoryBus
    >[0];
    const bus = new MemoryBus(log);
    const seen: string[] = [];
    bus.on('onlineChanged', () => {
      throw new Error('boom');
    });
    bus.on('onlineChanged', () => seen.push('after'), undefined, 'a');
    bus.emit('onlineChanged', online('a'));
    expect(seen).toEqual(['after']);
    expect(errors).toHaveLength(1);
  });
});
