import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults.ts';
import { addSite, isActiveOn, isSite, parseSite, removeSite, siteForDisplay, siteOf } from '../../core/settings/sites.ts';

describe('sites', () => {
  it.each([
    ['example.com', 'example.com'],
    ['WWW.Example.com/path', 'example.com'],
    ['  https://www.bbc.co.uk/news/world-middle-east-38365709?at=1#top  ', 'bbc.co.uk'],
    ['http://news.example.com:8080/', 'news.example.com'],
    ['example.com:8080', 'example.com'],
    ['//cdn.example.com/x', 'cdn.example.com'],
    ['example.com.', 'example.com'],
    ['www.www.example.com', 'example.com'],
    ['[::1]', '[::1]'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['مثال.إختبار', 'xn--mgbh0fb.xn--kgbechtv'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads %j as the site %j', (input, site) => {
    expect(parseSite(input)).toEqual({ ok: true, site });
    expect(siteOf(input)).toBe(site);
    expect(isSite(site)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a site', 'invalid'],
    ['!!!', 'invalid'],
    ['*.example.com', 'wildcard'],
    ['https://*.example.com', 'wildcard'],
    ['exa_mple..com', 'invalid'],
    ['chrome://extensions', 'not-web'],
    ['file:///home/me/page.html', 'not-web'],
    ['javascript:alert(1)', 'not-web'],
    ['mailto:someone@example.com', 'not-web'],
    [`${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`, 'too-long'],
    ['bbc', 'invalid'],
    ['www.com', 'invalid'],
  ])('refuses %j (%s) with a message', (input, code) => {
    const r = parseSite(input);
    expect(r).toMatchObject({ ok: false, code });
    expect(!r.ok && r.error.length).toBeGreaterThan(10);
    expect(siteOf(input)).toBeUndefined();
  });

  it('says what is and is not a site in normal form', () => {
    expect(isSite('www.example.com')).toBe(false);
    expect(isSite('Example.com')).toBe(false);
    expect(isSite(42)).toBe(false);
    expect(isSite('intranet')).toBe(false);
    expect(isSite('a'.repeat(254))).toBe(false);
  });

  it('adds a normalised site, refusing repeats, garbage and a full list, and removes one', () => {
    expect(addSite(['bbc.co.uk'], 'https://www.lemonde.fr/international/')).toEqual({ ok: true, site: 'lemonde.fr', list: ['bbc.co.uk', 'lemonde.fr'] });
    expect(addSite(['bbc.co.uk'], 'WWW.BBC.CO.UK')).toMatchObject({ ok: false, code: 'duplicate', site: 'bbc.co.uk', error: 'bbc.co.uk is already in the list.' });
    expect(addSite([], 'what?')).toMatchObject({ ok: false, code: 'invalid' });
    const full = Array.from({ length: 1000 }, (_, i) => `site${i}.com`);
    const r = addSite(full, 'one-more.com');
    expect(r).toMatchObject({ ok: false, code: 'full', error: 'The list is full: it holds at most 1,000 sites. Remove one to add another.' });
    expect(full).toHaveLength(1000);
    expect(addSite(['a.com'], 'b.com', 1)).toMatchObject({ ok: false, code: 'full' });
    expect(removeSite(['a.com', 'b.com'], 'a.com')).toEqual(['b.com']);
  });
});

describe('isActiveOn', () => {
  const page = (hostname: string, isNewsPage = true) => ({ hostname, isNewsPage });
  const s = { ...DEFAULT_SETTINGS, allowList: ['bbc.co.uk'], blockList: ['example.org'] };

  it('runs everywhere in "all" mode, except on sites turned off', () => {
    expect(isActiveOn(s, page('www.bbc.co.uk', false))).toEqual({ active: true, reason: 'on' });
    expect(isActiveOn(s, page('other.net'))).toEqual({ active: true, reason: 'on' });
    expect(isActiveOn(s, page('WWW.EXAMPLE.ORG'))).toEqual({ active: false, reason: 'site-off' });
    expect(isActiveOn(s, page('news.example.org'))).toEqual({ active: true, reason: 'on' }); // exact sites only
  });

  it('runs only on news pages in "news" mode', () => {
    const news = { ...s, siteMode: 'news' as const };
    expect(isActiveOn(news, page('other.net', true))).toEqual({ active: true, reason: 'on' });
    expect(isActiveOn(news, page('other.net', false))).toEqual({ active: false, reason: 'not-news' });
    expect(isActiveOn(news, page('example.org', true))).toEqual({ active: false, reason: 'site-off' });
  });

  it('runs only on listed sites in "listed" mode, news page or not', () => {
    const listed = { ...s, siteMode: 'listed' as const };
    expect(isActiveOn(listed, page('www.bbc.co.uk', false))).toEqual({ active: true, reason: 'on' });
    expect(isActiveOn(listed, page('other.net'))).toEqual({ active: false, reason: 'not-listed' });
    expect(isActiveOn({ ...listed, blockList: ['bbc.co.uk'] }, page('bbc.co.uk'))).toEqual({ active: false, reason: 'site-off' });
  });

  it('is paused everywhere when disabled, whatever the mode', () => {
    for (const siteMode of ['all', 'news', 'listed'] as const) {
      expect(isActiveOn({ ...s, siteMode, enabled: false }, page('bbc.co.uk'))).toEqual({ active: false, reason: 'paused' });
    }
  });
});

describe('siteOf on host names (its fast path for location.hostname)', () => {
  const viaParser = (h: string) => {
    const r = parseSite(h);
    return r.ok ? r.site : undefined;
  };
  it('agrees with the full parser on any host name, www-prefixed or dotted or numeric', () => {
    const host = fc.oneof(
      fc.domain(),
      fc.domain().map((d) => `www.${d}`),
      fc.domain().map((d) => `${d}.`),
      fc.ipV4(),
      fc.ipV4Extended(),
      fc.stringMatching(/^[a-z0-9.-]{1,30}$/),
      fc.constantFrom('localhost', 'www.www.bbc.co.uk', '127.1', 'a.1', '1.a', 'foo.0x7f', 'xn--bcher-kva.de', '-bad.com', 'bad-.com', 'a..b', '.a.b',
        '010.0.0.1', '1.2.3.04', '256.1.1.1', '0.0.0.0', '255.255.255.255', '1.2.3.4.', '1.2.3', '1.2.3.4.5'),
    );
    fc.assert(fc.property(host, (h) => {
      expect(siteOf(h)).toBe(viaParser(h));
    }), { numRuns: 3000 });
  });

  it.each([
    ['xn--bcher-kva.de', 'bücher.de'],
    ['xn--mgbh0fb.xn--kgbechtv', 'مثال.إختبار'],
    ['news.xn--80akhbyknj4f.xn--p1ai', 'news.испытание.рф'],
    ['example.com', 'example.com'],
    ['xn--.com', 'xn--.com'.replace('xn--', '')],
    ['xn--zz9999999999.com', 'xn--zz9999999999.com'],
  ])('shows the site %j as %j', (site, shown) => {
    expect(siteForDisplay(site)).toBe(shown);
  });

  it('shows back every international name parseSite stores', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-zà-ÿа-я]{1,12}$/), (label) => {
      const r = parseSite(`${label}.de`);
      if (r.ok) expect(siteForDisplay(r.site)).toBe(`${label}.de`);
    }));
  });
});
