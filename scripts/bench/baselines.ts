// The baselines the content script is compared with, run inside a page of the plain browser through
// CDP `Runtime.evaluate` (a page's CSP does not apply to it): the floor (a TreeWalker that reads every
// text node) and mark.js in regular-expression and keyword mode. Each one is timed inside the page
// with performance.now() and marked with user-timing marks, so its task can also be found in a trace.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as v from 'valibot';
import type { CDPSession } from 'playwright-core';
import { compilePatterns, LexiconSchema } from '../../core/detect/lexicon.ts';
import { ROOT } from '../../tests/e2e/support/browser.ts';

export type Baseline = 'floor' | 'markRegexp' | 'markKeywords';

const require = createRequire(import.meta.url);
/** mark.js 8 (ES2015 build), pinned in devDependencies. */
export const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.es6.js'), 'utf8');
export const MARK_JS_VERSION = (JSON.parse(readFileSync(require.resolve('mark.js/package.json'), 'utf8')) as { version: string }).version;

const lexicon = v.parse(LexiconSchema, JSON.parse(readFileSync(`${ROOT}/assets/lexicon.json`, 'utf8')));
/** Every entity name of the lexicon (with directional variants), as the detector knows them. */
export const ENTITY_NAMES = [...new Set(compilePatterns(lexicon).filter((p) => p.kind === 'entity').map((p) => p.text))];

// The same combined expression as scripts/bench/engine.ts: longest first, case-insensitive, no
// letter or digit on either side.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]');
export const NAMES_REGEX_SOURCE = `(?<![\\p{L}\\p{N}])(?:${[...ENTITY_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`;
export const NAMES_REGEX_FLAGS = 'giu';

/** mark.js options shared by both modes: skip what the floor skips; no diacritics expansion (faster). */
export const MARK_OPTIONS = { exclude: ['noscript', 'template'], diacritics: false };
export const MARK_KEYWORD_OPTIONS = { ...MARK_OPTIONS, separateWordSearch: false, accuracy: 'exactly' };

// Page-side code. Each returns { ms, count } and leaves bench:<name>:start / :end marks.
const floorSource = `(() => {
  performance.mark('bench:floor:start');
  const t0 = performance.now();
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const root = document.body || document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.nodeType === 1 ? (SKIP.has(n.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT,
  });
  let chars = 0, nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { chars += n.data.length; nodes++; }
  const ms = performance.now() - t0;
  performance.mark('bench:floor:end');
  return { ms, count: nodes, chars };
})()
//# sourceURL=bench-floor.js`;

const markRegexpSource = (source: string, flags: string) => `(() => {
  const re = new RegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)});
  let count = -1;
  performance.mark('bench:markRegexp:start');
  const t0 = performance.now();
  new Mark(document.body || document.documentElement).markRegExp(re, Object.assign(${JSON.stringify(MARK_OPTIONS)}, { done: (n) => { count = n; } }));
  const ms = performance.now() - t0;
  performance.mark('bench:markRegexp:end');
  return { ms, count };
})()
//# sourceURL=bench-mark-regexp.js`;

const markKeywordsSource = (names: string[]) => `(() => {
  const names = ${JSON.stringify(names)};
  let count = -1;
  performance.mark('bench:markKeywords:start');
  const t0 = performance.now();
  new Mark(document.body || document.documentElement).mark(names, Object.assign(${JSON.stringify(MARK_KEYWORD_OPTIONS)}, { done: (n) => { count = n; } }));
  const ms = performance.now() - t0;
  performance.mark('bench:markKeywords:end');
  return { ms, count };
})()
//# sourceURL=bench-mark-keywords.js`;

export const BASELINE_URLS: Record<Baseline, string> = {
  floor: 'bench-floor.js',
  markRegexp: 'bench-mark-regexp.js',
  markKeywords: 'bench-mark-keywords.js',
};

async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`page evaluation failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** Loads mark.js into the page (not timed). */
export async function injectMarkJs(cdp: CDPSession): Promise<void> {
  await evaluate(cdp, `${MARK_JS}\n;typeof Mark\n//# sourceURL=mark.js`);
}

/** Runs a baseline once in the page; `keywords` are the names for mark.js keyword mode (default: all). */
export function runBaseline(cdp: CDPSession, which: Baseline, keywords = ENTITY_NAMES): Promise<{ ms: number; count: number }> {
  const source = which === 'floor' ? floorSource : which === 'markRegexp' ? markRegexpSource(NAMES_REGEX_SOURCE, NAMES_REGEX_FLAGS) : markKeywordsSource(keywords);
  return evaluate(cdp, source);
}
