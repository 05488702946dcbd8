import type { ComponentChild } from 'preact';
import { annotations, paragraphs, segments, type Annotation, type Segment } from '@/core/pack/annotate.ts';
import type { Pack } from '@/core/pack/schema.ts';
import { useI18n } from './i18n.tsx';

export interface ArticlePageProps {
  pack: Pack;
  article: string;
  reporterName: (reportedBy: string) => string;
  /** figure or source to bring forward, e.g. from the card's "Read the article" */
  focusId?: string;
  settingsUrl?: string;
}

const anchor = (m: Pick<Annotation, 'kind' | 'id'>) => `${m.kind}-${m.id}`;

/** The bundled article in full, with its key numbers and its quoted sources marked in the text. */
export function ArticlePage({ pack, article, reporterName, focusId, settingsUrl }: ArticlePageProps) {
  const { t } = useI18n();
  const marks = annotations(pack, article);
  const byId = new Map(marks.map((m) => [m.id, m]));
  const [titleLine, ...rest] = paragraphs(article);
  return (
    <div class="article-page">
      <header>
        <p class="article-page__kicker">{t('article_historical')}</p>
        <h1>{titleLine ? article.slice(...titleLine) : pack.article.title}</h1>
        <p class="article-page__date">{pack.article.dateContext}</p>
        {settingsUrl && <a href={settingsUrl}>{t('article_settings')}</a>}
      </header>
      <div class="article-page__layout">
        <article aria-label={t('article_fullText')} lang="en" dir="ltr">
          <p class="article-page__note">{t('article_legend')}</p>
          {rest.map(([a, b]) => (
            <p key={a}>
              {segments(article, a, b, marks).map((s) => renderSegment(s, focusId))}
            </p>
          ))}
          <p class="article-page__note">{t('article_note')}</p>
        </article>
        <aside>
          <h2>{t('article_summary')}</h2>
          <p lang="en" dir="ltr">{pack.article.summary}</p>
          <h2>{t('article_keyNumbers')}</h2>
          <ul>
            {pack.figures.map((f) => (
              <li key={f.id} id={`list-figure-${f.id}`} class={focusId === f.id ? 'is-focus' : undefined}>
                {byId.has(f.id) ? <a href={`#${anchor({ kind: 'figure', id: f.id })}`}><strong>{f.surface}</strong></a> : <strong>{f.value}</strong>}
                {': '}<span lang="en">{f.counts}</span>{' '}
                <span class="muted">({f.derived ? t('article_derived') : t('article_reportedBy', reporterName(f.reportedBy))})</span>
              </li>
            ))}
          </ul>
          <h2>{t('article_sources')}</h2>
          <ul>
            {pack.sources.map((s) => (
              <li key={s.id} class={focusId === s.id ? 'is-focus' : undefined}>
                <a href={`#${anchor({ kind: 'source', id: s.id })}`}><strong lang="en">{s.name}</strong></a>: <span lang="en">{s.role}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}

function renderSegment(seg: Segment, focusId?: string) {
  // innermost mark first, so a figure inside a quoted source nests inside its source
  let node: ComponentChild = seg.text;
  for (const m of [...seg.marks].reverse()) {
    const props = {
      // the anchor goes on the piece where the mark begins (a quote may be cut by a number inside it)
      id: seg.start === m.start ? anchor(m) : undefined,
      class: `mark-${m.kind}${m.id === focusId ? ' is-focus' : ''}`,
      'data-id': m.id,
    };
    node = m.kind === 'figure' ? <strong {...props}>{node}</strong> : <span {...props}>{node}</span>;
  }
  return <span key={seg.start}>{node}</span>;
}
