/**
 * The holes an attacker's review found where a face decided access by itself (issue 12, findings
 * 1–7), each kept shut by a test that failed before the gate: a partner speaking as another
 * assistant, someone else's conversation, security rules on voice only, the PIN lockout racing,
 * the spoken PIN in an invited agent's history, the lockout as denial of service, and the hub as a
 * proxy to any URL. Also: an Open Floor event addressed `to: {}` is for the floor (valid 1.1).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { envelopeOf, textOf, utterance } from '../assistants/support/envelopes.js';
import { addClient, link, type SecurityHub, startSecurityHub } from './support.js';

const USER = 'tag:findings.test,2026:user';
const uri = (a: string) => `tag:yeondong.home,2025:seoul/assistant/${a}`;
const turnOf = (ev: any) => ev?.parameters?.dialogEvent?.features?.['yeondong-turn']?.tokens?.[0]?.value;

let h: SecurityHub;
let agent: Server;
let agentUrl = '';
const agentSeen: any[] = [];
let stranger: Server;
let strangerUrl = '';
let strangerHits = 0;
let genieToken = '';
let kakaoToken = '';
let noneToken = '';
let seq = 0;

const door = async () =>
  (await h.api('/api/v1/homes/seoul/devices/door')).body.endpoints[0].clusters.DoorLock.LockState as number;
const LOCKED = 1;
const relock = () =>
  h.post('/api/v1/homes/seoul/devices/door/commands', {
    endpoint: 'main',
    cluster: 'DoorLock',
    command: 'LockDoor',
  });
const of = (events: unknown[], token?: string, conv = `f-${seq++}`) =>
  h.post('/api/v1/homes/seoul/openfloor', envelopeOf(USER, conv, events), token);

beforeAll(async () => {
  // A listed external agent (accepts invites, remembers what it was sent) and an unlisted server.
  agent = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      const env = JSON.parse(data);
      agentSeen.push(env);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          openFloor: {
            schema: { version: '1.1.0' },
            conversation: { id: env.openFloor.conversation.id },
            sender: { speakerUri: 'tag:agent.test,2026:bot', serviceUrl: agentUrl },
            events: [{ eventType: 'acceptInvite' }],
          },
        }),
      );
    });
  });
  stranger = createServer((_req, res) => {
    strangerHits++;
    res.end('{}');
  });
  await new Promise<void>((r) => agent.listen(0, '127.0.0.1', () => r()));
  await new Promise<void>((r) => stranger.listen(0, '127.0.0.1', () => r()));
  agentUrl = `http://127.0.0.1:${(agent.address() as AddressInfo).port}/openfloor`;
  strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}/openfloor`;
  h = await startSecurityHub({
    groups: [oauthRouteGroup({ issuer: 'https://hub.example' })],
    seoulExtra: `openFloor:\n  agents:\n    - { url: '${agentUrl}', name: 테스트 에이전트 }\n`,
  });
  genieToken = (await link(h, await addClient(h, 'seoul', { assistant: 'genie' }))).access_token;
  kakaoToken = (await link(h, await addClient(h, 'seoul', { assistant: 'kakao' }))).access_token;
  noneToken = (await link(h, await addClient(h, 'seoul'))).access_token;
});

afterAll(async () => {
  await h?.stop();
  await new Promise((r) => agent.close(r));
  await new Promise((r) => stranger.close(r));
});

describe('finding 1: a partner speaks only as its own assistant, on every turn face', () => {
  it('Open Floor: kakao’s partner addressing genie gets a refusal, and genie does nothing', async () => {
    await h.post('/api/v1/homes/seoul/devices/door/commands', {
      endpoint: 'main',
      cluster: 'DoorLock',
      command: 'UnlockDoor',
    });
    for (const token of [kakaoToken, noneToken]) {
      const r = await of([utterance(USER, '현관문 잠가줘', { speakerUri: uri('genie') })], token);
      expect(r.status).toBe(200);
      expect(turnOf(r.body.openFloor.events[0])).toMatchObject({ code: 'not-allowed', actions: [] });
      expect(await door()).not.toBe(LOCKED);
    }
    await relock();
  });

  it('legacy OVON: the same', async () => {
    const r = await h.post(
      '/api/v1/homes/seoul/openfloor',
      {
        ovon: {
          schema: { version: '0.9.3' },
          conversation: { id: 'ovon-1' },
          sender: { from: USER },
          events: [
            {
              eventType: 'utterance',
              to: uri('genie'),
              parameters: {
                dialogEvent: {
                  speakerId: USER,
                  span: { startTime: new Date().toISOString() },
                  features: { text: { mimeType: 'text/plain', tokens: [{ value: '가스 밸브 잠가줘' }] } },
                },
              },
            },
          ],
        },
      },
      kakaoToken,
    );
    expect(r.status).toBe(200);
    expect(turnOf(r.body.ovon.events[0])).toMatchObject({ code: 'not-allowed' });
  });

  it('the conversation route: a wake word of another assistant is refused (403)', async () => {
    const r = await h.post(
      '/api/v1/homes/seoul/conversation',
      { text: '지니야 현관문 잠가줘', satellite: 'console', assistant: 'kakao' },
      kakaoToken,
    );
    expect(r.status).toBe(403);
  });

  it('an unaddressed utterance with genie’s wake word from kakao’s partner is refused too', async () => {
    const r = await of([utterance(USER, '지니야 현관문 잠가줘')], kakaoToken);
    expect(turnOf(r.body.openFloor.events[0])).toMatchObject({ code: 'not-allowed' });
  });

  it('an invited agent cannot hand a request to genie beyond what its inviter may do', async () => {
    // kakao's partner invites the listed agent; the agent hands "현관문 잠가줘" to genie.
    const conv = `hand-${seq++}`;
    const handing = createServer((req, res) => {
      let data = '';
      req.on('data', (c) => {
        data += c;
      });
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            openFloor: {
              schema: { version: '1.1.0' },
              conversation: { id: JSON.parse(data).openFloor.conversation.id },
              sender: { speakerUri: 'tag:agent.test,2026:bot', serviceUrl: agentUrl },
              events: [
                { eventType: 'acceptInvite' },
                {
                  eventType: 'utterance',
                  to: { speakerUri: uri('genie') },
                  parameters: {
                    dialogEvent: {
                      speakerUri: 'tag:agent.test,2026:bot',
                      span: { startTime: new Date().toISOString() },
                      features: { text: { mimeType: 'text/plain', tokens: [{ value: '가스 밸브 잠가줘' }] } },
                    },
                  },
                },
              ],
            },
          }),
        );
      });
    });
    // The listed agent's address answers with the hand-over for this one test.
    const original = agent.listeners('request');
    agent.removeAllListeners('request');
    agent.on('request', (req, res) => handing.emit('request', req, res));
    try {
      const r = await of([{ eventType: 'invite', to: { serviceUrl: agentUrl } }], kakaoToken, conv);
      const handed = r.body.openFloor.events.map(turnOf).filter(Boolean);
      expect(handed).toEqual([expect.objectContaining({ code: 'not-allowed' })]);
    } finally {
      agent.removeAllListeners('request');
      for (const l of original) agent.on('request', l as never);
    }
  });
});

describe('finding 2: a conversation belongs to its opener', () => {
  it('someone else’s follow-up with the PIN is 404, and the door stays locked', async () => {
    const first = await h.post('/api/v1/homes/seoul/conversation', {
      text: '지니야 현관문 열어줘',
      satellite: 'console',
    });
    expect(first.body.needsInput).toMatchObject({ kind: 'pin' });
    const other = await h.post(
      '/api/v1/homes/seoul/conversation',
      { text: '일이삼사', satellite: 'console', conversationId: first.body.conversationId },
      genieToken,
    );
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('unknown-conversation');
    expect(await door()).toBe(LOCKED);
    // The opener still can.
    const own = await h.post('/api/v1/homes/seoul/conversation', {
      text: '일이삼사',
      satellite: 'console',
      conversationId: first.body.conversationId,
    });
    expect(own.body.actions[0]).toMatchObject({ status: 'success' });
    await relock();
  });

  it('an unknown id is answered the same way', async () => {
    const r = await h.post('/api/v1/homes/seoul/conversation', {
      text: '일이삼사',
      satellite: 'console',
      conversationId: 'never-was',
    });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('unknown-conversation');
  });
});

describe('finding 3: security rules on every face, direct commands included', () => {
  const cmd = (device: string, cluster: string, command: string, token?: string, pin?: string) =>
    h.post(
      `/api/v1/homes/seoul/devices/${device}/commands`,
      { endpoint: 'main', cluster, command, ...(pin ? { challenge: { pin } } : {}) },
      token,
    );

  it('opening the gas valve is 403 forbidden for a partner and for the owner', async () => {
    for (const token of [genieToken, undefined]) {
      const r = await cmd('gas', 'ValveConfigurationAndControl', 'Open', token);
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
  });

  it('a partner’s UnlockDoor needs the PIN: 403 pin-required, wrong 403 pin-invalid, right 200', async () => {
    const none = await cmd('door', 'DoorLock', 'UnlockDoor', genieToken);
    expect([none.status, none.body.error.code]).toEqual([403, 'pin-required']);
    expect(await door()).toBe(LOCKED);
    const wrong = await cmd('door', 'DoorLock', 'UnlockDoor', genieToken, '9999');
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'pin-invalid']);
    const right = await cmd('door', 'DoorLock', 'UnlockDoor', genieToken, '1234');
    expect(right.status).toBe(200);
    await relock();
  });
});

describe('findings 4 and 6: the PIN lockout', () => {
  it('a stranger to the door spends none of the household’s tries', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await h.post(
        '/api/v1/homes/seoul/devices/door/commands',
        { endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor', challenge: { pin: '0000' } },
        kakaoToken,
      );
      expect(r.status).toBe(404); // kakao may not even see the door
      const t = await h.post(
        '/api/v1/homes/seoul/conversation',
        { text: '헤이 카카오 현관문 열어줘', satellite: 'console' },
        kakaoToken,
      );
      expect(t.body.needsInput).toBeNull();
      expect(t.body.actions[0].error.code).toBe('not-allowed');
    }
    const r = await h.post(
      '/api/v1/homes/seoul/devices/door/commands',
      { endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor', challenge: { pin: '1234' } },
      genieToken,
    );
    expect(r.status).toBe(200);
    await relock();
  });

  it('40 guesses at once get 3 tries: the right PIN among them does not open the door', async () => {
    const convs = await Promise.all(
      Array.from({ length: 40 }, () =>
        h.post('/api/v1/homes/seoul/conversation', { text: '지니야 현관문 열어줘', satellite: 'console' }),
      ),
    );
    const guesses = convs.map((c, i) =>
      h.post('/api/v1/homes/seoul/conversation', {
        text: i === 39 ? '일이삼사' : String(5000 + i),
        satellite: 'console',
        conversationId: c.body.conversationId,
      }),
    );
    const codes = (await Promise.all(guesses)).map(
      (r) => r.body.actions?.[0]?.error?.code ?? r.body.actions?.[0]?.status,
    );
    expect(codes.filter((c) => c === 'pin-invalid').length).toBeLessThanOrEqual(2);
    expect(codes.filter((c) => c === 'success')).toEqual([]);
    expect(await door()).toBe(LOCKED);
    // Blocked now, on every face.
    const direct = await h.post(
      '/api/v1/homes/seoul/devices/door/commands',
      { endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor', challenge: { pin: '1234' } },
      genieToken,
    );
    expect([direct.status, direct.body.error.code]).toEqual([429, 'too-many-requests']);
    h.advance(11 * 60_000);
  });
});

describe('finding 5: the spoken PIN is never passed on', () => {
  it('an agent invited after a PIN turn gets a dialog history without it', async () => {
    const conv = `pin-${seq++}`;
    await of([utterance(USER, '현관문 열어줘', { speakerUri: uri('genie') })], undefined, conv);
    const pin = await of([utterance(USER, '일이삼사', { speakerUri: uri('genie') })], undefined, conv);
    expect(turnOf(pin.body.openFloor.events[0]).actions[0].status).toBe('success');
    await relock();
    const before = agentSeen.length;
    await of([{ eventType: 'invite', to: { serviceUrl: agentUrl } }], undefined, conv);
    const sent = JSON.stringify(agentSeen.slice(before));
    expect(sent).toContain('현관문 열어줘');
    expect(sent).not.toContain('일이삼사');
    expect(sent).not.toContain('1234');
  });
});

describe('finding 7: the hub talks only to the agents the home file lists', () => {
  it('an invite to an unlisted URL (loopback here) is declined and nothing is sent', async () => {
    for (const token of [undefined, genieToken]) {
      const r = await of([{ eventType: 'invite', to: { serviceUrl: strangerUrl } }], token);
      expect(r.body.openFloor.events[0]).toMatchObject({ eventType: 'declineInvite' });
    }
    expect(strangerHits).toBe(0);
  });

  it('a listed agent is invited', async () => {
    const before = agentSeen.length;
    const r = await of([{ eventType: 'invite', to: { serviceUrl: agentUrl } }]);
    expect(r.body.openFloor.events[0]).toMatchObject({ eventType: 'acceptInvite' });
    expect(agentSeen.length).toBe(before + 1);
  });
});

describe('Open Floor 1.1: an event addressed to {} is for the floor', () => {
  it('"to": {} is accepted (it was a 400) and answered like an unaddressed utterance', async () => {
    const r = await of([utterance(USER, '지니야 거실 난방 23도로 맞춰줘', {})]);
    expect(r.status).toBe(200);
    expect(textOf(r.body.openFloor.events[0])).toContain('23');
  });
});

describe('the floor names itself from configuration, never from the Host header', () => {
  it('a forged Host does not reach the serviceUrl of the manifests', async () => {
    const { request } = await import('node:http');
    const u = new URL(`${h.url}/api/v1/homes/seoul/openfloor/manifests`);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          headers: { host: 'evil.example', authorization: `Bearer ${h.owner('seoul')}` },
        },
        (res) => {
          let data = '';
          res.on('data', (c) => {
            data += c;
          });
          res.on('end', () => resolve(data));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(body).toContain(`${h.url}/api/v1/homes/seoul/openfloor`);
    expect(body).not.toContain('evil.example');
  });
});
