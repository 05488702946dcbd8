import type { Pack } from '@/core/pack/schema.ts';

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
  const figures = [...pack.figures].sort((a, b) => Number(b.id === firstFigureId) - Number(a.id === firstFigureId));
  return (
    <section class="article-card" aria-labelledby="article-card-title">
      <h2 id="article-card-title" class="article-card__title">{pack.article.title}</h2>
      <p class="article-card__date">{pack.article.dateContext}</p>
      <p class="article-card__summary">{pack.article.summary}</p>
      <h3>Key numbers</h3>
      <ul class="article-card__figures">
        {figures.slice(0, compact ? 3 : figures.length).map((f) => (
          <li key={f.id} data-figure={f.id}>
            <strong>{f.surface ?? String(f.value)}</strong> {f.counts}{' '}
            <span class="article-card__by">({f.derived ? 'derived from the article' : `reported by ${reporterName(f.reportedBy)}`})</span>
          </li>
        ))}
      </ul>
      {!compact && (
        <>
          <h3>Sources</h3>
          <ul class="article-card__sources">
            {pack.sources.map((s) => (
              <li key={s.id} data-source={s.id}>
                <strong>{s.name}</strong>: {s.role}
              </li>
            ))}
          </ul>
        </>
      )}
      {onReadArticle && (
        <button type="button" class="article-card__read" onClick={onReadArticle}>
          Read the article
        </button>
      )}
    </section>
  );
}
