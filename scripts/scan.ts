// `npm run --silent scan -- FILE...`: prints, for each .txt or .html file, one JSON line with what
// the detector finds in it (see README, "The scan command").
import { readFileSync } from 'node:fs';
import { detectorFromLexicon } from '../core/detect/from-lexicon.ts';
import { LexiconSchema } from '../core/detect/lexicon.ts';
import { scanText } from '../core/detect/scan-text.ts';
import type { Pack } from '../core/pack/schema.ts';
import { extractHtmlText } from './html-text.ts';
import * as v from 'valibot';

const root = new URL('..', import.meta.url);
const pack = JSON.parse(readFileSync(new URL('assets/pack.json', root), 'utf8')) as Pack;
const lexicon = v.parse(LexiconSchema, JSON.parse(readFileSync(new URL('assets/lexicon.json', root), 'utf8')));
const detector = detectorFromLexicon(pack, lexicon);

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run --silent scan -- FILE.txt|FILE.html ...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`scan: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    failed++;
    continue;
  }
  const { text, blocks } = /\.x?html?$/i.test(file) ? extractHtmlText(raw) : { text: raw, blocks: undefined };
  const result = scanText(detector, text, blocks);
  console.log(JSON.stringify({ file, onTopic: result.onTopic, mentions: result.mentions }));
}
process.exit(failed ? 1 : 0);
