import type { Page } from 'playwright-core';
import { paintedRanges } from './in-page.ts';

/** The centre of the highlighted range whose text is `text` (the first one), in viewport pixels. */
export async function centreOf(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  const hit = (await page.evaluate(paintedRanges)).find((r) => r.text === text);
  return hit ? { x: hit.x, y: hit.y } : null;
}

/** Moves the pointer onto a mention the way a reader does: from a little way off, in steps. */
export async function restOn(page: Page, text: string): Promise<{ x: number; y: number }> {
  const at = await centreOf(page, text);
  if (!at) throw new Error(`no highlighted "${text}" on the page`);
  await page.mouse.move(at.x - 40, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  return at;
}

/** The open card (a card prepared unseen while a hover delay counts is not one). */
export const card = (page: Page) => page.locator('aleppo-context-card [role="dialog"]:visible');
