import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, type Launched } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { domSnapshot, highlighted, waitForHighlights } from './support/highlights.ts';
import { card, centreOf, restOn } from './support/pointer.ts';

let ext: Launched;
let server: TestServer;
let demo: string;
beforeAll(async () => {
  [ext, server] = await Promise.all([launchWithExtension(), startServer()]);
  demo = server.page('/demo.html', readFileSync(path.join(ROOT, 'scripts/demo/news.html'), 'utf8'));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openDemo() {
  const tab = await ext.context.newPage();
  await tab.goto(demo);
  await waitForHighlights(tab, [], 300); // let the first scan start
  for (let i = 0; i < 40 && !(await centreOf(tab, 'SANA')); i++) await tab.waitForTimeout(100);
  return tab;
}

describe('the hover card', () => {
  it('adds nothing to the page until a card opens, and then only its host', async () => {
    const tab = await openDemo();
    const before = await domSnapshot(tab);
    expect(await tab.locator('aleppo-context-card').count()).toBe(0);
    await restOn(tab, 'SANA');
    await card(tab).waitFor({ timeout: 3000 });
    const added = await tab.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const now = document.body.children;
      const old = parsed.body.children;
      return { count: now.length - old.length, last: now[now.length - 1]!.tagName.toLowerCase() };
    }, before);
    expect(added).toEqual({ count: 1, last: 'aleppo-context-card' });
    await tab.close();
  });

  it('opens after the hover delay and not before, stays while the pointer is on it, closes on Esc', async () => {
    const tab = await openDemo();
    await restOn(tab, 'SANA');
    await tab.waitForTimeout(150);
    expect(await card(tab).count()).toBe(0); // 350 ms by default: not yet
    await card(tab).waitFor({ timeout: 3000 });
    expect(await card(tab).textContent()).toContain('SANA');
    // onto the card, and wait well past the close grace: it stays
    const box = (await card(tab).boundingBox())!;
    await tab.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 6 });
    await tab.waitForTimeout(700);
    expect(await card(tab).isVisible()).toBe(true);
    await tab.keyboard.press('Escape');
    await expect.poll(() => card(tab).count()).toBe(0);
    await tab.close();
  });

  it('does not open for a pointer that only passes over a mention', async () => {
    const tab = await openDemo();
    const at = (await centreOf(tab, 'SANA'))!;
    await tab.mouse.move(at.x - 200, at.y);
    await tab.mouse.move(at.x + 200, at.y, { steps: 20 });
    await tab.waitForTimeout(700);
    expect(await card(tab).count()).toBe(0);
    await tab.close();
  });

  it('opens no card while the reader selects text across a mention (a button held down)', async () => {
    const tab = await openDemo();
    const at = (await centreOf(tab, 'SANA'))!;
    await tab.mouse.move(at.x - 120, at.y);
    await tab.mouse.down();
    await tab.mouse.move(at.x, at.y, { steps: 8 });
    await tab.waitForTimeout(800);
    expect(await card(tab).count()).toBe(0);
    expect(await tab.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
    await tab.mouse.up();
    await tab.close();
  });

  it('with no marking, opens no card on hover', async () => {
    const sw = await ext.serviceWorker();
    await sw.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, highlightStyle: 'none' } }));
    try {
      const tab = await openDemo();
      await tab.waitForTimeout(500);
      const at = (await centreOf(tab, 'SANA'))!;
      await tab.mouse.move(at.x - 30, at.y);
      await tab.mouse.move(at.x, at.y, { steps: 4 });
      await tab.waitForTimeout(900);
      expect(await card(tab).count()).toBe(0);
      await tab.close();
    } finally {
      await sw.evaluate(() => chrome.storage.sync.clear());
    }
  });

  it('renders a later card unseen while the pointer rests, where it takes no pointer, and shows it when the delay ends', async () => {
    const tab = await openDemo();
    await restOn(tab, 'SANA'); // the first card builds the card's host
    await card(tab).waitFor({ timeout: 3000 });
    await tab.keyboard.press('Escape');
    await expect.poll(() => card(tab).count()).toBe(0);
    await tab.mouse.move(5, 5);
    await tab.waitForTimeout(400);
    // from the page, per frame: when a card first exists in the host, what the pointer would hit
    // there, and when it first shows
    await tab.evaluate(() => {
      const root = document.querySelector('aleppo-context-card')!.shadowRoot!;
      const seen = { rendered: 0, shown: 0, hit: '', label: '' };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const tick = () => {
        const d = root.querySelector<HTMLElement>('[role="dialog"]');
        if (d && !seen.rendered) {
          seen.rendered = performance.now();
          const b = d.getBoundingClientRect();
          seen.hit = document.elementFromPoint(b.x + b.width / 2, b.y + Math.min(20, b.height / 2))?.localName ?? '';
        }
        if (d?.checkVisibility({ visibilityProperty: true }) && !seen.shown) {
          seen.shown = performance.now();
          seen.label = d.textContent ?? '';
        }
        if (!seen.shown) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await restOn(tab, '50,000');
    await card(tab).waitFor({ timeout: 3000 });
    const seen = await tab.evaluate(() => (window as unknown as { __seen: { rendered: number; shown: number; hit: string; label: string } }).__seen);
    expect(seen.label).toContain('50,000');
    expect(seen.shown - seen.rendered).toBeGreaterThan(50); // prepared at half the 350 ms delay
    expect(seen.hit).not.toBe('aleppo-context-card'); // unseen, it takes no pointer
    // a card prepared for a mention the pointer then leaves is dropped: nothing is left in the host
    await tab.keyboard.press('Escape');
    await expect.poll(() => card(tab).count()).toBe(0);
    await restOn(tab, 'SANA');
    await tab.waitForTimeout(250);
    await tab.mouse.move(5, 5);
    await expect.poll(() => tab.locator('aleppo-context-card [role="dialog"]').count()).toBe(0);
    await tab.close();
  });

  it('follows the background of the page, light or dark, in the card', async () => {
    const html = readFileSync(path.join(ROOT, 'scripts/demo/news.html'), 'utf8');
    const dark = server.page('/demo-dark.html', html.replace('<body>', '<body class="dark">'));
    for (const [url, theme] of [[demo, 'light'], [dark, 'dark']] as const) {
      const tab = await ext.context.newPage();
      await tab.goto(url);
      for (let i = 0; i < 40 && !(await centreOf(tab, 'SANA')); i++) await tab.waitForTimeout(100);
      await restOn(tab, 'SANA');
      await card(tab).waitFor({ timeout: 3000 });
      const frameTheme = await tab.evaluate(() => (document.querySelector('aleppo-context-card')!.shadowRoot!.querySelector('.frame') as HTMLElement).dataset.theme);
      expect(frameTheme).toBe(theme);
      await tab.close();
    }
  });

  it('compares a page figure with the article, attributed and dated', async () => {
    const tab = await openDemo();
    await restOn(tab, '50,000');
    await card(tab).waitFor({ timeout: 3000 });
    const text = (await card(tab).textContent())!;
    expect(text).toContain('50,000');
    expect(text).toContain('34,000');
    expect(text).toContain('International Committee of the Red Cross');
    expect(text).toContain('22 December 2016');
    expect(text).toMatch(/not the same number/i);
    await tab.close();
  });

  it('walks the mentions with the next-mention command (its handler, through the service worker)', async () => {
    const tab = await openDemo();
    await tab.bringToFront();
    const sw = await ext.serviceWorker();
    const next = () => sw.evaluate(() => (globalThis as unknown as { aleppoContext: { nextMention(): Promise<boolean> } }).aleppoContext.nextMention());
    const headings: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(await next()).toBe(true);
      await card(tab).waitFor({ timeout: 3000 });
      await tab.waitForTimeout(150);
      headings.push((await card(tab).locator('h2').first().textContent())!);
    }
    // document order: the headline's Aleppo, then "eastern Aleppo", then Bashar al-Assad
    expect(headings).toEqual(['Aleppo', 'Aleppo', 'Bashar al-Assad']);
    // the card opened by the keyboard has the focus; Esc closes it
    await tab.keyboard.press('Escape');
    await expect.poll(() => card(tab).count()).toBe(0);
    await tab.close();
  });

  it('Tab past the last control of a keyboard-opened card closes it and goes on in the page, not back into the card', async () => {
    const tab = await openDemo();
    await tab.bringToFront();
    const sw = await ext.serviceWorker();
    expect(await sw.evaluate(() => (globalThis as unknown as { aleppoContext: { nextMention(): Promise<boolean> } }).aleppoContext.nextMention())).toBe(true);
    await card(tab).waitFor({ timeout: 3000 });
    let presses = 0;
    while ((await card(tab).count()) > 0 && presses < 15) {
      await tab.keyboard.press('Tab');
      presses++;
      await tab.waitForTimeout(50);
    }
    expect(await card(tab).count()).toBe(0);
    expect(presses).toBeGreaterThan(1); // through the card's controls first
    await tab.keyboard.press('Tab');
    await tab.waitForTimeout(100);
    expect(await card(tab).count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.localName)).not.toBe('aleppo-context-card');
    await tab.close();
  });

  it('"Mute" removes that entity\'s highlights, keeps the others, and is saved in the settings', async () => {
    const tab = await openDemo();
    await expect.poll(async () => (await highlighted(tab)).length).toBeGreaterThan(10);
    const sana = (await highlighted(tab)).filter((h) => h.endsWith(':SANA'));
    expect(sana.length).toBeGreaterThan(0);
    await restOn(tab, 'SANA');
    await card(tab).waitFor({ timeout: 3000 });
    await card(tab).getByRole('button', { name: /don.t highlight/i }).click();
    await expect.poll(async () => (await highlighted(tab)).filter((h) => h.endsWith(':SANA')), { timeout: 3000 }).toEqual([]);
    expect((await highlighted(tab)).some((h) => h.endsWith(':Aleppo'))).toBe(true);
    const sw = await ext.serviceWorker();
    const stored = await sw.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { mutedEntities: string[] }).mutedEntities).toEqual(['sana']);
    await sw.evaluate(() => chrome.storage.sync.clear());
    await tab.close();
  });

  it('"Pause on this site" removes every highlight at once, and it persists after a reload', async () => {
    const tab = await openDemo();
    // a scan paints its early finds first and the rest at its end: wait for the whole page
    await expect.poll(async () => (await highlighted(tab)).length).toBeGreaterThan(10);
    await restOn(tab, 'SANA');
    await card(tab).waitFor({ timeout: 3000 });
    await card(tab).getByRole('button', { name: /pause on this site/i }).click();
    await expect.poll(() => highlighted(tab), { timeout: 3000 }).toEqual([]);
    await tab.reload();
    await tab.waitForTimeout(1500);
    expect(await highlighted(tab)).toEqual([]);
    // put it back for the other tests
    const sw = await ext.serviceWorker();
    await sw.evaluate(() => chrome.storage.sync.clear());
    await tab.reload();
    await expect.poll(async () => (await highlighted(tab)).length, { timeout: 5000 }).toBeGreaterThan(10);
    await tab.close();
  });
});
