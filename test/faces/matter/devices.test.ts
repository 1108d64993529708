/**
 * Devices that join or leave the running hub appear on and disappear from its Matter bridge, as a
 * controller nobody here wrote (matter.js's CommissioningController) sees them: a vendor's devices
 * that join once its cloud answers (deviceAdded), and a device taken out of the hub (deviceRemoved).
 * The hub runs in-process in hub-peer.mjs inside the test's own network namespace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/hub.js';
import { createNamespace, HUB_PEER, type Namespace, namespaceProblem, Peer } from './netns.js';

const problem = namespaceProblem();
if (problem) console.warn(`Matter bridge device tests skipped: ${problem}`);

interface Bridged {
  endpoint: number;
  uniqueId: string;
  nodeLabel: string;
}

describe.skipIf(problem !== null)('devices joining and leaving the hub, on its Matter bridge', () => {
  let ns: Namespace;
  let hub: Peer;
  let ctl: Peer;
  let node: string;

  const bridged = () => ctl.call<Bridged[]>('bridged', { node });
  /** Polls the controller's view of the bridge until `ok` holds (the controller re-reads the structure). */
  const until = async (ok: (list: Bridged[]) => boolean, what: string, ms = 60_000): Promise<Bridged[]> => {
    const end = Date.now() + ms;
    let list = await bridged();
    while (!ok(list)) {
      if (Date.now() > end)
        throw new Error(
          `${what}: the controller sees ${list.map((b) => b.uniqueId).join(', ') || 'nothing'}`,
        );
      await new Promise((r) => setTimeout(r, 500));
      list = await bridged();
    }
    return list;
  };
  const ids = (list: Bridged[]) => list.map((b) => b.uniqueId).sort();

  beforeAll(async () => {
    ns = createNamespace();
    hub = new Peer(ns, {
      id: 'hub',
      label: 'hub',
      program: [process.execPath, HUB_PEER, `--data=${tempDir('yd-mdev-')}`, '--port=5540'],
    });
    ctl = new Peer(ns, { id: 'a', label: 'Home Assistant', storage: tempDir('yd-mdev-ctl-') });
    await Promise.all([hub.ready, ctl.ready]);
  }, 180_000);

  afterAll(async () => {
    for (const p of [ctl, hub]) await p?.close().catch(() => {});
    ns?.remove();
  }, 60_000);

  it('shows devices that join the running hub, and drops a device taken out of it', async () => {
    const info = await ctl.call<{ status: number; body: any }>('http', {
      url: `${hub.info.url}/api/v1/homes/late/matter`,
      headers: { authorization: `Bearer ${hub.info.token}` },
    });
    expect(info.status).toBe(200);
    node = (await ctl.call<{ node: string }>('commission', { code: info.body.bridge.manualPairingCode }))
      .node;
    // The vendor's cloud did not answer at the hub's start: its devices have no endpoints yet.
    expect(await bridged()).toEqual([]);

    await hub.call('vendorUp');
    const joined = await until((l) => l.length === 2, 'the vendor devices did not appear');
    expect(ids(joined)).toEqual(['aircon/main', 'purifier/main']);
    expect(joined.find((b) => b.uniqueId === 'aircon/main')?.nodeLabel).toBe('거실 에어컨');
    const purifier = joined.find((b) => b.uniqueId === 'purifier/main')?.endpoint;

    expect(await hub.call('remove', { device: 'aircon' })).toBe(true);
    const left = await until((l) => l.length === 1, 'the removed device did not disappear');
    expect(left).toEqual([expect.objectContaining({ uniqueId: 'purifier/main', endpoint: purifier })]);
    expect(await hub.call('remove', { device: 'aircon' })).toBe(false);
  }, 300_000);
});
