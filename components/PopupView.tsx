import type { Pack } from '@/core/pack/schema.ts';
import type { PageState } from '@/core/protocol.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { useI18n, type Translate } from './i18n.tsx';

export interface PopupViewProps {
  /** undefined while asking the page; 'unavailable' for browser pages and web stores */
  state: PageState | 'unavailable' | undefined;
  pack: Pack;
  reporterName: (reportedBy: string) => string;
  entityName: (id: string) => string;
  siteEnabled: boolean;
  pausedEverywhere: boolean;
  onReveal: (id: string) => void;
  onToggleSite: (on: boolean) => void;
  onTogglePause: (paused: boolean) => void;
  onOpenSettings: () => void;
  onOpenArticle: () => void;
  error?: string;
}

export function statusLine(t: Translate, state: PopupViewProps['state']): string {
  if (state === undefined) return t('popup_status_loading');
  if (state === 'unavailable') return t('popup_status_unavailable');
  switch (state.status) {
    case 'paused':
      return t('popup_status_paused');
    case 'site-off':
      return t('popup_status_siteOff');
    case 'not-news':
      return t('popup_status_notNews');
    case 'not-listed':
      return t('popup_status_notListed');
  }
  // nothing counted: either the page is not about the story (context names stay unshown there), or
  // the reader's categories and mutes hide what was found
  if (state.total === 0) return t(state.onTopic ? 'popup_status_nothingShown' : 'popup_status_offTopic');
  const figures = state.figures.length;
  if (!state.entities.length) return figures === 1 ? t('popup_status_figureOnly') : t('popup_status_figuresOnly', figures);
  // names and numbers are told apart: "30 mentions of 18 names" with 6 of the 30 numbers misleads
  const mentions = state.entities.reduce((n, e) => n + e.count, 0);
  const names = state.entities.length;
  const found = names > 1 ? t('popup_status_found', [mentions, names]) : mentions === 1 ? t('popup_status_foundOne') : t('popup_status_foundOneName', mentions);
  if (!figures) return found;
  return figures === 1 ? t('popup_status_withFigure', found) : t('popup_status_withFigures', [found, figures]);
}

/** The toolbar popup: what was found on the current tab, the reader's switches, and the article. */
export function PopupView(p: PopupViewProps) {
  const { t, dir, lang } = useI18n();
  const state = typeof p.state === 'object' ? p.state : undefined;
  const available = p.state !== 'unavailable';
  return (
    <main class="popup" dir={dir} lang={lang}>
      <header class="popup__header">
        <h1 class="popup__title">Aleppo Context</h1>
        <p class="popup__status" role="status" aria-live="polite">{statusLine(t, p.state)}</p>
      </header>

      {/* the reader's switches first: a long list of mentions must not push them out of sight */}
      {available && (
        <section class="popup__switches">
          <label class="switch">
            <input type="checkbox" role="switch" checked={p.siteEnabled} onChange={(e) => p.onToggleSite(e.currentTarget.checked)} />
            <span>{t('popup_highlightSite')}</span>
          </label>
          <label class="switch">
            <input type="checkbox" role="switch" checked={p.pausedEverywhere} onChange={(e) => p.onTogglePause(e.currentTarget.checked)} />
            <span>{t('popup_pauseEverywhere')}</span>
          </label>
          {p.error && <p class="popup__error" role="alert">{t('popup_saveFailed', p.error)}</p>}
        </section>
      )}

      {state && state.entities.length > 0 && (
        <section aria-labelledby="popup-mentions">
          <h2 id="popup-mentions">{t('popup_mentions')}</h2>
          <ul class="popup__list">
            {state.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="popup__mention" data-entity={e.id} onClick={() => p.onReveal(e.id)} title={t('popup_goTo', e.name)}>
                  <span class="popup__name">{e.name}</span>
                  <span class="popup__count">{e.count}</span>
                  {e.firstSurface !== e.name && <span class="popup__surface">{t('popup_asSurface', e.firstSurface)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {state && state.figures.length > 0 && (
        <section aria-labelledby="popup-figures">
          <h2 id="popup-figures">{t('popup_figures')}</h2>
          <ul class="popup__list">
            {state.figures.map((f, i) => (
              <li key={`${f.id}-${i}`}>
                <button type="button" class="popup__mention" data-figure={f.id} onClick={() => p.onReveal(f.id)}>
                  <span class="popup__name">{f.surface}</span>
                  <span class={`popup__agree popup__agree--${f.comparison}`}>{t(`popup_${f.comparison}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ArticleCard pack={p.pack} reporterName={p.reporterName} compact />

      <nav class="popup__links">
        <button type="button" class="linkish" onClick={p.onOpenArticle}>{t('popup_readArticle')}</button>
        <button type="button" class="linkish" onClick={p.onOpenSettings}>{t('popup_settings')}</button>
      </nav>
    </main>
  );
}
