// Build-time gate: a malformed knowledge pack fails the build with a message naming the field.
import { readFileSync } from 'node:fs';
import { checkPack } from '../core/pack/validate.ts';
import { readFigureSurface } from '../core/detect/figure-parser.ts';
import { checkLexicon } from '../core/detect/lexicon-check.ts';
import { compileDetectorData } from '../core/detect/compiled.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pack = JSON.parse(readFileSync(new URL('assets/pack.json', root), 'utf8')) as { article?: { textFile?: string } };
const article = readFileSync(new URL(`assets/${pack.article?.textFile ?? 'article/missing.txt'}`, root), 'utf8');
const result = checkPack(pack, article, readFigureSurface);
if (!result.ok) {
  console.error(`assets/pack.json is invalid:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(`assets/pack.json: ${result.pack.entities.length} entities, ${result.pack.figures.length} figures, ${result.pack.sources.length} sources, all quotes verbatim`);

const lexicon = checkLexicon(JSON.parse(readFileSync(new URL('assets/lexicon.json', root), 'utf8')));
if (!lexicon.ok) {
  console.error(`assets/lexicon.json is invalid:\n${lexicon.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(`assets/lexicon.json: ${lexicon.names} names for ${lexicon.lexicon.entities.length} entities`);

// The content script loads the detector compiled here instead of building it on every page.
const compiledFile = new URL('assets/generated/detector.json', root);
const compiled = `${JSON.stringify(compileDetectorData(lexicon.lexicon, result.pack))}\n`;
if (!existsSync(compiledFile) || readFileSync(compiledFile, 'utf8') !== compiled) {
  mkdirSync(new URL('assets/generated/', root), { recursive: true });
  writeFileSync(compiledFile, compiled);
  console.log('assets/generated/detector.json: recompiled');
}
