import { LIST_MAX_SITES, SITE_MAX_LENGTH } from './limits.ts';
import type { Settings } from './defaults.ts';

/**
 * A "site" is a page's host name, lower-cased, without a leading `www.` (or `www.www.`) and
 * without a trailing dot; international names are in their ASCII (punycode) form, as the browser reports them. Lists
 * match sites exactly: `example.com` does not cover `news.example.com`.
 */

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const PLAIN_HOST = /^(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?$/;
/** An IPv4 address as the URL parser writes it: four decimal numbers 0-255, no leading zeros. */
const CANONICAL_IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** True when `s` is already a site in its normal form. */
export function isSite(s: unknown): s is string {
  if (typeof s !== 'string' || s.length === 0 || s.length > SITE_MAX_LENGTH || s.startsWith('www.')) return false;
  // A name with at least one dot (`bbc` alone is a typo far more often than an intranet host), or localhost, or an IPv6 address.
  return (HOST.test(s) && (s.includes('.') || s === 'localhost')) || IPV6.test(s);
}

export type SiteErrorCode = 'empty' | 'not-web' | 'wildcard' | 'invalid' | 'too-long' | 'duplicate' | 'full';
export type SiteResult = { ok: true; site: string } | { ok: false; code: SiteErrorCode; error: string };

/**
 * Reads what a reader typed (`WWW.Example.com/path`, `https://example.com:8080/x?y`, `bücher.de`)
 * as a site (`example.com`, `xn--bcher-kva.de`), or says why it is not one.
 */
export function parseSite(input: string): SiteResult {
  const text = input.trim();
  if (!text) return { ok: false, code: 'empty', error: 'Enter a site, such as example.com.' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  const hasScheme = scheme && (text.slice(scheme[0].length).startsWith('//') || !/^\d/.test(text.slice(scheme[0].length)));
  if (hasScheme && !/^https?$/i.test(scheme[1]!)) {
    return { ok: false, code: 'not-web', error: `“${clip(text)}” is not a web address: only http and https sites can be listed.` };
  }
  // a pattern such as *.example.com: each site is listed by its own name
  if (/^(?:[a-z]+:\/\/)?\*/i.test(text)) {
    return { ok: false, code: 'wildcard', error: `“${clip(text)}”: patterns with * are not supported. List each site by its name, such as news.example.com.` };
  }
  let host: string;
  try {
    host = new URL(hasScheme ? text : `http://${text.replace(/^\/\//, '')}`).hostname;
  } catch {
    return { ok: false, code: 'invalid', error: `“${clip(text)}” is not a site name. Enter a site such as example.com.` };
  }
  const site = host.toLowerCase().replace(/\.$/, '').replace(/^(?:www\.)+/, '');
  if (site.length > SITE_MAX_LENGTH) {
    return { ok: false, code: 'too-long', error: `That site name is longer than ${SITE_MAX_LENGTH} characters.` };
  }
  if (!isSite(site)) {
    return { ok: false, code: 'invalid', error: `“${clip(text)}” is not a site name. Enter a site such as example.com.` };
  }
  return { ok: true, site };
}

/** The site of a URL or host name, or undefined when it has none (a `file:` URL, garbage). */
export function siteOf(urlOrHostname: string): string | undefined {
  // A host name as the browser reports it (location.hostname), which URL parsing would give back
  // as it is: the content script asks on every page, so it skips the parser's cold code. Not for a
  // last label that starts with a digit: the URL parser reads such names as IPv4 addresses.
  if (PLAIN_HOST.test(urlOrHostname)) {
    const site = urlOrHostname.replace(/\.$/, '').replace(/^(?:www\.)+/, '');
    if (isSite(site)) return site;
  }
  // (location.hostname of an IPv4 address is already in the parser's form: intranet sites, and the
  // benchmark's pages on 127.0.0.1)
  if (CANONICAL_IPV4.test(urlOrHostname)) return urlOrHostname;
  const r = parseSite(urlOrHostname);
  return r.ok ? r.site : undefined;
}

export type ListResult =
  | { ok: true; site: string; list: string[] }
  | { ok: false; code: SiteErrorCode; error: string; /** the normalised site, when the input was one */ site?: string };

/** Adds what the reader typed to a list, normalised; refuses garbage, duplicates and a full list. */
export function addSite(list: readonly string[], input: string, max = LIST_MAX_SITES): ListResult {
  const r = parseSite(input);
  if (!r.ok) return r;
  if (list.includes(r.site)) return { ok: false, code: 'duplicate', site: r.site, error: `${r.site} is already in the list.` };
  if (list.length >= max) {
    return { ok: false, code: 'full', site: r.site, error: `The list is full: it holds at most ${max.toLocaleString('en')} sites. Remove one to add another.` };
  }
  return { ok: true, site: r.site, list: [...list, r.site] };
}

export const removeSite = (list: readonly string[], site: string): string[] => list.filter((s) => s !== site);

export type ActiveReason = 'paused' | 'site-off' | 'not-listed' | 'not-news' | 'on';

type SiteSettings = Pick<Settings, 'enabled' | 'siteMode'> & { allowList: readonly string[]; blockList: readonly string[] };

/**
 * Whether highlighting runs on a page, and why not. Pausing wins over everything; a site turned
 * off wins over the allow list; then the mode decides.
 */
export function isActiveOn(settings: SiteSettings, page: { hostname: string; isNewsPage: boolean }): { active: boolean; reason: ActiveReason } {
  const site = siteOf(page.hostname) ?? page.hostname.toLowerCase();
  const off = (reason: ActiveReason) => ({ active: false, reason });
  if (!settings.enabled) return off('paused');
  if (settings.blockList.includes(site)) return off('site-off');
  if (settings.siteMode === 'listed' && !settings.allowList.includes(site)) return off('not-listed');
  if (settings.siteMode === 'news' && !page.isNewsPage) return off('not-news');
  return { active: true, reason: 'on' };
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * A site as a reader reads it: international labels (xn--bcher-kva) in their own letters (bücher).
 * Shown beside the stored ASCII form, never instead of it, since letters of two scripts can look alike.
 */
export function siteForDisplay(site: string): string {
  if (!site.includes('xn--')) return site;
  return site.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    try {
      return decodePunycode(label.slice(4));
    } catch {
      return label;
    }
  }).join('.');
}

/** RFC 3492 decoding of one label's Punycode (without its xn-- prefix). */
function decodePunycode(input: string): string {
  const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700;
  const adapt = (delta: number, points: number, first: boolean) => {
    delta = first ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / points);
    let k = 0;
    for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
    return Math.floor(k + ((BASE - TMIN + 1) * delta) / (delta + SKEW));
  };
  const digit = (c: number) => (c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : BASE);
  const out: number[] = [];
  const basic = Math.max(0, input.lastIndexOf('-'));
  for (let j = 0; j < basic; j++) out.push(input.charCodeAt(j));
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = basic > 0 ? basic + 1 : 0; pos < input.length;) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) throw new Error('truncated');
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) throw new Error('not a digit');
      i += d * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) throw new Error('overflow');
    }
    bias = adapt(i - old, out.length + 1, old === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) throw new Error('not a code point');
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
