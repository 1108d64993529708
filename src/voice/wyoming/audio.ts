/** Audio over Wyoming: a reply's speech streamed as audio-start, audio-chunk…, audio-stop. */
import { type AudioFormat, bytesPerSecond, type TextToSpeech } from '../types.js';
import type { WyomingConnection } from './connection.js';

export interface SpokenReply {
  /** When the first audio chunk was handed to the socket (performance.now()), or null. */
  firstChunkAt: number | null;
  bytes: number;
  /** Stopped before its end (barge-in, "그만", the peer gone). */
  stopped: boolean;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

const formatData = (f: AudioFormat) => ({ rate: f.rate, width: f.width, channels: f.channels });

/**
 * Speaks `text` to the peer as it is synthesized. The audio-start goes with the first piece (its
 * format is the voice's); an abort stops the stream, and audio-stop still closes it.
 */
export async function speakTo(
  conn: WyomingConnection,
  tts: TextToSpeech,
  text: string,
  signal?: AbortSignal,
  /** Real-time pacing: never more than `leadMs` of audio ahead of the clock (so a stop is heard). */
  pace?: { leadMs: number },
): Promise<SpokenReply> {
  const out: SpokenReply = { firstChunkAt: null, bytes: 0, stopped: false };
  const t0 = performance.now();
  let format: AudioFormat | null = null;
  let ms = 0;
  for await (const piece of tts.speak(text, signal)) {
    if (conn.closed) break;
    if (!format) {
      format = piece.format;
      await conn.send('audio-start', { ...formatData(format), timestamp: 0 });
    }
    if (pace) {
      const ahead = ms - (performance.now() - t0) - pace.leadMs;
      if (ahead > 0) await sleep(ahead, signal);
      if (signal?.aborted) break;
    }
    await conn.send('audio-chunk', { ...formatData(piece.format), timestamp: Math.round(ms) }, piece.pcm);
    out.firstChunkAt ??= performance.now();
    out.bytes += piece.pcm.length;
    ms += (piece.pcm.length / bytesPerSecond(piece.format)) * 1000;
  }
  out.stopped = signal?.aborted === true || conn.closed;
  if (!format) {
    // Nothing was spoken (an empty text, or stopped before the first piece): still a whole stream.
    format = { rate: 22050, width: 2, channels: 1 };
    await conn.send('audio-start', { ...formatData(format), timestamp: 0 });
  }
  await conn.send('audio-stop', { timestamp: Math.round(ms) });
  return out;
}
