import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearBadge, showOnBadge } from '@/lib/badge.ts';
import { onRequests, sendToTab } from '@/lib/messaging.ts';
import { hasSiteAccess } from '@/lib/site-access.ts';
import { getSettings, saveSettings, watchSettings } from '@/lib/settings-store.ts';
import { siteOf } from '@/core/settings/sites.ts';
import { storage } from 'wxt/utils/storage';
import { getDetector } from '@/lib/detector.ts';
import { scanWith } from '@/core/detect/page-reader.ts';
import { encodeScans } from '@/core/detect/wire.ts';
import type { PageContext } from '@/core/detect/types.ts';

const scanHere = scanWith(getDetector);
/** Scans a content script's batch of blocks (see lib/remote-reader.ts). */
async function detect(context: PageContext, texts: string[]) {
  const r = await scanHere(context, texts);
  return { context: r.context, scans: encodeScans(r.scans) };
}

/** Whether the reader wants the count on the toolbar icon (settings: badge on or off). */
export type BadgeSetting = () => Promise<boolean>;

export async function openArticle(figureId?: string, openerTabId?: number): Promise<void> {
  const url = browser.runtime.getURL(`/article.html${figureId ? `?focus=${encodeURIComponent(figureId)}` : ''}` as '/article.html');
  await browser.tabs.create({ url, ...(openerTabId !== undefined ? { openerTabId } : {}) });
}

/**
 * After an install or an update, tabs that were already open run no content script (or an old,
 * orphaned one that has just shut itself down): start the new one there, so readers need not reload.
 */
export async function adoptOpenTabs(): Promise<void> {
  // the built content script's path, read from the manifest WXT generated
  const files = (browser.runtime.getManifest().content_scripts?.[0]?.js ?? []) as Parameters<typeof browser.scripting.executeScript>[0]['files'] & string[];
  if (!files.length || !browser.scripting) return;
  for (const tab of await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] })) {
    if (tab.id === undefined || tab.discarded) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).catch(() => {
      /* a tab we may not script (an error page, a store page): nothing to adopt */
    });
  }
}

/** The keyboard command: the active tab's content script moves to its next mention. */
export async function nextMention(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    return (await sendToTab(tab.id, { type: 'next-mention' })).ok;
  } catch {
    return false; // no content script there (a browser page, a store page)
  }
}

/**
 * The last count each tab reported, in session storage: a service worker that the browser stops
 * and restarts can still redraw the badges when the reader switches the badge on or off.
 */
const reports = storage.defineItem<Record<string, { count: number; active: boolean }>>('session:page-reports', { fallback: {} });

async function redrawBadges(showCount: boolean): Promise<void> {
  for (const [tabId, r] of Object.entries(await reports.getValue())) {
    await showOnBadge(Number(tabId), r.count, r.active, showCount).catch(() => {}); // the tab may be gone
  }
}

export function main(badgeSetting: BadgeSetting = async () => (await getSettings()).badge): void {
  // Access granted later (Firefox MV3 after the first-run banner): start in the tabs already open.
  browser.permissions.onAdded.addListener(() => void adoptOpenTabs());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void adoptOpenTabs();
    if (reason !== 'install') return;
    // Firefox MV3 grants site access only when the user opts in; without it the content script
    // silently never runs. Ask on first run, from a page where the request is a user gesture.
    void hasSiteAccess().then((granted) => {
      if (!granted) void browser.runtime.openOptionsPage();
    });
  });

  onRequests({
    'page-report': async (r, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return { ok: true };
      const active = r.status === 'active';
      await reports.setValue({ ...(await reports.getValue()), [tabId]: { count: r.count, active } });
      await showOnBadge(tabId, r.count, active, await badgeSetting());
      return { ok: true };
    },
    'open-article': async (r, sender) => {
      await openArticle(r.figureId, sender.tab?.id);
      return { ok: true };
    },
    'open-settings': async () => {
      await browser.runtime.openOptionsPage();
      return { ok: true };
    },
    'next-mention': async () => ({ ok: await nextMention() }),
    detect: (r) => detect(r.context, r.texts),
    'page-settings': () => getSettings(),
    'mute-entity': async (r) => ({
      ok: (await saveSettings((cur) => ({ mutedEntities: cur.mutedEntities.includes(r.id) ? cur.mutedEntities : [...cur.mutedEntities, r.id] }))).ok,
    }),
    'pause-site': async (r) => {
      const site = siteOf(r.hostname) ?? r.hostname.toLowerCase();
      return { ok: (await saveSettings((cur) => ({ blockList: cur.blockList.includes(site) ? cur.blockList : [...cur.blockList, site] }))).ok };
    },
    'load-card': async (_r, sender) => {
      if (sender.tab?.id === undefined) return { ok: false };
      await browser.scripting.executeScript({
        target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
        files: ['/card-ui.js'],
      });
      return { ok: true };
    },
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'next-mention') void nextMention();
  });
  // A browser shortcut cannot be pressed, nor the extension reloaded, from an automated test here;
  // the end-to-end tests call the same handlers through this (a service worker global that no page
  // can reach).
  (globalThis as { aleppoContext?: object }).aleppoContext = { nextMention, adoptOpenTabs };

  // A new page in the tab: its count is unknown until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void clearBadge(tabId).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void reports.getValue().then(({ [tabId]: _gone, ...rest }) => reports.setValue(rest));
  });
  watchSettings((s) => void redrawBadges(s.badge));
}

export default defineBackground(() => main());
