/**
 * Where a routine's announcements are spoken. A face that can put sound on a satellite (the
 * Wyoming satellites face: the hub's voice, `voice.tts`, streamed over Wyoming) registers a speaker
 * for it here; an announcement on a satellite with no speaker registered (a player with no
 * `wyoming:` link) is only shown, as the `routineAnnounced` event on the dashboard's stream.
 */

/** What a speaker did with an announcement. */
export interface Spoken {
  /** How it reached the satellite. */
  via: 'wyoming';
  /** Audio bytes sent. */
  bytes: number;
}

/** Speaks a text on one satellite; rejects when it cannot (the satellite offline). */
export type Speak = (text: string) => Promise<Spoken>;

export class Announcers {
  readonly #by = new Map<string, Speak>();

  /** Registers the speaker of a satellite; returns the unregistration. */
  register(satellite: string, speak: Speak): () => void {
    this.#by.set(satellite, speak);
    return () => {
      if (this.#by.get(satellite) === speak) this.#by.delete(satellite);
    };
  }

  get(satellite: string): Speak | undefined {
    return this.#by.get(satellite);
  }
}
