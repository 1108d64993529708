/** The gate and the microphone faces: a local face bound to a satellite speaks there only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPrincipal } from '../../src/gate/types.js';
import { startTestHub, type TestHub } from '../support/hub.js';

describe('gate: local microphone faces', () => {
  let h: TestHub;
  beforeAll(async () => {
    h = await startTestHub();
  });
  afterAll(async () => {
    await h?.stop();
  });
  const gate = () => h.hub.home('demo')?.gate;
  const mic = (satellite?: string): LocalPrincipal => ({
    kind: 'local',
    home: 'demo',
    id: 'wyoming-satellite',
    ...(satellite ? { satellite } : {}),
  });
  const turn = (assistant: string, satellite: string) => ({ kind: 'turn', assistant, satellite }) as const;

  it('takes turns on its own satellite, as that satellite’s assistants only', () => {
    expect(gate()?.decide(mic('galaxy-buds'), turn('bixby', 'galaxy-buds')).effect).toBe('allow');
    expect(gate()?.decide(mic('galaxy-buds'), turn('genie', 'galaxy-buds')).effect).toBe('deny');
    expect(gate()?.decide(mic('galaxy-buds'), turn('genie', 'genie-speaker')).effect).toBe('deny');
  });

  it('a local face without a satellite (the MQTT export) takes no turns', () => {
    const d = gate()?.decide({ kind: 'local', home: 'demo', id: 'mqtt-export' }, turn('genie', 'console'));
    expect(d).toMatchObject({ effect: 'deny', code: 'not-allowed' });
  });

  it('a turn it carries acts with the assistant’s grants: kakao may not unlock the door, genie must ask the PIN', () => {
    const speaker = (id: string) =>
      ({ kind: 'assistant', home: 'demo', id, satellite: 'console', via: mic('console') }) as const;
    const unlock = { kind: 'command', device: 'door', cluster: 'DoorLock', command: 'UnlockDoor' } as const;
    expect(gate()?.decide(speaker('kakao'), unlock).effect).toBe('deny');
    expect(gate()?.decide(speaker('genie'), unlock).effect).toBe('challenge');
  });
});
