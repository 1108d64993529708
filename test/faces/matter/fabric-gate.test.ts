/**
 * A Matter fabric as the gate's principal on the demo home: the grants of the assistant the home
 * file's `matter` section names for it, `forbidden` never, `pin` refused unless allowed, and the
 * section's checks.
 */

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FabricPrincipal } from '../../../src/gate/types.js';
import { type HomeFileError, parseHomeFile } from '../../../src/home/load.js';
import { DEMO_HOME, startTestHub, type TestHub } from '../../support/hub.js';

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub();
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

const fabric = (assistant: string | null, allowPin = false): FabricPrincipal => ({
  kind: 'fabric',
  home: 'demo',
  id: '1',
  assistant,
  allowPin,
});
const cmd = (device: string, cluster: string, command: string) => ({
  kind: 'command' as const,
  device,
  cluster,
  command,
});

describe('a Matter fabric at the gate', () => {
  it("gets its assistant's grants, and nothing without one", () => {
    const gate = h.hub.home('demo')?.gate;
    expect(gate?.decide(fabric('genie'), cmd('living-light', 'OnOff', 'Toggle')).effect).toBe('allow');
    expect(gate?.decide(fabric('kakao'), cmd('door', 'DoorLock', 'LockDoor'))).toMatchObject({
      effect: 'deny',
    });
    expect(gate?.decide(fabric(null), cmd('living-light', 'OnOff', 'Toggle'))).toMatchObject({
      effect: 'deny',
    });
    expect(gate?.decide(fabric('genie'), { kind: 'surface', surface: 'admin' })).toMatchObject({
      effect: 'deny',
    });
  });

  it('never opens the gas valve, and unlocks the door only where the home file allows PIN actions', () => {
    const gate = h.hub.home('demo')?.gate;
    expect(
      gate?.decide(fabric('genie', true), cmd('gas', 'ValveConfigurationAndControl', 'Open')),
    ).toMatchObject({
      effect: 'deny',
      code: 'forbidden',
    });
    expect(gate?.decide(fabric('genie'), cmd('door', 'DoorLock', 'UnlockDoor'))).toMatchObject({
      effect: 'deny',
      code: 'not-allowed',
    });
    expect(gate?.decide(fabric('genie', true), cmd('door', 'DoorLock', 'UnlockDoor')).effect).toBe('allow');
  });

  it("checks the home file's matter section", () => {
    const demo = readFileSync(DEMO_HOME, 'utf8').replace(/\nmatter:\n(?: .*\n)+/, '\n');
    const problems = (extra: string) => {
      try {
        parseHomeFile(`${demo}\n${extra}`);
        return [];
      } catch (err) {
        return (err as HomeFileError).problems ?? [String(err)];
      }
    };
    expect(
      problems(
        'matter:\n  fabrics:\n    - { vendorId: 4362, assistant: bixby }\n  default: { assistant: genie }\n',
      ),
    ).toEqual([]);
    expect(problems('matter:\n  fabrics:\n    - { assistant: bixby }\n').join()).toMatch(
      /label or a vendorId/,
    );
    expect(problems('matter:\n  default: { assistant: nobody }\n').join()).toMatch(
      /unknown assistant 'nobody'/,
    );
    expect(problems('matter:\n  fabrics:\n    - { vendorId: 70000, assistant: bixby }\n').join()).toMatch(
      /vendor id/,
    );
    expect(problems('matter:\n  defualt: { assistant: genie }\n').join()).toMatch(/defualt/);
  });
});
