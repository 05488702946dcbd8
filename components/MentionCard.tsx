import { useId } from 'preact/hooks';
import type { Comparison, EntityMention, FigureMention } from '@/core/detect/types.ts';
import type { EntityId, Pack, PackEntity, PackFigure } from '@/core/pack/schema.ts';
import { useI18n, type Translate } from './i18n.tsx';

export interface MentionCardProps {
  mention: EntityMention | FigureMention;
  pack: Pack;
  /** Display name of a figure's reporter: an entity id, or "article" (translated "the article"). */
  reporterName: (reportedBy: string) => string;
  onReadArticle: () => void;
  /** "Don't highlight <entity>"; offered for entity mentions only. */
  onMute: (entityId: EntityId) => void;
  onPauseSite: () => void;
  onClose: () => void;
  /** Say whether the page's number agrees with the article's (a setting; default on). */
  figureComparison?: boolean;
  /** The page's actual background, decided by the host; without it the card follows the system. */
  theme?: 'light' | 'dark';
  /** Defaults to the UI language's direction. */
  dir?: 'ltr' | 'rtl';
  /** Key numbers listed before the rest are folded behind a disclosure (default 3). */
  numbersShown?: number;
}

const VERDICT_SYMBOL: Record<Comparison, string> = { same: '=', close: '≈', different: '≠' };

/**
 * The hover card: what a highlighted mention is in the bundled 2016 article, why it was
 * highlighted, and where each fact comes from. A dialog (rich content, not a tooltip) whose pack
 * text is always rendered as text.
 */
export function MentionCard(p: MentionCardProps) {
  const { t, dir: uiDir, lang } = useI18n();
  const dir = p.dir ?? uiDir;
  const headingId = useId();
  const articleId = useId();
  const m = p.mention;
  const date = formatDate(p.pack.article.eventDate, lang);
  const entity = m.type === 'entity' ? p.pack.entities.find((e) => e.id === m.id) : undefined;
  const figure = m.type === 'figure' ? p.pack.figures.find((f) => f.id === m.id) : undefined;
  const heading = m.type === 'entity' ? (entity?.name ?? m.surface) : figure ? capitalise(figure.counts) : m.surface;
  const kind = m.type === 'entity' ? t(`card_kind_${m.kind}`) : t('card_kind_figure');

  const figures = orderFigures(p.pack.figures, m);
  const shown = Math.max(1, p.numbersShown ?? 3);
  const sources = [...p.pack.sources].sort(
    (a, b) => Number(m.type === 'entity' && b.entity === m.id) - Number(m.type === 'entity' && a.entity === m.id),
  );
  const figureLine = (f: PackFigure) => (
    <li key={f.id} data-figure={f.id} class={f.id === figure?.id ? 'is-current' : undefined}>
      <span class="num" lang="en" dir="ltr">{articleNumber(f, lang)}</span> <span lang="en" dir="ltr">{f.counts}</span>
      <span class="by">{f.derived ? t('card_derived') : t('card_reportedBy', iso(p.reporterName(f.reportedBy)))}</span>
    </li>
  );

  return (
    <div
      class="card"
      role="dialog"
      aria-label={t('card_label', heading)}
      tabIndex={-1}
      dir={dir}
      lang={lang}
      data-theme={p.theme}
      data-mention={m.type}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          p.onClose();
        }
      }}
    >
      <header class="head">
        <div class="head__text">
          <p class="kicker">{kind}</p>
          <h2 id={headingId} class="title">
            <span lang={entity || figure ? 'en' : undefined} dir={entity || figure ? 'ltr' : 'auto'}>{heading}</span>
          </h2>
        </div>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={p.onClose}>
          <svg viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M2 2l10 10M12 2L2 12" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
          </svg>
        </button>
      </header>

      <div class="body">
        {m.type === 'entity' && <EntityPart t={t} lang={lang} mention={m} entity={entity} />}
        {m.type === 'figure' && figure && (
          <FigurePart t={t} lang={lang} mention={m} figure={figure} date={date} compare={p.figureComparison !== false} reporterName={p.reporterName} />
        )}

        <section class="article" aria-labelledby={articleId}>
          <p class="kicker">{t('card_historical')}</p>
          <h3 id={articleId} class="article__title"><span lang="en" dir="ltr">{p.pack.article.title}</span></h3>
          <p class="date" data-part="date">{t('card_asReported', date)}</p>
          <p class="summary" lang="en" dir="ltr">{p.pack.article.summary}</p>

          <h4 class="subhead">{t('card_keyNumbers')}</h4>
          <ul class="numbers">{figures.slice(0, shown).map(figureLine)}</ul>
          {figures.length > shown && (
            <details class="more">
              <summary>{t('card_moreNumbers', figures.length - shown)}</summary>
              <ul class="numbers">{figures.slice(shown).map(figureLine)}</ul>
            </details>
          )}

          <details class="sources">
            <summary>{t('card_sources', sources.length)}</summary>
            <ul>
              {sources.map((s) => (
                <li key={s.id} data-source={s.id}>
                  <span class="source__name" lang="en" dir="ltr">{s.name}</span>
                  {' — '}
                  <span class="source__role" lang="en" dir="ltr">{s.role}</span>
                </li>
              ))}
            </ul>
          </details>
        </section>
      </div>

      <footer class="actions">
        <button type="button" class="btn btn--primary" data-action="read" onClick={p.onReadArticle}>{t('card_readArticle')}</button>
        <button type="button" class="btn btn--quiet" data-action="pause" onClick={p.onPauseSite}>{t('card_pauseSite')}</button>
        {m.type === 'entity' && (
          <button type="button" class="btn btn--quiet" data-action="mute" onClick={() => p.onMute(m.id)}>
            {t('card_mute', iso(entity?.name ?? m.surface))}
          </button>
        )}
      </footer>
    </div>
  );
}

