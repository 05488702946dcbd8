import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './support.tsx';
import { CARD_CSS } from '@/components/card-css.ts';
import { MentionCard, type MentionCardProps } from '@/components/MentionCard.tsx';
import type { Comparison, EntityMention, FigureMention } from '@/core/detect/types.ts';
import { pack, reporterNameOf } from '@/lib/knowledge-pack.ts';

const reporterName = (id: string) => reporterNameOf(id, 'the article');
/** Text as read, without the invisible bidi isolates (FSI, PDI) around inserted names. */
const txt = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\u2068\u2069]/g, '');

const halep: EntityMention = {
  type: 'entity', id: 'aleppo', kind: 'place', tier: 'anchor', alias: 'Halep', lang: 'tr', start: 0, end: 5, surface: 'Halep',
};
const aleppo: EntityMention = { ...halep, alias: 'Aleppo', lang: 'en', surface: 'Aleppo' };
const icrc: EntityMention = {
  type: 'entity', id: 'icrc', kind: 'organisation', tier: 'context', alias: 'ICRC', lang: 'en', start: 0, end: 4, surface: 'ICRC',
};
const evacuated = (surface: string, value: number, comparison: Comparison): FigureMention =>
  ({ type: 'figure', id: 'evacuated-34000', value, comparison, tier: comparison === 'different' ? 'context' : 'anchor', start: 0, end: surface.length, surface });

function card(props: Partial<MentionCardProps> & Pick<MentionCardProps, 'mention'>, lang: 'en' | 'fr' | 'ar' = 'en') {
  const calls = { read: vi.fn(), mute: vi.fn(), pause: vi.fn(), close: vi.fn() };
  const root = mount(
    <MentionCard
      pack={pack}
      reporterName={reporterName}
      onReadArticle={calls.read}
      onMute={calls.mute}
      onPauseSite={calls.pause}
      onClose={calls.close}
      {...props}
    />,
    lang,
  );
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
  return { root, dialog, calls, text: txt(dialog) };
}

