/** The open conversations of one home, kept in expiry order. */
import type { Conversation } from './types.js';

export const CONVERSATION_TTL_MS = 5 * 60 * 1000;

export class Conversations {
  readonly #conversations = new Map<string, Conversation>();

  get(id: string): Conversation | undefined {
    return this.#conversations.get(id);
  }

  has(id: string): boolean {
    return this.#conversations.has(id);
  }

  delete(id: string): void {
    this.#conversations.delete(id);
  }

  set(conv: Conversation): void {
    this.#conversations.set(conv.id, conv);
  }

  /** Extends `conv` by the TTL from `now`. */
  touch(conv: Conversation, now: number): void {
    conv.expires = now + CONVERSATION_TTL_MS;
    // Keep the map in expiry order (the TTL is the same for all), so expiry stops at the first live one.
    this.#conversations.delete(conv.id);
    this.#conversations.set(conv.id, conv);
  }

  expire(now: number): void {
    for (const [id, c] of this.#conversations) {
      if (c.expires >= now) break;
      this.#conversations.delete(id);
    }
  }
}
