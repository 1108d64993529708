/**
 * The open conversations of one home, kept in expiry order. A conversation belongs to whoever
 * opened it (the carrier's principal key) on its satellite: it is found only by its owner, so
 * someone else's id is as unknown as an id that never existed.
 */
import type { Conversation } from './types.js';

export const CONVERSATION_TTL_MS = 5 * 60 * 1000;

export class Conversations {
  readonly #conversations = new Map<string, Conversation>();
  /** The same conversations by satellite and id, whoever owns them (onSatellite, once a linear scan). */
  readonly #bySatellite = new Map<string, Set<Conversation>>();

  /** The owner's conversation of this id, if open. */
  get(owner: string, id: string): Conversation | undefined {
    return this.#conversations.get(keyOf(owner, id));
  }

  has(owner: string, id: string): boolean {
    return this.#conversations.has(keyOf(owner, id));
  }

  delete(conv: Conversation): void {
    const k = keyOf(conv.owner, conv.id);
    const c = this.#conversations.get(k);
    if (!c) return;
    this.#conversations.delete(k);
    this.#unindex(c);
  }

  set(conv: Conversation): void {
    const k = keyOf(conv.owner, conv.id);
    const old = this.#conversations.get(k);
    if (old) this.#unindex(old);
    this.#conversations.set(k, conv);
    const s = keyOf(conv.satellite, conv.id);
    const set = this.#bySatellite.get(s);
    if (set) set.add(conv);
    else this.#bySatellite.set(s, new Set([conv]));
  }

  /** The open conversation of this id on a satellite, whoever owns it (a dialog the satellite holds). */
  onSatellite(satellite: string, id: string): Conversation | undefined {
    const set = this.#bySatellite.get(keyOf(satellite, id));
    if (set) for (const c of set) return c;
    return undefined;
  }

  /** Extends `conv` by the TTL from `now`. */
  touch(conv: Conversation, now: number): void {
    conv.expires = now + CONVERSATION_TTL_MS;
    // Keep the map in expiry order (the TTL is the same for all), so expiry stops at the first live one.
    const k = keyOf(conv.owner, conv.id);
    this.#conversations.delete(k);
    this.#conversations.set(k, conv);
  }

  expire(now: number): void {
    for (const [id, c] of this.#conversations) {
      if (c.expires >= now) break;
      this.#conversations.delete(id);
      this.#unindex(c);
    }
  }

  #unindex(conv: Conversation): void {
    const s = keyOf(conv.satellite, conv.id);
    const set = this.#bySatellite.get(s);
    if (!set) return;
    set.delete(conv);
    if (set.size === 0) this.#bySatellite.delete(s);
  }
}

const keyOf = (owner: string, id: string) => `${owner}\u0000${id}`;
