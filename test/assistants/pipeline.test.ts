import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { audit, cluster, FakeClock, followUp, say, startSmallHome } from './support/hub.js';

const LOCKED = 1;
const UNLOCKED = 2;

describe('assistants in the conversation pipeline (small virtual home, fake time, real HTTP)', () => {
  const clock = new FakeClock();
  let h: TestHub;
  // Arbitration windows pass between scenarios so each starts from idle satellites.
  const settle = () => clock.advance(60_000);

  beforeAll(async () => {
    h = await startSmallHome(clock);
  });
  afterAll(async () => {
    await h.stop();
  });

  describe('routing by wake word', () => {
    it('tolerates spacing and punctuation in wake words', async () => {
      for (const text of ['지니야, 현관문 잠가줘', '지니야현관문 잠가줘', '기가 지니! 현관문 잠가줘']) {
        settle();
        const r = await say(h, { text, satellite: 'kitchen-mic' });
        expect(r.status).toBe(200);
        expect(r.body.assistant).toBe('genie');
        expect(r.body.actions[0]).toMatchObject({ deviceId: 'door', command: 'LockDoor', status: 'success' });
      }
      settle();
      expect(
        (await say(h, { text: '헤이카카오, 가스 잠가줘', satellite: 'kitchen-mic' })).body.assistant,
      ).toBe('kakao');
      settle();
      expect((await say(h, { text: '하이LG 가스 잠가줘', satellite: 'fridge-voice' })).body.assistant).toBe(
        'thinq',
      );
      settle();
      expect(
        (await say(h, { text: '하이 엘지. 가스 잠가줘', satellite: 'fridge-voice' })).body.assistant,
      ).toBe('thinq');
    });

    it('ignores the wake word of an assistant the satellite does not carry', async () => {
      settle();
      const r = await say(h, { text: '하이 LG, 가스 잠가줘', satellite: 'kitchen-mic' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ assistant: null, understood: false, actions: [] });
    });

    it('takes the explicit assistant when no wake word is heard, and refuses one the satellite lacks', async () => {
      settle();
      const r = await say(h, { text: '가스 잠가줘', satellite: 'kitchen-mic', assistant: 'genie' });
      expect(r.body.assistant).toBe('genie');
      expect(r.body.actions[0]).toMatchObject({ command: 'Close', status: 'success' });
      settle();
      const bad = await say(h, { text: '가스 잠가줘', satellite: 'kitchen-mic', assistant: 'thinq' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('invalid-request');
      settle();
      const none = await say(h, { text: '가스 잠가줘', satellite: 'kitchen-mic' });
      expect(none.body.assistant).toBeNull();
    });
  });

  describe('grants', () => {
    it('Kakao cannot touch the door lock, the gas valve or the heating, and says why in Korean', async () => {
      const before = h.hub.homes()[0]?.runtime.devices().length;
      const cases: Array<[string, string]> = [
        ['헤이 카카오, 현관문 열어줘', 'door'],
        ['헤이 카카오, 현관문 잠가줘', 'door'],
        ['헤이 카카오, 가스 잠가줘', 'gas'],
        ['헤이 카카오, 거실 난방 25도로 맞춰줘', 'heat-living'],
      ];
      for (const [text, device] of cases) {
        settle();
        const r = await say(h, { text, satellite: 'kakao-mini' });
        expect(r.body.assistant).toBe('kakao');
        expect(r.body.understood).toBe(true);
        expect(r.body.actions).toEqual([
          expect.objectContaining({ deviceId: device, status: 'error', error: { code: 'not-allowed' } }),
        ]);
        expect(r.body.response.text).toMatch(/카카오 i에게는 .+ 제어할 권한이 없어요/);
        expect(r.body.needsInput).toBeNull();
      }
      expect(h.hub.homes()[0]?.runtime.devices().length).toBe(before);
      expect((await cluster(h, 'heat-living', 'Thermostat')).OccupiedHeatingSetpoint).toBe(2200);
    });

    it('decides a denial before any vendor is called (no command is recorded)', async () => {
      settle();
      const home = h.hub.homes()[0]?.runtime.id;
      const before = (await h.api(`/api/v1/homes/${home}/commands?limit=1000`)).body.length;
      await say(h, { text: '헤이 카카오, 현관문 잠가줘', satellite: 'kakao-mini' });
      const after = (await h.api(`/api/v1/homes/${home}/commands?limit=1000`)).body.length;
      expect(after).toBe(before);
    });

    it('lets genie set the heating', async () => {
      settle();
      const r = await say(h, { text: '지니야 거실 난방 24도로 맞춰줘', satellite: 'genie-speaker' });
      expect(r.body.actions[0]).toMatchObject({ status: 'success' });
      expect((await cluster(h, 'heat-living', 'Thermostat')).OccupiedHeatingSetpoint).toBe(2400);
    });
  });

  describe('PIN', () => {
    it('asks for the PIN, unlocks with it spoken in Korean numerals, and never echoes it', async () => {
      settle();
      const r1 = await say(h, { text: '지니야, 현관문 열어줘', satellite: 'kitchen-mic' });
      expect(r1.body.needsInput).toMatchObject({ kind: 'pin' });
      expect(r1.body.actions[0]).toMatchObject({
        command: 'UnlockDoor',
        status: 'error',
        error: { code: 'pin-required' },
      });
      expect(r1.body.response.text).toContain('비밀번호');
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(LOCKED);
      const r2 = await followUp(h, r1, '공오일이', 'kitchen-mic');
      expect(r2.body).toMatchObject({
        assistant: 'genie',
        conversationId: r1.body.conversationId,
        needsInput: null,
      });
      expect(r2.body.actions[0]).toMatchObject({ command: 'UnlockDoor', status: 'success' });
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(UNLOCKED);
      const recs = await audit(h, 10);
      const all = JSON.stringify(recs) + JSON.stringify(r1.body) + JSON.stringify(r2.body);
      expect(all).not.toContain('공오일이');
      expect(all).not.toContain('0512');
      expect(recs[0]).toMatchObject({ kind: 'turn', decision: 'allowed', text: '(비밀번호)' });
      await say(h, { text: '지니야 현관문 잠가줘', satellite: 'console' });
    });

    it('accepts the PIN in digits too', async () => {
      settle();
      const r1 = await say(h, { text: '지니야 도어락 열어줘', satellite: 'console' });
      const r2 = await followUp(h, r1, '0 5 1 2', 'console');
      expect(r2.body.actions[0]).toMatchObject({ status: 'success' });
      await say(h, { text: '지니야 현관문 잠가줘', satellite: 'console' });
    });

    it('stores the PIN only as a scrypt hash', async () => {
      const kv = await h.hub.ctx.store.listKv('flat', 'voice-pin');
      const hash = kv.find((k) => k.key === 'voice-pin:hash')?.value ?? '';
      expect(hash).toMatch(/^scrypt\$/);
      expect(JSON.stringify(kv)).not.toContain('0512');
    });

    it('refuses a wrong PIN, and blocks voice unlock for 10 minutes after 3 failures in 10 minutes', async () => {
      settle();
      const r1 = await say(h, { text: '지니야, 현관문 열어줘', satellite: 'console' });
      const wrong1 = await followUp(h, r1, '일이삼사', 'console');
      expect(wrong1.body.actions[0]).toMatchObject({ status: 'error', error: { code: 'pin-invalid' } });
      expect(wrong1.body.response.text).toContain('맞지 않아요');
      expect(wrong1.body.needsInput).toMatchObject({ kind: 'pin' });
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(LOCKED);
      clock.advance(3 * 60_000);
      await followUp(h, r1, '9999', 'console');
      clock.advance(3 * 60_000);
      const third = await followUp(h, r1, '공공공공', 'console');
      expect(third.body.actions[0].error.code).toBe('too-many-requests');
      expect(third.body.response.text).toContain('10분');
      expect(third.body.needsInput).toBeNull();
      // Even the right PIN does not open while blocked.
      clock.advance(60_000);
      const again = await say(h, { text: '지니야 현관문 열어줘', satellite: 'console' });
      expect(again.body.needsInput).toBeNull();
      expect(again.body.actions[0].error.code).toBe('too-many-requests');
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(LOCKED);
      // After 10 minutes it works again.
      clock.advance(10 * 60_000);
      const r3 = await say(h, { text: '지니야 현관문 열어줘', satellite: 'console' });
      const ok = await followUp(h, r3, '공오일이', 'console');
      expect(ok.body.actions[0]).toMatchObject({ status: 'success' });
      await say(h, { text: '지니야 현관문 잠가줘', satellite: 'console' });
    });

    it('forgets failures older than 10 minutes', async () => {
      settle();
      for (let n = 0; n < 2; n++) {
        const r = await say(h, { text: '지니야, 현관문 열어줘', satellite: 'console' });
        await followUp(h, r, '일일일일', 'console');
        clock.advance(6 * 60_000);
      }
      const r = await say(h, { text: '지니야, 현관문 열어줘', satellite: 'console' });
      const w = await followUp(h, r, '일일일일', 'console');
      expect(w.body.actions[0].error.code).toBe('pin-invalid'); // the first failure is outside the window
    });
  });

  describe('forbidden actions', () => {
    it('refuses opening the gas valve for everyone, and closing works', async () => {
      for (const [text, sat] of [
        ['지니야 가스 밸브 열어줘', 'kitchen-mic'],
        ['하이 엘지 가스 밸브 열어줘', 'fridge-voice'],
      ] as const) {
        settle();
        const r = await say(h, { text, satellite: sat });
        expect(r.body.actions[0]).toMatchObject({
          command: 'Open',
          status: 'error',
          error: { code: 'forbidden' },
        });
        expect(r.body.response.text).toContain('안전을 위해');
        // Never done through the hub, on any face: not a matter of voice.
        expect(r.body.response.text).toContain('허브를 통해서는 열 수 없어요');
        expect(r.body.needsInput).toBeNull();
        // A PIN does not help either.
        const p = await followUp(h, r, '공오일이', sat);
        expect(p.body.actions.every((a: any) => a.status !== 'success')).toBe(true);
      }
      settle();
      await say(h, { text: '지니야 가스 잠가줘', satellite: 'kitchen-mic' });
      expect((await cluster(h, 'gas', 'ValveConfigurationAndControl')).CurrentState).toBe(0);
      const recs = await audit(h, 30);
      expect(recs.some((r) => r.kind === 'command' && r.decision === 'forbidden')).toBe(true);
    });
  });

  describe('conversations', () => {
    it('expires a pending PIN question after 5 minutes', async () => {
      settle();
      const r1 = await say(h, { text: '지니야 현관문 열어줘', satellite: 'console' });
      clock.advance(5 * 60_000 + 1);
      const r2 = await followUp(h, r1, '공오일이', 'console');
      expect(r2.status).toBe(404); // an expired conversation is as unknown as one that never was
      expect(r2.body.error.code).toBe('unknown-conversation');
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(LOCKED);
    });

    it('starts a new conversation on a new wake word', async () => {
      settle();
      const r1 = await say(h, { text: '지니야 현관문 열어줘', satellite: 'console' });
      const r2 = await followUp(h, r1, '지니야 가스 잠가줘', 'console');
      expect(r2.body.conversationId).not.toBe(r1.body.conversationId);
      const r3 = await followUp(h, r1, '공오일이', 'console');
      expect(r3.status).toBe(404); // the interrupted conversation is gone
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(LOCKED);
    });

    it('does not take a follow-up from another satellite', async () => {
      settle();
      const r1 = await say(h, { text: '지니야 현관문 열어줘', satellite: 'console' });
      const r2 = await followUp(h, r1, '공오일이', 'kitchen-mic');
      expect(r2.status).toBe(404); // a conversation belongs to its satellite
      expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(LOCKED);
    });
  });

  describe('arbitration on one satellite', () => {
    const state = async (sat: string) => {
      const r = await h.api('/api/v1/homes/flat/satellites');
      return r.body.find((s: any) => s.id === sat).dialog;
    };

    it('speaks, then goes idle; shows the dialog state in the API', async () => {
      settle();
      expect((await state('kitchen-mic')).state).toBe('idle');
      await say(h, { text: '지니야 가스 잠가줘', satellite: 'kitchen-mic' });
      expect(await state('kitchen-mic')).toMatchObject({ state: 'speaking', assistant: 'genie' });
      clock.advance(20_000);
      expect((await state('kitchen-mic')).state).toBe('idle');
    });

    it('ignores other wake words while an assistant listens for an answer; barge-in only while speaking', async () => {
      settle();
      const q = await say(h, { text: '지니야 현관문 열어줘', satellite: 'kitchen-mic' });
      expect(await state('kitchen-mic')).toMatchObject({ state: 'speaking', assistant: 'genie' });
      // While genie speaks the question, Kakao may barge in.
      const barge = await say(h, { text: '헤이 카카오 가스 잠가줘', satellite: 'kitchen-mic' });
      expect(barge.body.assistant).toBe('kakao');
      // Genie asks again; once it has spoken, it listens: Kakao's wake word is ignored now.
      const q2 = await say(h, { text: '지니야 현관문 열어줘', satellite: 'kitchen-mic' });
      expect(q2.body.needsInput).toMatchObject({ kind: 'pin' });
      clock.advance(5_000);
      expect(await state('kitchen-mic')).toMatchObject({ state: 'listening', assistant: 'genie' });
      const ignored = await say(h, { text: '헤이 카카오 가스 잠가줘', satellite: 'kitchen-mic' });
      expect(ignored.body).toMatchObject({ assistant: null, actions: [] });
      // The answer still reaches genie.
      const pin = await followUp(h, q2, '공오일이', 'kitchen-mic');
      expect(pin.body.actions[0]).toMatchObject({ status: 'success' });
      void q;
      // After the listening window the satellite is free again.
      clock.advance(60_000);
      expect(
        (await say(h, { text: '헤이 카카오 가스 잠가줘', satellite: 'kitchen-mic' })).body.assistant,
      ).toBe('kakao');
      settle();
      await say(h, { text: '지니야 현관문 잠가줘', satellite: 'console' });
    });

    it('a universal stop ends the dialog of whoever holds it', async () => {
      settle();
      const q = await say(h, { text: '지니야 현관문 열어줘', satellite: 'kitchen-mic' });
      clock.advance(5_000);
      const stop = await say(h, { text: '그만', satellite: 'kitchen-mic' });
      expect(stop.body.assistant).toBe('genie');
      expect((await state('kitchen-mic')).state).toBe('idle');
      // The PIN question is gone.
      const pin = await followUp(h, q, '공오일이', 'kitchen-mic');
      expect(pin.body.actions.some((a: any) => a.status === 'success')).toBe(false);
      // Said with another assistant's wake word, it still reaches the holder.
      settle();
      await say(h, { text: '지니야 현관문 열어줘', satellite: 'kitchen-mic' });
      clock.advance(5_000);
      const stop2 = await say(h, { text: '헤이 카카오, 멈춰', satellite: 'kitchen-mic' });
      expect(stop2.body.assistant).toBe('genie');
    });

    it('handles the same utterance heard by several satellites within 2 s once, by the first', async () => {
      settle();
      const a = await say(h, { text: '지니야 가스 잠가줘', satellite: 'kitchen-mic' });
      clock.advance(800);
      const b = await say(h, { text: '지니야, 가스 잠가 줘', satellite: 'genie-speaker' });
      const c = await say(h, { text: '지니야 가스 잠가줘', satellite: 'console' }); // typed, not heard
      expect(a.body.assistant).toBe('genie');
      expect(b.body).toMatchObject({ assistant: null, actions: [] });
      expect(c.body.assistant).toBe('genie');
      clock.advance(2_500);
      const d = await say(h, { text: '지니야 가스 잠가줘', satellite: 'genie-speaker' });
      expect(d.body.assistant).toBe('genie');
      const recs = await audit(h, 10);
      expect(
        recs.some(
          (r) => r.kind === 'turn' && r.satellite === 'genie-speaker' && r.outcome?.ignored === 'duplicate',
        ),
      ).toBe(true);
    });
  });

  describe('media on player satellites', () => {
    const media = async (sat: string) =>
      (await h.api('/api/v1/homes/flat/satellites')).body.find((s: any) => s.id === sat).media;

    it("plays from the calling assistant's own service on the satellite that heard it", async () => {
      settle();
      const r = await say(h, { text: '지니야 음악 틀어줘', satellite: 'genie-speaker' });
      expect(r.body.actions[0]).toMatchObject({
        deviceId: 'genie-speaker',
        cluster: 'MediaPlayback',
        command: 'Play',
        status: 'success',
      });
      expect(r.body.response.text).toContain('지니뮤직');
      expect((await cluster(h, 'genie-speaker', 'MediaPlayback')).CurrentState).toBe(0);
      expect(await media('genie-speaker')).toMatchObject({
        state: 'playing',
        assistant: 'genie',
        service: '지니뮤직',
      });
      settle();
      const k = await say(h, { text: '헤이 카카오, 아이유 노래 틀어줘', satellite: 'kakao-mini' });
      expect(k.body.response.text).toContain('멜론');
      expect(k.body.response.text).toContain('아이유');
      expect((await media('kakao-mini')).track.artist).toBe('아이유');
      expect((await cluster(h, 'genie-speaker', 'MediaPlayback')).CurrentState).toBe(0);
    });

    it('pauses, resumes, skips and sets the volume', async () => {
      settle();
      const first = (await media('genie-speaker')).track.title;
      await say(h, { text: '지니야 다음 곡', satellite: 'genie-speaker' });
      expect((await media('genie-speaker')).track.title).not.toBe(first);
      for (const [text, name, attribute, value] of [
        ['지니야 일시정지', 'MediaPlayback', 'CurrentState', 1],
        ['지니야 다시 틀어줘', 'MediaPlayback', 'CurrentState', 0],
        ['지니야 볼륨 30으로', 'LevelControl', 'CurrentLevel', 30],
        ['지니야 소리 키워줘', 'LevelControl', 'CurrentLevel', 40],
      ] as const) {
        settle();
        await say(h, { text, satellite: 'genie-speaker' });
        expect((await cluster(h, 'genie-speaker', name))[attribute], text).toBe(value);
      }
    });

    it('a universal stop reaches the playing media', async () => {
      settle();
      const r = await say(h, { text: '그만', satellite: 'genie-speaker' });
      expect(r.body.assistant).toBe('genie');
      expect((await cluster(h, 'genie-speaker', 'MediaPlayback')).CurrentState).toBe(1);
    });
  });

  describe('audit', () => {
    it('records every turn and action with assistant, satellite, conversation, decision and outcome, newest first', async () => {
      settle();
      const r = await say(h, { text: '헤이 카카오, 현관문 열어줘', satellite: 'kakao-mini' });
      const recs = await audit(h, 5);
      expect(recs[0]).toMatchObject({
        kind: 'turn',
        assistant: 'kakao',
        satellite: 'kakao-mini',
        conversationId: r.body.conversationId,
        text: '헤이 카카오, 현관문 열어줘',
        decision: 'denied',
      });
      expect(typeof recs[0].at).toBe('number');
      expect(typeof recs[0].principal).toBe('string');
      expect(recs[0].outcome).toBeDefined();
      expect(recs[1]).toMatchObject({
        kind: 'command',
        assistant: 'kakao',
        decision: 'denied',
        conversationId: r.body.conversationId,
      });
      expect(recs[1].outcome).toMatchObject({ deviceId: 'door', command: 'UnlockDoor', code: 'not-allowed' });
      for (let n = 1; n < recs.length; n++) expect(recs[n - 1].at).toBeGreaterThanOrEqual(recs[n].at);
      const decisions = new Set((await audit(h, 1000)).map((x) => x.decision));
      for (const d of ['allowed', 'denied', 'pin-required', 'forbidden', 'not-understood'])
        expect(decisions).toContain(d);
    });

    it('needs a token', async () => {
      const r = await h.api('/api/v1/homes/flat/audit', { token: null });
      expect(r.status).toBe(401);
    });
  });
});
