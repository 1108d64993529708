import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/assistants/openfloor/conversation.js';

describe('Open Floor conversations kept by the floor', () => {
  it('past 1,000 forgets the least recently touched one, not the oldest created', () => {
    const convs = new Conversations();
    for (let i = 0; i < 1000; i++) convs.open(`c${i}`, i);
    const first = convs.open('c0', 2000); // touched again: now the most recent
    first.lastAssistant = 'genie';
    convs.open('new', 2001); // over the limit: c1 goes
    expect(convs.open('c0', 2002).lastAssistant).toBe('genie');
    expect(convs.open('c1', 2003).lastAssistant).toBeNull(); // a fresh record: c1 was forgotten
  });

  it('forgets conversations idle for more than 30 minutes', () => {
    const convs = new Conversations();
    convs.open('idle', 0).lastAssistant = 'genie';
    convs.open('busy', 0).lastAssistant = 'bixby';
    convs.open('busy', 29 * 60_000);
    convs.expire(31 * 60_000);
    expect(convs.open('busy', 31 * 60_000).lastAssistant).toBe('bixby');
    expect(convs.open('idle', 31 * 60_000).lastAssistant).toBeNull();
  });
});
