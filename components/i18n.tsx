import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Looks up a UI string by its `_locales/<lang>/messages.json` key; `subs` fill `$1`..`$9`.
 * Views get it from context so they never touch extension APIs: the entrypoints provide one
 * backed by `browser.i18n`, tests one backed by the English messages file.
 */
export type Translate = (key: string, subs?: string | number | Array<string | number>) => string;

export interface I18n {
  t: Translate;
  /** 'rtl' for Arabic; set as `dir` on the view's root. */
  dir: 'ltr' | 'rtl';
  lang: string;
}

export type MessagesFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A translator over a messages.json object, with the same `$1` and named-placeholder rules as the browser's. */
export function translatorFor(messages: MessagesFile): Translate {
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return key;
    const args = (Array.isArray(subs) ? subs : subs === undefined ? [] : [subs]).map(String);
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
    // One pass, so "$$" (a literal dollar) is never read as the start of "$1".
    return entry.message.replace(/\$(\$|\d|[A-Za-z0-9_]+\$)/g, (whole, what: string) => {
      if (what === '$') return '$';
      if (/^\d$/.test(what)) return args[Number(what) - 1] ?? '';
      const ph = entry.placeholders?.[what.slice(0, -1).toLowerCase()];
      return ph ? fill(ph.content) : whole;
    });
  };
}

export const I18nContext = createContext<I18n>({ t: (k) => k, dir: 'ltr', lang: 'en' });
export const useI18n = () => useContext(I18nContext);
