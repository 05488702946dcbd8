import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translatorFor, type MessagesFile } from '@/components/i18n.tsx';

const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as MessagesFile;

describe('translations', () => {
  it('have the same keys in English, French and Arabic', () => {
    const en = Object.keys(load('en')).sort();
    expect(Object.keys(load('fr')).sort()).toEqual(en);
    expect(Object.keys(load('ar')).sort()).toEqual(en);
  });

  it('keep every placeholder of the English message', () => {
    const en = load('en');
    for (const lang of ['fr', 'ar']) {
      const other = load(lang);
      for (const [key, entry] of Object.entries(en)) {
        const slots = (s: string) => (s.match(/\$\d|\$[A-Za-z0-9_]+\$/g) ?? []).sort();
        expect(slots(other[key]!.message), `${lang}:${key}`).toEqual(slots(entry.message));
      }
    }
  });

  it('fill positional and named placeholders like the browser does', () => {
    const t = translatorFor({
      a: { message: 'Found $1 of $2' },
      b: { message: '$COUNT$ mentions', placeholders: { count: { content: '$1' } } },
      c: { message: 'costs $$5' },
    });
    expect(t('a', [3, 'x'])).toBe('Found 3 of x');
    expect(t('b', 12)).toBe('12 mentions');
    expect(t('c')).toBe('costs $5');
    expect(t('missing')).toBe('missing');
  });
});