describe('MentionCard: an entity', () => {
  it('is a labelled dialog with the entity name as heading, its kind and its role in the article', () => {
    const { dialog, text } = card({ mention: halep });
    expect(dialog).not.toBeNull();
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-label')?.replace(/[\u2068\u2069]/g, '')).toBe('Aleppo: context from a 2016 article');
    expect(dialog.tabIndex).toBe(-1);
    expect(txt(dialog.querySelector('h2'))).toBe('Aleppo');
    expect(txt(dialog.querySelector('.kicker'))).toBe('Place');
    expect(text).toContain('In the article: The besieged northern Syrian city whose full capture the government announced.');
  });

  it('says why it matched: the page’s words, the canonical name and the name’s language', () => {
    const why = card({ mention: halep }).dialog.querySelector('[data-part="why"]');
    expect(txt(why)).toBe('“Halep” on this page is the Turkish name for Aleppo.');
    const en = card({ mention: icrc }).dialog.querySelector('[data-part="why"]');
    expect(txt(en)).toBe('“ICRC” on this page is a name for International Committee of the Red Cross.');
    // the page says the canonical name, or words of it: nothing to explain
    expect(card({ mention: aleppo }).dialog.querySelector('[data-part="why"]')).toBeNull();
    const sana: EntityMention = { ...icrc, id: 'sana', alias: 'SANA', surface: 'SANA' };
    expect(card({ mention: sana }).dialog.querySelector('[data-part="why"]')).toBeNull();
    const redCross: EntityMention = { ...icrc, alias: 'Red Cross', surface: 'red cross' };
    expect(card({ mention: redCross }).dialog.querySelector('[data-part="why"]')).toBeNull();
    // in French, the language is named in French
    const fr = card({ mention: halep }, 'fr').dialog.querySelector('[data-part="why"]');
    expect(txt(fr)).toBe('« Halep » sur cette page désigne Aleppo (nom en turc).');
  });

  it('shows the article as historical context with its date, title and summary', () => {
    const { dialog } = card({ mention: halep });
    expect(txt(dialog.querySelector('.article > .kicker'))).toBe('Historical context');
    expect(txt(dialog.querySelector('[data-part="date"]'))).toBe('As reported on 22 December 2016');
    expect(txt(dialog.querySelector('h3'))).toBe(pack.article.title);
    expect(txt(dialog.querySelector('.summary'))).toBe(pack.article.summary);
  });

  it('lists key numbers with who reported them, the entity’s own first, derived ones saying so', () => {
    const { dialog } = card({ mention: icrc, numbersShown: 99 });
    const items = [...dialog.querySelectorAll<HTMLElement>('[data-figure]')];
    expect(items.map((li) => li.dataset.figure)).toHaveLength(pack.figures.length);
    expect(items[0]!.dataset.figure).toBe('evacuated-34000');
    expect(txt(items[0]!)).toContain('reported by International Committee of the Red Cross');
    expect(txt(dialog.querySelector('[data-figure="fled-35000"]'))).toContain('reported by United Nations');
    expect(txt(dialog.querySelector('[data-figure="deaths-half-million"]'))).toContain('reported by the article');
    expect(txt(dialog.querySelector('[data-figure="major-cities-5"]'))).toContain('worked out from the article, not stated as a number');
  });

  it('keeps the card short: three numbers, the rest and the sources behind disclosures', () => {
    const { dialog } = card({ mention: halep });
    const [more, sources] = [...dialog.querySelectorAll('details')];
    expect(dialog.querySelectorAll('.body > .article > .numbers > li')).toHaveLength(3);
    expect(more!.open).toBe(false);
    expect(txt(more!.querySelector('summary'))).toBe(`${pack.figures.length - 3} more numbers`);
    expect(sources!.open).toBe(false);
    expect(txt(sources!.querySelector('summary'))).toBe(`Sources in the article (${pack.sources.length})`);
    const listed = [...sources!.querySelectorAll<HTMLElement>('[data-source]')];
    expect(listed).toHaveLength(pack.sources.length);
    expect(txt(sources!.querySelector('[data-source="icrc"]'))).toContain(
      'International Committee of the Red Cross (ICRC) — Humanitarian organisation; confirmed the evacuation',
    );
    // hovering the ICRC lists its own source first
    expect(card({ mention: icrc }).dialog.querySelector<HTMLElement>('[data-source]')?.dataset.source).toBe('icrc');
  });

  it('calls back for each action, and Esc or the close button closes', () => {
    const { dialog, calls } = card({ mention: halep });
    const button = (a: string) => dialog.querySelector<HTMLButtonElement>(`[data-action="${a}"]`)!;
    expect(txt(button('read'))).toBe('Read the article');
    expect(txt(button('mute'))).toBe('Don’t highlight Aleppo');
    expect(txt(button('pause'))).toBe('Pause on this site');
    act(() => button('read').click());
    act(() => button('mute').click());
    act(() => button('pause').click());
    expect(calls.read).toHaveBeenCalledOnce();
    expect(calls.mute).toHaveBeenCalledWith('aleppo');
    expect(calls.pause).toHaveBeenCalledOnce();
    expect(calls.close).not.toHaveBeenCalled();
    const close = dialog.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    act(() => close.click());
    expect(calls.close).toHaveBeenCalledTimes(1);
    act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(calls.close).toHaveBeenCalledTimes(2);
  });
});

