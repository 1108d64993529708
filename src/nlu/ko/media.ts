/**
 * The few media phrases a player satellite's pipeline handles itself ("음악 틀어줘", "아이유 노래
 * 틀어줘", "일시정지", "다시 틀어줘", "다음 곡", "볼륨 30으로", "소리 키워줘").
 */
import { compact } from './wake.js';

export type MediaCommand =
  | { op: 'play'; query: string | null }
  | { op: 'pause' }
  | { op: 'resume' }
  | { op: 'stop' }
  | { op: 'next' }
  | { op: 'previous' }
  | { op: 'volume'; set: number }
  | { op: 'volume'; delta: number };

const MEDIA_NOUN = '(?:음악|노래|뮤직|곡|플레이리스트)';
const PLAY_VERB = '(?:틀어|틀어줘|재생|재생해|들려|들려줘|켜|켜줘|플레이)';

/**
 * A media command in `text` (wake word already removed), or null. `active` says whether the
 * satellite has media playing or paused, which lets short phrases ("일시정지", "소리 키워줘") count.
 */
export function matchMediaCommand(text: string, active: boolean): MediaCommand | null {
  const t = compact(text).replace(/(?:주세요|줘요|줄래|줄래요|줘|해줘|해|요)$/u, '');
  if (t.length === 0 || t.length > 40) return null;
  if (
    new RegExp(`^(?:다음${MEDIA_NOUN}|다음(?:걸로|거)?(?:틀어|재생|넘겨)?|넘겨|스킵)`, 'u').test(t) &&
    (active || t.includes('곡') || t.includes('노래'))
  ) {
    return { op: 'next' };
  }
  if (
    new RegExp(`^(?:이전${MEDIA_NOUN}|이전(?:걸로|거)?(?:틀어|재생)?)`, 'u').test(t) &&
    (active || /곡|노래/u.test(t))
  ) {
    return { op: 'previous' };
  }
  if (
    new RegExp(
      `^(?:${MEDIA_NOUN}(?:을|를)?(?:좀)?)?(?:일시정지|일시중지|잠깐멈춰|멈춰|정지|중지|꺼)$`,
      'u',
    ).test(t)
  ) {
    if (/^(?:일시정지|일시중지|잠깐멈춰)$/u.test(t) || new RegExp(`^${MEDIA_NOUN}`, 'u').test(t)) {
      return /꺼|중지$|정지$/u.test(t) && !/일시/u.test(t) ? { op: 'stop' } : { op: 'pause' };
    }
    return null; // bare "멈춰"/"정지" is the universal stop
  }
  if (
    new RegExp(
      `^(?:${MEDIA_NOUN}(?:을|를)?)?(?:다시|계속|이어서)(?:${MEDIA_NOUN}(?:을|를)?)?${PLAY_VERB}`,
      'u',
    ).test(t)
  ) {
    return { op: 'resume' };
  }
  const vol = /^(?:볼륨|음량|소리)(?:을|를)?(?:좀)?(\d{1,3})(?:으로|로)?(?:맞춰|바꿔|설정|해)?$/u.exec(t);
  if (vol) {
    const n = Number(vol[1]);
    return n >= 0 && n <= 100 ? { op: 'volume', set: n } : null;
  }
  if (/^(?:볼륨|음량|소리)(?:을|를)?(?:좀)?(?:더)?(?:키워|올려|크게|높여)/u.test(t))
    return active || /볼륨|음량/u.test(t) ? { op: 'volume', delta: 10 } : null;
  if (/^(?:볼륨|음량|소리)(?:을|를)?(?:좀)?(?:더)?(?:줄여|내려|작게|낮춰)/u.test(t))
    return active || /볼륨|음량/u.test(t) ? { op: 'volume', delta: -10 } : null;
  const play = new RegExp(`^(.*?)${MEDIA_NOUN}(?:을|를|좀|하나)*${PLAY_VERB}`, 'u').exec(t);
  if (play) {
    const q = (play[1] ?? '').replace(/(?:의|아무|신나는|좋은|조용한)$/u, '');
    return { op: 'play', query: q.length > 0 ? q : null };
  }
  return null;
}
