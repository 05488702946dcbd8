import { browser } from 'wxt/browser';
import type { I18n } from '@/components/i18n.tsx';

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The UI language and translations the browser picked from `_locales`. */
export function browserI18n(): I18n {
  // Keys are checked by the messages test rather than by WXT's generated key union.
  const getMessage = browser.i18n.getMessage as (key: string, subs?: string[]) => string;
  const lang = browser.i18n.getUILanguage();
  // The extension's own messages say which locale was picked: `@@ui_locale` is the browser's.
  const dir = getMessage('@@bidi_dir') === 'rtl' || RTL.has(lang.split('-')[0]!) ? 'rtl' : 'ltr';
  return {
    lang,
    dir,
    t: (key, subs) => getMessage(key, subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String)) || key,
  };
}
