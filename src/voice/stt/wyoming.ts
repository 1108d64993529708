/**
 * A Wyoming speech recognizer (`voice.stt: wyoming://host:port`, e.g. wyoming-faster-whisper):
 * `transcribe {language}`, then the utterance as `audio-start`, `audio-chunk`s and `audio-stop`,
 * answered by `transcript {text}`. Audio may be streamed while it is spoken (`begin`), so the
 * recognizer has most of it by the end of speech.
 */
import type { AudioFormat, SpeechToText } from '../types.js';
import { connectWyoming, type WyomingConnection } from '../wyoming/connection.js';

const fmt = (f: AudioFormat) => ({ rate: f.rate, width: f.width, channels: f.channels });

/** One utterance being streamed to the recognizer. */
export class AsrStream {
  readonly #conn: Promise<WyomingConnection>;
  readonly #format: AudioFormat;
  #sent = Promise.resolve();

  constructor(url: string, format: AudioFormat, language: string) {
    this.#format = format;
    this.#conn = connectWyoming(url).then(async (c) => {
      await c.send('transcribe', { language });
      await c.send('audio-start', { ...fmt(format), timestamp: 0 });
      return c;
    });
    this.#conn.catch(() => {});
  }

  /** Queues a chunk (sent in order once connected). */
  push(pcm: Buffer): void {
    this.#sent = this.#sent.then(async () => {
      const c = await this.#conn;
      await c.send('audio-chunk', { ...fmt(this.#format), timestamp: 0 }, pcm);
    });
    this.#sent.catch(() => {});
  }

  /** Ends the utterance and waits for its transcript. */
  async finish(timeoutMs = 15_000): Promise<string> {
    const c = await this.#conn;
    try {
      await this.#sent;
      await c.send('audio-stop', { timestamp: 0 });
      const ev = await c.nextOf(['transcript', 'error'], timeoutMs);
      if (!ev) throw new Error('the recognizer closed the connection without a transcript');
      if (ev.type === 'error') throw new Error(`the recognizer failed: ${String(ev.data.text ?? '')}`);
      return typeof ev.data.text === 'string' ? ev.data.text : '';
    } finally {
      c.close();
    }
  }

  /** Drops the utterance. */
  abort(): void {
    void this.#conn.then((c) => c.destroy()).catch(() => {});
  }
}

export class WyomingRecognizer implements SpeechToText {
  readonly name: string;
  readonly url: string;

  constructor(url: string) {
    this.url = url;
    this.name = url;
  }

  begin(format: AudioFormat, language: string): AsrStream {
    return new AsrStream(this.url, format, language);
  }

  async transcribe(audio: Buffer, format: AudioFormat, language: string): Promise<string> {
    const s = this.begin(format, language);
    const step = 4096;
    for (let i = 0; i < audio.length; i += step) s.push(audio.subarray(i, i + step));
    return s.finish();
  }
}
