/**
 * The route walk: every route of the OpenAPI description under /homes/{home}, with no token, a bad
 * token, an expired and a revoked token, a token of the other home, a guest token and a partner
 * token of narrow scope. None reads or changes anything it must not (401/403/404), and no state
 * changes. The same for conversation turns and the event stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addClient, link, type SecurityHub, startSecurityHub } from './support.js';

let h: SecurityHub;
let tokens: Record<'guest' | 'member' | 'expired' | 'revoked' | 'partner' | 'jeju', string>;
let before: string;

interface Op {
  method: string;
  path: string;
}

let ops: Op[];

beforeAll(async () => {
  h = await startSecurityHub();
  const now = Date.now();
  const seoul = h.owner('seoul');
  const guest = await h.api('/api/v1/homes/seoul/people', {
    token: seoul,
    method: 'POST',
    body: JSON.stringify({ id: 'guest-1', name: '손님', role: 'guest', devices: ['vent'] }),
  });
  const member = await h.api('/api/v1/homes/seoul/people', {
    token: seoul,
    method: 'POST',
    body: JSON.stringify({ id: 'mom', name: '엄마', role: 'member' }),
  });
  const expired = await h.hub.tokens.issue({
    home: 'seoul',
    role: 'member',
    id: 'mom',
    createdAt: now - 10_000,
    expiresAt: now - 1,
  });
  const revoked = await h.api('/api/v1/homes/seoul/people/mom/tokens', {
    token: seoul,
    method: 'POST',
    body: '{}',
  });
  expect(
    (await h.api(`/api/v1/homes/seoul/tokens/${revoked.body.tokenId}`, { token: seoul, method: 'DELETE' }))
      .status,
  ).toBe(204);
  const partner = await link(h, await addClient(h, 'seoul', { assistant: 'kakao' }), 'devices:read');
  tokens = {
    guest: guest.body.token,
    member: member.body.token,
    expired: expired.token,
    revoked: revoked.body.token,
    partner: partner.access_token,
    jeju: h.owner('jeju'),
  };
  const spec = await h.api('/api/v1/openapi.json', { token: null });
  ops = [];
  for (const [path, methods] of Object.entries(spec.body.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(methods)) ops.push({ method: method.toUpperCase(), path });
  }
  before = await h.snapshot();
});

afterAll(async () => {
  await h?.stop();
});

const homeOps = () => ops.filter((o) => o.path.startsWith('/api/v1/homes/{home}'));

/** A body that passes each known route's schema, so a refusal is about access, not input. */
function bodyFor(op: Op): string | undefined {
  if (op.method === 'GET' || op.method === 'DELETE') return undefined;
  if (op.path.endsWith('/commands'))
    return JSON.stringify({ endpoint: '1', cluster: 'DoorLock', command: 'UnlockDoor' });
  if (op.path.endsWith('/conversation'))
    return JSON.stringify({ text: '지니야, 현관문 열어줘', satellite: 'console' });
  if (op.path.endsWith('/people')) return JSON.stringify({ name: '침입자', role: 'member' });
  if (op.path.endsWith('/people/{person}')) return JSON.stringify({ devices: ['door'] });
  if (op.path.endsWith('/tokens')) return JSON.stringify({});
  return JSON.stringify({});
}

function fill(path: string, home: string, id: string): string {
  return path
    .replace('{home}', home)
    .replace('{id}', id)
    .replace('{person}', 'mom')
    .replace('{token}', 'tk_0000')
    .replace('{grant}', 'g_0000');
}

async function call(op: Op, token: string | null, home = 'seoul', id = 'door') {
  const body = bodyFor(op);
  return h.api(fill(op.path, home, id), {
    token,
    method: op.method,
    ...(body !== undefined ? { body } : {}),
  });
}

/**
 * The areas a narrow token is told of: exactly those of the devices it may see, by the owner's
 * list of areas (id and name), so no other room of the home is named to it.
 */
async function areasOfSeenDevices(token: string): Promise<Array<{ id: string; name: string }>> {
  const seen = (await h.api('/api/v1/homes/seoul/devices', { token })).body as Array<{ area: string | null }>;
  const all = (await h.api('/api/v1/homes/seoul/areas', { token: h.owner('seoul') })).body as Array<{
    id: string;
    name: string;
  }>;
  expect(all.length).toBeGreaterThan(1);
  return all.filter((a) => seen.some((d) => d.area === a.id));
}

