/**
 * Managing routines by voice goes through the gate (src/routines/voice-gate.ts): a turn lists only
 * the routines whose devices its assistant can see, and switches, deletes or runs only those whose
 * commands its assistant's own grants allow outright (no PIN) or that this same assistant made.
 * The demo home: kakao is denied DoorLock, GasValve and Thermostat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHomeFile } from '../../src/home/load.js';
import { followUp, say } from '../assistants/support/hub.js';
import { DEMO_HOME, startTestHub, type TestHub, tempDir } from '../support/hub.js';
import { MovableClock, seoul } from './support.js';

const R = '/api/v1/homes/demo/routines';

describe('routines by voice, through the gate', () => {
  const clock = new MovableClock(seoul(2026, 12, 3, 10, 0));
  let h: TestHub;
  const speak = async (text: string, satellite: string) => {
    clock.advance(60_000);
    const r = await say(h, { text, satellite });
    expect(r.status).toBe(200);
    return r.body.response.text as string;
  };
  const enabled = async (id: string) => (await h.api(`${R}/${id}`)).body.enabled;
  const runs = (id: string) => h.hub.home('demo')?.routines.lastRuns(id).length ?? 0;

  beforeAll(async () => {
    h = await startTestHub({ clock });
    const post = async (body: unknown) => {
      const r = await h.api(R, { method: 'POST', body: JSON.stringify(body) });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    // Made by the owner on the API: one on the living light, one watching the door, one with a PIN action.
    await post({
      id: 'morning',
      name: '거실 아침',
      triggers: [{ type: 'time', at: '07:00' }],
      actions: [{ type: 'command', device: 'living-light', cluster: 'OnOff', command: 'On' }],
    });
    await post({
      id: 'door-notice',
      name: '현관 알림',
      triggers: [{ type: 'event', device: 'door', event: 'opened' }],
      actions: [{ type: 'notice', text: '현관문이 열렸어요.' }],
    });
    await post({
      id: 'door-unlock',
      name: '현관 자동 열기',
      actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'UnlockDoor' }],
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('lists to an assistant only the routines whose devices it can see', async () => {
    const genie = await speak('지니야, 무슨 루틴 있어?', 'genie-speaker');
    expect(genie).toMatch(/^루틴이 3개 있어요\./);
    const kakao = await speak('헤이 카카오, 무슨 루틴 있어?', 'kakao-mini');
    expect(kakao).toBe('루틴이 1개 있어요. 거실 아침.');
  });

  it('an assistant denied the door cannot switch off or run a routine on it; it does not exist for it', async () => {
    expect(await speak('헤이 카카오, 현관 알림 루틴 꺼줘', 'kakao-mini')).toBe(
      '"현관 알림" 루틴을 찾지 못했어요.',
    );
    expect(await enabled('door-notice')).toBe(true);
    expect(await speak('헤이 카카오, 현관 자동 열기 루틴 실행해줘', 'kakao-mini')).toContain('찾지 못했어요');
    expect(runs('door-unlock')).toBe(0);
    // genie may operate the door: it switches the notice routine off.
    expect(await speak('지니야, 현관 알림 루틴 꺼줘', 'genie-speaker')).toBe('"현관 알림" 루틴을 껐어요.');
    expect(await enabled('door-notice')).toBe(false);
  });

  it('a routine with a PIN action is not run or switched by voice, even by an assistant allowed the door', async () => {
    const said = await speak('지니야, 현관 자동 열기 루틴 실행해줘', 'genie-speaker');
    expect(said).toContain('비밀번호가 필요한 현관문 동작이 있어서');
    expect(await speak('지니야, 현관 자동 열기 루틴 꺼줘', 'genie-speaker')).toContain('비밀번호가 필요한');
    expect(await enabled('door-unlock')).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(runs('door-unlock')).toBe(0);
    const lock = h.hub.home('demo')?.runtime.device('door')?.endpoints[0]?.clusters.DoorLock?.LockState;
    expect(lock).toBe(1);
  });

  it('an assistant whose grants cover a routine made by someone else may switch it off', async () => {
    expect(await speak('헤이 카카오, 거실 아침 루틴 꺼줘', 'kakao-mini')).toBe('"거실 아침" 루틴을 껐어요.');
    expect(await enabled('morning')).toBe(false);
  });
});

describe('routines by voice, after the grants change', () => {
  it('the assistant that made a routine may still switch it off; one it did not make, not', async () => {
    const dataDir = tempDir();
    const clock = new MovableClock(seoul(2026, 12, 3, 10, 0));
    const first = await startTestHub({ dataDir, clock });
    clock.advance(60_000);
    const asked = await say(first, {
      text: '헤이 카카오, 매일 아침 7시에 거실 불 켜줘',
      satellite: 'kakao-mini',
    });
    expect(asked.body.needsInput?.kind, asked.body.response.text).toBe('confirm');
    const yes = await followUp(first, asked, '네', 'kakao-mini');
    const mine = yes.body.intents[0].slots.id as string;
    const other = await first.api(R, {
      method: 'POST',
      body: JSON.stringify({
        id: 'evening-light',
        name: '거실 저녁',
        triggers: [{ type: 'time', at: '19:00' }],
        actions: [{ type: 'command', device: 'living-light', cluster: 'OnOff', command: 'On' }],
      }),
    });
    expect(other.status).toBe(201);
    await first.stop();
    // kakao may now only look at devices (privilege view): it operates nothing any more.
    const file = loadHomeFile(DEMO_HOME);
    file.grants.splice(file.grants.length - 1, 0, { assistant: 'kakao', privilege: 'view' });
    const h = await startTestHub({ homes: [file], dataDir, clock });
    try {
      clock.advance(60_000);
      const refused = await say(h, { text: '헤이 카카오, 거실 저녁 루틴 꺼줘', satellite: 'kakao-mini' });
      expect(refused.body.response.text).toBe(
        '"거실 저녁" 루틴은 카카오 i가 조작할 수 없는 거실 조명 기기를 다뤄서 음성으로 바꾸거나 실행할 수 없어요.',
      );
      expect((await h.api(`${R}/evening-light`)).body.enabled).toBe(true);
      clock.advance(60_000);
      const off = await say(h, { text: '헤이 카카오, 아침 루틴 꺼줘', satellite: 'kakao-mini' });
      expect(off.body.response.text).toContain('루틴을 껐어요');
      expect((await h.api(`${R}/${mine}`)).body.enabled).toBe(false);
    } finally {
      await h.stop();
    }
  }, 30_000);
});
