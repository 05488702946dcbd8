import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, useI18n } from '@/components/i18n.tsx';
import { SettingsForm } from '@/components/SettingsForm.tsx';
import { SiteAccessBanner } from '@/components/SiteAccessBanner.tsx';
import type { Settings } from '@/core/settings/index.ts';
import { browserI18n } from '@/lib/i18n.ts';
import { pack } from '@/lib/knowledge-pack.ts';
import { loadSettings, resetSettings, saveSettings, watchSettings, type PatchOrUpdate } from '@/lib/settings-store.ts';
import { hasSiteAccess, requestSiteAccess } from '@/lib/site-access.ts';
import '@/assets/ui.css';

// The article page is built by its own entrypoint; WXT's typed paths may not list it yet.
const articleUrl = browser.runtime.getURL('/article.html' as Parameters<typeof browser.runtime.getURL>[0]);

function Options() {
  const { t, dir, lang } = useI18n();
  const [access, setAccess] = useState(true);
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    document.title = t('options_title');
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    void hasSiteAccess().then(setAccess, () => setAccess(true));
    let live = true;
    void loadSettings().then((r) => {
      if (!live) return;
      setSettings((s) => s ?? r.settings);
      setProblems(r.problems);
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const onSave = async (update: PatchOrUpdate) => {
    const r = await saveSettings(update);
    if (r.ok) {
      setSettings(r.settings);
      setProblems([]); // the repaired settings are now the saved ones
    }
    return r;
  };
  const onReset = async () => {
    const r = await resetSettings();
    if (r.ok) {
      setSettings(r.settings);
      setProblems([]);
    }
    return r;
  };

  return (
    <main class="options" dir={dir} lang={lang}>
      <header class="options__header">
        <h1>{t('options_title')}</h1>
        <p class="options__intro">{t('options_intro')}</p>
        <p><a href={articleUrl}>{t('options_readArticle')}</a></p>
      </header>
      {!access && <SiteAccessBanner onGrant={() => void requestSiteAccess().then(setAccess)} />}
      {problems.length > 0 && (
        <div class="banner banner--warning" role="alert">
          <p>{t('options_repaired')}</p>
          <ul lang="en" dir="ltr">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {settings ? (
        <SettingsForm settings={settings} entities={pack.entities} onSave={onSave} onReset={onReset} />
      ) : (
        <p role="status">{t('options_loading')}</p>
      )}
    </main>
  );
}

render(
  <I18nContext.Provider value={browserI18n()}>
    <Options />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
