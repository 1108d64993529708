/**
 * The built-in Korean voice: Debian's `espeak-ng` (voice `ko`), run once per reply with the text
 * on stdin. Its WAV output on stdout is parsed as it arrives and handed on as 16-bit mono PCM
 * pieces, so the first audio goes out while the rest of the reply is still being synthesized.
 * Offline; nothing to download.
 */
import { spawn } from 'node:child_process';
import type { AudioFormat, AudioPiece, TextToSpeech } from '../types.js';

export interface EspeakOptions {
  /** The espeak-ng binary (default `espeak-ng` on PATH). */
  command?: string;
  /** espeak-ng voice (default `ko`). */
  voice?: string;
  /** Bytes per piece of PCM handed on (default 2048: 1024 samples, 46 ms at 22 050 Hz). */
  pieceBytes?: number;
}

/** Reads a RIFF/WAVE header from the front of `buf`: the format and where the samples start. */
export function parseWavHeader(buf: Buffer): { format: AudioFormat; dataOffset: number } | null {
  if (buf.length < 12) return null;
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('espeak-ng did not write a WAV stream');
  let at = 12;
  let format: AudioFormat | null = null;
  while (at + 8 <= buf.length) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'data') {
      if (!format) throw new Error('WAV stream without a fmt chunk');
      return { format, dataOffset: at + 8 };
    }
    if (at + 8 + size > buf.length) return null;
    if (id === 'fmt ') {
      const channels = buf.readUInt16LE(at + 10);
      const rate = buf.readUInt32LE(at + 12);
      const bits = buf.readUInt16LE(at + 22);
      format = { rate, width: bits / 8, channels };
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

export class EspeakVoice implements TextToSpeech {
  readonly name = 'espeak-ng';
  readonly languages: readonly string[];
  readonly #command: string;
  readonly #voice: string;
  readonly #pieceBytes: number;

  constructor(opts: EspeakOptions = {}) {
    this.#command = opts.command ?? 'espeak-ng';
    this.#voice = opts.voice ?? 'ko';
    this.#pieceBytes = opts.pieceBytes ?? 2048;
    this.languages = [this.#voice];
  }

  async *speak(text: string, signal?: AbortSignal): AsyncGenerator<AudioPiece> {
    if (signal?.aborted) return;
    // The text goes on stdin (never on the command line, where a leading '-' would be an option).
    const child = spawn(this.#command, ['-v', this.#voice, '--stdout'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const onAbort = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', onAbort, { once: true });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 2000) stderr += c.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => {
      child.once('close', (code) => resolve(code));
      child.once('error', (err) => {
        stderr += err.message;
        resolve(-1);
      });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(`${text.replace(/\s+/g, ' ')}\n`, 'utf8');
    let head: Buffer = Buffer.alloc(0);
    let format: AudioFormat | null = null;
    let rest: Buffer = Buffer.alloc(0);
    const frame = (f: AudioFormat) => f.width * f.channels;
    try {
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        if (signal?.aborted) return;
        if (!format) {
          head = Buffer.concat([head, chunk]);
          const h = parseWavHeader(head);
          if (!h) continue;
          format = h.format;
          rest = head.subarray(h.dataOffset);
        } else rest = rest.length ? Buffer.concat([rest, chunk]) : chunk;
        // Whole samples only; full pieces go out at once.
        while (rest.length >= this.#pieceBytes) {
          if (signal?.aborted) return;
          yield { format, pcm: rest.subarray(0, this.#pieceBytes) };
          rest = rest.subarray(this.#pieceBytes);
        }
      }
      const code = await exited;
      if (signal?.aborted) return;
      if (code !== 0) throw new Error(`espeak-ng failed (${code}): ${stderr.trim() || 'no message'}`);
      if (format && rest.length >= frame(format)) {
        const whole = rest.length - (rest.length % frame(format));
        yield { format, pcm: rest.subarray(0, whole) };
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
}
