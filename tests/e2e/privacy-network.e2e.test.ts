import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launchWithExtension, ROOT, type Launched } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { card, centreOf, restOn } from './support/pointer.ts';
import { tabIdOf } from './support/tabs.ts';

let ext: Launched;
let server: TestServer;
const requests: string[] = [];
const record = (r: Request) => void requests.push(r.url());

beforeAll(async () => {
  [ext, server] = await Promise.all([launchWithExtension(), startServer()]);
  ext.context.on('request', record); // pages, frames and the service worker
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const ours = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith(`chrome-extension://${ext.extensionId}/`) || url.startsWith('data:');

describe('privacy', () => {
  it('records a request the service worker makes (so the next test can fail)', async () => {
    const sw = await ext.serviceWorker();
    const probe = `${server.origin}/probe-from-worker`;
    await sw.evaluate((u) => fetch(u).catch(() => {}), probe);
    await expect.poll(() => requests.includes(probe)).toBe(true);
  });

  it('makes no request beyond the test server and itself while it is used everywhere', async () => {
    requests.length = 0;
    const url = server.page('/demo.html', readFileSync(path.join(ROOT, 'scripts/demo/news.html'), 'utf8'));
    const tab = await ext.context.newPage();
    await tab.goto(url);
    await expect.poll(() => centreOf(tab, '50,000'), { timeout: 8000 }).not.toBeNull(); // the scan has painted it
    await restOn(tab, '50,000');
    await card(tab).waitFor({ timeout: 4000 });
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${await tabIdOf(ext, url)}`);
    await popup.waitForTimeout(500);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).check();
    await popup.getByRole('switch', { name: 'Pause everywhere' }).uncheck();
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByLabel('Only on news articles').check();
    const article = await ext.context.newPage();
    await article.goto(`chrome-extension://${ext.extensionId}/article.html?focus=fled-35000`);
    await article.waitForTimeout(800);
    expect(requests.length).toBeGreaterThan(3); // the pages themselves were recorded
    expect(requests.filter((u) => !ours(u))).toEqual([]);
  });

  it('posts nothing to the page: its scripts get no message that would tell them the extension is there', async () => {
    const html = `<!doctype html><meta charset="utf-8"><script>window.__heard = []; addEventListener('message', (e) => __heard.push(JSON.stringify(e.data)));</script>
      <article><p>Syrian government forces took Aleppo, the ICRC said.</p></article>`;
    const tab = await ext.context.newPage();
    await tab.goto(server.page('/listening.html', html));
    await expect.poll(() => centreOf(tab, 'Aleppo'), { timeout: 8000 }).not.toBeNull(); // the content script ran and painted
    await tab.evaluate(() => window.postMessage('from the page itself', '*')); // the listener works
    await expect.poll(() => tab.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(['"from the page itself"']);
    await tab.close();
  });
});
