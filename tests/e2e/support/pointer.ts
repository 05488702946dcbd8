import type { Page } from 'playwright-core';

/** The centre of the highlighted range whose text is `text` (the first one), in viewport pixels. */
export function centreOf(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('aleppo-context-')) continue;
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== t) continue;
        const b = live.getClientRects()[0]!;
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  }, text);
}

/** Moves the pointer onto a mention the way a reader does: from a little way off, in steps. */
export async function restOn(page: Page, text: string): Promise<{ x: number; y: number }> {
  const at = await centreOf(page, text);
  if (!at) throw new Error(`no highlighted "${text}" on the page`);
  await page.mouse.move(at.x - 40, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  return at;
}

export const card = (page: Page) => page.locator('aleppo-context-card [role="dialog"]');
