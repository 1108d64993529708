/**
 * `voice.stt: whisper:/path/to/model.bin`: whisper.cpp in-process. The binding is loaded only
 * when a home asks for it; the model file is the user's (nothing is downloaded).
 */
import { existsSync } from 'node:fs';
import type { AudioFormat } from '../types.js';

export interface WhisperBinding {
  transcribe(model: string, pcm16k: Float32Array, language: string): Promise<string>;
}

/** Linear resampling of 16-bit mono PCM to 16 kHz float samples (whisper's input). */
export function toWhisperInput(pcm: Buffer, format: AudioFormat): Float32Array {
  const n = Math.floor(pcm.length / (format.width * format.channels));
  const src = new Float32Array(n);
  for (let i = 0; i < n; i++) src[i] = pcm.readInt16LE(i * format.width * format.channels) / 32768;
  if (format.rate === 16000) return src;
  const out = new Float32Array(Math.floor((n * 16000) / format.rate));
  for (let i = 0; i < out.length; i++) {
    const x = (i * format.rate) / 16000;
    const j = Math.floor(x);
    const f = x - j;
    out[i] = (src[j] ?? 0) * (1 - f) + (src[j + 1] ?? src[j] ?? 0) * f;
  }
  return out;
}

export class WhisperRecognizer {
  readonly name = 'whisper.cpp';
  readonly #model: string;
  readonly #binding: WhisperBinding;

  private constructor(model: string, binding: WhisperBinding) {
    this.#model = model;
    this.#binding = binding;
  }

  static async open(model: string, binding?: WhisperBinding): Promise<WhisperRecognizer> {
    if (!existsSync(model)) throw new Error(`voice.stt: no whisper model at '${model}'`);
    return new WhisperRecognizer(model, binding ?? (await loadBinding()));
  }

  begin(format: AudioFormat, language: string) {
    const parts: Buffer[] = [];
    return {
      push: (pcm: Buffer) => {
        parts.push(pcm);
      },
      finish: () => this.transcribe(Buffer.concat(parts), format, language),
      abort: () => {
        parts.length = 0;
      },
    };
  }

  transcribe(audio: Buffer, format: AudioFormat, language: string): Promise<string> {
    return this.#binding.transcribe(this.#model, toWhisperInput(audio, format), language);
  }
}

async function loadBinding(): Promise<WhisperBinding> {
  throw new Error('voice.stt: whisper: the whisper.cpp binding is not installed');
}
