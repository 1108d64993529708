/** A Wyoming voice (`voice.tts: wyoming://host:port`): `synthesize {text}` → audio-start, chunks, audio-stop. */
import type { AudioFormat, AudioPiece, TextToSpeech } from '../types.js';
import { connectWyoming } from '../wyoming/connection.js';

export class WyomingVoice implements TextToSpeech {
  readonly name: string;
  readonly languages: readonly string[];
  readonly #url: string;
  readonly #language: string;

  constructor(url: string, language: string) {
    this.#url = url;
    this.#language = language;
    this.name = url;
    this.languages = [language];
  }

  async *speak(text: string, signal?: AbortSignal): AsyncGenerator<AudioPiece> {
    const c = await connectWyoming(this.#url);
    const onAbort = () => c.destroy();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await c.send('synthesize', { text, voice: { language: this.#language } });
      let format: AudioFormat | null = null;
      for (;;) {
        const ev = await c.nextOf(['audio-start', 'audio-chunk', 'audio-stop', 'error'], 30_000);
        if (!ev || ev.type === 'audio-stop') return;
        if (ev.type === 'error') throw new Error(`the voice failed: ${String(ev.data.text ?? '')}`);
        const d = ev.data as { rate?: number; width?: number; channels?: number };
        if (ev.type === 'audio-start' || !format)
          format = {
            rate: Number(d.rate ?? 22050),
            width: Number(d.width ?? 2),
            channels: Number(d.channels ?? 1),
          };
        if (ev.type === 'audio-chunk' && ev.payload) yield { format, pcm: ev.payload };
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      c.close();
    }
  }
}
