/**
 * The dashboard's routines view in a real browser (Chromium) against a real hub on the demo home:
 * create a routine with the form (no JSON), see it listed, run it now (the entrance light, over
 * the embedded MQTT broker, turns on), switch it off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import { launch, type Watch, watch, webGroups } from './support.js';

let hub: TestHub;
let browser: Browser;
let page: Page;
let seen: Watch;

beforeAll(async () => {
  hub = await startTestHub({ groups: await webGroups() });
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  seen = watch(context, hub.url);
  context.setDefaultTimeout(8000);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('routines view', () => {
  test('creates a routine with the form, runs it now, switches it off', async () => {
    await page.goto(`${hub.url}/#token=${hub.token()}`);
    await page.getByRole('button', { name: '루틴' }).click();
    await page.getByText('아직 루틴이 없어요.').waitFor();
    await page.getByLabel('이름').fill('현관 불 켜기');
    await page.getByLabel('언제').selectOption('event');
    await page.getByLabel('어느 기기').selectOption('door');
    await page.getByLabel('무슨 일').selectOption('opened');
    await page.getByLabel('무엇을 (기기)').selectOption('entrance-light');
    await page.getByLabel('동작').selectOption('OnOff.On');
    await page.getByRole('button', { name: '루틴 만들기' }).click();
    const item = page.locator('li[data-routine]').filter({ hasText: '현관 불 켜기' });
    await item.waitFor();
    expect(await item.textContent()).toContain('현관문 · 열림');
    const [stored] = (await hub.api('/api/v1/homes/demo/routines')).body as any[];
    expect(stored).toMatchObject({
      name: '현관 불 켜기',
      triggers: [{ type: 'event', device: 'door', event: 'opened' }],
      actions: [{ type: 'command', device: 'entrance-light', cluster: 'OnOff', command: 'On' }],
      createdBy: 'owner:owner',
    });

    await item.getByRole('button', { name: '지금 실행' }).click();
    await item.locator('li[data-outcome="success"]').waitFor();
    const light = hub.hub.home('demo')?.runtime.device('entrance-light')?.endpoints[0]?.clusters.OnOff?.OnOff;
    expect(light).toBe(true);

    await item.getByRole('checkbox').uncheck();
    await expect
      .poll(async () => (await hub.api(`/api/v1/homes/demo/routines/${stored.id}`)).body.enabled)
      .toBe(false);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  }, 60_000);
});
