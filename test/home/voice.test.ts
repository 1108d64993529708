/** The home file's voice keys: `voice {stt, tts, language}` and `satellites[].wyoming`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HomeFileError, parseHomeFile } from '../../src/home/load.js';

const demo = readFileSync(new URL('../../fixtures/demo-home.yaml', import.meta.url), 'utf8');
const withVoice = (voice: string, wyoming = 'tcp://192.168.0.31:10700') =>
  demo
    .replace(
      '  - { id: genie-speaker, name: 기가지니 스피커,',
      `  - { id: genie-speaker, wyoming: '${wyoming}', name: 기가지니 스피커,`,
    )
    .replace(/^grants:/m, `${voice}\ngrants:`);

function problems(text: string): string[] {
  try {
    parseHomeFile(text, 'test.yaml');
  } catch (err) {
    if (err instanceof HomeFileError) return err.problems;
    throw err;
  }
  return [];
}

describe('home file: voice', () => {
  it('reads a satellite address and the recognizer; the voice and language default', () => {
    const h = parseHomeFile(withVoice("voice: { stt: 'wyoming://127.0.0.1:10300' }"));
    expect(h.voice).toEqual({ stt: 'wyoming://127.0.0.1:10300', tts: 'espeak-ng', language: 'ko-KR' });
    expect(h.satellites.find((s) => s.id === 'genie-speaker')?.wyoming).toBe('tcp://192.168.0.31:10700');
    expect(h.satellites.find((s) => s.id === 'console')?.wyoming).toBeUndefined();
    const w = parseHomeFile(
      withVoice(
        "voice: { stt: 'whisper:/models/ggml-small.bin', tts: 'wyoming://10.0.0.2:10200', language: ko }",
      ),
    );
    expect(w.voice).toEqual({
      stt: 'whisper:/models/ggml-small.bin',
      tts: 'wyoming://10.0.0.2:10200',
      language: 'ko',
    });
    expect(parseHomeFile(demo).voice).toBeUndefined();
  });

  it.each([
    [
      'a satellite address that is not tcp://',
      withVoice("voice: { stt: 'wyoming://h:1' }", 'http://h:1'),
      /wyoming.*not tcp:\/\/host:port/,
    ],
    [
      'a port out of range',
      withVoice("voice: { stt: 'wyoming://h:1' }", 'tcp://h:70000'),
      /not tcp:\/\/host:port/,
    ],
    [
      'an unknown recognizer',
      withVoice("voice: { stt: 'google://x' }"),
      /voice\.stt.*not wyoming:\/\/host:port or whisper/,
    ],
    ['an unknown voice', withVoice("voice: { stt: 'wyoming://h:1', tts: say }"), /voice\.tts.*not espeak-ng/],
    [
      'a misspelt key',
      withVoice("voice: { sst: 'wyoming://h:1' }"),
      /voice\.sst.*unknown key \(did you mean 'stt'\?\)/,
    ],
    [
      'a satellite without a recognizer',
      withVoice('voice: { tts: espeak-ng }'),
      /needs a recognizer: set voice\.stt/,
    ],
  ])('refuses %s, naming the place', (_what, text, message) => {
    expect(problems(text).join('\n')).toMatch(message);
  });
});
