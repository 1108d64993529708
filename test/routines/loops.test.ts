/**
 * The loop check at creation reads the engine's incremental indexes (who watches which device and
 * cluster, who runs which routine) instead of rebuilding them from every routine: loops through
 * devices across routines, disabled routines (not watching until enabled), updates and removals
 * must all still be seen. Real hub, real HTTP, SQLite; the small all-virtual home.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeFromYaml, startTestHub, type TestHub } from '../support/hub.js';
import { ROUTINE_HOME } from './support.js';

const R = '/api/v1/homes/flat/routines';

describe('loops at creation, through the indexes', () => {
  let h: TestHub;
  const post = (body: unknown) => h.api(R, { method: 'POST', body: JSON.stringify(body) });
  const patch = (id: string, body: unknown) =>
    h.api(`${R}/${id}`, { method: 'PATCH', body: JSON.stringify(body) });
  const heatWatcher = (id: string, enabled = true) => ({
    id,
    name: id,
    enabled,
    triggers: [
      {
        type: 'attribute',
        device: 'heat-living',
        cluster: 'Thermostat',
        attribute: 'OccupiedHeatingSetpoint',
      },
    ],
    actions: [{ type: 'command', device: 'door', cluster: 'DoorLock', command: 'LockDoor' }],
  });
  const doorWatcher = (id: string) => ({
    id,
    name: id,
    triggers: [{ type: 'event', device: 'door', event: 'closed' }],
    actions: [
      {
        type: 'command',
        device: 'heat-living',
        cluster: 'Thermostat',
        command: 'WriteAttributes',
        args: { OccupiedHeatingSetpoint: 2100 },
      },
    ],
  });

  beforeAll(async () => {
    h = await startTestHub({ homes: [homeFromYaml(ROUTINE_HOME)] });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sees a loop through two devices (heating → door → heating), and not once the other is gone', async () => {
    expect((await post(heatWatcher('heat-to-door'))).status).toBe(201);
    const closing = await post(doorWatcher('door-to-heat'));
    expect(closing.status).toBe(409);
    expect(closing.body.error.message).toContain('door-to-heat → heat-to-door → door-to-heat');
    expect((await h.api(`${R}/heat-to-door`, { method: 'DELETE' })).status).toBe(204);
    expect((await post(doorWatcher('door-to-heat'))).status).toBe(201);
    // And now the first one closes it.
    expect((await post(heatWatcher('heat-to-door'))).status).toBe(409);
  });

  it('a disabled routine does not watch until enabled; enabling it into a loop is refused', async () => {
    expect((await patch('door-to-heat', { enabled: false })).status).toBe(200);
    // With the door watcher off, a heating watcher that locks the door closes no loop …
    expect((await post(heatWatcher('heat-2'))).status).toBe(201);
    // … until the door watcher is switched back on.
    const on = await patch('door-to-heat', { enabled: true });
    expect(on.status).toBe(409);
    expect(on.body.error.message).toContain('door-to-heat → heat-2 → door-to-heat');
    expect((await h.api(`${R}/door-to-heat`)).body.enabled).toBe(false);
    // Changing the heating watcher's action away from the door opens the loop: now it may be enabled.
    const away = await patch('heat-2', { actions: [{ type: 'notice', text: '난방이 바뀌었어요.' }] });
    expect(away.status, JSON.stringify(away.body)).toBe(200);
    expect((await patch('door-to-heat', { enabled: true })).status).toBe(200);
  });

  it('a routine run by another cannot be removed until the caller changes', async () => {
    expect((await post({ id: 'leaf', name: 'leaf', actions: [{ type: 'notice', text: 'x' }] })).status).toBe(
      201,
    );
    expect(
      (await post({ id: 'caller', name: 'caller', actions: [{ type: 'routine', routine: 'leaf' }] })).status,
    ).toBe(201);
    const refused = await h.api(`${R}/leaf`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("'caller'");
    expect((await patch('caller', { actions: [{ type: 'notice', text: 'y' }] })).status).toBe(200);
    expect((await h.api(`${R}/leaf`, { method: 'DELETE' })).status).toBe(204);
  });
});
