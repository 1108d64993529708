/**
 * The home file's voice keys: `voice: {stt, tts, language}` at the top level and `wyoming:
 * tcp://host:port` on a satellite (docs/home-file.md, *Voice*).
 */
import type { Checker } from './check.js';
import type { VoiceSettings } from './types.js';

const WYOMING = /^wyoming:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
const TCP = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

const portOk = (m: RegExpExecArray | null) => m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 65535;

export function parseVoice(v: unknown, c: Checker, homeLanguage: string): VoiceSettings | undefined {
  if (v === undefined || v === null) return undefined;
  const o = c.record(v, ['voice'], ['stt', 'tts', 'language']);
  const stt = c.str(o.stt, ['voice', 'stt'], { optional: true }) ?? null;
  if (stt !== null && !portOk(WYOMING.exec(stt)) && !/^whisper:\/.+/.test(stt))
    c.fail(['voice', 'stt'], `'${stt}' is not wyoming://host:port or whisper:/path/to/model.bin`);
  const tts = c.str(o.tts, ['voice', 'tts'], { optional: true }) ?? 'espeak-ng';
  if (tts !== 'espeak-ng' && !portOk(WYOMING.exec(tts)))
    c.fail(['voice', 'tts'], `'${tts}' is not espeak-ng or wyoming://host:port`);
  const language = c.str(o.language, ['voice', 'language'], { optional: true }) ?? homeLanguage;
  if (!LANGUAGE.test(language)) c.fail(['voice', 'language'], `'${language}' is not a language tag (ko-KR)`);
  return { stt, tts, language };
}

/** A satellite's `wyoming` address, checked; undefined when absent. */
export function parseSatelliteWyoming(v: unknown, c: Checker, path: (string | number)[]): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = c.str(v, path);
  if (s !== undefined && !portOk(TCP.exec(s))) c.fail(path, `'${s}' is not tcp://host:port`);
  return s;
}
