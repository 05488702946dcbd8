import type { Launched } from './browser.ts';

/** The browser's id for the tab showing `url`. */
export async function tabIdOf(ext: Launched, url: string): Promise<number> {
  const sw = await ext.serviceWorker();
  for (let i = 0; i < 30; i++) {
    const id = await sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

export async function badgeText(ext: Launched, tabId: number): Promise<string> {
  const sw = await ext.serviceWorker();
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Writes settings the way the settings page does (through the store's storage layout). */
export async function clearSettings(ext: Launched): Promise<void> {
  const sw = await ext.serviceWorker();
  await sw.evaluate(() => chrome.storage.sync.clear());
}
