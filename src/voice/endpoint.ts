/**
 * Where an utterance starts and ends in a stream of 16-bit PCM: speech is a frame whose RMS level
 * is over a threshold; an utterance ends after `silenceMs` without speech, or at `maxMs`. A
 * satellite that ends the audio itself (`audio-stop`) needs none of this.
 */
import { type AudioFormat, bytesPerSecond } from './types.js';

export interface EndpointOptions {
  /** RMS level (of 32768) over which a frame is speech (default 500). */
  threshold?: number;
  /** Silence that ends an utterance (default 600 ms). */
  silenceMs?: number;
  /** Longest utterance (default 15 s). */
  maxMs?: number;
}

export type EndpointEvent = 'speech-start' | 'speech-end' | null;

export function rms16(pcm: Buffer): number {
  const n = Math.floor(pcm.length / 2);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = pcm.readInt16LE(i * 2);
    sum += s * s;
  }
  return Math.sqrt(sum / n);
}

export class Endpointer {
  readonly #threshold: number;
  readonly #silenceMs: number;
  readonly #maxMs: number;
  #inSpeech = false;
  #silent = 0;
  #length = 0;

  constructor(opts: EndpointOptions = {}) {
    this.#threshold = opts.threshold ?? 500;
    this.#silenceMs = opts.silenceMs ?? 600;
    this.#maxMs = opts.maxMs ?? 15_000;
  }

  get inSpeech(): boolean {
    return this.#inSpeech;
  }

  reset(): void {
    this.#inSpeech = false;
    this.#silent = 0;
    this.#length = 0;
  }

  /** Feeds one chunk; says whether speech started or ended with it. */
  push(pcm: Buffer, format: AudioFormat): EndpointEvent {
    const ms = (pcm.length / bytesPerSecond(format)) * 1000;
    const loud = format.width === 2 && rms16(pcm) > this.#threshold;
    if (!this.#inSpeech) {
      if (!loud) return null;
      this.#inSpeech = true;
      this.#silent = 0;
      this.#length = ms;
      return 'speech-start';
    }
    this.#length += ms;
    this.#silent = loud ? 0 : this.#silent + ms;
    if (this.#silent >= this.#silenceMs || this.#length >= this.#maxMs) {
      this.reset();
      return 'speech-end';
    }
    return null;
  }
}
