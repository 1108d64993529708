/**
 * Text from people and vendors cannot reorder the dashboard's own text: an utterance (and so its
 * reply) carrying U+202E RIGHT-TO-LEFT OVERRIDE, and a vendor's model name carrying one, stay
 * inside their own bidi isolate (`<bdi>`), in real Chromium. A control paragraph without the
 * isolate shows that this browser does reorder such text, so the checks can fail.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { homeFromYaml, startTestHub, type TestHub } from '../support/hub.js';
import { card, launch, type Watch, watch, webGroups } from './support.js';

const RLO = '\u202e';
const HOME = `
version: 1
home: { id: bidi, name: 양방향 시험, language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: 거실 }
assistants:
  - { id: genie, name: 기가지니, provider: KT, wakeWords: [지니야] }
satellites:
  - { id: console, name: 관리 콘솔, assistants: [genie] }
grants:
  - { assistant: '*', privilege: operate }
connections:
  - id: wallpad
    adapter: virtual
    simulator:
      devices:
        - { externalId: door-01, type: door-lock, model: "DL-7${RLO}ABC", state: { locked: true } }
devices:
  - { id: door, connection: wallpad, externalId: door-01, name: 현관문, area: living }
`;

let hub: TestHub;
let browser: Browser;
let page: Page;
let seen: Watch;

beforeAll(async () => {
  hub = await startTestHub({ homes: [homeFromYaml(HOME)], groups: await webGroups() });
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  context.setDefaultTimeout(8000);
  seen = watch(context, hub.url);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** In the page: the left and right edges, on screen, of where `want` is drawn inside `sel`. */
const SPAN_IN_PAGE = `(sel, want) => {
  const root = document.querySelector(sel);
  if (!root) throw new Error('no ' + sel);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.textContent || '').indexOf(want);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + want.length);
    const rects = [...r.getClientRects()];
    return { left: Math.min(...rects.map((x) => x.left)), right: Math.max(...rects.map((x) => x.right)) };
  }
  throw new Error('no ' + want + ' in ' + sel);
}`;

function span(selector: string, text: string): Promise<{ left: number; right: number }> {
  return page.evaluate(`(${SPAN_IN_PAGE})(${JSON.stringify(selector)}, ${JSON.stringify(text)})`);
}

test('a direction override in an utterance, a reply or a vendor name stays inside it', async () => {
  await page.goto(`${hub.url}/#token=${hub.token()}`);
  await card(page, 'door').waitFor();

  // The browser reorders an unisolated override: the text after it is drawn to its left.
  await page.evaluate(
    `{ const p = document.createElement('p'); p.id = 'control'; p.textContent = '앞 \\u202eXYZ 뒤'; document.body.append(p); }`,
  );
  expect((await span('#control', '뒤')).right).toBeLessThan((await span('#control', 'XYZ')).left + 1);

  // The card's maker line: the vendor's model stays last, after the device type and the vendor.
  const meta = `article[data-device="door"] .card-meta`;
  expect(await page.locator(meta).textContent()).toContain(`DL-7${RLO}ABC`);
  expect((await span(meta, '도어락')).right).toBeLessThanOrEqual((await span(meta, 'ABC')).left);
  expect((await span(meta, '월패드')).right).toBeLessThanOrEqual((await span(meta, 'ABC')).left);

  // The console: what was heard, then (to its right) where it was heard ("관리 콘솔에서").
  const field = page.getByRole('textbox', { name: '명령', exact: true });
  await field.fill(`지니야 ${RLO}XYZ 문 잠가줘`);
  await field.press('Enter');
  await page.locator('article.turn .answered-by').waitFor();
  expect(await page.locator('article.turn q').textContent()).toContain(`${RLO}XYZ`);
  const said = 'article.turn .said';
  expect((await span(said, 'XYZ')).right).toBeLessThanOrEqual((await span(said, '관리 콘솔')).left);
  expect((await span(said, '관리 콘솔')).right).toBeLessThanOrEqual((await span(said, '에서')).left);
  expect((await span(said, '지니야')).right).toBeLessThanOrEqual((await span(said, 'XYZ')).left);

  // The activity log: the utterance, then the arrow and the reply, in reading order.
  await page.getByRole('button', { name: '활동' }).click();
  const what = 'table.log tr[data-kind="turn"] td.what';
  await page.locator(what).first().waitFor();
  expect((await span(what, 'XYZ')).right).toBeLessThanOrEqual((await span(what, '→')).left);
  expect(seen.errors).toEqual([]);
}, 60_000);