function EntityPart({ t, lang, mention, entity }: { t: Translate; lang: string; mention: EntityMention; entity: PackEntity | undefined }) {
  const name = entity?.name ?? mention.id;
  // "Halep", "President Assad", "Red Crescent" need explaining; "SANA" beside "SANA (Syrian Arab News Agency)" does not.
  const differs = !containsWords(fold(name), fold(mention.surface));
  const foreign = primary(mention.lang) !== 'en' && mention.lang !== '';
  return (
    <>
      {differs && (
        <p class="why" data-part="why">
          {foreign
            ? t('card_whyLang', [iso(mention.surface), iso(name), languageName(mention.lang, lang)])
            : t('card_why', [iso(mention.surface), iso(name)])}
        </p>
      )}
      {entity && (
        <p class="role">
          <span class="label">{t('card_inArticle')}</span> <span lang="en" dir="ltr">{entity.role}</span>
        </p>
      )}
    </>
  );
}

interface FigurePartProps {
  t: Translate;
  lang: string;
  mention: FigureMention;
  figure: PackFigure;
  date: string;
  compare: boolean;
  reporterName: (reportedBy: string) => string;
}

function FigurePart({ t, lang, mention, figure, date, compare, reporterName }: FigurePartProps) {
  const by = figure.derived ? t('card_figureDerived', date) : t('card_figureSource', [iso(reporterName(figure.reportedBy)), date]);
  const c = mention.comparison;
  return (
    <>
      <dl class="cmp">
        {compare && (
          <div class="cmp__row" data-part="page-number">
            <dt>{t('card_thisPage')}</dt>
            <dd><span class="cmp__num" dir="auto">{mention.surface}</span></dd>
          </div>
        )}
        <div class="cmp__row" data-part="article-number">
          <dt>{t('card_theArticle')}</dt>
          <dd>
            <span class="cmp__num" lang="en" dir="ltr">{articleNumber(figure, lang)}</span>
            <span class="cmp__by">{by}</span>
          </dd>
        </div>
      </dl>
      {compare && (
        <p class={`verdict verdict--${c}`} data-part="verdict" data-comparison={c}>
          <span class="verdict__sym" aria-hidden="true">{VERDICT_SYMBOL[c]}</span>
          <span>
            {/* a vague article figure ("millions") agrees with a count, but is no number to be the same as */}
            {c === 'same' && figure.qualifier === 'at-least' ? t('card_cmp_fits', iso(articleNumber(figure, lang))) : t(`card_cmp_${c}`)}
            {c !== 'same' && <> <span class="verdict__more">{t('card_laterMayDiffer')}</span></>}
          </span>
        </p>
      )}
      <blockquote class="quote" lang="en" dir="ltr" aria-label={t('card_quoteLabel')}>{figure.quote}</blockquote>
    </>
  );
}

/** The figure being looked at first; for an entity, the numbers it reported first; then pack order. */
function orderFigures(figures: readonly PackFigure[], m: EntityMention | FigureMention): PackFigure[] {
  const rank = (f: PackFigure) => (m.type === 'figure' ? (f.id === m.id ? 0 : 1) : f.reportedBy === m.id ? 0 : 1);
  return [...figures].sort((a, b) => rank(a) - rank(b));
}

/**
 * Formatting results kept per input: making an Intl formatter costs more than the card's render,
 * and the card shows the same dates, numbers and language names on every hover.
 */
function memo<A extends string[]>(fn: (...args: A) => string): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args: A) => {
    const key = args.join('\u0000');
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = fn(...args)));
    return v;
  };
}

function articleNumber(f: PackFigure, lang: string): string {
  return f.surface ? f.surface : formatNumber(String(f.value), lang);
}

const formatNumber = memo((value: string, lang: string): string => {
  try {
    return new Intl.NumberFormat(`${lang}-u-nu-latn`).format(Number(value)); // Latin digits, like the pack's
  } catch {
    return value;
  }
});

/** "22 December 2016" (day-month order in English, as the pack writes it; Latin digits throughout). */
export const formatDate = memo((iso: string, lang: string): string => {
  const base = primary(lang);
  const locale = base === 'en' ? 'en-GB' : `${lang}-u-nu-latn`;
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
});

/** "tr" → "Turkish" (in the UI's language). */
export const languageName = memo((code: string, uiLang: string): string => {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
});

/** Text from the pack or the page inside a translated sentence keeps its own direction (FSI … PDI). */
export const iso = (s: string) => `\u2068${s}\u2069`;
const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? '';
const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
const containsWords = (hay: string, needle: string) =>
  needle !== '' && ` ${hay.replace(/[^\p{L}\p{N}']+/gu, ' ')} `.includes(` ${needle.replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `);
const capitalise = (s: string) => (s ? s[0]!.toLocaleUpperCase('en') + s.slice(1) : s);
