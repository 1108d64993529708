/**
 * `voice.stt: whisper:` — whisper.cpp through @napi-rs/whisper. No model ships with the project and
 * none can be had here: the recognition test runs only when YEONDONG_WHISPER_MODEL names a ggml
 * model file (it prints why it skipped otherwise). The binding itself is loaded in every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizerFor } from '../../src/faces/wyoming/satellites.js';
import { toWhisperInput, WhisperRecognizer } from '../../src/voice/stt/whisper.js';
import { tempDir } from '../support/hub.js';
import { espeakMissing, speechRaw } from './support.js';

const MODEL = process.env.YEONDONG_WHISPER_MODEL;
const noModel = MODEL
  ? null
  : 'no whisper model on this machine (set YEONDONG_WHISPER_MODEL to a ggml model file)';
if (noModel) console.log(`skipped: recognition with whisper.cpp: ${noModel}`);

describe('whisper.cpp recognizer', () => {
  it('refuses a model file that is not there, naming it', async () => {
    await expect(recognizerFor('whisper:/nonexistent/ggml-small.bin')).rejects.toThrow(
      /no whisper model file at '\/nonexistent\/ggml-small.bin'/,
    );
  });

  it('the binding ships its native library: a file that is not a model is refused by whisper.cpp', async () => {
    const bad = join(tempDir('yd-whisper-'), 'not-a-model.bin');
    writeFileSync(bad, Buffer.alloc(4096, 7));
    const r = await WhisperRecognizer.open(bad);
    try {
      await expect(
        r.transcribe(Buffer.alloc(32000), { rate: 16000, width: 2, channels: 1 }, 'ko'),
      ).rejects.toThrow(/whisper: Failed to initialize Whisper model/);
    } finally {
      await r.close();
    }
  });

  it('resamples 22,050 Hz PCM to 16 kHz float samples', () => {
    const pcm = Buffer.alloc(22050 * 2);
    for (let i = 0; i < 22050; i++) pcm.writeInt16LE(16384, i * 2);
    const f = toWhisperInput(pcm, { rate: 22050, width: 2, channels: 1 });
    expect(f.length).toBe(16000);
    expect(f[100]).toBeCloseTo(0.5, 5);
  });

  it.skipIf(noModel ?? espeakMissing())(
    'transcribes Korean speech (espeak-ng)',
    async () => {
      const raw = speechRaw('거실 불 켜줘', join(tempDir('yd-whisper-'), 'speech.raw'));
      const r = await WhisperRecognizer.open(MODEL as string);
      try {
        const text = await r.transcribe(readFileSync(raw), { rate: 16000, width: 2, channels: 1 }, 'ko');
        expect(text.replace(/\s/g, '')).toMatch(/불/);
      } finally {
        await r.close();
      }
    },
    120_000,
  );
});
