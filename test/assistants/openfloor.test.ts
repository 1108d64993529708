import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import {
  envelopeOf,
  envelopeProblems,
  legacyProblems,
  sample,
  textOf,
  utterance,
} from './support/envelopes.js';
import { cluster, FakeClock, startSmallHome } from './support/hub.js';

const USER = 'tag:user.example,2026:alice';
const genie = 'tag:yeondong.home,2025:flat/assistant/genie';
const kakao = 'tag:yeondong.home,2025:flat/assistant/kakao';

const utter = (text: string, to?: Record<string, unknown>) => utterance(USER, text, to);
const envelope = (conversationId: string, events: unknown[], sender = USER) =>
  envelopeOf(sender, conversationId, events);

describe('Open Floor 1.1: the hub as floor manager of the home assistants', () => {
  const clock = new FakeClock();
  let h: TestHub;
  let external: Server;
  let externalUrl = '';
  const externalSeen: any[] = [];
  const EXT = 'tag:weather.example,2026:bot';

  const post = async (body: unknown, raw = false) => {
    const r = await h.api('/api/v1/homes/flat/openfloor', {
      method: 'POST',
      body: raw ? (body as string) : JSON.stringify(body),
    });
    if (r.status === 200 && r.body?.openFloor) expect(envelopeProblems(r.body)).toEqual([]);
    return r;
  };

  beforeAll(async () => {
    // An external Open Floor agent: accepts invites, answers one question, then yields the floor.
    external = createServer((req, res) => {
      let data = '';
      req.on('data', (c) => {
        data += c;
      });
      req.on('end', () => {
        const env = JSON.parse(data);
        externalSeen.push(env);
        const conv = env.openFloor.conversation.id;
        const types = env.openFloor.events.map((e: any) => e.eventType);
        const say = (text: string) => ({
          eventType: 'utterance',
          parameters: {
            dialogEvent: {
              id: `d${externalSeen.length}`,
              speakerUri: EXT,
              span: { startTime: '2026-01-05T01:00:00Z' },
              features: { text: { mimeType: 'text/plain', tokens: [{ value: text }] } },
            },
          },
        });
        const events = types.includes('invite')
          ? [{ eventType: 'acceptInvite' }, say('날씨 비서예요. 무엇이 궁금하세요?')]
          : types.includes('utterance')
            ? [say('서울은 맑아요.'), { eventType: 'yieldFloor', reason: '@complete' }]
            : [];
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            openFloor: {
              schema: { version: '1.1.0' },
              conversation: { id: conv },
              sender: { speakerUri: EXT, serviceUrl: externalUrl },
              events,
            },
          }),
        );
      });
    });
    await new Promise<void>((r) => external.listen(0, '127.0.0.1', () => r()));
    externalUrl = `http://127.0.0.1:${(external.address() as AddressInfo).port}/openfloor`;
    h = await startSmallHome(clock, {}, [externalUrl, 'http://127.0.0.1:9/nowhere']);
  });
  afterAll(async () => {
    await h.stop();
    await new Promise((r) => external.close(r));
  });

  it('getManifests returns every assistant of the home with a valid manifest', async () => {
    const r = await post(envelope('c-manifests', [{ eventType: 'getManifests' }]));
    expect(r.status).toBe(200);
    const ev = r.body.openFloor.events[0];
    expect(ev.eventType).toBe('publishManifests');
    const ms = ev.parameters.servicingManifests;
    expect(ms.map((m: any) => m.identification.conversationalName).sort()).toEqual(
      ['LG 씽큐', '기가지니', '카카오 i'].sort(),
    );
    const g = ms.find((m: any) => m.identification.speakerUri === genie);
    expect(g.identification.organization).toBe('KT');
    expect(g.capabilities[0].languages).toEqual(['ko-KR']);
    expect(g.capabilities[0].keyphrases).toEqual(expect.arrayContaining(['지니야', '기가지니', '현관문']));
    const k = ms.find((m: any) => m.identification.speakerUri === kakao);
    expect(k.capabilities[0].keyphrases).not.toContain('현관문');
  });

  it("answers an utterance to an assistant speakerUri with that assistant's utterance, through the pipeline", async () => {
    const r = await post(envelope('c-gas', [utter('가스 잠가줘', { speakerUri: genie })]));
    expect(r.status).toBe(200);
    const [ev] = r.body.openFloor.events;
    expect(ev.eventType).toBe('utterance');
    expect(ev.to.speakerUri).toBe(USER);
    expect(ev.parameters.dialogEvent.speakerUri).toBe(genie);
    expect(r.body.openFloor.sender.speakerUri).toBe(genie);
    expect(r.body.openFloor.conversation.floorGranted).toContain(genie);
    expect((await cluster(h, 'gas', 'ValveConfigurationAndControl')).CurrentState).toBe(0);
    const recs = (await h.api('/api/v1/homes/flat/audit?limit=5')).body;
    expect(recs[0]).toMatchObject({
      kind: 'turn',
      assistant: 'genie',
      satellite: 'openfloor',
      conversationId: 'c-gas',
    });
  });

  it('keeps grants, forbidden actions and the PIN flow over Open Floor', async () => {
    const denied = await post(envelope('c-k', [utter('현관문 열어줘', { speakerUri: kakao })]));
    expect(textOf(denied.body.openFloor.events[0])).toContain('권한이 없어요');
    const forbidden = await post(envelope('c-f', [utter('가스 밸브 열어줘', { speakerUri: genie })]));
    expect(textOf(forbidden.body.openFloor.events[0])).toContain('안전을 위해');
    const ask = await post(envelope('c-pin', [utter('현관문 열어줘', { speakerUri: genie })]));
    expect(textOf(ask.body.openFloor.events[0])).toContain('비밀번호');
    const pin = await post(envelope('c-pin', [utter('공오일이', { speakerUri: genie })]));
    expect(JSON.stringify(pin.body)).not.toContain('공오일이');
    expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(2);
    await post(envelope('c-pin', [utter('현관문 잠가줘', { speakerUri: genie })]));
    expect((await cluster(h, 'door', 'DoorLock')).LockState).toBe(1);
  });

  it('routes an unaddressed utterance by its wake word, then to whoever holds the conversation', async () => {
    const r1 = await post(envelope('c-route', [utter('하이 엘지, 가스 잠가줘')]));
    expect(r1.body.openFloor.events[0].parameters.dialogEvent.speakerUri).toBe(
      'tag:yeondong.home,2025:flat/assistant/thinq',
    );
    const r2 = await post(envelope('c-route', [utter('현관문 잠가줘')]));
    expect(r2.body.openFloor.events[0].parameters.dialogEvent.speakerUri).toBe(
      'tag:yeondong.home,2025:flat/assistant/thinq',
    );
    const r3 = await post(envelope('c-nobody', [utter('안녕')]));
    expect(r3.body.openFloor.events).toEqual([]);
  });

  it('invites a home assistant (acceptInvite and a greeting), and applies floor events', async () => {
    const inv = await post(
      envelope('c-floor', [{ eventType: 'invite', to: { speakerUri: genie, serviceUrl: 'http://x' } }]),
    );
    expect(inv.body.openFloor.events.map((e: any) => e.eventType)).toEqual(['acceptInvite', 'utterance']);
    expect(
      inv.body.openFloor.conversation.conversants.map((c: any) => c.identification.speakerUri),
    ).toContain(genie);
    const revoke = await post(
      envelope('c-floor', [{ eventType: 'revokeFloor', to: { speakerUri: genie }, reason: '@override' }]),
    );
    expect(revoke.body.openFloor.conversation.floorGranted).not.toContain(genie);
    const grant = await post(envelope('c-floor', [{ eventType: 'grantFloor', to: { speakerUri: genie } }]));
    expect(grant.body.openFloor.conversation.floorGranted).toContain(genie);
    const req = await post(envelope('c-floor', [{ eventType: 'requestFloor', reason: 'more to add' }]));
    expect(req.body.openFloor.events).toEqual([{ eventType: 'grantFloor', to: { speakerUri: USER } }]);
    const un = await post(envelope('c-floor', [{ eventType: 'uninvite', to: { speakerUri: genie } }]));
    expect(
      un.body.openFloor.conversation.conversants.map((c: any) => c.identification.speakerUri),
    ).not.toContain(genie);
    const bye = await post(envelope('c-floor', [{ eventType: 'bye' }]));
    expect(bye.body.openFloor.events).toEqual([]);
  });

  it('invites an external agent, relays it, and gets the conversation back when it yields the floor', async () => {
    await post(envelope('c-ext', [utter('가스 잠가줘', { speakerUri: genie })]));
    const inv = await post(
      envelope('c-ext', [{ eventType: 'invite', to: { serviceUrl: externalUrl, speakerUri: EXT } }]),
    );
    expect(inv.body.openFloor.events.map((e: any) => e.eventType)).toEqual(['acceptInvite', 'utterance']);
    expect(inv.body.openFloor.conversation.conversants.map((c: any) => c.identification.speakerUri)).toEqual(
      expect.arrayContaining([genie, EXT]),
    );
    const seenInvite = externalSeen.at(-1);
    expect(envelopeProblems(seenInvite)).toEqual([]);
    expect(seenInvite.openFloor.events[0].parameters.dialogHistory.length).toBeGreaterThan(0);
    const q = await post(envelope('c-ext', [utter('서울 날씨 어때?')]));
    expect(q.body.openFloor.events.map((e: any) => e.eventType)).toEqual(['utterance', 'yieldFloor']);
    expect(textOf(q.body.openFloor.events[0])).toBe('서울은 맑아요.');
    expect(envelopeProblems(externalSeen.at(-1))).toEqual([]);
    expect(q.body.openFloor.conversation.floorGranted).not.toContain(EXT);
    // Handed back: the next unaddressed utterance goes to genie again.
    const back = await post(envelope('c-ext', [utter('현관문 잠가줘')]));
    expect(back.body.openFloor.events[0].parameters.dialogEvent.speakerUri).toBe(genie);
  });

  it('uninvites an external agent that does not answer', async () => {
    const r = await post(
      envelope('c-dead', [{ eventType: 'invite', to: { serviceUrl: 'http://127.0.0.1:9/nowhere' } }]),
    );
    expect(r.body.openFloor.events[0]).toMatchObject({ eventType: 'uninvite' });
  });

  it('accepts a legacy "ovon" 0.9.x envelope and answers in kind', async () => {
    const body = {
      ovon: {
        schema: { version: '0.9.2' },
        conversation: { id: 'c-legacy' },
        sender: { from: 'https://someBot.example' },
        events: [
          {
            eventType: 'utterance',
            to: genie,
            parameters: {
              dialogEvent: {
                speakerId: 'u1',
                span: { startTime: '2023-06-14 02:06:07+00:00' },
                features: { text: { mimeType: 'text/plain', tokens: [{ value: '가스 잠가줘' }] } },
              },
            },
          },
          { eventType: 'requestManifest' },
        ],
      },
    };
    const r = await post(body);
    expect(r.status).toBe(200);
    expect(legacyProblems(r.body)).toEqual([]);
    expect(r.body.ovon.events.map((e: any) => e.eventType)).toEqual(['utterance', 'proposeAssistant']);
  });

  it('answers a malformed envelope with 400 invalid-envelope, never a 5xx', async () => {
    const bad: unknown[] = [
      {},
      { openFloor: 'x' },
      {
        openFloor: {
          schema: { version: '1.1.0' },
          conversation: {},
          sender: { speakerUri: USER },
          events: [],
        },
      },
      { openFloor: { schema: { version: '1.1.0' }, conversation: { id: 'x' }, sender: {}, events: [] } },
      envelope('x', [{ eventType: 'shout' }]),
      envelope('x', [{ to: { speakerUri: genie } }]),
      envelope('x', [{ eventType: 'grantFloor', parameters: { extra: 1 } }]),
      envelope('x', [{ eventType: 'utterance', parameters: { dialogEvent: { speakerUri: USER } } }]),
      envelope('x', [utter('x'.repeat(10_001), { speakerUri: genie })]),
      { ovon: { schema: { version: '0.9.2' }, conversation: { id: 'x' }, sender: {}, events: [] } },
      [1, 2],
    ];
    for (const b of bad) {
      const r = await post(b);
      expect(r.status, JSON.stringify(b).slice(0, 80)).toBe(400);
      expect(r.body.error.code).toBe('invalid-envelope');
    }
    const notJson = await post('{"openFloor": ', true);
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid-envelope');
    const noToken = await h.api('/api/v1/homes/flat/openfloor', {
      method: 'POST',
      body: JSON.stringify(envelope('x', [])),
      token: null,
    });
    expect(noToken.status).toBe(401);
  });

  it('handles every published 1.1 sample envelope without a 5xx, answering with valid envelopes', async () => {
    const names = [
      'example-acceptInvite.json',
      'example-bye.json',
      'example-declineInvite.json',
      'example-envelope.json',
      'example-getManifests1.json',
      'example-getManifests2.json',
      'example-getManifests3.json',
      'example-grantFloor.json',
      'example-invite-with-dialogHistory.json',
      'example-invite.json',
      'example-multiparty-conversation.json',
      'example-publishManifests.json',
      'example-requestFloor.json',
      'example-revokeFloor.json',
      'example-uninvite.json',
      'example-utterance.json',
      'example-yieldFloor.json',
    ];
    for (const n of names) {
      const r = await post(sample(n));
      expect([200, 400], n).toContain(r.status);
      if (r.status === 400) expect(r.body.error.code).toBe('invalid-envelope');
    }
  }, 60_000);
});