describe('route walk: every route of the OpenAPI description', () => {
  it('lists the core and the access-management routes', () => {
    const paths = new Set(homeOps().map((o) => `${o.method} ${o.path}`));
    for (const p of [
      'GET /api/v1/homes/{home}/devices',
      'GET /api/v1/homes/{home}/devices/{id}',
      'POST /api/v1/homes/{home}/devices/{id}/commands',
      'POST /api/v1/homes/{home}/conversation',
      'GET /api/v1/homes/{home}/audit',
      'GET /api/v1/homes/{home}/events',
      'GET /api/v1/homes/{home}/people',
      'DELETE /api/v1/homes/{home}/links/{grant}',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('refuses every route without a token, with a bad, an expired or a revoked token (401)', async () => {
    for (const op of homeOps()) {
      for (const [name, tok] of [
        ['none', null],
        ['garbage', 'yd_not-a-real-token-at-all-0000000000000000'],
        ['malformed', '../../owner.token'],
        ['expired', tokens.expired],
        ['revoked', tokens.revoked],
      ] as const) {
        const r = await call(op, tok);
        expect([r.status, name, op.method, op.path]).toEqual([401, name, op.method, op.path]);
        expect(r.body.error.code).toBe('unauthorized');
      }
    }
  });

  it('answers a token of another home exactly like an unknown home (404)', async () => {
    for (const op of homeOps()) {
      const cross = await call(op, tokens.jeju, 'seoul');
      const unknown = await call(op, tokens.jeju, 'nowhere');
      expect([cross.status, op.method, op.path]).toEqual([404, op.method, op.path]);
      expect(cross.body.error.code).toBe(unknown.body.error.code);
      expect(cross.body.error.message.replace('seoul', 'X')).toBe(
        unknown.body.error.message.replace('nowhere', 'X'),
      );
    }
  });

  it('answers a device id of another home exactly like an unknown id (404)', async () => {
    const deviceOps = homeOps().filter((o) => o.path.includes('/devices/{id}'));
    expect(deviceOps.length).toBeGreaterThanOrEqual(2);
    for (const op of deviceOps) {
      // "fridge" exists only in jeju; "nothing" nowhere.
      const other = await call(op, h.owner('seoul'), 'seoul', 'fridge');
      const unknown = await call(op, h.owner('seoul'), 'seoul', 'nothing');
      expect([other.status, op.path]).toEqual([404, op.path]);
      expect(other.body.error.code).toBe(unknown.body.error.code);
      expect(other.body.error.code).toBe('unknown-device');
    }
  });

  it('gives a guest only the devices the owner listed, and nothing else (403/404)', async () => {
    for (const op of homeOps()) {
      const r = await call(op, tokens.guest, 'seoul', 'door');
      if (op.method === 'GET' && op.path === '/api/v1/homes/{home}/devices') {
        expect(r.status).toBe(200);
        expect(r.body.map((d: { id: string }) => d.id)).toEqual(['vent']);
      } else if (op.method === 'GET' && op.path === '/api/v1/homes/{home}/areas') {
        expect([r.status, r.body]).toEqual([200, await areasOfSeenDevices(tokens.guest)]);
      } else if (op.path.endsWith('/events')) {
        expect(r.status).toBe(426); // a WebSocket route; the stream itself is filtered (below)
      } else {
        expect([403, 404], `${op.method} ${op.path} → ${r.status}`).toContain(r.status);
      }
    }
    expect((await h.api('/api/v1/homes/seoul/devices/vent', { token: tokens.guest })).status).toBe(200);
    // The owner takes the device off the list: the guest loses it at once.
    await h.api('/api/v1/homes/seoul/people/guest-1', {
      method: 'PATCH',
      body: JSON.stringify({ devices: [] }),
    });
    expect((await h.api('/api/v1/homes/seoul/devices/vent', { token: tokens.guest })).status).toBe(404);
    await h.api('/api/v1/homes/seoul/people/guest-1', {
      method: 'PATCH',
      body: JSON.stringify({ devices: ['vent'] }),
    });
  });

  it('gives a member everything but administration', async () => {
    expect((await h.api('/api/v1/homes/seoul/devices', { token: tokens.member })).status).toBe(200);
    expect((await h.api('/api/v1/homes/seoul/audit', { token: tokens.member })).status).toBe(200);
    for (const op of homeOps().filter((o) => /people|tokens|links|clients/.test(o.path))) {
      expect((await call(op, tokens.member)).status).toBe(403);
    }
  });

  it('gives a partner only its scopes and the grants of the home file', async () => {
    for (const op of homeOps()) {
      const r = await call(op, tokens.partner, 'seoul', 'vent');
      if (op.method === 'GET' && (op.path.endsWith('/devices') || op.path.endsWith('/devices/{id}'))) {
        expect(r.status).toBe(200);
      } else if (op.method === 'GET' && op.path.endsWith('/areas')) {
        expect([r.status, r.body]).toEqual([200, await areasOfSeenDevices(tokens.partner)]);
      } else if (op.method === 'GET' && op.path.endsWith('/devices/{id}/history')) {
        // A device read (its scope and grants allow it); the walk sends no `attribute`.
        expect([r.status, r.body.error?.code]).toEqual([400, 'invalid-request']);
      } else if (op.path.endsWith('/events')) {
        expect(r.status).toBe(426);
      } else {
        expect([403, 404], `${op.method} ${op.path} → ${r.status}`).toContain(r.status);
      }
    }
    expect((await h.api('/api/v1/homes/seoul/devices/door', { token: tokens.partner })).status).toBe(404);
  });

  it('changed no state', async () => {
    expect(await h.snapshot()).toBe(before);
  });
});

describe('conversation turns', () => {
  it('refuses turns of strangers, other homes, guests and partners without the scope, and records nothing', async () => {
    const turn = (token: string | null, home = 'seoul') =>
      h.api(`/api/v1/homes/${home}/conversation`, {
        token,
        method: 'POST',
        body: JSON.stringify({ text: '지니야, 환기 켜줘', satellite: 'console' }),
      });
    expect((await turn(null)).status).toBe(401);
    expect((await turn(tokens.expired)).status).toBe(401);
    expect((await turn(tokens.revoked)).status).toBe(401);
    expect((await turn(tokens.jeju)).status).toBe(404);
    expect((await turn(h.owner('seoul'), 'jeju')).status).toBe(404);
    expect((await turn(tokens.guest)).status).toBe(403);
    expect((await turn(tokens.partner)).status).toBe(403);
    expect(await h.snapshot()).toBe(before);
  });
});

describe('event stream', () => {
  const wsUrl = (home: string, token?: string) =>
    `${h.url.replace('http', 'ws')}/api/v1/homes/${home}/events${token ? `?access_token=${encodeURIComponent(token)}` : ''}`;

  /** Opens a stream, collects messages for a while, then closes. */
  function listen(url: string, ms: number, headers: Record<string, string> = {}) {
    return new Promise<{ messages: Array<Record<string, unknown>>; closeCode: number | null }>((resolve) => {
      const messages: Array<Record<string, unknown>> = [];
      let closeCode: number | null = null;
      const ws = new WebSocket(url, { headers });
      ws.on('message', (d) => messages.push(JSON.parse(String(d))));
      ws.on('close', (code) => {
        closeCode = code;
      });
      ws.on('error', () => {});
      setTimeout(() => {
        ws.terminate();
        resolve({ messages, closeCode });
      }, ms);
    });
  }

  it('closes the stream for strangers and other homes, and sends them nothing of the home', async () => {
    for (const [tok, home, code] of [
      [undefined, 'seoul', 4401],
      ['yd_garbage-garbage-garbage-garbage', 'seoul', 4401],
      [tokens.expired, 'seoul', 4401],
      [tokens.revoked, 'seoul', 4401],
      [tokens.jeju, 'seoul', 4404],
      [h.owner('seoul'), 'jeju', 4404],
    ] as const) {
      const r = await listen(wsUrl(home, tok), 300);
      expect(r.closeCode).toBe(code);
      expect(r.messages.map((m) => m.type)).toEqual(['error']);
    }
  });

  it('sends a guest and a partner only the events of devices they may see', async () => {
    const guest = listen(wsUrl('seoul', tokens.guest), 1200);
    const partner = listen(wsUrl('seoul', tokens.partner), 1200);
    const owner = listen(wsUrl('seoul', h.owner('seoul')), 1200);
    const jeju = listen(wsUrl('jeju', tokens.jeju), 1200);
    await new Promise((r) => setTimeout(r, 300));
    const devices = (await h.api('/api/v1/homes/seoul/devices')).body as Array<{
      id: string;
      endpoints: Array<{ id: string }>;
    }>;
    const ep = (id: string) => devices.find((d) => d.id === id)?.endpoints[0]?.id ?? '1';
    const lock = await h.api('/api/v1/homes/seoul/devices/door/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: ep('door'), cluster: 'DoorLock', command: 'LockDoor' }),
    });
    expect(lock.status).toBe(200);
    const [g, p, o, j] = await Promise.all([guest, partner, owner, jeju]);
    const mentions = (msgs: Array<Record<string, unknown>>, id: string) =>
      msgs.some((m) => m.device === id || (m.device as { id?: string } | undefined)?.id === id);
    expect(mentions(o.messages, 'door')).toBe(true);
    expect(mentions(g.messages, 'door')).toBe(false);
    expect(mentions(p.messages, 'door')).toBe(false);
    expect(j.messages.every((m) => m.type === 'hello' || m.home === 'jeju')).toBe(true);
    expect(mentions(j.messages, 'door')).toBe(false);
    before = await h.snapshot();
  });
});
