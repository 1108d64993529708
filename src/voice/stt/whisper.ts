/**
 * `voice.stt: whisper:/path/to/model.bin`: whisper.cpp in the hub's process, through the npm
 * binding `@napi-rs/whisper` (it ships the native binary). Its `full()` runs for seconds and
 * blocks, and whisper.cpp aborts on a bad model, so it runs in a child process that loads the
 * model once. The model file is the user's
 * (ggml format, as whisper.cpp publishes them); nothing is downloaded.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AudioFormat } from '../types.js';

/** Linear resampling of 16-bit PCM (first channel) to 16 kHz float samples, whisper's input. */
export function toWhisperInput(pcm: Buffer, format: AudioFormat): Float32Array {
  const frame = format.width * format.channels;
  const n = Math.floor(pcm.length / frame);
  const src = new Float32Array(n);
  for (let i = 0; i < n; i++) src[i] = pcm.readInt16LE(i * frame) / 32768;
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

// The child: loads the binding and the model on the first request, then transcribes one at a
// time. A separate process, because whisper.cpp aborts the whole process on a bad model file.
const CHILD = `
const { pathToFileURL } = await import('node:url');
let whisper = null;
let mod = null;
process.on('message', async ({ id, model, samples, language }) => {
  try {
    mod ??= await import(pathToFileURL(process.env.YD_WHISPER_BINDING).href);
    whisper ??= new mod.Whisper(model);
    const params = new mod.WhisperFullParams(mod.WhisperSamplingStrategy.Greedy);
    params.language = language;
    params.printProgress = false;
    params.printRealtime = false;
    params.printTimestamps = false;
    params.singleSegment = true;
    params.noTimestamps = true;
    params.nThreads = 2;
    process.send({ id, text: String(whisper.full(params, samples)).trim() });
  } catch (err) {
    process.send({ id, error: err && err.message ? err.message : String(err) });
  }
});
process.on('disconnect', () => process.exit(0));`;

export class WhisperRecognizer {
  readonly name = 'whisper.cpp';
  readonly #model: string;
  #child: ChildProcess | null = null;
  #next = 0;
  readonly #waiting = new Map<number, { resolve: (t: string) => void; reject: (e: Error) => void }>();

  private constructor(model: string) {
    this.#model = model;
  }

  /** Checks the model file; the binding and the model are loaded on the first utterance. */
  static async open(model: string): Promise<WhisperRecognizer> {
    if (!existsSync(model) || !statSync(model).isFile())
      throw new Error(`voice.stt: no whisper model file at '${model}'`);
    return new WhisperRecognizer(model);
  }

  #start(): ChildProcess {
    if (this.#child) return this.#child;
    const binding = createRequire(import.meta.url).resolve('@napi-rs/whisper');
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: { ...process.env, YD_WHISPER_BINDING: binding },
    });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      if (stderr.length < 4000) stderr += String(c);
    });
    child.on('message', (m: { id: number; text?: string; error?: string }) => {
      const p = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(`whisper: ${m.error}`));
      else p?.resolve(m.text ?? '');
    });
    child.on('exit', (code, signal) => {
      const last = stderr.trim().split('\n').slice(-1)[0] ?? '';
      const err = new Error(`whisper: the recognizer stopped (${signal ?? code})${last ? `: ${last}` : ''}`);
      for (const p of this.#waiting.values()) p.reject(err);
      this.#waiting.clear();
      if (this.#child === child) this.#child = null;
    });
    this.#child = child;
    return child;
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
    const id = this.#next++;
    const samples = toWhisperInput(audio, format);
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#start().send({ id, model: this.#model, samples, language });
    });
  }

  async close(): Promise<void> {
    const c = this.#child;
    this.#child = null;
    if (c && c.exitCode === null && c.signalCode === null) {
      const gone = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await gone;
    }
  }
}
