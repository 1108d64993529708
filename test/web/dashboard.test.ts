/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) against a real hub
 * on the demo home: sign-in, every device in its area, controls reaching the vendor simulator,
 * a console turn, live updates, a device going offline, the English toggle. The LG connection
 * talks to a ThinQ simulator this test starts itself, so the test can read and stop it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHomeFile } from '../../src/home/load.js';
import type { HomeFile } from '../../src/home/types.js';
import { startThinqSimulator } from '../../src/simulators/thinq/index.js';
import type { SimulatorHandle } from '../../src/simulators/types.js';
import { DEMO_HOME, startTestHub, type TestHub } from '../support/hub.js';
import { card, launch, SCREENSHOTS, screenshotPath, type Watch, watch, webGroups } from './support.js';

const LG_TOKEN = 'web-test-lg-token';

let hub: TestHub;
let lg: SimulatorHandle;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let seen: Watch;

async function demoHomeWithOwnLgSimulator(): Promise<HomeFile> {
  const home = loadHomeFile(DEMO_HOME);
  const conn = home.connections.find((c) => c.id === 'lg');
  if (!conn) throw new Error('the demo home has no lg connection');
  lg = await startThinqSimulator({
    devices: conn.simulator.devices,
    host: '127.0.0.1',
    port: 0,
    token: LG_TOKEN,
  });
  conn.simulate = false;
  conn.baseUrl = lg.url;
  conn.token = LG_TOKEN;
  return home;
}

