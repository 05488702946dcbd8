// The pages the in-browser benchmarks load: a synthetic news page (deterministic), the bundled
// article as a page, and real saved pages from the shared corpus when it is there. All are served
// from 127.0.0.1 with `script-src 'none'`, so a saved page's own scripts never run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { newsPageOfSize } from './synthetic.ts';
import { startServer, type TestServer } from '../../tests/e2e/support/server.ts';
import { BLOCK_SCRIPTS, CORPUS } from '../../tests/e2e/support/corpus.ts';
import { ROOT } from '../../tests/e2e/support/browser.ts';

export interface BenchPage {
  /** short name for tables */
  name: string;
  url: string;
  /** bytes of HTML served */
  bytes: number;
}

/** The real pages the brief names; nytimes-5 falls back to nytimes-4. */
const CORPUS_PAGES: Array<[string, string[]]> = [
  ['yahoo', ['readability-yahoo-1.html']],
  ['wikipedia', ['readability-wikipedia-2.html']],
  ['nytimes', ['readability-nytimes-5.html', 'readability-nytimes-4.html']],
  ['reddit', ['postlight-www.reddit.com.html']],
];

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The bundled article (assets/article/*.txt) as a minimal page: a title and one <p> per paragraph. */
export function articlePage(): string {
  const dir = path.join(ROOT, 'assets/article');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\n');
  const paras = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const [title, ...rest] = paras;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title ?? 'Article')}</title></head>
<body><article><h1>${escapeHtml(title ?? '')}</h1>
${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}

export interface PageServer {
  server: TestServer;
  /** serves html at a path with the script-blocking CSP and returns its page record */
  add(name: string, pathname: string, html: string): BenchPage;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const server = await startServer();
  return {
    server,
    add(name, pathname, html) {
      return { name, url: server.page(pathname, html, BLOCK_SCRIPTS), bytes: Buffer.byteLength(html) };
    },
    close: () => server.close(),
  };
}

export interface PageSet {
  pages: BenchPage[];
  /** a line to print when the corpus is missing or a page of it is */
  notes: string[];
}

const MB = 1_000_000;

/** The in-page benchmark's pages: synthetic (1 MB, or 100 kB with --quick), the article, real pages. */
export function benchPages(ps: PageServer, quick: boolean): PageSet {
  const notes: string[] = [];
  const pages: BenchPage[] = [];
  const size = quick ? 0.1 * MB : MB;
  pages.push(ps.add(`synthetic ${quick ? '100 kB' : '1 MB'}`, '/synthetic.html', newsPageOfSize(size)));
  pages.push(ps.add('article', '/article.html', articlePage()));
  if (quick) return { pages, notes: ['--quick: small pages only (synthetic 100 kB and the article); corpus pages skipped'] };
  const dir = path.join(CORPUS, 'pages');
  if (!existsSync(dir)) {
    notes.push(`corpus not found at ${dir}: real pages skipped, running on the synthetic page and the article only`);
    return { pages, notes };
  }
  for (const [name, files] of CORPUS_PAGES) {
    const file = files.find((f) => existsSync(path.join(dir, f)));
    if (!file) {
      notes.push(`corpus page ${files.join(' / ')} missing: skipped`);
      continue;
    }
    pages.push(ps.add(name, `/corpus/${file}`, readFileSync(path.join(dir, file), 'utf8')));
  }
  return { pages, notes };
}

/** Synthetic pages for the scaling benchmark, by size in MB. */
export function scalingPages(ps: PageServer, sizesMb: number[]): BenchPage[] {
  return sizesMb.map((mb) => ps.add(`synthetic ${mb} MB`, `/scaling-${mb}.html`, newsPageOfSize(mb * MB)));
}
