import type { Pack } from '@/core/pack/schema.ts';
import { useI18n } from './i18n.tsx';

export interface ArticleCardProps {
  pack: Pack;
  /** Figure to list first, e.g. the one a page's number was compared with. */
  firstFigureId?: string;
  reporterName: (reportedBy: string) => string;
  /** Opens the full bundled article; omitted where there is nowhere to open it. */
  onReadArticle?: () => void;
  compact?: boolean;
}

/** The bundled article at a glance: title, historical date context, summary, key numbers and sources. */
export function ArticleCard({ pack, firstFigureId, reporterName, onReadArticle, compact }: ArticleCardProps) {
  const { t } = useI18n();
  const figures = [...pack.figures].sort((a, b) => Number(b.id === firstFigureId) - Number(a.id === firstFigureId));
  return (
    <section class="article-card" aria-labelledby="article-card-title">
      <p class="article-card__kicker">{t('article_historical')}</p>
      <h2 id="article-card-title" class="article-card__title" lang="en" dir="ltr">{pack.article.title}</h2>
      <p class="article-card__date" lang="en" dir="ltr">{pack.article.dateContext}</p>
      <p class="article-card__summary" lang="en" dir="ltr">{pack.article.summary}</p>
      <h3>{t('article_keyNumbers')}</h3>
      <ul class="article-card__figures">
        {figures.slice(0, compact ? 5 : figures.length).map((f) => (
          <li key={f.id} data-figure={f.id}>
            {/* "the number: what it counts" (the number's own words do not always run on into it: "millions", "no hospital") */}
            <bdi><strong>{f.surface ?? String(f.value)}</strong>: <span lang="en">{f.counts}</span></bdi>{' '}
            <span class="article-card__by">({f.derived ? t('article_derived') : t('article_reportedBy', reporterName(f.reportedBy))})</span>
          </li>
        ))}
      </ul>
      {!compact && (
        <>
          <h3>{t('article_sources')}</h3>
          <ul class="article-card__sources">
            {pack.sources.map((s) => (
              <li key={s.id} data-source={s.id}>
                <strong lang="en">{s.name}</strong>: <span lang="en">{s.role}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {onReadArticle && (
        <button type="button" class="article-card__read" onClick={onReadArticle}>
          {t('popup_readArticle')}
        </button>
      )}
    </section>
  );
}
