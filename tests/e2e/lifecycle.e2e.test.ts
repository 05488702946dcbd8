import { describe, expect, it } from 'vitest';
import { useExtension } from './support/fixture.ts';
import { badgeText, tabIdOf } from './support/tabs.ts';
import { waitForHighlights } from './support/highlights.ts';

const env = useExtension();

describe('extension lifecycle', () => {
  // chrome.runtime.reload() of an extension loaded with --load-extension leaves it disabled in this
  // Chromium, so the update is exercised the way it reaches a page: the background starts the new
  // content script in open tabs (adoptOpenTabs, what onInstalled runs on an update), and the old one
  // must stand down.
  it('an update leaves no orphaned highlights or styles, and the new content script takes over', async () => {
    const url = env.server.page('/life.html', '<!doctype html><html><body><p>Aleppo and Homs.</p></body></html>');
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    expect(await waitForHighlights(tab, ['place:Aleppo', 'place:Homs'])).toEqual(['place:Aleppo', 'place:Homs']);
    const sheets = () => tab.evaluate(() => document.adoptedStyleSheets.length);
    await expect.poll(sheets).toBe(1);

    // the highlights now painted are the old script's (the registry is shared with the page's world)
    await tab.evaluate(() => void ((window as unknown as { old: unknown }).old = CSS.highlights.get('aleppo-context-place')));
    const sw = await env.ext.serviceWorker();
    await sw.evaluate(() => (globalThis as unknown as { aleppoContext: { adoptOpenTabs(): Promise<void> } }).aleppoContext.adoptOpenTabs());

    // the new content script is started in the open tab and paints its own; the old one removed its highlights and sheet
    const replaced = () => tab.evaluate(() => {
      const h = CSS.highlights.get('aleppo-context-place');
      return h !== undefined && h !== (window as unknown as { old: unknown }).old;
    });
    await expect.poll(replaced, { timeout: 5000 }).toBe(true);
    expect(await waitForHighlights(tab, ['place:Aleppo', 'place:Homs'])).toEqual(['place:Aleppo', 'place:Homs']);
    await expect.poll(sheets, { timeout: 5000 }).toBe(1);
    await tab.waitForTimeout(500);
    expect(await sheets()).toBe(1); // and stays one: the old script's sheet is not left behind
    // and it is alive: it answers and follows new text
    await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Now Latakia.</p>'));
    expect(await waitForHighlights(tab, ['place:Aleppo', 'place:Homs', 'place:Latakia'])).toEqual(['place:Aleppo', 'place:Homs', 'place:Latakia']);
    await tab.close();
  });
});

describe('a service worker the browser stops and restarts', () => {
  it('keeps the badge right, the page\'s context and every setting', async () => {
    const url = env.server.page('/sw.html', '<!doctype html><html><body><p>Aleppo, Homs and Hama.</p></body></html>');
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await waitForHighlights(tab, ['place:Aleppo', 'place:Homs', 'place:Hama']);
    const id = await tabIdOf(env.ext, url);
    await expect.poll(() => badgeText(env.ext, id)).toBe('3');
    // a setting the reader chose
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.getByLabel('Every mention').check();
    await expect.poll(async () => JSON.stringify(await (await env.ext.serviceWorker()).evaluate(() => chrome.storage.sync.get(null)))).toContain('"every"');

    const cdp = await env.ext.context.newCDPSession(options);
    const workers = async () => ((await cdp.send('Target.getTargets')).targetInfos as Array<{ type: string }>).filter((t) => t.type === 'service_worker').length;
    expect(await workers()).toBe(1);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(workers, { timeout: 5000 }).toBe(0);

    // the next message wakes it (the background scans the new paragraph); the badge kept its
    // count, the setting is still there. The UN is shown only on a page already known to be
    // on-topic: the page's context went with the paragraph, it did not live in the stopped worker.
    await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>The UN said so.</p>'));
    const all = ['place:Aleppo', 'place:Homs', 'place:Hama', 'organisation:UN'];
    expect(await waitForHighlights(tab, all)).toEqual([...all].sort());
    await expect.poll(() => badgeText(env.ext, id), { timeout: 5000 }).toBe('4');
    const stored = await (await env.ext.serviceWorker()).evaluate(() => chrome.storage.sync.get(null));
    expect(JSON.stringify(stored)).toContain('"every"');
    await tab.close();
    await options.close();
  });
});
