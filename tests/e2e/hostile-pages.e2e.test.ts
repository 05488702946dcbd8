import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/fixture.ts';
import { highlighted, waitForHighlights } from './support/highlights.ts';

const env = useExtension();

const doc = (body: string, head = '', doctype = '<!doctype html>') =>
  `${doctype}<html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;

/** Opens a page, collecting its errors; `run` returns what the test checks. */
async function open(url: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await env.ext.context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await tab.goto(url);
  return { tab, errors };
}

const count = (tab: Page) => tab.evaluate(() => [...CSS.highlights].filter(([k]) => k.startsWith('aleppo-context-')).reduce((n, [, h]) => n + h.size, 0));

async function waitForCount(tab: Page, atLeast: number, timeout = 20_000): Promise<number> {
  const until = Date.now() + timeout;
  let n = 0;
  while (Date.now() < until && (n = await count(tab)) < atLeast) await tab.waitForTimeout(200);
  return n;
}

describe('hostile pages', () => {
  it('200,000 text nodes', async () => {
    const url = env.server.page('/many.html', doc('<div id="root"></div>', `<script>
      addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('root');
        for (let i = 0; i < 2000; i++) {
          const p = document.createElement('p');
          for (let j = 0; j < 100; j++) p.appendChild(document.createTextNode(j === 50 && i % 100 === 0 ? ' Aleppo ' : ' word '));
          root.appendChild(p);
        }
      });
    </script>`));
    const { tab, errors } = await open(url);
    expect(await waitForCount(tab, 20)).toBe(20);
    expect(errors).toEqual([]);
    await tab.close();
  });

  // Nested spans: 5,000 nested block elements crash Chromium's layout on their own, extension or not.
  it('DOM depth 5,000, built with DOM calls', async () => {
    const url = env.server.page('/deep.html', doc('', `<script>
      addEventListener('DOMContentLoaded', () => {
        let el = document.body;
        for (let i = 0; i < 5000; i++) { const d = document.createElement('span'); el.appendChild(d); el = d; }
        el.textContent = 'At the bottom: Aleppo and Homs.';
      });
    </script>`));
    const { tab, errors } = await open(url);
    expect(await waitForCount(tab, 2)).toBe(2);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a single 10 MB text node', async () => {
    const url = env.server.page('/huge.html', doc('<p id="p"></p>', `<script>
      addEventListener('DOMContentLoaded', () => {
        const chunk = 'Plain filler text about the weather and markets. '.repeat(2000) + 'Then Aleppo. ';
        document.getElementById('p').textContent = chunk.repeat(Math.ceil(10e6 / chunk.length));
      });
    </script>`));
    const { tab, errors } = await open(url);
    const n = await tab.evaluate(() => document.getElementById('p')!.textContent!.length);
    expect(n).toBeGreaterThan(10e6);
    expect(await waitForCount(tab, 1, 30_000)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('1,000 DOM mutations a second for 10 seconds', async () => {
    const url = env.server.page('/churn.html', doc('<main id="m"><p>Aleppo at the top.</p></main>', `<script>
      addEventListener('DOMContentLoaded', () => {
        const m = document.getElementById('m');
        let n = 0;
        const t = setInterval(() => {
          for (let i = 0; i < 10; i++) {
            const p = document.createElement('p');
            p.textContent = (n++ % 50 === 0) ? 'Ticker: Homs' : 'Ticker: markets ' + n;
            m.appendChild(p);
            if (m.children.length > 200) m.children[1].remove();
          }
          if (n >= 10000) { clearInterval(t); document.title = 'done'; }
        }, 10);
      });
    </script>`));
    const { tab, errors } = await open(url);
    await tab.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
    await tab.waitForTimeout(1500);
    const texts = await highlighted(tab);
    expect(texts).toContain('place:Aleppo');
    // every highlighted Homs is in a paragraph that is still on the page
    const stale = await tab.evaluate(() => [...CSS.highlights].flatMap(([, h]) => [...h]).filter((r) => !r.startContainer.isConnected).length);
    expect(stale).toBe(0);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a page that clears the highlight registry or defines highlights of its own', async () => {
    const url = env.server.page('/clear.html', doc('<p>Aleppo and Hama.</p><p id="own">search result</p>', `<script>
      addEventListener('DOMContentLoaded', () => {
        const r = new Range(); r.selectNodeContents(document.getElementById('own'));
        CSS.highlights.set('highlight', new Highlight(r));
        CSS.highlights.set('search', new Highlight(r));
        setTimeout(() => CSS.highlights.clear(), 1500);
      });
    </script>`));
    const { tab, errors } = await open(url);
    await tab.waitForTimeout(1700);
    expect(await waitForHighlights(tab, ['place:Aleppo', 'place:Hama'], 6000)).toEqual(['place:Aleppo', 'place:Hama']);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a page that overwrites globals and prototypes in its own world', async () => {
    const url = env.server.page('/globals.html', doc('<p>Damascus and Aleppo.</p>', `<script>
      Node.prototype.appendChild = function () { throw new Error('no appendChild for you'); };
      Node.prototype.contains = function () { throw new Error('no contains'); };
      Array.prototype.map = function () { throw new Error('no map'); };
      Array.prototype.push = function () { throw new Error('no push'); };
      window.CSS = undefined;
      window.Highlight = undefined;
      window.MutationObserver = function () { throw new Error('no observers'); };
      window.requestAnimationFrame = null;
    </script>`));
    const { tab, errors } = await open(url);
    // The page broke its own world only; the extension's isolated world still works.
    const sw = await env.ext.serviceWorker();
    const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    let ids: string[] = [];
    for (let i = 0; i < 30 && ids.length < 2; i++) {
      await tab.waitForTimeout(200);
      const state = (await sw.evaluate(async (id) => chrome.tabs.sendMessage(id!, { type: 'page-state' }, { frameId: 0 }), tabId)) as { entities: Array<{ id: string }> };
      ids = state.entities.map((e) => e.id).sort();
    }
    expect(ids).toEqual(['aleppo', 'damascus']);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a strict Content-Security-Policy page', async () => {
    const url = env.server.page('/csp.html', doc('<p>Aleppo under a strict policy.</p>'), { 'content-security-policy': "default-src 'none'; style-src 'self'" });
    const { tab, errors } = await open(url);
    expect(await waitForHighlights(tab, ['place:Aleppo'])).toEqual(['place:Aleppo']);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('quirks mode, right-to-left and vertical writing', async () => {
    for (const [path, html, expected] of [
      ['/quirks.html', doc('<p>Aleppo in quirks mode.</p>', '', ''), ['place:Aleppo']],
      ['/rtl.html', doc('<p dir="rtl" lang="ar">قالت الأمم المتحدة إن القتال في حلب انتهى.</p>'), ['organisation:الأمم المتحدة', 'place:حلب']],
      ['/vertical.html', doc('<p style="writing-mode: vertical-rl">Aleppo 市 Homs</p>'), ['place:Aleppo', 'place:Homs']],
    ] as const) {
      const { tab, errors } = await open(env.server.page(path, html));
      expect(await waitForHighlights(tab, [...expected]), path).toEqual([...expected].sort());
      expect(errors, path).toEqual([]);
      await tab.close();
    }
  });
});
