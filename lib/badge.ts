import { browser } from 'wxt/browser';

/** "99+" past 99; nothing at all for zero. */
export const badgeText = (count: number) => (count <= 0 ? '' : count > 99 ? '99+' : String(count));

const icons = (grey: boolean) =>
  Object.fromEntries([16, 32, 48, 128].map((s) => [s, `/icon/${grey ? 'grey-' : ''}${s}.png`])) as Record<string, string>;

/** The toolbar shows the tab's count, and turns grey when paused or when the page has no mentions. */
export async function showOnBadge(tabId: number, count: number, active: boolean, showCount: boolean): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: showCount && active ? badgeText(count) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' }),
    browser.action.setIcon({ tabId, path: icons(!active || count === 0) }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setIcon({ tabId, path: icons(true) })]);
}
