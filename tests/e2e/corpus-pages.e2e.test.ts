import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type Launched } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { BLOCK_SCRIPTS, CORPUS, corpusPages } from './support/corpus.ts';
import { highlighted } from './support/highlights.ts';

const pages = corpusPages();
if (!pages) console.warn(`corpus pages not found at ${CORPUS}/pages: the real-page tests are skipped`);

let ext: Launched;
let server: TestServer;
let plainBrowser: Browser;
let plain: BrowserContext;
const offline = /^https?:\/\/(?!127\.0\.0\.1[:/])/;
beforeAll(async () => {
  if (!pages) return;
  [ext, server, plainBrowser] = await Promise.all([
    launchWithExtension(),
    startServer(),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
  ]);
  plain = await plainBrowser.newContext({ viewport: { width: 1100, height: 800 } });
  // Saved pages reference images and fonts on the internet: refuse them at once instead of waiting.
  await ext.context.route(offline, (route) => route.abort());
  await plain.route(offline, (route) => route.abort());
});
afterAll(async () => {
  await ext?.close();
  await plainBrowser?.close();
  await server?.close();
});

/** Waits until the highlights stop changing (the scan is sliced and may take a few tasks). */
async function settled(tab: Page): Promise<string[]> {
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    await tab.waitForTimeout(250);
    const now = (await highlighted(tab)).join('|');
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last ? last.split('|') : [];
}

/** Highlighted ranges that overlap a trap word, checked in the page on the ranges themselves. */
function trapHits(tab: Page, traps: string[]): Promise<string[]> {
  return tab.evaluate((words) => {
    const hits: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('aleppo-context-')) continue;
      for (const r of h) {
        const text = (r.startContainer as Text).data ?? '';
        const lower = text.toLowerCase();
        const end = r.endContainer === r.startContainer ? r.endOffset : text.length;
        for (const w of words) {
          for (let i = lower.indexOf(w.toLowerCase()); i >= 0; i = lower.indexOf(w.toLowerCase(), i + 1)) {
            if (i < end && r.startOffset < i + w.length) hits.push(`${w} in "${text.slice(Math.max(0, i - 20), i + w.length + 20)}"`);
          }
        }
      }
    }
    return hits;
  }, traps);
}

/**
 * The page's elements' boxes, in document order (our own host excluded), rounded to half pixels.
 * An element inside a running CSS animation or transition (a spinner, a menu sliding in) has a box
 * that depends on the moment it is read, with or without us: it is listed without one.
 */
function boxes(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const animated = new Set<Element>();
    for (const a of document.getAnimations()) {
      const target = (a.effect as KeyframeEffect | null)?.target;
      if (target && a.playState === 'running') animated.add(target);
    }
    const moving = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (animated.has(e)) return true;
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => !el.closest('aleppo-context-card'))
      .slice(0, 6000)
      .map((el) => {
        if (moving(el)) return `${el.tagName} animated`;
        const r = el.getBoundingClientRect();
        const h = (x: number) => Math.round(x * 2) / 2;
        return `${el.tagName} ${h(r.x)},${h(r.y)} ${h(r.width)}x${h(r.height)}`;
      });
  });
}

interface Load { boxes: string[]; errors: string[]; console: string[] }

async function load(context: BrowserContext, url: string, withExtension: boolean, wait = 1000): Promise<Load & { tab: Page }> {
  const tab = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    // resources the test refuses to fetch (and the web-app manifest the browser looks for) fail
    // loudly in the console, with or without us
    if (m.type() === 'error' && !/Failed to load resource|net::ERR_FAILED|Content Security Policy|Manifest fetch/.test(m.text())) consoleErrors.push(m.text());
  });
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  if (withExtension) await settled(tab);
  else await tab.waitForTimeout(wait);
  return { tab, boxes: await boxes(tab), errors, console: consoleErrors };
}

describe.skipIf(!pages)('real pages from the corpus', () => {
  for (const p of pages ?? []) {
    it(`${p.name}: no page or console error, no trap highlighted, no layout change`, async () => {
      const url = server.page(`/corpus/${p.name}`, p.html, BLOCK_SCRIPTS);
      const a = await load(plain, url, false);
      // read at another moment, so what moves by itself differs between a and b and is left out
      const b = await load(plain, url, false, 1370);
      await a.tab.close();
      await b.tab.close();
      const withExt = await load(ext.context, url, true);
      expect(await trapHits(withExt.tab, p.traps)).toEqual([]);
      expect(withExt.errors).toEqual([]);
      expect(withExt.console.filter((m) => !a.console.includes(m))).toEqual([]);
      // elements whose box already differs between two loads without the extension are left out
      expect(a.boxes.length).toBeGreaterThan(0);
      expect(withExt.boxes.length).toBe(a.boxes.length);
      const moved = withExt.boxes.filter((box, i) => box !== a.boxes[i] && a.boxes[i] === b.boxes[i]);
      expect(moved.slice(0, 5)).toEqual([]);
      await withExt.tab.close();
    });
  }
});