async function lgState(externalId: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${lg.url}/__sim/devices/${externalId}`);
  return ((await res.json()) as { state: Record<string, unknown> }).state;
}

const facts = (id: string) => card(page, id).locator('[data-facts]').textContent();

beforeAll(async () => {
  const [home, groups] = await Promise.all([demoHomeWithOwnLgSimulator(), webGroups()]);
  hub = await startTestHub({ homes: [home], groups });
  browser = await launch();
  context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  });
  seen = watch(context, hub.url);
  context.setDefaultTimeout(8000);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await lg?.stop();
});

describe('dashboard on the demo home', () => {
  test('serves the page with no inline script, under the hub strict CSP', async () => {
    const res = await fetch(`${hub.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    // The hub's security headers (src/server/limits.ts) forbid inline script and style; the page
    // runs under them in every test below (a refusal would show up as a console error).
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="ko">/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/https?:\/\//);
    // Unknown paths stay the API's JSON 404, not the page.
    const missing = await fetch(`${hub.url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });

  test('nothing works without a token: a wrong one is refused, the right one signs in', async () => {
    const other = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ko-KR' });
    other.setDefaultTimeout(8000);
    const w = watch(other, hub.url);
    const p = await other.newPage();
    await p.goto(`${hub.url}/`);
    const tokenField = p.getByLabel('소유자 토큰');
    await tokenField.fill('not-a-token');
    await p.getByRole('button', { name: '로그인' }).click();
    await p.getByRole('alert').filter({ hasText: '토큰이 올바르지 않아요' }).waitFor();
    expect(await p.locator('article[data-device]').count()).toBe(0);
    await tokenField.fill(hub.token());
    await p.getByRole('button', { name: '로그인' }).click();
    await card(p, 'fridge').waitFor();
    // The session survives a reload (sessionStorage), without the token in the address.
    await p.reload();
    await card(p, 'fridge').waitFor();
    expect(p.url()).not.toContain(hub.token());
    // On a phone the console sits above the devices: the contract's field and selector are there.
    expect(await p.getByRole('textbox', { name: '명령', exact: true }).isVisible()).toBe(true);
    expect(await p.getByRole('combobox', { name: '마이크' }).inputValue()).toBe('console');
    await p.screenshot({ path: screenshotPath('phone.png') });
    await other.close();
    expect(w.foreign).toEqual([]);
  });

  test('opening /#token=… signs in and shows every demo-home device in its area', async () => {
    await page.goto(`${hub.url}/#token=${hub.token()}`);
    await page.locator('.live-open').waitFor();
    expect(page.url()).toBe(`${hub.url}/`);
    const home = (await hub.api('/api/v1/homes/demo')).body as { areas: Array<{ id: string; name: string }> };
    const devices = (await hub.api('/api/v1/homes/demo/devices')).body as Array<{
      id: string;
      name: string;
      area: string | null;
    }>;
    expect(devices.length).toBeGreaterThanOrEqual(22);
    for (const d of devices) {
      const area = page.locator(`section.area[data-area="${d.area ?? ''}"]`);
      const c = area.locator(`article[data-device="${d.id}"]`);
      expect(await c.count(), `${d.id} in ${d.area}`).toBe(1);
      expect(await c.locator('h4').textContent()).toBe(d.name);
      const areaName = home.areas.find((a) => a.id === d.area)?.name;
      if (areaName) expect(await area.locator('h3').first().textContent()).toBe(areaName);
    }
    // The state people care about, in Korean units and words: no vendor mode labels, no wall-pad in
    // English, no connection ids.
    await expect.poll(() => facts('settop')).toMatch(/채널 11 MBC · 볼륨 12/);
    expect(await facts('washer')).toMatch(/ · 표준$/);
    const cards = await page.locator('section.area').allTextContents();
    expect(cards.join(' ')).not.toMatch(/Wall-pad|Standard|Normal|satellite speaker| 연결\b/);
    expect(await facts('kitchen-light')).toMatch(/켜짐 · 밝기 79%/);
    expect(await facts('door')).toBe('잠김');
    expect(await facts('living-sensor')).toMatch(/23\.5°C · 습도 41%/);
    await page.screenshot({ path: screenshotPath('home.png') });
  });

  test('a change made through the API appears live, within a second, without reload', async () => {
    await page.evaluate('window.notReloaded = true');
    const r = await hub.api('/api/v1/homes/demo/devices/heat-living/commands', {
      method: 'POST',
      body: JSON.stringify({
        endpoint: 'main',
        cluster: 'Thermostat',
        command: 'WriteAttributes',
        args: { OccupiedHeatingSetpoint: 2450 },
      }),
    });
    expect(r.status).toBe(200);
    await expect.poll(() => facts('heat-living'), { timeout: 1000, interval: 50 }).toMatch(/설정 24\.5°C/);
    const off = await hub.api('/api/v1/homes/demo/devices/kitchen-light/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'OnOff', command: 'Off', args: {} }),
    });
    expect(off.status).toBe(200);
    await expect.poll(() => facts('kitchen-light'), { timeout: 1000, interval: 50 }).toMatch(/^꺼짐/);
    expect(
      await card(page, 'kitchen-light').getByRole('switch', { name: '전원' }).getAttribute('aria-checked'),
    ).toBe('false');
    expect(await page.evaluate('window.notReloaded')).toBe(true);
  });

  test('the fridge setpoint stepper changes the LG simulator, with its own min/max/step', async () => {
    const fridge = card(page, 'fridge');
    await expect.poll(() => facts('fridge'), { timeout: 10_000 }).toMatch(/냉장실 4°C \/ 냉동실 −18°C/);
    expect((await lgState('lg-fridge-01')).fridgeC).toBe(4);
    await fridge.getByRole('button', { name: '냉장실 낮추기' }).click();
    await expect.poll(async () => (await lgState('lg-fridge-01')).fridgeC, { timeout: 5000 }).toBe(3);
    await expect.poll(() => facts('fridge'), { timeout: 1000 }).toMatch(/냉장실 3°C/);
    // The freezer goes one step (1 °C) and stops at its maximum (−15 °C): the button is disabled there.
    for (let i = 0; i < 3; i++) {
      await fridge.getByRole('button', { name: '냉동실 높이기' }).click();
      await expect
        .poll(async () => (await lgState('lg-fridge-01')).freezerC, { timeout: 5000 })
        .toBe(-17 + i);
    }
    await expect.poll(() => fridge.getByRole('button', { name: '냉동실 높이기' }).isDisabled()).toBe(true);
  });

  test('the console sends "지니야 거실 불 켜줘" and the light card turns on', async () => {
    const field = page.getByRole('textbox', { name: '명령', exact: true });
    expect(await page.getByRole('combobox', { name: '마이크' }).inputValue()).toBe('console');
    expect(await facts('living-light')).toMatch(/^꺼짐/);
    await field.fill('지니야 거실 불 켜줘');
    await field.press('Enter');
    const turn = page.locator('article.turn').first();
    await turn.locator('.answered-by').waitFor();
    expect(await turn.locator('.answered-by').textContent()).toBe('기가지니 응답');
    await expect.poll(() => turn.locator('.reply').count()).toBe(1);
    expect(await turn.locator('.actions').textContent()).toMatch(/거실 조명 · 켜기 성공/);
    expect(await turn.locator('.intents').textContent()).toBe('켜기·열기 (기기: 거실 조명)');
    await expect.poll(() => facts('living-light'), { timeout: 1000 }).toMatch(/^켜짐/);
    expect(
      await card(page, 'living-light').getByRole('switch', { name: '전원' }).getAttribute('aria-checked'),
    ).toBe('true');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: screenshotPath('console.png') });
  });

  test('a follow-up field appears when the hub asks for the PIN', async () => {
    const field = page.getByRole('textbox', { name: '명령', exact: true });
    await field.fill('지니야 현관문 열어줘');
    await field.press('Enter');
    const turn = page.locator('article.turn').first();
    await turn.locator('.answered-by').waitFor();
    const pin = turn.getByLabel('비밀번호');
    await pin.waitFor({ timeout: 5000 });
    await pin.fill('0512');
    await turn.getByRole('button', { name: '비밀번호 보내기' }).click();
    await expect.poll(() => facts('door'), { timeout: 3000 }).toBe('열림');
    // The PIN is not shown back.
    expect(await page.locator('.turns').textContent()).not.toContain('0512');
  });

  test('a lock asks for confirmation before it acts', async () => {
    const door = card(page, 'door');
    const before = await facts('door');
    const next = before === '잠김' ? '열기' : '잠그기';
    await door.getByRole('button', { name: next, exact: true }).click();
    await door.getByRole('button', { name: '취소' }).click();
    expect(await facts('door')).toBe(before);
    await door.getByRole('button', { name: next, exact: true }).click();
    await door.getByRole('button', { name: `확인 · ${next}` }).click();
    await expect.poll(() => facts('door'), { timeout: 3000 }).toBe(before === '잠김' ? '열림' : '잠김');
  });

  test('the activity log shows turns, commands and state changes, filterable', async () => {
    await page.getByRole('button', { name: '활동' }).click();
    const rows = page.locator('table.log tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    expect(await page.locator('tr[data-kind="turn"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-kind="command"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-kind="state"]').count()).toBeGreaterThan(0);
    const activity = page.locator('section.activity');
    // Commands and state changes in words; both filters side by side beside the title.
    expect(await page.locator('table.log tbody').textContent()).not.toMatch(/OnOff\.|@main|Thermostat\./);
    const boxes = await activity
      .locator('.filters .field')
      .evaluateAll((fs) => fs.map((f) => (f as unknown as { offsetTop: number }).offsetTop));
    expect(new Set(boxes).size).toBe(1);
    await activity.getByRole('combobox', { name: '기기' }).selectOption('heat-living');
    const filtered = await page
      .locator('table.log tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-device')));
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(new Set(['heat-living']));
    expect(await page.locator('table.log tbody').textContent()).toMatch(/API/);
    await activity.getByRole('combobox', { name: '기기' }).selectOption('');
    await activity.getByRole('combobox', { name: '어시스턴트' }).selectOption('genie');
    const kinds = await page
      .locator('table.log tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')));
    expect(kinds).toContain('turn');
    expect(await page.locator('table.log tbody').textContent()).not.toMatch(/\bAPI\b/);
    await activity.getByRole('combobox', { name: '어시스턴트' }).selectOption('');
  });

  test('the grants table shows what each assistant may do', async () => {
    await page.getByRole('button', { name: '권한' }).click();
    const kakao = page.locator('tr[data-assistant="kakao"]');
    expect(await kakao.textContent()).toMatch(/조작/);
    expect(await kakao.textContent()).toMatch(/도어락/);
    expect(await page.locator('tr[data-assistant="genie"]').textContent()).toMatch(/조작\s*없음/);
    expect(await page.locator('.grants').textContent()).toMatch(/음성으로는 비밀번호가 필요해요/);
  });

  test('English toggle, and the page works from the keyboard', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // the page sets <html lang> in an effect, after the render that the click starts
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Home' }).click();
    await expect.poll(() => facts('door')).toMatch(/Locked|Unlocked/);
    await page.getByRole('button', { name: '한국어로 보기' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
    // Tab from the top of a fresh page reaches the skip link first; Space presses a switch.
    await page.reload();
    await card(page, 'heating-pad').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('본문으로 건너뛰기');
    const sw = card(page, 'heating-pad').getByRole('switch', { name: '전원' });
    await sw.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => sw.getAttribute('aria-checked'), { timeout: 3000 }).toBe('true');
  });

  test('a device goes offline when its simulator stops, and comes back', async () => {
    expect(await card(page, 'fridge').locator('.badge').textContent()).toBe('온라인');
    await lg.stop();
    await expect
      .poll(() => card(page, 'fridge').locator('.badge').textContent(), { timeout: 15_000 })
      .toBe('오프라인');
    expect(await card(page, 'fridge').getByRole('button', { name: '냉장실 낮추기' }).isDisabled()).toBe(true);
    await (lg as unknown as { start(): Promise<void> }).start();
    await expect
      .poll(() => card(page, 'fridge').locator('.badge').textContent(), { timeout: 15_000 })
      .toBe('온라인');
  });

  test('no request left the hub, no script error, no CSP refusal, no dialog', () => {
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(readFileSync(join(SCREENSHOTS, 'home.png')).length).toBeGreaterThan(10_000);
  });
});
