// Smoke test in real Firefox: the built Firefox extension (.output/firefox-mv3) installed as a
// temporary add-on in Firefox ESR, driven over WebDriver BiDi. It checks what Chromium's tests cannot:
// that the Firefox build runs (content script, highlights, the card in its shadow root), and the
// Firefox-only first run where site access is missing. Skips when there is no Firefox.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../e2e/support/server.ts';
import { paintedRanges } from '../e2e/support/in-page.ts';
import { firefoxUnavailable, launchFirefoxWithExtension, ROOT, type LaunchedFirefox } from './launch.ts';

const GECKO_ID = 'aleppo-context@aleppo-context.org';
const unavailable = firefoxUnavailable();
if (unavailable) console.warn(`e2e-firefox: ${unavailable}`);
const inFirefox = describe.skipIf(unavailable !== null);
const suffix = unavailable ? ` (skipped: ${unavailable})` : '';
const DEMO = readFileSync(path.join(ROOT, 'scripts/demo/news.html'), 'utf8');
const SCREENSHOT = path.join(os.tmpdir(), 'firefox-card.png');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "category:text" for every range our highlights paint, read from the page's own world. */
async function highlighted(page: Page): Promise<string[]> {
  return (await page.evaluate(paintedRanges)).map((r) => `${r.category}:${r.text}`);
}

/** The highlights once there are some and they stopped changing (a scan paints early finds first, the rest at its end). */
async function waitForSomeHighlights(page: Page, timeout = 8000): Promise<string[]> {
  const until = Date.now() + timeout;
  let got: string[] = [];
  let same = 0;
  while (Date.now() < until && same < 4) {
    const now = await highlighted(page);
    same = now.length && now.join('|') === got.join('|') ? same + 1 : 0;
    got = now;
    await sleep(100);
  }
  return got;
}

/** The centre of the first highlighted range whose text is `text`, in viewport pixels. */
async function centreOf(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  const hit = (await page.evaluate(paintedRanges)).find((r) => r.text === text);
  return hit ? { x: hit.x, y: hit.y } : null;
}

/** What the open card shows, read through its open shadow root; null while no card is open. */
function cardState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('aleppo-context-card');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!host?.shadowRoot || !dialog) return null;
    const box = dialog.getBoundingClientRect();
    return {
      text: dialog.textContent ?? '',
      adoptedSheets: host.shadowRoot.adoptedStyleSheets.length,
      styleElements: host.shadowRoot.querySelectorAll('style').length,
      // a styled card: the stylesheet gave it a background and rounded corners
      background: getComputedStyle(dialog).backgroundColor,
      radius: getComputedStyle(dialog).borderTopLeftRadius,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  });
}

async function waitForCard(page: Page, timeout = 3000) {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await cardState(page);
    if (state || Date.now() > until) return state;
    await sleep(50);
  }
}

inFirefox(`the Firefox build in Firefox ESR${suffix}`, () => {
  let ff: LaunchedFirefox;
  let server: TestServer;
  let demo: string;
  let tab: Page;
  beforeAll(async () => {
    [ff, server] = await Promise.all([launchFirefoxWithExtension(), startServer()]);
    demo = server.page('/demo.html', DEMO);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('installs as a temporary add-on and highlights the mentions on a page', async () => {
    expect(ff.extensionId).toBe(GECKO_ID);
    tab = await ff.browser.newPage();
    await tab.goto(demo);
    const found = await waitForSomeHighlights(tab);
    expect(found).toEqual(expect.arrayContaining(['place:Aleppo', 'organisation:SANA', 'place:Homs']));
    expect(found.length).toBeGreaterThan(10);
  });

  it('opens the card, styled in its shadow root, when the pointer rests on a mention', async () => {
    let at: { x: number; y: number } | null = null;
    for (let i = 0; i < 40 && !(at = await centreOf(tab, 'SANA')); i++) await sleep(100);
    expect(at, 'a highlighted "SANA" on the page').not.toBeNull();
    await tab.mouse.move(at!.x - 40, at!.y + 30);
    await tab.mouse.move(at!.x, at!.y, { steps: 4 });
    await sleep(700);
    const card = await waitForCard(tab);
    expect(card, 'aleppo-context-card [role="dialog"]').not.toBeNull();
    expect(card!.text).toContain('SANA');
    expect(card!.text).toContain('22 December 2016');
    expect(card!.adoptedSheets + card!.styleElements).toBeGreaterThan(0);
    expect(card!.radius).not.toBe('0px');
    expect(card!.background).not.toBe('rgba(0, 0, 0, 0)');
    // inside the viewport, and near the mention it explains
    expect(card!.box.x).toBeGreaterThanOrEqual(0);
    expect(card!.box.x + card!.box.width).toBeLessThanOrEqual(1100);
    const { y, height } = card!.box;
    const gap = y >= at!.y ? y - at!.y : at!.y - (y + height); // below the mention, or above it
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(40);
    await tab.screenshot({ path: SCREENSHOT });
  });

  it('closes the card on Esc', async () => {
    await tab.keyboard.press('Escape');
    await expect.poll(() => cardState(tab), { timeout: 3000 }).toBeNull();
  });
});

inFirefox(`the Firefox first run without site access${suffix}`, () => {
  let ff: LaunchedFirefox;
  let server: TestServer;
  beforeAll(async () => {
    // a reader who has not granted access to sites; the permission prompt is answered yes for them
    [ff, server] = await Promise.all([
      launchFirefoxWithExtension({ grantSiteAccess: false, acceptPermissionRequests: true }),
      startServer(),
    ]);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('opens the settings page asking for access, and highlights once it is granted there', async () => {
    await expect.poll(async () => (await ff.tabUrls()).some((u) => u.endsWith('/options.html')), { timeout: 10_000 }).toBe(true);
    const access = `browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] })`;
    expect(await ff.evaluateInTab<boolean>('/options.html', access)).toBe(false);

    // no access: the content script does not run
    const tab = await ff.browser.newPage();
    await tab.goto(server.page('/before.html', DEMO));
    expect(await waitForSomeHighlights(tab, 1500)).toEqual([]);

    // the banner's button, clicked for real (permissions.request needs a user gesture)
    const button = `(() => {
      const b = [...document.querySelectorAll('[role="alert"] button')].find((e) => /allow/i.test(e.textContent ?? ''));
      if (!b) return null;
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })()`;
    let at: { x: number; y: number } | null = null;
    for (let i = 0; i < 30 && !(at = await ff.evaluateInTab<{ x: number; y: number } | null>('/options.html', button)); i++) await sleep(100);
    expect(at, 'the "Allow on all websites" button of the site-access banner').not.toBeNull();
    await ff.clickInTab('/options.html', at!.x, at!.y);
    await expect.poll(() => ff.evaluateInTab<boolean>('/options.html', access), { timeout: 5000 }).toBe(true);
    await expect.poll(() => ff.evaluateInTab<boolean>('/options.html', button + ' === null'), { timeout: 3000 }).toBe(true);

    // a page loaded from now on is highlighted
    await tab.goto(server.page('/after.html', DEMO));
    expect(await waitForSomeHighlights(tab)).toEqual(expect.arrayContaining(['place:Aleppo', 'organisation:SANA']));
  });
});
