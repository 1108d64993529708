import { describe, expect, it } from 'vitest';
import { CONVERSATION_TTL_MS, Conversations } from '../../src/hub/conversation/state.js';
import type { Conversation } from '../../src/hub/conversation/types.js';

const conv = (id: string, owner: string, satellite: string): Conversation => ({
  id,
  owner,
  satellite,
  assistant: 'genie',
  pending: null,
  expires: 0,
});

describe('open conversations', () => {
  it('finds a conversation on its satellite whoever owns it, and only there', () => {
    const cs = new Conversations();
    const a = conv('c1', 'person:kim', 'living');
    cs.set(a);
    cs.touch(a, 0);
    expect(cs.onSatellite('living', 'c1')).toBe(a);
    expect(cs.onSatellite('kitchen', 'c1')).toBeUndefined();
    expect(cs.get('person:kim', 'c1')).toBe(a);
    expect(cs.get('person:lee', 'c1')).toBeUndefined();
  });

  it('forgets a deleted, replaced or expired conversation on its satellite too', () => {
    const cs = new Conversations();
    const a = conv('c1', 'person:kim', 'living');
    const b = conv('c2', 'person:kim', 'living');
    cs.set(a);
    cs.touch(a, 0);
    cs.set(b);
    cs.touch(b, 1000);
    cs.delete(a);
    expect(cs.onSatellite('living', 'c1')).toBeUndefined();
    expect(cs.onSatellite('living', 'c2')).toBe(b);

    // The same owner and id again: the newer object replaces the older one everywhere.
    const b2 = conv('c2', 'person:kim', 'living');
    cs.set(b2);
    cs.touch(b2, 1000);
    expect(cs.onSatellite('living', 'c2')).toBe(b2);

    cs.expire(1000 + CONVERSATION_TTL_MS + 1);
    expect(cs.onSatellite('living', 'c2')).toBeUndefined();
    expect(cs.has('person:kim', 'c2')).toBe(false);
  });

  it('keeps two owners of the same id on one satellite apart', () => {
    const cs = new Conversations();
    const a = conv('same', 'person:kim', 'living');
    const b = conv('same', 'partner:x', 'living');
    cs.set(a);
    cs.set(b);
    cs.delete(a);
    expect(cs.onSatellite('living', 'same')).toBe(b);
    cs.delete(b);
    expect(cs.onSatellite('living', 'same')).toBeUndefined();
  });
});