describe('MentionCard: a figure', () => {
  it('different: the page’s number, the article’s, who reported it and when, neutrally', () => {
    const { dialog, text } = card({ mention: evacuated('50,000', 50000, 'different') });
    expect(txt(dialog.querySelector('.kicker'))).toBe('Number');
    expect(txt(dialog.querySelector('h2'))).toBe('People evacuated from the rebel areas of Aleppo');
    expect(txt(dialog.querySelector('[data-part="page-number"]'))).toBe('This page50,000');
    expect(txt(dialog.querySelector('[data-part="article-number"]'))).toBe(
      'The article34,000according to International Committee of the Red Cross, as reported on 22 December 2016',
    );
    expect(txt(dialog.querySelector('[data-part="verdict"]'))).toBe(
      '≠Not the same number as in the article. Counts made at another time or by another source can differ.',
    );
    expect(text).not.toMatch(/wrong|false|incorrect|misleading/i);
    expect(txt(dialog.querySelector('blockquote'))).toBe(pack.figures[0]!.quote);
    // no mute for a number
    expect(dialog.querySelector('[data-action="mute"]')).toBeNull();
    // the number looked at is listed first among the key numbers
    expect(dialog.querySelector<HTMLElement>('[data-figure]')?.dataset.figure).toBe('evacuated-34000');
    expect(dialog.querySelector('[data-figure].is-current')).not.toBeNull();
  });

  it('same and close have their own verdicts; only "same" leaves out the note on later counts', () => {
    const same = card({ mention: evacuated('34,000', 34000, 'same') }).dialog.querySelector('[data-part="verdict"]');
    expect(same?.getAttribute('data-comparison')).toBe('same');
    expect(txt(same)).toBe('=The same number as in the article.');
    const near = card({ mention: evacuated('36,000', 36000, 'close') }).dialog.querySelector('[data-part="verdict"]');
    expect(near?.getAttribute('data-comparison')).toBe('close');
    expect(txt(near)).toBe('≈Close to the article’s number (within 10%). Counts made at another time or by another source can differ.');
  });

  it('a count that agrees with a vague article figure ("millions") fits it, and is not called the same number', () => {
    const mention: FigureMention = { type: 'figure', id: 'displaced-millions', value: 5_000_000, comparison: 'same', tier: 'context', start: 0, end: 9, surface: '5 million' };
    const v = card({ mention }).dialog.querySelector('[data-part="verdict"]');
    expect(v?.getAttribute('data-comparison')).toBe('same');
    expect(txt(v)).toBe('=Fits the article’s “millions”, which is not an exact count.');
  });

  it('with the comparison setting off: the article’s number and its reporter, no verdict', () => {
    const { dialog } = card({ mention: evacuated('50,000', 50000, 'different'), figureComparison: false });
    expect(dialog.querySelector('[data-part="verdict"]')).toBeNull();
    expect(dialog.querySelector('[data-part="page-number"]')).toBeNull();
    expect(txt(dialog.querySelector('[data-part="article-number"]'))).toContain('34,000');
    expect(txt(dialog)).not.toMatch(/same number|Close to/);
  });

  it('lists the number looked at first among the key numbers, whatever its place in the pack', () => {
    const m: FigureMention = { type: 'figure', id: 'hospitals-functioning-0', value: 0, comparison: 'same', tier: 'anchor', start: 0, end: 11, surface: 'no hospital' };
    const { dialog } = card({ mention: m });
    const first = dialog.querySelector<HTMLElement>('[data-figure]')!;
    expect(first.dataset.figure).toBe('hospitals-functioning-0');
    expect(first.classList.contains('is-current')).toBe(true);
    expect(dialog.querySelectorAll('[data-figure]')).toHaveLength(pack.figures.length);
  });

  it('a derived number says it is worked out from the article', () => {
    const m: FigureMention = { type: 'figure', id: 'major-cities-5', value: 5, comparison: 'same', tier: 'anchor', start: 0, end: 4, surface: 'five' };
    const { dialog } = card({ mention: m });
    expect(txt(dialog.querySelector('[data-part="article-number"]'))).toBe(
      'The article5worked out from the article, as reported on 22 December 2016',
    );
  });
});

