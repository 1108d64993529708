/** A hub for the assistants' tests: a small all-virtual home (or the demo home), fake time, real HTTP. */
import { existsSync } from 'node:fs';
import type { FloorOptions } from '../../../src/faces/openfloor/floor.js';
import type { Clock } from '../../../src/hub/context.js';
import { homeFromYaml, startTestHub, type TestHub, voiceSecurityYaml } from '../../support/hub.js';
import { testUnderstander } from './understander.js';

export class FakeClock implements Clock {
  t = Date.UTC(2026, 0, 5, 1, 0, 0);
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export const SMALL_HOME = `
version: 1
home: { id: flat, name: 테스트 아파트, language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: 거실 }
  - { id: kitchen, name: 주방 }
  - { id: entrance, name: 현관 }
assistants:
  - { id: genie, name: 기가지니, provider: KT, wakeWords: [지니야, 기가지니] }
  - { id: thinq, name: LG 씽큐, provider: LG Electronics, wakeWords: [하이 엘지, 하이 LG] }
  - { id: kakao, name: 카카오 i, provider: Kakao, wakeWords: [헤이 카카오, 헤이카카오] }
satellites:
  - { id: genie-speaker, name: 기가지니 스피커, area: living, assistants: [genie], player: true }
  - { id: kitchen-mic, name: 주방 마이크, area: kitchen, assistants: [genie, kakao] }
  - { id: fridge-voice, name: 냉장고 음성인식, area: kitchen, assistants: [thinq] }
  - { id: kakao-mini, name: 카카오 미니, area: living, assistants: [kakao], player: true }
  - { id: console, name: 관리 콘솔, assistants: [genie, thinq, kakao] }
grants:
  - { assistant: kakao, deny: { deviceTypes: [DoorLock, GasValve, Thermostat] } }
  - { assistant: '*', privilege: operate }
${voiceSecurityYaml('0512')}
connections:
  - id: wallpad
    adapter: virtual
    simulator:
      devices:
        - { externalId: heat-living, type: heating, state: { on: true, targetC: 22, currentC: 21 } }
        - { externalId: door-01, type: door-lock, state: { locked: true } }
        - { externalId: gas-01, type: gas-valve, state: { open: true } }
devices:
  - { id: heat-living, connection: wallpad, externalId: heat-living, name: 거실 난방, aliases: [난방, 보일러], area: living }
  - { id: door, connection: wallpad, externalId: door-01, name: 현관문, aliases: [도어락], area: entrance }
  - { id: gas, connection: wallpad, externalId: gas-01, name: 가스 밸브, aliases: [가스, 가스밸브], area: kitchen }
`;

export const koreanEnginePresent = existsSync(new URL('../../../src/nlu/ko/index.ts', import.meta.url));

/** The small home; `agents`: the external Open Floor agents its home file lists. */
export async function startSmallHome(
  clock: Clock,
  floor: FloorOptions = {},
  agents: string[] = [],
): Promise<TestHub> {
  const listed = agents.length
    ? `openFloor:\n  agents:\n${agents.map((u, i) => `    - { url: '${u}', name: agent-${i} }`).join('\n')}\n`
    : '';
  return startTestHub({
    homes: [homeFromYaml(SMALL_HOME + listed)],
    clock,
    understander: testUnderstander,
    faces: { openFloor: floor },
  });
}

/** The demo home with the Korean engine (the test understander only while the engine is absent). */
export async function startDemoHome(clock?: Clock, floor: FloorOptions = {}): Promise<TestHub> {
  return startTestHub({
    ...(clock ? { clock } : {}),
    ...(koreanEnginePresent ? {} : { understander: testUnderstander }),
    faces: { openFloor: floor },
  });
}

export const say = (h: TestHub, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  h.api(`/api/v1/homes/${h.hub.homes()[0]?.runtime.id}/conversation`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers,
  });

export const cluster = async (h: TestHub, device: string, name: string) => {
  const home = h.hub.homes()[0]?.runtime.id;
  const r = await h.api(`/api/v1/homes/${home}/devices/${device}`);
  return r.body.endpoints.find((e: any) => e.clusters[name])?.clusters[name];
};

/** The next utterance in the conversation of an earlier turn (an answer to its question, such as a PIN). */
export const followUp = (h: TestHub, turn: { body: any }, text: string, satellite: string) =>
  say(h, { text, satellite, conversationId: turn.body.conversationId });

export const audit = async (h: TestHub, limit = 50) => {
  const home = h.hub.homes()[0]?.runtime.id;
  return (await h.api(`/api/v1/homes/${home}/audit?limit=${limit}`)).body as any[];
};
