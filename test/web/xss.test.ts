/**
 * Names from the home file and from vendors are shown as text, never as HTML: a device, an area,
 * an assistant and a vendor model containing markup render literally and run nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { homeFromYaml, startTestHub, type TestHub } from '../support/hub.js';
import { card, launch, type Watch, watch, webGroups } from './support.js';

const EVIL_NAME = '<img src=x onerror=alert(1)>';
const EVIL_MODEL = '<img src=y onerror=alert(2)><script>alert(3)</script>';
const EVIL_AREA = '<b onmouseover=alert(4)>거실</b>';
const EVIL_ASSISTANT = '<svg onload=alert(5)>';

const HOME = `
version: 1
home: { id: xss, name: '<i>테스트</i> 집', language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: '${EVIL_AREA}' }
assistants:
  - { id: genie, name: '${EVIL_ASSISTANT}', provider: '<u>KT</u>', wakeWords: [지니야] }
satellites:
  - { id: console, name: 관리 콘솔, assistants: [genie] }
grants:
  - { assistant: '*', privilege: operate }
security:
  voicePin: '0000'
  rules: []
connections:
  - id: wallpad
    adapter: virtual
    simulator:
      devices:
        - { externalId: door-01, type: door-lock, model: '${EVIL_MODEL}', state: { locked: true } }
        - { externalId: heat-01, type: heating, state: { on: true, targetC: 22, currentC: 21 } }
devices:
  - { id: door, connection: wallpad, externalId: door-01, name: '${EVIL_NAME}', area: living }
  - { id: heat, connection: wallpad, externalId: heat-01, name: 난방, area: living }
`;

let hub: TestHub;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let seen: Watch;

beforeAll(async () => {
  hub = await startTestHub({ homes: [homeFromYaml(HOME)], groups: await webGroups() });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  context.setDefaultTimeout(8000);
  seen = watch(context, hub.url);
  page = await context.newPage();
  // Anything that runs alert() is recorded instead of opening a dialog.
  await page.addInitScript('window.fired = []; window.alert = (m) => { window.fired.push(String(m)); };');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

test('markup in names from the home file and from vendors shows as text and runs nothing', async () => {
  await page.goto(`${hub.url}/#token=${hub.token()}`);
  const door = card(page, 'door');
  await door.waitFor();
  expect(await door.locator('h4').textContent()).toBe(EVIL_NAME);
  expect(await door.locator('.card-meta').textContent()).toContain(EVIL_MODEL);
  expect(await page.locator('section.area h3').first().textContent()).toBe(EVIL_AREA);
  expect(await page.locator('h1.home-name').textContent()).toBe('<i>테스트</i> 집');

  // A command through the API, and a console turn, put the names into the live views too.
  const r = await hub.api('/api/v1/homes/xss/devices/door/commands', {
    method: 'POST',
    body: JSON.stringify({ endpoint: 'main', cluster: 'DoorLock', command: 'UnlockDoor', args: {} }),
  });
  expect(r.status).toBe(200);
  await expect.poll(() => door.locator('[data-facts]').textContent(), { timeout: 1000 }).toBe('열림');
  const field = page.getByRole('textbox', { name: '명령', exact: true });
  await field.fill('지니야 <img src=z onerror=alert(6)> 문 잠가줘');
  await field.press('Enter');
  await page.locator('article.turn .answered-by').waitFor();
  expect(await page.locator('article.turn .answered-by').textContent()).toContain(EVIL_ASSISTANT);
  expect(await page.locator('article.turn q').textContent()).toContain('<img src=z onerror=alert(6)>');
  await page.getByRole('button', { name: '활동' }).click();
  await expect.poll(() => page.locator('table.log tbody').textContent()).toContain(EVIL_NAME);
  await page.getByRole('button', { name: '권한' }).click();
  expect(await page.locator('tr[data-assistant="genie"]').textContent()).toContain(EVIL_ASSISTANT);

  // Nothing became an element, nothing ran.
  expect(await page.locator('img, script:not([src]), svg[onload], b[onmouseover], i, u').count()).toBe(0);
  expect(await page.evaluate('window.fired')).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
