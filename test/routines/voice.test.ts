/**
 * The done-cases, through the public surfaces of a real hub on the demo home (real vendor
 * simulators, the embedded MQTT broker, SQLite): routines created by voice fire across vendors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cluster, followUp, say } from '../assistants/support/hub.js';
import { waitUntil } from '../support/commands.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { MovableClock, seoul } from './support.js';

const R = '/api/v1/homes/demo/routines';

describe('routines by voice on the demo home', () => {
  const clock = new MovableClock(seoul(2026, 12, 3, 10, 0));
  let h: TestHub;
  const settle = () => clock.advance(60_000);

  beforeAll(async () => {
    h = await startTestHub({ clock });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** Says a routine, checks it is repeated back as a question, confirms it, and returns the new routine. */
  async function create(text: string, satellite = 'genie-speaker') {
    settle();
    const asked = await say(h, { text, satellite });
    expect(asked.status).toBe(200);
    expect(asked.body.needsInput?.kind, asked.body.response.text).toBe('confirm');
    expect(asked.body.response.text).toMatch(/루틴을 만들까요\?$/);
    const before = (await h.api(R)).body.length;
    const yes = await followUp(h, asked, '네', satellite);
    expect(yes.body.response.text).toMatch(/루틴을 만들었어요/);
    const list = (await h.api(R)).body as any[];
    expect(list.length).toBe(before + 1);
    const made = list.find((r) => r.id === yes.body.intents[0].slots.id);
    expect(made).toMatchObject({ enabled: true, createdVia: 'voice', createdBy: 'owner:owner' });
    return { asked, made };
  }

  it('"현관문이 열리면 현관 불 켜 줘": unlocking the door with the PIN turns the entrance light on within 1 s', async () => {
    const { asked, made } = await create('지니야, 현관문이 열리면 현관 불 켜 줘');
    expect(asked.body.response.text).toContain('현관문이 열리면');
    expect(made.triggers).toEqual([{ type: 'event', device: 'door', event: 'opened' }]);
    expect(made.actions[0]).toMatchObject({
      type: 'command',
      device: 'entrance-light',
      cluster: 'OnOff',
      command: 'On',
    });
    expect((await cluster(h, 'entrance-light', 'OnOff')).OnOff).toBe(false);

    settle();
    const open = await say(h, { text: '지니야, 현관문 열어줘', satellite: 'genie-speaker' });
    expect(open.body.needsInput?.kind).toBe('pin');
    const pin = await followUp(h, open, '공오일이', 'genie-speaker');
    expect(pin.body.actions[0]).toMatchObject({ deviceId: 'door', command: 'UnlockDoor', status: 'success' });
    const unlocked = Date.now();
    const light = h.hub.home('demo')?.runtime.device('entrance-light');
    await waitUntil(() => light?.endpoints[0]?.clusters.OnOff?.OnOff === true, 1000, 10);
    expect(Date.now() - unlocked).toBeLessThan(1000);
    // The run is recorded (and audited) once its last action is done.
    await waitUntil(() => (h.hub.home('demo')?.routines.lastRuns(made.id).length ?? 0) > 0, 2000);
    const runs = (await h.api(`${R}/${made.id}/runs`)).body as any[];
    expect(runs[0]).toMatchObject({ outcome: 'success', trigger: { kind: 'event', index: 0 } });
    expect(runs[0].actions[0]).toMatchObject({ status: 'success', device: 'entrance-light', command: 'On' });
    expect(typeof runs[0].actions[0].ms).toBe('number');
    // The run is in the audit, as the principal who created it.
    const audited = async () =>
      ((await h.api('/api/v1/homes/demo/audit?limit=200')).body as any[]).find(
        (a) => a.kind === 'routine' && a.outcome.routine === made.id,
      );
    await expect.poll(audited).toBeTruthy();
    expect(await audited()).toMatchObject({
      principal: 'owner:owner',
      decision: 'success',
    });
  });

  it('"세탁 끝나면 거실 TV에 알려줘": the washer simulator finishing makes the living-room player announce it in Korean', async () => {
    const { made } = await create('지니야, 세탁 끝나면 거실 TV에 알려줘');
    expect(made.triggers).toEqual([{ type: 'event', device: 'washer', event: 'cycleFinished' }]);
    expect(made.actions).toEqual([{ type: 'announce', device: 'settop', text: '세탁이 끝났어요.' }]);
    const heard: Array<{ satellite: string; text: string }> = [];
    const off = h.hub.ctx.bus.on('routineAnnounced', (e) => heard.push(e));
    try {
      const start = await h.api('/api/v1/homes/demo/devices/washer/commands', {
        method: 'POST',
        body: JSON.stringify({ endpoint: 'main', cluster: 'OperationalState', command: 'Start', args: {} }),
      });
      expect(start.status, JSON.stringify(start.body)).toBe(200);
      expect(heard).toEqual([]);
      // The LG cloud simulator lets the cycle run to its end; the hub learns it from LG's own API.
      const sim = h.hub.home('demo')?.runtime.simulatorUrl('lg');
      const adv = await fetch(`${sim}/__sim/advance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seconds: 6 * 3600 }),
      });
      expect(adv.status).toBe(200);
      await waitUntil(() => heard.length > 0, 5000);
      expect(heard).toEqual([
        { home: 'demo', routine: made.id, satellite: 'genie-speaker', text: '세탁이 끝났어요.' },
      ]);
    } finally {
      off();
    }
  });

  it('"매일 아침 7시에 거실 불 켜줘" runs at 7 when the hub clock gets there, not before', async () => {
    const { made } = await create('지니야, 매일 아침 7시에 거실 불 켜줘');
    expect(made.triggers).toEqual([{ type: 'time', at: '07:00' }]);
    expect(made.actions[0]).toMatchObject({ device: 'living-light', command: 'On' });
    const light = () =>
      h.hub.home('demo')?.runtime.device('living-light')?.endpoints[0]?.clusters.OnOff?.OnOff;
    expect(light()).toBe(false);
    clock.set(seoul(2026, 12, 4, 6, 59, 50));
    await new Promise((r) => setTimeout(r, 200));
    expect(light()).toBe(false);
    expect((await h.api(`${R}/${made.id}/runs`)).body).toEqual([]);
    clock.set(seoul(2026, 12, 4, 7, 0, 1));
    await waitUntil(() => light() === true, 2000);
    await waitUntil(() => (h.hub.home('demo')?.routines.lastRuns(made.id).length ?? 0) > 0, 2000);
    const runs = (await h.api(`${R}/${made.id}/runs`)).body as any[];
    expect(runs[0]).toMatchObject({
      outcome: 'success',
      trigger: { kind: 'time', detail: '2026-12-03T22:00:00.000Z' },
    });
  });

  it('"아침 루틴 꺼줘" switches it off and "무슨 루틴 있어?" lists them', async () => {
    settle();
    const list = await say(h, { text: '지니야, 무슨 루틴 있어?', satellite: 'genie-speaker' });
    expect(list.body.response.text).toMatch(/^루틴이 3개 있어요\./);
    expect(list.body.response.text).toContain('매일 아침 7시에 거실 불 켜줘');
    settle();
    const off = await say(h, { text: '지니야, 아침 루틴 꺼줘', satellite: 'genie-speaker' });
    expect(off.body.response.text).toContain('루틴을 껐어요');
    const routines = (await h.api(R)).body as any[];
    expect(routines.filter((r) => !r.enabled).map((r) => r.name)).toEqual([
      '지니야, 매일 아침 7시에 거실 불 켜줘'.slice(5),
    ]);
    settle();
    const again = await say(h, { text: '지니야, 무슨 루틴 있어?', satellite: 'genie-speaker' });
    expect(again.body.response.text).toContain('(꺼짐)');
  });

  it('creates nothing when the answer is no', async () => {
    settle();
    const before = (await h.api(R)).body.length;
    const asked = await say(h, { text: '지니야, 매일 밤 11시에 거실 불 꺼줘', satellite: 'genie-speaker' });
    expect(asked.body.needsInput?.kind).toBe('confirm');
    expect(asked.body.response.text).toBe('매일 오후 11시에 거실 조명 끄기, 이 루틴을 만들까요?');
    const no = await followUp(h, asked, '아니요', 'genie-speaker');
    expect(no.body.response.text).toBe('알겠어요, 루틴을 만들지 않을게요.');
    expect((await h.api(R)).body.length).toBe(before);
  });

  it('a routine with the gas valve Open is refused at creation, by voice and by the API', async () => {
    const before = (await h.api(R)).body.length;
    settle();
    const spoken = await say(h, { text: '지니야, 매일 밤 10시에 가스 열어줘', satellite: 'genie-speaker' });
    expect(spoken.body.needsInput).toBeNull();
    expect(spoken.body.response.text).toMatch(/만들 수 없어요/);
    const api = await h.api(R, {
      method: 'POST',
      body: JSON.stringify({
        name: '가스 열기',
        triggers: [{ type: 'time', at: '22:00' }],
        actions: [
          {
            type: 'command',
            device: 'gas',
            cluster: 'ValveConfigurationAndControl',
            command: 'Open',
            args: {},
          },
        ],
      }),
    });
    expect(api.status).toBe(403);
    expect(api.body.error.code).toBe('forbidden');
    expect((await h.api(R)).body.length).toBe(before);
  });

  it('a PIN action is refused in a voice routine, kept in the owner’s API routine', async () => {
    settle();
    const spoken = await say(h, {
      text: '지니야, 매일 아침 8시에 현관문 열어줘',
      satellite: 'genie-speaker',
    });
    expect(spoken.body.needsInput).toBeNull();
    expect(spoken.body.response.text).toContain('비밀번호');
    const api = await h.api(R, {
      method: 'POST',
      body: JSON.stringify({
        name: '문 열기',
        actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'UnlockDoor', args: {} }],
      }),
    });
    expect(api.status, JSON.stringify(api.body)).toBe(201);
    expect(api.body).toMatchObject({ createdVia: 'api', createdBy: 'owner:owner', triggers: [] });
  });
});
