/**
 * Issue #12, finding 8: an Idempotency-Key belongs to the principal and the route that used it.
 * Another principal's request under the same key runs as its own; the same key with another body
 * is 422 `idempotency-key-reused` and runs nothing; a repeat replays across a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SecurityHub, startSecurityHub } from './support.js';

let h: SecurityHub;
let guest: string;
let member: string;

beforeAll(async () => {
  h = await startSecurityHub();
  const g = await h.post('/api/v1/homes/seoul/people', {
    id: 'g1',
    name: '손님',
    role: 'guest',
    devices: ['vent'],
  });
  const m = await h.post('/api/v1/homes/seoul/people', { id: 'm1', name: '엄마', role: 'member' });
  guest = g.body.token;
  member = m.body.token;
});
afterAll(async () => {
  await h?.stop();
});

const fan = (mode: number) => ({
  endpoint: '1',
  cluster: 'FanControl',
  command: 'WriteAttributes',
  args: { FanMode: mode },
});

async function fanMode(device = 'vent'): Promise<number> {
  const d = (await h.api(`/api/v1/homes/seoul/devices/${device}`)).body;
  return d.endpoints[0].clusters.FanControl.FanMode;
}

async function command(device: string, body: unknown, key: string, token = h.owner('seoul')) {
  const ep = (await h.api(`/api/v1/homes/seoul/devices/${device}`)).body.endpoints[0].id;
  return h.api(`/api/v1/homes/seoul/devices/${device}/commands`, {
    token,
    method: 'POST',
    headers: { 'idempotency-key': key },
    body: JSON.stringify({ ...(body as object), endpoint: ep }),
  });
}

const commandsOf = async () => (await h.hub.ctx.store.listCommands('seoul', 1000)).length;

describe('Idempotency-Key (finding 8)', () => {
  it("runs a guest's command under the owner's key as the guest's own", async () => {
    const key = `shared-${Date.now()}`;
    const a = await command('vent', fan(3), key);
    expect(a.status).toBe(200);
    expect(await fanMode()).toBe(3);
    const b = await command('vent', fan(1), key, guest);
    expect(b.status).toBe(200);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.commandId).not.toBe(a.body.commandId);
    expect(await fanMode()).toBe(1);
  });

  it('answers 422 idempotency-key-reused for the same key with another body, and runs nothing', async () => {
    const key = `body-${Date.now()}`;
    expect((await command('vent', fan(2), key)).status).toBe(200);
    const n = await commandsOf();
    const r = await command('vent', fan(3), key);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('idempotency-key-reused');
    expect(await fanMode()).toBe(2);
    expect(await commandsOf()).toBe(n);
  });

  it('replays the same key with the same body once, and keeps routes apart', async () => {
    const key = `same-${Date.now()}`;
    const a = await command('vent', fan(1), key);
    const n = await commandsOf();
    const b = await command('vent', fan(1), key);
    expect(b.status).toBe(200);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body).toEqual(a.body);
    expect(await commandsOf()).toBe(n);
    // The same key to another device is another request.
    const c = await command('door', { cluster: 'DoorLock', command: 'LockDoor' }, key);
    expect(c.status).toBe(200);
    expect(c.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 422 to a concurrent repeat with another body', async () => {
    const key = `race-${Date.now()}`;
    const [a, b] = await Promise.all([command('vent', fan(2), key), command('vent', fan(3), key)]);
    expect([a.status, b.status].sort()).toEqual([200, 422]);
  });

  it("keeps turns apart per principal: a member's turn under the owner's key runs, another text is 422", async () => {
    const key = `turn-${Date.now()}`;
    const turn = (text: string, token: string) =>
      h.api('/api/v1/homes/seoul/conversation', {
        token,
        method: 'POST',
        headers: { 'idempotency-key': key },
        body: JSON.stringify({ text, satellite: 'console' }),
      });
    const a = await turn('지니야, 환기 켜줘', h.owner('seoul'));
    expect(a.status).toBe(200);
    const b = await turn('지니야, 환기 꺼줘', member);
    expect(b.status).toBe(200);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.conversationId).not.toBe(a.body.conversationId);
    const c = await turn('지니야, 환기 꺼줘', h.owner('seoul'));
    expect(c.status).toBe(422);
    expect(c.body.error.code).toBe('idempotency-key-reused');
    const d = await turn('지니야, 환기 켜줘', h.owner('seoul'));
    expect(d.headers.get('idempotent-replayed')).toBe('true');
    expect(d.body).toEqual(a.body);
  });
});

describe('Idempotency-Key across a restart', () => {
  it('replays a key after the hub restarts on the same data, and still refuses another body', async () => {
    const key = `restart-${Date.now()}`;
    const a = await command('vent', fan(2), key);
    expect(a.status).toBe(200);
    const dataDir = h.dataDir;
    await h.stop();
    h = await startSecurityHub({ dataDir });
    const b = await command('vent', fan(2), key);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body).toEqual(a.body);
    expect((await command('vent', fan(3), key)).status).toBe(422);
  });
});
