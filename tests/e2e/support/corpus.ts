import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.ts';

/** The shared corpus, beside the project (../shared) unless CORPUS_DIR says otherwise. */
export const CORPUS = process.env.CORPUS_DIR ?? path.resolve(ROOT, '../shared/corpus');

export interface CorpusPage {
  name: string;
  html: string;
  traps: string[];
}

/** The saved pages, and the labelled texts that are whole HTML pages. */
export function corpusPages(): CorpusPage[] | undefined {
  const dir = path.join(CORPUS, 'pages');
  if (!existsSync(dir)) return undefined;
  const texts = path.join(CORPUS, 'texts');
  const fromTexts = existsSync(texts) ? readdirSync(texts).filter((f) => f.endsWith('.html')).map((f) => ({ dir: texts, f })) : [];
  return [...readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => ({ dir, f })), ...fromTexts]
    .map(({ dir, f }) => {
      const metaFile = path.join(dir, f.replace(/\.html$/, '.meta.json'));
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { traps?: string[] }) : {};
      return { name: f, html: readFileSync(path.join(dir, f), 'utf8'), traps: meta.traps ?? [] };
    });
}

/** Saved pages are served with their own scripts blocked, so they render the same each time. */
export const BLOCK_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
