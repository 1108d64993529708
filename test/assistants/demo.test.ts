/**
 * The "Done when" on the demo home (../../fixtures/demo-home.yaml, the same as the shared
 * one), with the Korean engine when it is built in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { envelopeOf, envelopeProblems, textOf, utterance } from './support/envelopes.js';
import { audit, cluster, followUp, koreanEnginePresent, say, startDemoHome } from './support/hub.js';

const USER = 'tag:user.example,2026:demo';

describe(`demo home: assistants as the home file says (${koreanEnginePresent ? 'Korean engine' : 'test understander'})`, () => {
  let h: TestHub;
  beforeAll(async () => {
    h = await startDemoHome();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('Kakao cannot touch the door lock, the gas valve or the heating', async () => {
    for (const [text, device] of [
      ['헤이 카카오, 현관문 열어줘', 'door'],
      ['헤이 카카오, 가스 잠가줘', 'gas'],
      ['헤이 카카오, 거실 난방 25도로 맞춰줘', 'heat-living'],
    ]) {
      const r = await say(h, { text, satellite: 'kakao-mini' });
      expect(r.body.assistant).toBe('kakao');
      expect(r.body.actions.length).toBeGreaterThan(0);
      for (const a of r.body.actions)
        expect(a).toMatchObject({ deviceId: device, status: 'error', error: { code: 'not-allowed' } });
      expect(r.body.response.text).toContain('권한');
    }
    expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(1);
    expect((await cluster(h, 'heat-living', 'Thermostat')).OccupiedHeatingSetpoint).toBe(2200);
  });

  it('unlocking the door by voice needs "공오일이" in the next turn, and fails on a wrong PIN', async () => {
    const ask = await say(h, { text: '지니야, 현관문 열어줘', satellite: 'genie-speaker' });
    expect(ask.body.needsInput).toMatchObject({ kind: 'pin' });
    const wrong = await followUp(h, ask, '일이삼사', 'genie-speaker');
    expect(wrong.body.actions.every((a: any) => a.status === 'error')).toBe(true);
    expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(1);
    const ok = await followUp(h, ask, '공오일이', 'genie-speaker');
    expect(ok.body.actions[0]).toMatchObject({ deviceId: 'door', command: 'UnlockDoor', status: 'success' });
    expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(2);
  });

  it('opening the gas valve by voice is refused for everyone; closing works', async () => {
    for (const [text, satellite] of [
      ['지니야 가스 밸브 열어줘', 'console'],
      ['하이 엘지 가스 밸브 열어줘', 'fridge-voice'],
      ['하이 빅스비 가스 밸브 열어줘', 'galaxy-buds'],
      ['아리아 가스 밸브 열어줘', 'nugu-candle'],
      ['클로바 가스 밸브 열어줘', 'clova-speaker'],
    ]) {
      const r = await say(h, { text, satellite });
      expect(r.body.actions[0], text).toMatchObject({
        deviceId: 'gas',
        status: 'error',
        error: { code: 'forbidden' },
      });
    }
    const close = await say(h, { text: '지니야 가스 잠가줘', satellite: 'console' });
    expect(close.body.actions[0]).toMatchObject({ deviceId: 'gas', status: 'success' });
    expect((await cluster(h, 'gas', 'ValveConfigurationAndControl')).CurrentState).toBe(0);
    expect((await audit(h, 100)).some((r) => r.decision === 'forbidden')).toBe(true);
  });

  /** One envelope from the user in the conversation demo-of. */
  const openFloor = (events: unknown[]) =>
    h.api('/api/v1/homes/demo/openfloor', {
      method: 'POST',
      body: JSON.stringify(envelopeOf(USER, 'demo-of', events)),
    });

  it("an Open Floor utterance to genie's speakerUri sets the fridge to 5 °C; getManifests returns the six assistants", async () => {
    const m = await openFloor([{ eventType: 'getManifests' }]);
    expect(m.status).toBe(200);
    expect(envelopeProblems(m.body)).toEqual([]);
    const manifests = m.body.openFloor.events[0].parameters.servicingManifests;
    expect(manifests).toHaveLength(6);
    const genie = manifests.find((x: any) => x.identification.conversationalName === '기가지니')
      .identification.speakerUri;

    const r = await openFloor([utterance(USER, '냉장고 온도 5도로 맞춰줘', { speakerUri: genie })]);
    expect(r.status).toBe(200);
    expect(envelopeProblems(r.body)).toEqual([]);
    const ev = r.body.openFloor.events[0];
    expect(ev.eventType).toBe('utterance');
    expect(ev.parameters.dialogEvent.speakerUri).toBe(genie);
    expect(textOf(ev)).toContain('5');
    const fridge = (await h.api('/api/v1/homes/demo/devices/fridge')).body;
    const cab = fridge.endpoints.find((e: any) => e.tags.includes('Refrigerator'));
    expect(cab.clusters.TemperatureControl.TemperatureSetpoint).toBe(500);
  });

  it('shows the satellites with their dialog state', async () => {
    const r = await h.api('/api/v1/homes/demo/satellites');
    expect(r.status).toBe(200);
    expect(r.body.map((s: any) => s.id)).toEqual([
      'genie-speaker',
      'fridge-voice',
      'galaxy-buds',
      'nugu-candle',
      'kakao-mini',
      'clova-speaker',
      'console',
    ]);
    for (const s of r.body) expect(['idle', 'listening', 'thinking', 'speaking']).toContain(s.dialog.state);
  });
});
