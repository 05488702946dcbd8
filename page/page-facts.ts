import { siteOf } from '@/core/settings/sites.ts';

/** Facts about the page the content script reads once: is it a news article, is its background dark. */

const NEWS_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting)"/;

/** schema.org NewsArticle data, og:type=article, or an <article> element. */
export function isNewsPage(doc: Document): boolean {
  if (doc.querySelector('article, [itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/ReportageNewsArticle"]')) return true;
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og && og.trim().toLowerCase() === 'article') return true;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (NEWS_TYPES.test(s.textContent ?? '')) return true;
  }
  return false;
}

/** The page's site: its hostname without a leading www. */
export const siteOfLocation = (loc: Location) => siteOf(loc.hostname) ?? loc.hostname.toLowerCase();

/** Judged from the page's actual painted background (body, then html), not the reader's theme. */
export function isDarkPage(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.35;
  }
  // transparent all the way up: the canvas is white unless the page asked for a dark color scheme
  return win.getComputedStyle(doc.documentElement).colorScheme?.includes('dark') === true &&
    win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

function parseColor(c: string): [number, number, number, number] | undefined {
  const m = c.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,/\s]+([\d.]+))?/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
