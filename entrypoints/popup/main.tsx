import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView.tsx';
import { I18nContext } from '@/components/i18n.tsx';
import type { PageState } from '@/core/protocol.ts';
import { addSite, removeSite } from '@/core/settings/sites.ts';
import { browserI18n } from '@/lib/i18n.ts';
import { entitiesById, pack, reporterNameOf } from '@/lib/knowledge-pack.ts';
import { sendToTab } from '@/lib/messaging.ts';
import { getSettings, saveSettings, watchSettings } from '@/lib/settings-store.ts';
import type { Settings } from '@/core/settings/defaults.ts';
import '@/assets/ui.css';

const i18n = browserI18n();
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;

/** The tab the popup is about: the active one, or `?tabId=N` (tests open the popup as a page). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Browser pages and web stores run no content script: they are "not available". */
async function pageState(tabId: number | undefined): Promise<PageState | 'unavailable'> {
  if (tabId === undefined) return 'unavailable';
  try {
    return (await sendToTab(tabId, { type: 'page-state' })) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<PageState | 'unavailable'>();
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void targetTab().then(async (id) => {
      setTabId(id);
      setState(await pageState(id));
    });
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  // After a switch, the content script applies the change live; ask it again for what it now shows.
  const refresh = () => window.setTimeout(() => void pageState(tabId).then(setState), 300);
  const save = async (patch: (s: Settings) => Partial<Settings>) => {
    const r = await saveSettings(patch);
    setError(r.ok ? undefined : r.error);
    if (r.ok) refresh();
  };
  const site = typeof state === 'object' ? state.site : '';

  return (
    <PopupView
      state={state}
      pack={pack}
      reporterName={(id) => reporterNameOf(id, i18n.t('article_theArticle'))}
      entityName={(id) => entitiesById.get(id)?.name ?? id}
      siteEnabled={!settings?.blockList.includes(site)}
      pausedEverywhere={settings ? !settings.enabled : false}
      error={error}
      onReveal={(id) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, { type: 'reveal', id }).finally(() => window.close());
      }}
      onToggleSite={(on) =>
        void save((s) => {
          if (!on) {
            const added = addSite(s.blockList, site);
            return { blockList: added.ok ? added.list : s.blockList };
          }
          return { blockList: removeSite(s.blockList, site) };
        })
      }
      onTogglePause={(paused) => void save(() => ({ enabled: !paused }))}
      onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onOpenArticle={() => void browser.tabs.create({ url: browser.runtime.getURL('/article.html') }).then(() => window.close())}
    />
  );
}

render(
  <I18nContext.Provider value={i18n}>
    <Popup />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
