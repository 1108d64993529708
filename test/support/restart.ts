/**
 * The restart check the hub tests share, on any store: a command acknowledged before a restart (the
 * demo home's door unlocked) is still in the state and the command log of the hub started again on
 * the same data, with the same owner token.
 */
import { expect } from 'vitest';
import type { TestHub } from './hub.js';

/** UnlockDoor on the demo home's door through the API. */
export const unlockDemoDoor = (h: TestHub) =>
  h.api('/api/v1/homes/demo/devices/door/commands', {
    method: 'POST',
    body: JSON.stringify({ endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor', args: {} }),
  });

/** The restarted hub `b` keeps the owner token, the unlocked door and the command in its log. */
export async function expectUnlockKept(b: TestHub, token: string): Promise<void> {
  expect(b.token()).toBe(token);
  const door = (await b.api('/api/v1/homes/demo/devices/door', { token })).body;
  expect(door.endpoints[0].clusters.DoorLock.LockState).toBe(2);
  const log = (await b.api('/api/v1/homes/demo/commands?limit=5', { token })).body;
  expect(log[0]).toMatchObject({ device: 'door', command: 'UnlockDoor', status: 'success' });
}
