/**
 * Media on player satellites. Each assistant plays from its own company's music service; the
 * services are simulated here by a small catalogue per provider. The spoken media phrases are the
 * Korean engine's (src/nlu/ko/media.ts).
 */
import type { AssistantEntry } from '../home/types.js';
import { compact } from '../nlu/ko/wake.js';

export interface Track {
  title: string;
  artist: string;
}

export interface MusicService {
  name: string;
  tracks: Track[];
}

const CHART: Track[] = [
  { title: '좋은 날', artist: '아이유' },
  { title: '밤편지', artist: '아이유' },
  { title: 'Dynamite', artist: 'BTS' },
  { title: '봄날', artist: 'BTS' },
  { title: 'Hype Boy', artist: 'NewJeans' },
  { title: '사건의 지평선', artist: '윤하' },
  { title: '벚꽃 엔딩', artist: '버스커 버스커' },
  { title: 'Supernova', artist: 'aespa' },
];

/** Rotates the shared chart so each service starts on a different song. */
const rotated = (n: number) => [...CHART.slice(n), ...CHART.slice(0, n)];

const BY_PROVIDER: Record<string, MusicService> = {
  kt: { name: '지니뮤직', tracks: rotated(0) },
  lg: { name: 'LG 씽큐 라디오', tracks: rotated(5) },
  samsung: { name: '삼성 뮤직', tracks: rotated(2) },
  skt: { name: 'FLO', tracks: rotated(4) },
  sk: { name: 'FLO', tracks: rotated(4) },
  kakao: { name: '멜론', tracks: rotated(1) },
  naver: { name: 'VIBE', tracks: rotated(3) },
};

const PROVIDER_KEYS: Array<[RegExp, string]> = [
  [/^kt\b|케이티/i, 'kt'],
  [/^lg\b|엘지/i, 'lg'],
  [/samsung|삼성/i, 'samsung'],
  [/sk ?telecom|^skt\b|에스케이/i, 'skt'],
  [/kakao|카카오/i, 'kakao'],
  [/naver|네이버/i, 'naver'],
];

/** The music service of an assistant (its provider's), or a generic one named after it. */
export function musicServiceOf(assistant: AssistantEntry): MusicService {
  for (const [re, key] of PROVIDER_KEYS)
    if (re.test(assistant.provider)) return BY_PROVIDER[key] as MusicService;
  return { name: `${assistant.name} 뮤직`, tracks: rotated(0) };
}

/** Tracks matching a spoken query (artist or title, spacing ignored); all tracks when no query. */
export function findTracks(service: MusicService, query: string | null): Track[] {
  if (!query) return service.tracks;
  const q = compact(query);
  return service.tracks.filter(
    (t) => compact(t.artist).includes(q) || compact(t.title).includes(q) || q.includes(compact(t.artist)),
  );
}
