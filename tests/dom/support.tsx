import { readFileSync } from 'node:fs';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext, translatorFor, type I18n, type MessagesFile } from '@/components/i18n.tsx';

export function i18nFor(lang: 'en' | 'fr' | 'ar'): I18n {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as MessagesFile;
  return { t: translatorFor(messages), dir: lang === 'ar' ? 'rtl' : 'ltr', lang };
}

/** Renders a view with translations, into a fresh container in the document. */
export function mount(view: ComponentChild, lang: 'en' | 'fr' | 'ar' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={i18nFor(lang)}>{view}</I18nContext.Provider>, root));
  return root;
}
