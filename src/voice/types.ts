/** The voice part's shapes: audio formats, speech synthesis and speech recognition as plug-ins. */

/** PCM audio as Wyoming describes it (`rate` Hz, `width` bytes per sample, `channels`). */
export interface AudioFormat {
  rate: number;
  width: number;
  channels: number;
}

/** One piece of synthesized speech: 16-bit little-endian PCM in `format`. */
export interface AudioPiece {
  format: AudioFormat;
  pcm: Buffer;
}

/** A voice: text in, PCM out, streamed as it is produced. */
export interface TextToSpeech {
  /** What the voice is, for `info` (e.g. `espeak-ng`). */
  readonly name: string;
  /** The voice's language tags (e.g. `ko`). */
  readonly languages: readonly string[];
  /** Streams the speech of `text`; stops early (without error) when `signal` aborts. */
  speak(text: string, signal?: AbortSignal): AsyncGenerator<AudioPiece>;
}

/** A recognizer: one utterance's PCM in, its text out. */
export interface SpeechToText {
  readonly name: string;
  transcribe(audio: Buffer, format: AudioFormat, language: string): Promise<string>;
}

/** Bytes of one second of audio in this format. */
export const bytesPerSecond = (f: AudioFormat): number => f.rate * f.width * f.channels;
