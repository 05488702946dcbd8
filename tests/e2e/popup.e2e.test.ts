import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/fixture.ts';
import { highlighted, waitForHighlights } from './support/highlights.ts';
import { badgeText, clearSettings, tabIdOf } from './support/tabs.ts';
import { card } from './support/pointer.ts';
import { paintedRanges } from './support/in-page.ts';

const env = useExtension();
afterEach(async () => {
  await clearSettings(env.ext);
  for (const p of env.ext.context.pages()) await p.close();
});

const article = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>t</title></head><body><article>${body}</article></body></html>`;
const plain = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><div>${body}</div></body></html>`;

const STORY = `<p>The army took Aleppo. In Aleppo, residents waited. Aleppo again.</p>
  ${'<p>Filler paragraph to push the next one down the page.</p>'.repeat(40)}
  <p id="far">Far below, Homs and Hama were quiet; Russia backed the army. 34,000 people were evacuated.</p>`;

async function popupFor(tabId: number): Promise<Page> {
  const p = await env.ext.context.newPage();
  await p.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tabId=${tabId}`);
  await p.locator('[role="status"]').filter({ hasNotText: 'Reading this page' }).waitFor();
  return p;
}

describe('the toolbar popup and badge', () => {
  it('counts the page\'s mentions on the badge, and the popup states the same number, names and numbers apart', async () => {
    const url = env.server.page('/story.html', article(STORY));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await waitForHighlights(tab, ['place:Aleppo', 'place:Homs', 'place:Hama', 'country:Russia', 'figure:34,000']);
    const id = await tabIdOf(env.ext, url);
    await expect.poll(() => badgeText(env.ext, id), { timeout: 5000 }).toBe('7'); // every occurrence: Aleppo x3
    const popup = await popupFor(id);
    expect(await popup.locator('[role="status"]').textContent()).toBe('6 mentions of 4 people, places and organisations, and one number from the article');
    expect(await popup.locator('[data-entity="aleppo"]').textContent()).toContain('3');
    expect(await popup.locator('button[data-figure="evacuated-34000"]').textContent()).toContain('agrees with the article');
  });

  it('counts only what the reader can see, and a collapsed paragraph is highlighted the moment it opens', async () => {
    const url = env.server.page('/collapsed.html', article(`<style>.more { display: none }</style>
      <p>The army took Aleppo.</p><p class="more" id="more">Homs and Hama were quiet.</p>`));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    expect(await waitForHighlights(tab, ['place:Aleppo', 'place:Homs', 'place:Hama'])).toEqual(['place:Aleppo', 'place:Hama', 'place:Homs']);
    const id = await tabIdOf(env.ext, url);
    await expect.poll(() => badgeText(env.ext, id), { timeout: 5000 }).toBe('1'); // the hidden paragraph does not count
    const boxOf = async (text: string) => (await tab.evaluate(paintedRanges)).find((r) => r.text === text)!;
    expect(Number.isNaN((await boxOf('Homs')).x)).toBe(true); // registered, but nothing is drawn
    await tab.evaluate(() => document.getElementById('more')!.classList.remove('more')); // "read more": no DOM change
    await expect.poll(async () => Number.isFinite((await boxOf('Homs')).x)).toBe(true);
    await tab.close();
  });

  it('scrolls the page to a mention picked in the popup, and opens its card', async () => {
    const url = env.server.page('/story2.html', article(STORY));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await waitForHighlights(tab, ['place:Aleppo', 'place:Homs', 'place:Hama', 'country:Russia', 'figure:34,000']);
    const id = await tabIdOf(env.ext, url);
    expect(await tab.evaluate(() => window.scrollY)).toBe(0);
    const popup = await popupFor(id);
    await popup.locator('[data-entity="homs"]').click();
    await expect.poll(() => tab.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await card(tab).waitFor({ timeout: 4000 });
    expect(await card(tab).locator('h2').first().textContent()).toBe('Homs');
  });

  it('switching off "Highlight on this site" removes the highlights live, and it persists after a reload', async () => {
    const url = env.server.page('/site.html', article(STORY));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await waitForHighlights(tab, ['place:Aleppo', 'place:Homs', 'place:Hama', 'country:Russia', 'figure:34,000']);
    const id = await tabIdOf(env.ext, url);
    const popup = await popupFor(id);
    const sw = popup.getByRole('switch', { name: 'Highlight on this site' });
    expect(await sw.isChecked()).toBe(true);
    await sw.uncheck();
    await expect.poll(() => highlighted(tab), { timeout: 4000 }).toEqual([]);
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toBe('Paused on this site');
    await expect.poll(() => badgeText(env.ext, id)).toBe('');
    await tab.reload();
    await tab.waitForTimeout(1500);
    expect(await highlighted(tab)).toEqual([]);
    await sw.check();
    await expect.poll(async () => (await highlighted(tab)).length, { timeout: 4000 }).toBe(5);
  });

  it('in "only news pages" mode, skips a page that is not an article', async () => {
    const sw = await env.ext.serviceWorker();
    // set the mode through the extension's own settings page, as a reader would
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.getByLabel('Only on news articles').check();
    await expect.poll(async () => JSON.stringify(await sw.evaluate(() => chrome.storage.sync.get(null)))).toContain('"news"');
    const notNews = env.server.page('/plain.html', plain('<p>Aleppo and Homs, on a page that is not a news article.</p>'));
    const news = env.server.page('/news.html', article('<p>Aleppo and Homs, in an article.</p>'));
    const a = await env.ext.context.newPage();
    await a.goto(notNews);
    const b = await env.ext.context.newPage();
    await b.goto(news);
    expect(await waitForHighlights(b, ['place:Aleppo', 'place:Homs'])).toEqual(['place:Aleppo', 'place:Homs']);
    expect(await highlighted(a)).toEqual([]);
    const popup = await popupFor(await tabIdOf(env.ext, notNews));
    expect(await popup.locator('[role="status"]').textContent()).toMatch(/^Not a news article/);
  });

  it('says so on a page where it cannot run', async () => {
    const tab = await env.ext.context.newPage();
    await tab.goto(`chrome-extension://${env.ext.extensionId}/article.html`);
    const id = await tabIdOf(env.ext, `chrome-extension://${env.ext.extensionId}/article.html`);
    const popup = await popupFor(id);
    expect(await popup.locator('[role="status"]').textContent()).toBe('Not available on this page');
    expect(await popup.getByRole('switch').count()).toBe(0);
  });
});
