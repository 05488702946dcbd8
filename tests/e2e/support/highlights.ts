import type { Page } from 'playwright-core';
import { paintedRanges } from './in-page.ts';

/** "category:text" for every range our highlights paint, read from the page's own world. */
export async function highlighted(page: Page): Promise<string[]> {
  return (await page.evaluate(paintedRanges)).map((r) => `${r.category}:${r.text}`);
}

/** Waits until the highlights equal `expected` (order-insensitive), or returns what was there. */
export async function waitForHighlights(page: Page, expected: string[], timeout = 8000): Promise<string[]> {
  const want = [...expected].sort().join('|');
  const until = Date.now() + timeout;
  let got: string[] = [];
  while (Date.now() < until) {
    got = (await highlighted(page)).sort();
    if (got.join('|') === want) return got;
    await page.waitForTimeout(100);
  }
  return got;
}

/** A serialisation of the page's DOM that ignores nothing: to compare before and after. */
export function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
