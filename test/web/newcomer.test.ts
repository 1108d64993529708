/**
 * What a newcomer met on the dashboard, in real Chromium against a real hub on the demo home (the
 * browser in UTC, the home in Asia/Seoul): no button for an action the home never allows through
 * the hub, and the refusal named so; routines, history, activity and console turns in words; run
 * times in the home's timezone; the Matter tab without a bridge asks nothing; a guest sees their
 * own devices; English names the fridge's compartments from its catalog.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import { card, launch, type Watch, watch, webGroups } from './support.js';

let hub: TestHub;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let seen: Watch;
const failed: string[] = [];

const post = (path: string, body: unknown) =>
  hub.api(`/api/v1/homes/demo${path}`, { method: 'POST', body: JSON.stringify(body) });

beforeAll(async () => {
  // The OAuth group carries the people routes (a guest and their token).
  const oauth = (await import('../../src/server/routes/oauth.js')).oauthRouteGroup({});
  hub = await startTestHub({ groups: [...(await webGroups()), oauth], faces: { care: { flushMs: 10 } } });
  browser = await launch();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ko-KR',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(10_000);
  seen = watch(context, hub.url);
  // Chromium logs every 4xx/5xx as a console error: none may happen on these pages.
  context.on('response', (r: Response) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('the dashboard for a newcomer', () => {
  test('the home tells its vendors by name and whether it runs a Matter bridge', async () => {
    const home = (await hub.api('/api/v1/homes/demo')).body as {
      vendors: Record<string, string>;
      matter: boolean;
    };
    expect(home.vendors.lg).toBe('LG ThinQ');
    expect(home.vendors.samsung).toBe('Samsung SmartThings');
    expect(home.matter).toBe(false);
  });

  test('the sign-in page shows the command as code, without backticks', async () => {
    const fresh = await context.newPage();
    await fresh.goto(`${hub.url}/`);
    const lead = fresh.locator('.signin-card p.muted');
    expect(await lead.locator('code').textContent()).toBe('yeondong serve');
    expect(await lead.textContent()).not.toContain('`');
    await fresh.close();
  });

  test('a gas valve the home forbids to open through the hub offers no open button', async () => {
    expect(
      (
        await post('/devices/gas/commands', {
          endpoint: 'main',
          cluster: 'ValveConfigurationAndControl',
          command: 'Close',
          args: {},
        })
      ).status,
    ).toBe(200);
    await page.goto(`${hub.url}/#token=${hub.token()}`);
    const gas = card(page, 'gas');
    await expect.poll(() => gas.locator('[data-facts]').textContent()).toBe('잠김');
    expect(await gas.getByRole('button').allTextContents()).not.toContain('열기');
    // The door lock, which needs only the PIN by voice, keeps its button.
    expect(await card(page, 'door').getByRole('button').count()).toBeGreaterThan(0);
    // The API still refuses it, for the owner too, in the contract's words.
    const open = await post('/devices/gas/commands', {
      endpoint: 'main',
      cluster: 'ValveConfigurationAndControl',
      command: 'Open',
      args: {},
    });
    expect(open.status).toBe(403);
    await page.getByRole('button', { name: '권한' }).click();
    expect(await page.locator('.grants li[data-require="forbidden"]').textContent()).toBe(
      '가스 밸브 · 열기: 허브를 통해서는 할 수 없어요',
    );
  });

  test('routines read in words; their runs in the home timezone', async () => {
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    const made = await Promise.all([
      post('/routines', {
        name: '잘 자',
        triggers: [{ type: 'phrase', phrase: '잘 자' }],
        actions: [
          { type: 'command', device: 'living-light', cluster: 'OnOff', command: 'Off', args: {} },
          {
            type: 'command',
            device: 'gas',
            cluster: 'ValveConfigurationAndControl',
            command: 'Close',
            args: {},
          },
        ],
      }),
      post('/routines', {
        name: '아침',
        triggers: [{ type: 'time', at: '07:00', weekdays }],
        actions: [
          { type: 'command', device: 'curtain', cluster: 'WindowCovering', command: 'UpOrOpen', args: {} },
          { type: 'delay', seconds: 300 },
          {
            type: 'command',
            device: 'heat-living',
            cluster: 'Thermostat',
            command: 'WriteAttributes',
            args: { OccupiedHeatingSetpoint: 2200 },
          },
        ],
      }),
      post('/routines', {
        name: '알림',
        triggers: [],
        actions: [{ type: 'notice', text: '환기할 시간이에요' }],
      }),
    ]);
    for (const m of made) expect(m.status, JSON.stringify(m.body)).toBe(201);
    await page.getByRole('button', { name: '루틴' }).click();
    const summary = (name: string) =>
      page
        .locator('li[data-routine]')
        .filter({ hasText: name })
        .locator('[data-routine-summary]')
        .textContent();
    await expect
      .poll(() => summary('잘 자'))
      .toBe('“잘 자”라고 말하면 → 거실 조명 · 끄기, 가스 밸브 · 잠그기');
    expect(await summary('아침')).toBe(
      '평일 07:00 → 거실 커튼 · 열기, 5분 기다리기, 거실 난방 · 난방 설정 온도 22°C',
    );
    expect(await summary('알림')).toBe('장면 (직접 실행) → 알림 “환기할 시간이에요”');

    const item = page.locator('li[data-routine]').filter({ hasText: '알림' });
    await item.getByRole('button', { name: '지금 실행' }).click();
    const run = item.locator('li[data-outcome="success"] time');
    await run.waitFor();
    const at = Date.parse((await run.getAttribute('datetime')) ?? '');
    const seoul = new Date(at + 9 * 3600_000);
    const hhmm = (d: Date) =>
      `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    // The shown clock time (the first hh:mm of the text) is Seoul's, not UTC's.
    // Only the first match counts: at 00:00 UTC the seconds of a Seoul time
    // such as 09:00:00 also read "00:00".
    const shown = (await run.textContent())?.match(/(\d{2}):(\d{2})/)?.[0];
    expect(shown).toBe(hhmm(seoul));
    expect(shown).not.toBe(hhmm(new Date(at)));
  });

  test('history shows no endpoint ids, and states in words', async () => {
    await page.getByRole('button', { name: '홈' }).click();
    const washer = card(page, 'washer');
    await washer.locator('[data-history-toggle]').click();
    const state = washer.locator('figure[data-series="main/OperationalState.OperationalState"] figcaption');
    await state.waitFor();
    expect(await state.textContent()).toMatch(/^작동 상태 (대기|동작 중|일시정지|오류)$/);
    const sensor = card(page, 'living-sensor');
    await sensor.locator('[data-history-toggle]').click();
    await sensor.locator('figure').first().waitFor();
    const captions = (await sensor.locator('figcaption').allTextContents()).join(' | ');
    expect(captions).toMatch(/^온도 /);
    expect(captions).toMatch(/습도 \d/);
    expect(captions).not.toMatch(/\b(main|humidity|battery)\b/);
  });

  test('activity names the vendor of a state change and says it changed', async () => {
    await page.getByRole('button', { name: '활동' }).click();
    // The purifier's room gets dustier at LG's end: a change the vendor reports.
    const sim = hub.hub.home('demo')?.runtime.simulatorUrl('lg');
    const r = await fetch(`${sim}/__sim/devices/lg-purifier-01`, {
      method: 'POST',
      body: JSON.stringify({ state: { pm25: 41 } }),
    });
    expect(r.status).toBe(200);
    const row = page.locator('tr[data-kind="state"][data-device="purifier"]').first();
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toBe('LG ThinQ');
    expect(cells[5]).toBe('바뀜');
    expect(await page.locator('table.log tbody').textContent()).not.toMatch(/제조사 \(/);
  });

  test('a turn with no intent says what was understood', async () => {
    const field = page.getByRole('textbox', { name: '명령', exact: true });
    await field.fill('지니야 음악 틀어줘');
    await field.press('Enter');
    const turn = page.locator('article.turn').first();
    await turn.locator('.answered-by').waitFor();
    await expect.poll(() => turn.locator('.intents').textContent()).not.toBe('');
    expect(await turn.locator('.intents').textContent()).not.toBe('✓');
  });

  test('the Matter tab without a bridge asks nothing and shows the command as code', async () => {
    failed.length = 0;
    await page.getByRole('button', { name: 'Matter' }).click();
    const off = page.locator('.matter-off');
    await off.waitFor();
    expect(await off.locator('code').textContent()).toBe('yeondong serve --matter 5540');
    expect(await off.textContent()).not.toContain('`');
    await page.waitForTimeout(300);
    expect(failed).toEqual([]);
  });

  test('English names the fridge compartments from its catalog', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Home' }).click();
    await expect
      .poll(() => card(page, 'fridge').locator('[data-facts]').textContent())
      .toMatch(/^Fridge \S+°C \/ Freezer \S+°C/);
    expect(await card(page, 'kimchi').locator('[data-facts]').textContent()).toMatch(/Upper compartment/);
    await page.getByRole('button', { name: '한국어로 보기' }).click();
  });

  test("a guest's token shows the guest's own devices, and nothing else of the home", async () => {
    const person = await post('/people', { name: '손님', role: 'guest', devices: ['living-light'] });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const guest = await context.newPage();
    await guest.goto(`${hub.url}/#token=${person.body.token}`);
    await card(guest, 'living-light').waitFor();
    expect(await guest.locator('article[data-device]').count()).toBe(1);
    expect(await guest.locator('.guest-lead').textContent()).toMatch(/허락한 기기만/);
    expect(await guest.getByRole('textbox', { name: '명령', exact: true }).count()).toBe(0);
    expect(await guest.locator('nav.tabs button').allTextContents()).toEqual(['홈']);
    expect(await guest.getByRole('alert').count()).toBe(0);
    // It asked only for what a guest may read: no refused request on the way.
    expect(failed).toEqual([]);
    await guest.close();
  });

  test('no request left the hub, no script error', () => {
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
