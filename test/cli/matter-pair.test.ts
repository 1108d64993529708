/**
 * `yeondong matter pair` without a Matter network: its options, and the hub's 400 for a bad
 * request passed through with nothing changed (pairing itself: test/adapters/matter/controller.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/hub.js';
import { listening, type Run, smallHome, yd } from './support.js';

describe('yeondong matter pair', () => {
  let hub: Run;
  let url: string;
  let data: string;

  beforeAll(async () => {
    data = tempDir('yd-mpair-');
    hub = yd(['serve', '--home', smallHome(), '--port', '0', '--data', data]);
    url = await listening(hub);
  }, 60_000);

  afterAll(async () => {
    hub?.child.kill('SIGTERM');
    await hub?.exited;
  });

  it('explains itself and refuses incomplete command lines', async () => {
    const help = yd(['matter', 'pair', '--help']);
    expect((await help.exited).code).toBe(0);
    expect(help.out()).toMatch(/^Usage: yeondong matter pair/);
    const noName = yd(['matter', 'pair', '--url', url, '--data', data, '34970112332']);
    expect((await noName.exited).code).toBe(2);
    expect(noName.err()).toContain('--name is required');
    const noCode = yd(['matter', 'pair', '--url', url, '--data', data, '--name', '조명']);
    expect((await noCode.exited).code).toBe(2);
    const other = yd(['matter', 'unpair']);
    expect((await other.exited).code).toBe(2);
    expect(other.err()).toContain("unknown command 'unpair'");
  }, 60_000);

  it("prints the hub's refusal of a bad code or area, and the home keeps its devices", async () => {
    const token = readFileSync(join(data, 'owner.token'), 'utf8').trim();
    const devices = async () =>
      (await (
        await fetch(`${url}/api/v1/homes/small/devices`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as unknown[];
    const before = await devices();
    const base = ['matter', 'pair', '--url', url, '--data', data, '--home', 'small', '--name', '조명'];
    const badCode = yd([...base, '12345678901']);
    expect((await badCode.exited).code).toBe(1);
    expect(badCode.err()).toMatch(/400 invalid-request: not a Matter pairing code/);
    const badArea = yd([...base, '--area', '다락방', '34970112332']);
    expect((await badArea.exited).code).toBe(1);
    expect(badArea.err()).toContain("400 invalid-request: no area '다락방'");
    expect(await devices()).toEqual(before);
  }, 60_000);
});
