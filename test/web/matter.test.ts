/**
 * The owner's Matter panel in a real browser: the bridge's QR code (the `MT:` payload drawn as an
 * image) and manual code, the fabrics as a controller nobody here wrote (matter.js's
 * CommissioningController) commissions the bridge, and removing that fabric. The hub
 * (`yeondong serve --matter`, serving dist/web: build first), the controller and Chromium all run
 * inside a network namespace of the test's own (test/faces/matter/netns.ts).
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hub as ServedHub, startHub, stopHub } from '../faces/matter/hub.js';
import { createNamespace, type Namespace, namespaceProblem, Peer } from '../faces/matter/netns.js';
import { tempDir } from '../support/hub.js';
import { CHROMIUM, launch, screenshotPath, type Watch, watch } from './support.js';

const problem = namespaceProblem();
if (problem) console.warn(`Matter panel test skipped: ${problem}`);

interface Bridge {
  manualPairingCode: string;
  qrPairingCode: string;
  commissioned: boolean;
  fabrics: Array<{ fabricIndex: number; label: string; vendorId: number }>;
}

describe.skipIf(problem !== null)("the owner's Matter panel", () => {
  let ns: Namespace;
  let hub: ServedHub;
  let owner: string;
  let ctl: Peer;
  let browser: Browser;
  let page: Page;
  let seen: Watch;

  const bridge = async (): Promise<Bridge> => {
    const r = await ctl.call<{ status: number; body: { bridge: Bridge } }>('http', {
      url: `${hub.url}/api/v1/homes/demo/matter`,
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(r.status).toBe(200);
    return r.body.bridge;
  };

  beforeAll(async () => {
    ns = createNamespace();
    const data = tempDir('yd-web-matter-');
    hub = await startHub(ns, data);
    owner = readFileSync(join(data, 'owner.token'), 'utf8').trim();
    ctl = new Peer(ns, { id: 'a', label: 'Home Assistant', storage: tempDir('yd-web-ctl-') });
    await ctl.ready;
    // Chromium in the namespace too (the hub listens on the namespace's own loopback).
    const chromium = join(tempDir('yd-web-ns-'), 'chromium');
    writeFileSync(chromium, `#!/bin/sh\nexec ip netns exec ${ns.name} ${CHROMIUM} "$@"\n`);
    chmodSync(chromium, 0o755);
    browser = await launch(chromium);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    context.setDefaultTimeout(15_000);
    seen = watch(context, hub.url);
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await ctl?.close().catch(() => {});
    if (hub) await stopHub(hub);
    ns?.remove();
  }, 90_000);

  it('shows the QR code and the manual code, the fabric that commissions it, and removes that fabric', async () => {
    const before = await bridge();
    await page.goto(`${hub.url}/#token=${owner}`);
    await page.getByRole('button', { name: 'Matter' }).click();
    await page.getByRole('heading', { name: 'Matter 브리지' }).waitFor();
    await page.getByText('아직 연결된 컨트롤러가 없어요.').waitFor();

    // The manual code as controllers show it, and the QR image: exactly the modules of the bridge's
    // own `MT:` payload (drawn from the API's qrPairingCode, not from anything else).
    const m = before.manualPairingCode;
    expect(await page.locator('.matter-manual').textContent()).toBe(
      `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`,
    );
    expect(await page.locator('.matter-payload').textContent()).toBe(before.qrPairingCode);
    const qr = page.getByRole('img', { name: 'Matter 페어링 QR 코드' });
    const drawn = await qr.evaluate((svg) =>
      [...svg.querySelectorAll('rect[width="1"]')].map(
        (r) => `${r.getAttribute('x')},${r.getAttribute('y')}`,
      ),
    );
    const expected = encode(before.qrPairingCode, { ecc: 'M', border: 2 })
      .data.flatMap((row, y) => row.map((dark, x) => (dark ? `${x},${y}` : null)))
      .filter((c): c is string => c !== null);
    expect(drawn.sort()).toEqual(expected.sort());
    expect(await page.locator('.matter-status').textContent()).toBe('연결을 기다리는 중');

    // A controller commissions the bridge with the code the page shows; the panel lists its fabric.
    const typed = ((await page.locator('.matter-manual').textContent()) ?? '').replaceAll('-', '');
    await ctl.call('commission', { code: typed });
    const row = page.locator('tr[data-fabric]').filter({ hasText: 'Home Assistant' });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('code').textContent()).toBe('0xFFF1');
    expect(await page.locator('.matter-status').textContent()).toBe('연결됨');
    await page.screenshot({ path: screenshotPath('matter.png') });

    // Removing asks first (no dialog), then the fabric goes, at the bridge too.
    await row.getByRole('button', { name: '연결 해제' }).click();
    await row.getByText('이 컨트롤러의 연결을 해제할까요?').waitFor();
    await row.getByRole('button', { name: '취소' }).click();
    expect((await bridge()).fabrics).toHaveLength(1);
    await row.getByRole('button', { name: '연결 해제' }).click();
    await row.getByRole('button', { name: '해제', exact: true }).click();
    // Asked again and again while matter.js resets the node (the last fabric went): never a 500.
    for (let i = 0; i < 20; i++) await bridge();
    await page.getByText('아직 연결된 컨트롤러가 없어요.').waitFor();
    // The last fabric gone, matter.js resets the node and starts it again: the bridge answers once it
    // is back, commissionable with the same codes.
    const after = await bridge();
    expect(after.fabrics).toEqual([]);
    expect(after.commissioned).toBe(false);
    expect(after.manualPairingCode).toBe(before.manualPairingCode);

    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  }, 300_000);
});
