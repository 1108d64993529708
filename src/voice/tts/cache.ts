/**
 * Recent replies' speech kept in memory: a household hears the same replies again and again
 * ("거실 불을 켰어요"), and a kept reply starts playing without starting the engine. A reply not
 * kept is streamed from the engine as it is produced (and kept once complete). Bounded by count
 * and bytes, least recently used first out.
 */
import type { AudioPiece, TextToSpeech } from '../types.js';

export interface SpeechCacheOptions {
  /** Replies kept (default 64). */
  entries?: number;
  /** Bytes of PCM kept in all (default 16 MiB). */
  bytes?: number;
}

export class CachedVoice implements TextToSpeech {
  readonly #inner: TextToSpeech;
  readonly #max: number;
  readonly #maxBytes: number;
  readonly #kept = new Map<string, AudioPiece[]>();
  #bytes = 0;

  constructor(inner: TextToSpeech, opts: SpeechCacheOptions = {}) {
    this.#inner = inner;
    this.#max = opts.entries ?? 64;
    this.#maxBytes = opts.bytes ?? 16 * 1024 * 1024;
  }

  get name(): string {
    return this.#inner.name;
  }

  get languages(): readonly string[] {
    return this.#inner.languages;
  }

  async *speak(text: string, signal?: AbortSignal): AsyncGenerator<AudioPiece> {
    const kept = this.#kept.get(text);
    if (kept) {
      this.#kept.delete(text);
      this.#kept.set(text, kept);
      for (const p of kept) {
        if (signal?.aborted) return;
        yield p;
      }
      return;
    }
    const pieces: AudioPiece[] = [];
    let size = 0;
    for await (const p of this.#inner.speak(text, signal)) {
      pieces.push(p);
      size += p.pcm.length;
      yield p;
    }
    if (signal?.aborted || size === 0 || size > this.#maxBytes / 4) return;
    this.#kept.set(text, pieces);
    this.#bytes += size;
    for (const [k, v] of this.#kept) {
      if (this.#kept.size <= this.#max && this.#bytes <= this.#maxBytes) break;
      this.#kept.delete(k);
      this.#bytes -= v.reduce((a, p) => a + p.pcm.length, 0);
    }
  }
}
