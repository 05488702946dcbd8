import type { Page } from 'playwright-core';

/** "category:text" for every range our highlights paint, read from the page's own world. */
export function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('aleppo-context-')) continue;
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(`${name.slice('aleppo-context-'.length)}:${live.toString()}`);
      }
    }
    return out;
  });
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
