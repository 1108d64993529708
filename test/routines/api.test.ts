/**
 * Routines over the API and the home file, on a small all-virtual home (real hub, real HTTP,
 * SQLite): the issue's exact shapes, bad input, loops, chains, and the home file's routines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../support/commands.js';
import { homeFromYaml, startTestHub, type TestHub } from '../support/hub.js';
import { MovableClock, ROUTINE_HOME, seoul } from './support.js';

const R = '/api/v1/homes/flat/routines';

const post = (h: TestHub, body: unknown) => h.api(R, { method: 'POST', body: JSON.stringify(body) });
const lockState = (h: TestHub) =>
  h.hub.home('flat')?.runtime.device('door')?.endpoints[0]?.clusters.DoorLock?.LockState;
const gasState = (h: TestHub) =>
  h.hub.home('flat')?.runtime.device('gas')?.endpoints[0]?.clusters.ValveConfigurationAndControl
    ?.CurrentState;
const command = (h: TestHub, device: string, body: unknown) =>
  h.api(`/api/v1/homes/flat/devices/${device}/commands`, { method: 'POST', body: JSON.stringify(body) });

describe('routines through the API', () => {
  const clock = new MovableClock(seoul(2026, 12, 3, 12, 0));
  let h: TestHub;
  beforeAll(async () => {
    h = await startTestHub({ homes: [homeFromYaml(ROUTINE_HOME)], clock });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('takes the issue’s attribute trigger and command action exactly so, and runs it', async () => {
    const r = await post(h, {
      name: '문 열리면 가스 잠그기',
      triggers: [
        { type: 'attribute', device: 'door', cluster: 'DoorLock', attribute: 'LockState', becomes: 2 },
      ],
      actions: [
        {
          type: 'command',
          device: 'gas',
          cluster: 'ValveConfigurationAndControl',
          command: 'Close',
          args: {},
        },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      enabled: true,
      conditions: [],
      createdBy: 'owner:owner',
      createdVia: 'api',
    });
    expect((await h.api(`${R}/${r.body.id}`)).body).toEqual(r.body);
    expect(gasState(h)).toBe(1);
    expect(
      (await command(h, 'door', { endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor' })).status,
    ).toBe(200);
    await waitUntil(() => gasState(h) === 0);
    await waitUntil(() => (h.hub.home('flat')?.routines.lastRuns(r.body.id).length ?? 0) > 0);
    const runs = (await h.api(`${R}/${r.body.id}/runs`)).body;
    expect(runs[0]).toMatchObject({ outcome: 'success', trigger: { kind: 'attribute', index: 0 } });
    // Disabled, it does not fire; removed, it is gone.
    const off = await h.api(`${R}/${r.body.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ enabled: false }),
    });
    expect(off.body.enabled).toBe(false);
    await command(h, 'door', { endpoint: 'main', cluster: 'DoorLock', command: 'LockDoor' });
    await command(h, 'gas', { endpoint: 'main', cluster: 'ValveConfigurationAndControl', command: 'Close' });
    await command(h, 'door', { endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor' });
    await new Promise((res) => setTimeout(res, 100));
    expect((await h.api(`${R}/${r.body.id}/runs`)).body.length).toBe(1);
    expect((await h.api(`${R}/${r.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api(`${R}/${r.body.id}`)).status).toBe(404);
    await command(h, 'door', { endpoint: 'main', cluster: 'DoorLock', command: 'LockDoor' });
  });

  it('refuses bad input with a clear 4xx and keeps nothing', async () => {
    const before = (await h.api(R)).body.length;
    const bad: Array<[unknown, number, string]> = [
      [{ name: 'x', actions: [] }, 400, 'invalid-request'],
      [
        { name: 'x', triggers: [{ type: 'time', at: '25:00' }], actions: [{ type: 'notice', text: '안녕' }] },
        400,
        'invalid-request',
      ],
      [
        { name: 'x', triggers: [{ type: 'weather' }], actions: [{ type: 'notice', text: '안녕' }] },
        400,
        'invalid-request',
      ],
      [
        { name: 'x', actions: [{ type: 'command', device: 'nope', cluster: 'OnOff', command: 'On' }] },
        400,
        'invalid-request',
      ],
      [
        { name: 'x', actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'Fly' }] },
        400,
        'unknown-command',
      ],
      [{ name: 'x', actions: [{ type: 'routine', routine: 'nope' }] }, 400, 'invalid-request'],
      [
        { name: 'x', actions: [{ type: 'notice', text: '안녕' }], createdBy: 'owner:owner', extra: 1 },
        400,
        'invalid-request',
      ],
    ];
    for (const [body, status, code] of bad) {
      const r = await post(h, body);
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.error.code).toBe(code);
    }
    expect((await h.api(`${R}/nope`)).status).toBe(404);
    expect((await h.api(`${R}/nope`, { method: 'PATCH', body: '{"enabled":true}' })).status).toBe(404);
    expect((await h.api(R)).body.length).toBe(before);
  });

  it('refuses loops at creation (a routine that re-triggers itself, A runs B runs A)', async () => {
    const self = await post(h, {
      name: '문 열리면 문 열기',
      triggers: [{ type: 'event', device: 'door', event: 'opened' }],
      actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'LockDoor' }],
    });
    expect(self.status).toBe(409);
    const a = await post(h, { id: 'loop-a', name: 'A', actions: [{ type: 'notice', text: 'A' }] });
    const b = await post(h, { id: 'loop-b', name: 'B', actions: [{ type: 'routine', routine: 'loop-a' }] });
    expect([a.status, b.status]).toEqual([201, 201]);
    const closing = await h.api(`${R}/loop-a`, {
      method: 'PATCH',
      body: JSON.stringify({ actions: [{ type: 'routine', routine: 'loop-b' }] }),
    });
    expect(closing.status).toBe(409);
    expect(closing.body.error.message).toContain('loop-a → loop-b → loop-a');
    // A routine run by another cannot be removed from under it.
    expect((await h.api(`${R}/loop-a`, { method: 'DELETE' })).status).toBe(409);
  });

  it('cuts a runaway chain at run time and audits it', async () => {
    for (let i = 9; i >= 1; i--) {
      const actions =
        i === 9 ? [{ type: 'notice', text: '끝' }] : [{ type: 'routine', routine: `chain-${i + 1}` }];
      expect((await post(h, { id: `chain-${i}`, name: `chain ${i}`, actions })).status).toBe(201);
    }
    const run = await h.api(`${R}/chain-1/run`, { method: 'POST' });
    expect(run.status).toBe(200);
    expect(run.body.outcome).toBe('failed');
    const cut = (await h.api(`${R}/chain-9/runs`)).body[0];
    expect(cut).toMatchObject({ outcome: 'cut', actions: [] });
    expect(cut.reason).toMatch(/runaway chain/);
    const audit = (await h.api('/api/v1/homes/flat/audit?limit=50')).body as any[];
    expect(audit.some((a) => a.kind === 'routine' && a.decision === 'cut')).toBe(true);
  });

  it('a failed action does not stop the others unless the routine says so', async () => {
    // The first action runs the chain above, whose end is cut: it fails at run time.
    const mk = (id: string, stopOnError: boolean) =>
      post(h, {
        id,
        name: id,
        stopOnError,
        actions: [
          { type: 'routine', routine: 'chain-1' },
          { type: 'command', device: 'door', cluster: 'DoorLock', command: 'LockDoor' },
        ],
      });
    expect((await mk('goes-on', false)).status).toBe(201);
    expect((await mk('stops', true)).status).toBe(201);
    const on = (await h.api(`${R}/goes-on/run`, { method: 'POST' })).body;
    expect(on.outcome).toBe('partial');
    expect(on.actions.map((a: any) => a.status)).toEqual(['error', 'success']);
    const stop = (await h.api(`${R}/stops/run`, { method: 'POST' })).body;
    expect(stop.actions.map((a: any) => a.status)).toEqual(['error', 'skipped']);
    expect(lockState(h)).toBe(1);
  });

  it('runs a routine by its phrase on an assistant whose grants cover it (not on kakao, denied the door), and asks its conditions', async () => {
    await command(h, 'gas', { endpoint: 'main', cluster: 'ValveConfigurationAndControl', command: 'Close' });
    const r = await post(h, {
      id: 'going-out',
      name: '외출 모드',
      triggers: [{ type: 'phrase', phrase: '외출 모드' }],
      actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'LockDoor' }],
    });
    expect(r.status).toBe(201);
    await command(h, 'door', { endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor' });
    clock.advance(60_000);
    const byKakao = await h.api('/api/v1/homes/flat/conversation', {
      method: 'POST',
      body: JSON.stringify({ text: '헤이 카카오, 외출 모드 실행해줘', satellite: 'kitchen-mic' }),
    });
    expect(byKakao.body.response.text).not.toContain('실행할게요');
    clock.advance(60_000);
    const turn = await h.api('/api/v1/homes/flat/conversation', {
      method: 'POST',
      body: JSON.stringify({ text: '지니야, 외출 모드 실행해줘', satellite: 'kitchen-mic' }),
    });
    expect(turn.body.response.text).toContain('"외출 모드" 루틴을 실행할게요');
    await waitUntil(() => lockState(h) === 1);
    expect(h.hub.home('flat')?.routines.lastRuns('going-out')).toHaveLength(1);
    // A condition that does not hold: the time trigger's run is recorded as skipped.
    const c = await post(h, {
      id: 'night-only',
      name: '밤에만',
      triggers: [{ type: 'time', at: '13:00' }],
      conditions: [{ type: 'time', after: '22:00', before: '06:00' }],
      actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'UnlockDoor' }],
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    clock.set(seoul(2026, 12, 3, 13, 0, 5));
    await waitUntil(() => (h.hub.home('flat')?.routines.lastRuns('night-only').length ?? 0) > 0);
    expect(h.hub.home('flat')?.routines.lastRuns('night-only')[0]).toMatchObject({ outcome: 'skipped' });
    expect(lockState(h)).toBe(1);
  });

  it('loads the home file’s routines, with sunset at the home’s location', async () => {
    const list = (await h.api(R)).body as any[];
    const evening = list.find((r) => r.id === 'evening');
    expect(evening).toMatchObject({ createdVia: 'home-file', createdBy: 'home-file', enabled: true });
    expect((await h.api(`${R}/evening`, { method: 'DELETE' })).status).toBe(409);
    // Seoul's sunset on 3 Dec 2026 is 17:14; ten minutes before, the routine runs.
    clock.set(seoul(2026, 12, 3, 17, 0));
    await new Promise((res) => setTimeout(res, 100));
    expect(h.hub.home('flat')?.routines.lastRuns('evening')).toEqual([]);
    clock.set(seoul(2026, 12, 3, 17, 6));
    await waitUntil(() => (h.hub.home('flat')?.routines.lastRuns('evening').length ?? 0) > 0);
    const setpoint = h.hub.home('flat')?.runtime.device('heat-living')?.endpoints[0]?.clusters.Thermostat;
    expect(setpoint?.OccupiedHeatingSetpoint).toBe(2300);
  });

  it('is for the owner and members; a member’s routine may not hold a PIN action', async () => {
    const now = clock.now();
    const tokens = h.hub.tokens;
    await tokens.addPerson('flat', { id: 'kim', name: '김', role: 'member' }, now);
    await tokens.addPerson('flat', { id: 'guest', name: '손님', role: 'guest', devices: ['door'] }, now);
    const member = (await tokens.issue({ home: 'flat', id: 'kim', role: 'member' })).token;
    const guest = (await tokens.issue({ home: 'flat', id: 'guest', role: 'guest' })).token;
    expect((await h.api(R, { token: guest })).status).toBe(403);
    expect((await h.api(R, { token: null })).status).toBe(401);
    const unlock = { type: 'command', device: 'door', cluster: 'DoorLock', command: 'UnlockDoor' };
    const refused = await h.api(R, {
      method: 'POST',
      token: member,
      body: JSON.stringify({ name: 'm', actions: [unlock] }),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('PIN');
    const lock = { ...unlock, command: 'LockDoor' };
    const ok = await h.api(R, {
      method: 'POST',
      token: member,
      body: JSON.stringify({ name: 'm', actions: [lock] }),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.createdBy).toBe('member:kim');
  });
});
