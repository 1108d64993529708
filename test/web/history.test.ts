/**
 * The dashboard's history charts in real Chromium on the demo home: a device card opens its
 * history, drawn from the hub's telemetry (the fridge's compartment temperatures and setpoints
 * after a command changed one), with no foreign request or page error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import { card, launch, type Watch, watch, webGroups } from './support.js';

let hub: TestHub;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let seen: Watch;

beforeAll(async () => {
  hub = await startTestHub({ groups: await webGroups(), faces: { care: { flushMs: 10 } } });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  context.setDefaultTimeout(10_000);
  seen = watch(context, hub.url);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

test('a device card opens its history as charts', async () => {
  const r = await hub.api('/api/v1/homes/demo/devices/fridge/commands', {
    method: 'POST',
    body: JSON.stringify({
      endpoint: 'refrigerator',
      cluster: 'TemperatureControl',
      command: 'SetTemperature',
      args: { TargetTemperature: 400 },
    }),
  });
  expect(r.status).toBe(200);
  await page.goto(`${hub.url}/#token=${hub.token()}`);
  const fridge = card(page, 'fridge');
  await fridge.waitFor();
  const toggle = fridge.locator('[data-history-toggle]');
  expect(await toggle.textContent()).toBe('기록 보기');
  await toggle.click();
  const setpoint = fridge.locator(
    'figure[data-series="refrigerator/TemperatureControl.TemperatureSetpoint"]',
  );
  await setpoint.waitFor();
  expect(await setpoint.locator('figcaption').textContent()).toContain('냉장실 설정 온도 4°C');
  expect(await setpoint.locator('svg polyline').getAttribute('points')).toMatch(/^\d/);
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await toggle.click();
  expect(await fridge.locator('[data-history]').count()).toBe(0);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
}, 60_000);
