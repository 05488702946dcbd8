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

/** Writes a generated file when its content changed (a rebuild then need not redo what depends on it). */
function generate(name: string, content: string, what: string) {
  const file = new URL(`assets/generated/${name}`, root);
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
  mkdirSync(new URL('assets/generated/', root), { recursive: true });
  writeFileSync(file, content);
  console.log(`assets/generated/${name}: ${what}`);
}
// The background loads the detector compiled here instead of building it whenever it starts.
generate('detector.json', `${JSON.stringify(compileDetectorData(lexicon.lexicon, result.pack))}\n`, 'recompiled');
// The content script names the entities it found (the popup's list) without shipping the pack.
generate('entity-names.json', `${JSON.stringify(Object.fromEntries(result.pack.entities.map((e) => [e.id, e.name])))}\n`, 'written');
