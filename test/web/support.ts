/**
 * Browser-test helpers: build the dashboard into a temporary folder, start a real hub that serves
 * it (with a strict Content-Security-Policy, as production will), and drive Debian's Chromium.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { RouteGroup } from '../../src/server/app.js';
import { webRoutesFrom } from '../../src/server/routes/web.js';
import { tempDir } from '../support/hub.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds web/ with Vite into a fresh folder (each test file its own: files run in parallel). */
export async function buildWeb(): Promise<string> {
  const { build } = await import('vite');
  const outDir = tempDir('yd-web-');
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error('vite build wrote no index.html');
  return outDir;
}

export const webGroups = async (): Promise<RouteGroup[]> => [webRoutesFrom(await buildWeb())];

/** Chromium; `executablePath` runs it another way (e.g. inside a network namespace, test/web/matter.test.ts). */
export async function launch(executablePath = CHROMIUM): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install chromium fonts-nanum (as .ci/run does), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Everything a page did that a dashboard must not: foreign requests, errors, CSP refusals, dialogs. */
export interface Watch {
  foreign: string[];
  errors: string[];
  dialogs: string[];
}

export function watch(context: BrowserContext, origin: string): Watch {
  const w: Watch = { foreign: [], errors: [], dialogs: [] };
  const wsOrigin = origin.replace(/^http/, 'ws');
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')) w.foreign.push(u);
  });
  context.on('page', (p) => observePage(p, w, wsOrigin));
  return w;
}

export function observePage(p: Page, w: Watch, wsOrigin: string): void {
  p.on('websocket', (ws) => {
    if (!ws.url().startsWith(`${wsOrigin}/`)) w.foreign.push(ws.url());
  });
  p.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    // A 4xx/5xx that the page expects (wrong token) is logged by Chromium as a resource error.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) w.errors.push(m.text());
  });
  p.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
}

/**
 * Where a screenshot goes: docs/screenshots (shown in the README) when it is missing or when
 * UPDATE_SCREENSHOTS=1 (`npm run screenshots`); otherwise a temporary folder, so that an ordinary
 * test run (room temperatures drift) leaves the tree clean.
 */
let scratch: string | null = null;
export function screenshotPath(name: string): string {
  const docs = join(SCREENSHOTS, name);
  if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docs)) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    return docs;
  }
  scratch ??= tempDir('yd-shots-');
  return join(scratch, name);
}

/** The card of one device. */
export const card = (page: Page, id: string) => page.locator(`article[data-device="${id}"]`);
