/** The built-in Korean voice: espeak-ng's WAV stream parsed as it arrives into 16-bit mono PCM. */
import { describe, expect, it } from 'vitest';
import { CachedVoice } from '../../src/voice/tts/cache.js';
import { EspeakVoice } from '../../src/voice/tts/espeak.js';
import { espeakMissing } from './support.js';

const missing = espeakMissing();
if (missing) console.log(`skipped: ${missing}`);

describe.skipIf(missing)('espeak-ng voice', () => {
  it('speaks Korean as 16-bit mono PCM pieces, longer text longer audio', async () => {
    const voice = new EspeakVoice({ pieceBytes: 1024 });
    const lengths: number[] = [];
    for (const text of ['불을 켰어요', '거실 불을 켰어요. 냉장고 온도를 3도로 맞췄어요.']) {
      let bytes = 0;
      let pieces = 0;
      for await (const p of voice.speak(text)) {
        expect(p.format).toEqual({ rate: 22050, width: 2, channels: 1 });
        expect(p.pcm.length % 2).toBe(0);
        bytes += p.pcm.length;
        pieces++;
      }
      expect(pieces).toBeGreaterThan(1);
      lengths.push(bytes);
    }
    // Roughly 0.5 s or more of speech each, and the longer sentence is longer.
    expect(lengths[0]).toBeGreaterThan(22050);
    expect(lengths[1]).toBeGreaterThan((lengths[0] as number) * 2);
  });

  it('a text starting with a dash is spoken, not taken as an option', async () => {
    let bytes = 0;
    for await (const p of new EspeakVoice().speak('--help 하나 둘')) bytes += p.pcm.length;
    expect(bytes).toBeGreaterThan(10_000);
  });

  it('stops at once when aborted', async () => {
    const ac = new AbortController();
    let pieces = 0;
    for await (const _p of new EspeakVoice().speak('가나다라마바사 '.repeat(40), ac.signal)) {
      pieces++;
      ac.abort();
    }
    expect(pieces).toBe(1);
  });
});

describe.skipIf(missing)('kept replies', () => {
  it('the same reply is spoken again from memory, the same audio; an aborted one is not kept', async () => {
    // The real engine, counting how often it is started.
    const engine = new EspeakVoice();
    let started = 0;
    const counted = {
      name: engine.name,
      languages: engine.languages,
      speak: (text: string, signal?: AbortSignal) => {
        started++;
        return engine.speak(text, signal);
      },
    };
    const voice = new CachedVoice(counted);
    const hear = async (text: string, abortAfter?: number) => {
      const ac = new AbortController();
      const parts: Buffer[] = [];
      for await (const p of voice.speak(text, ac.signal)) {
        parts.push(p.pcm);
        if (parts.length === abortAfter) ac.abort();
      }
      return Buffer.concat(parts);
    };
    const first = await hear('거실 불을 켰어요');
    const again = await hear('거실 불을 켰어요');
    expect(again.equals(first)).toBe(true);
    expect(started).toBe(1);
    const cut = await hear('냉장고 온도를 3도로 맞췄어요', 1);
    const whole = await hear('냉장고 온도를 3도로 맞췄어요');
    expect(whole.length).toBeGreaterThan(cut.length);
    expect(started).toBe(3);
  });
});
