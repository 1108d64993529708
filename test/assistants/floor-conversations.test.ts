import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/faces/openfloor/conversation.js';

describe('Open Floor conversations kept by the floor', () => {
  it('past 1,000 forgets the least recently touched one, not the oldest created', () => {
    const convs = new Conversations();
    for (let i = 0; i < 1000; i++) convs.open('o', `c${i}`, i);
    const first = convs.open('o', 'c0', 2000); // touched again: now the most recent
    first.lastAssistant = 'genie';
    convs.open('o', 'new', 2001); // over the limit: c1 goes
    expect(convs.open('o', 'c0', 2002).lastAssistant).toBe('genie');
    expect(convs.open('o', 'c1', 2003).lastAssistant).toBeNull(); // a fresh record: c1 was forgotten
  });

  it('forgets conversations idle for more than 30 minutes', () => {
    const convs = new Conversations();
    convs.open('o', 'idle', 0).lastAssistant = 'genie';
    convs.open('o', 'busy', 0).lastAssistant = 'bixby';
    convs.open('o', 'busy', 29 * 60_000);
    convs.expire(31 * 60_000);
    expect(convs.open('o', 'busy', 31 * 60_000).lastAssistant).toBe('bixby');
    expect(convs.open('o', 'idle', 31 * 60_000).lastAssistant).toBeNull();
  });
});

describe('Open Floor conversations belong to their carrier', () => {
  it('the same conversation id of two principals is two conversations', () => {
    const convs = new Conversations();
    convs.open('partner:a', 'same', 0).lastAssistant = 'genie';
    expect(convs.open('partner:b', 'same', 1).lastAssistant).toBeNull();
    expect(convs.open('partner:a', 'same', 2).lastAssistant).toBe('genie');
  });
});
