import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { BLOCK_SCRIPTS, CORPUS, corpusPages } from './support/corpus.ts';
import { highlighted } from './support/highlights.ts';

const pages = corpusPages();
if (!pages) console.warn(`corpus pages not found at ${CORPUS}/pages: the real-page tests are skipped`);

let ext: Launched;
let server: TestServer;
beforeAll(async () => {
  if (!pages) return;
  [ext, server] = await Promise.all([launchWithExtension(), startServer()]);
  // Saved pages reference images and fonts on the internet: refuse them at once instead of waiting.
  await ext.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
});
afterAll(async () => {
  await ext?.close();
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

describe.skipIf(!pages)('real pages from the corpus', () => {
  for (const p of pages ?? []) {
    it(`${p.name}: loads with no page error and highlights no trap`, async () => {
      const url = server.page(`/corpus/${p.name}`, p.html, BLOCK_SCRIPTS);
      const tab = await ext.context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(url, { waitUntil: 'domcontentloaded' });
      await settled(tab);
      expect(await trapHits(tab, p.traps)).toEqual([]);
      expect(errors).toEqual([]);
      await tab.close();
    });
  }
});
