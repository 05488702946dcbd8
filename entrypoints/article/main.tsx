import { render } from 'preact';
import { browser } from 'wxt/browser';
import article from '@/assets/article/syrian-govt-seizes-control-of-aleppo.txt?raw';
import { ArticlePage } from '@/components/ArticlePage.tsx';
import { I18nContext } from '@/components/i18n.tsx';
import { browserI18n } from '@/lib/i18n.ts';
import { pack, reporterNameOf } from '@/lib/knowledge-pack.ts';
import '@/assets/ui.css';
import '@/assets/article.css';

const i18n = browserI18n();
const focusId = new URLSearchParams(location.search).get('focus') ?? undefined;
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('article_pageTitle', pack.article.title);

render(
  <I18nContext.Provider value={i18n}>
    <ArticlePage
      pack={pack}
      article={article}
      reporterName={(id) => reporterNameOf(id, i18n.t('article_theArticle'))}
      focusId={focusId}
      settingsUrl={browser.runtime.getURL('/options.html')}
    />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);

// Bring the figure or source the reader came for into view.
if (focusId) document.querySelector(`[data-id="${CSS.escape(focusId)}"]`)?.scrollIntoView({ block: 'center' });
