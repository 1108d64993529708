/**
 * The home's assistants as Open Floor conversants: a stable speakerUri per assistant (a tag URI,
 * as the 1.1 spec's examples use) and an assistant manifest (identification and capabilities,
 * schema 1.0.1) whose keyphrases come from the wake words and from what the assistant may operate.
 */

import { musicServiceOf } from '../../assistants/media.js';
import type { Grants } from '../../gate/grants.js';
import type { AssistantEntry } from '../../home/types.js';
import type { DeviceDescription } from '../../model/types.js';
import type { Identification, Manifest } from './types.js';

const AUTHORITY = 'yeondong.home,2025';

const safe = (s: string) => encodeURIComponent(s);

/** "tag:yeondong.home,2025:demo/assistant/genie". */
export const assistantUri = (home: string, assistant: string) =>
  `tag:${AUTHORITY}:${safe(home)}/assistant/${safe(assistant)}`;

/** The floor manager (the hub itself, for one home). */
export const floorUri = (home: string) => `tag:${AUTHORITY}:${safe(home)}/floor`;

/** The assistant id of one of this home's speakerUris (also accepts the bare assistant id). */
export function assistantOfUri(home: string, uri: string | undefined, ids: string[]): string | null {
  if (!uri) return null;
  for (const id of ids) if (uri === assistantUri(home, id) || uri === id) return id;
  return null;
}

export interface ManifestContext {
  home: { id: string; name: string; language: string };
  serviceUrl: string;
  grants: Grants;
  devices: DeviceDescription[];
  hasPlayers: boolean;
}

export function identificationOf(a: AssistantEntry, ctx: ManifestContext): Identification {
  return {
    speakerUri: assistantUri(ctx.home.id, a.id),
    serviceUrl: ctx.serviceUrl,
    organization: a.provider,
    conversationalName: a.name,
    department: ctx.home.name,
    role: '스마트홈 음성 비서',
    synopsis: `${a.name}(${a.provider}) — ${ctx.home.name}의 기기를 한국어로 제어하는 음성 비서`,
    openFloorRoles: { convener: false },
  };
}

export function manifestOf(a: AssistantEntry, ctx: ManifestContext, score?: number): Manifest {
  const operable: DeviceDescription[] = [];
  const refused: DeviceDescription[] = [];
  for (const d of ctx.devices) {
    if (d.deviceType === 'Speaker') continue;
    const ok = ctx.grants.decide(
      a.id,
      { id: d.id, deviceType: d.deviceType, area: d.area ?? null },
      'operate',
    ).allowed;
    (ok ? operable : refused).push(d);
  }
  const keyphrases = [...new Set([...a.wakeWords, '스마트홈', ...operable.map((d) => d.name)])];
  const descriptions = [
    `${ctx.home.name}의 ${operable.length}개 기기를 켜고 끄고 온도, 채널, 밝기를 바꿔요.`,
  ];
  if (refused.length > 0)
    descriptions.push(`${refused.map((d) => d.name).join(', ')}은(는) 제어할 수 없어요.`);
  const capabilities: Manifest['capabilities'] = [
    {
      keyphrases,
      languages: [ctx.home.language],
      descriptions,
      supportedLayers: { input: ['text'], output: ['text'] },
    },
  ];
  if (ctx.hasPlayers) {
    const music = musicServiceOf(a);
    capabilities.push({
      keyphrases: ['음악', '노래', music.name],
      languages: [ctx.home.language],
      descriptions: [`${music.name}의 음악을 스피커에서 틀어요.`],
      supportedLayers: { input: ['text'], output: ['text'] },
    });
  }
  return {
    identification: identificationOf(a, ctx),
    capabilities,
    ...(score !== undefined ? { score } : {}),
  };
}