describe('MentionCard: safety, direction and theme', () => {
  it('renders hostile page and pack strings as text, never as HTML', () => {
    const hostile = structuredClone(pack);
    const bad = '<img src=x onerror="globalThis.pwned=1">';
    hostile.article.summary = bad;
    hostile.article.title = `<script>globalThis.pwned=1</script>`;
    hostile.entities.find((e) => e.id === 'aleppo')!.name = `<b>${bad}</b>`;
    hostile.sources[0]!.role = bad;
    hostile.figures[0]!.quote = bad;
    const page: EntityMention = { ...halep, surface: '<svg onload=alert(1)>' };
    const a = card({ mention: page, pack: hostile });
    const b = card({ mention: evacuated('<i>50</i>', 50, 'different'), pack: hostile });
    for (const { dialog } of [a, b]) {
      expect(dialog.querySelector('img, script, b, i')).toBeNull();
      expect(dialog.querySelectorAll('svg')).toHaveLength(1); // the close button's icon
    }
    expect(a.text).toContain('<svg onload=alert(1)>');
    expect(a.text).toContain(bad);
    expect(b.text).toContain('<i>50</i>');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('takes its direction from the UI language (Arabic: right to left), or from the dir prop', () => {
    const ar = card({ mention: halep }, 'ar');
    expect(ar.dialog.getAttribute('dir')).toBe('rtl');
    expect(ar.dialog.getAttribute('lang')).toBe('ar');
    expect(txt(ar.dialog.querySelector('[data-action="read"]'))).toBe('اقرأ المقال');
    // pack text stays marked as English inside the Arabic card
    expect(ar.dialog.querySelector('.summary')?.getAttribute('lang')).toBe('en');
    expect(ar.dialog.querySelector('.summary')?.getAttribute('dir')).toBe('ltr');
    expect(txt(ar.dialog.querySelector('[data-part="date"]'))).toBe('كما نُشر في 22 ديسمبر 2016');
    // English names inside Arabic sentences are bidi-isolated, so "SANA (Syrian Arab News Agency)" keeps its order
    const sana: EntityMention = { ...halep, id: 'sana', kind: 'organisation', surface: 'سانا', alias: 'سانا', lang: 'ar' };
    const why = card({ mention: sana }, 'ar').dialog.querySelector('[data-part="why"]')?.textContent;
    expect(why).toBe('«\u2068سانا\u2069» في هذه الصفحة هو اسم \u2068SANA (Syrian Arab News Agency)\u2069 باللغة العربية.');
    expect(card({ mention: halep, dir: 'rtl' }).dialog.getAttribute('dir')).toBe('rtl');
    expect(card({ mention: halep }).dialog.getAttribute('dir')).toBe('ltr');
  });

  it('applies the theme the host decided, and follows the system without one', () => {
    expect(card({ mention: halep, theme: 'dark' }).dialog.dataset.theme).toBe('dark');
    expect(card({ mention: halep, theme: 'light' }).dialog.dataset.theme).toBe('light');
    expect(card({ mention: halep }).dialog.hasAttribute('data-theme')).toBe(false);
  });
});

describe('card styles', () => {
  /** The CSS with every @media block's body removed, and the bodies of the blocks named. */
  function split(css: string, media: string): { outside: string; inside: string } {
    let outside = '';
    let inside = '';
    let i = 0;
    for (;;) {
      const at = css.indexOf(`@media ${media}`, i);
      if (at < 0) break;
      outside += css.slice(i, at);
      let depth = 0;
      let j = css.indexOf('{', at);
      const start = j;
      for (; j < css.length; j++) {
        if (css[j] === '{') depth++;
        else if (css[j] === '}' && --depth === 0) break;
      }
      inside += css.slice(start, j + 1);
      i = j + 1;
    }
    return { outside: outside + css.slice(i), inside };
  }

  it('animates only for readers who have not asked for reduced motion', () => {
    const { outside, inside } = split(CARD_CSS, '(prefers-reduced-motion: no-preference)');
    expect(inside).toMatch(/animation:/);
    expect(outside).not.toMatch(/animation|transition/);
  });

  it('has a dark theme both from the system and from the host’s data-theme', () => {
    const { inside } = split(CARD_CSS, '(prefers-color-scheme: dark)');
    expect(inside).toContain(".card:not([data-theme='light'])");
    expect(CARD_CSS).toContain(".card[data-theme='dark']");
  });

  it('uses logical properties only, so the card mirrors in right-to-left languages', () => {
    expect(CARD_CSS).not.toMatch(/(?:margin|padding|border)-(?:left|right)|(?:^|[\s;{])(?:left|right)\s*:|text-align:\s*(?:left|right)|float:/m);
  });
});
