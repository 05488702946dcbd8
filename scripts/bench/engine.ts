// `npm run bench:engine`: the detector against one combined regular expression of the same names
// and a floor that only reads every character, in one Node process, interleaved, on the same text.
// Prints medians of per-round ratios to the floor, and exits non-zero if a goal is missed.
import { readFileSync } from 'node:fs';
import { createDetector } from '../../core/detect/detector.ts';
import { detectorFromLexicon } from '../../core/detect/from-lexicon.ts';
import { compilePatterns, LexiconSchema } from '../../core/detect/lexicon.ts';
import type { CompiledDetector } from '../../core/detect/compiled.ts';
import { splitBlocks } from '../../core/detect/scan-text.ts';
import { classOf, WORD } from '../../core/detect/fold.ts';
import type { Pack } from '../../core/pack/schema.ts';
import * as v from 'valibot';
import { newsText } from './synthetic.ts';
import { median, spread, table } from './stats.ts';

const root = new URL('../../', import.meta.url);
const pack = JSON.parse(readFileSync(new URL('assets/pack.json', root), 'utf8')) as Pack;
const rawLexicon = JSON.parse(readFileSync(new URL('assets/lexicon.json', root), 'utf8'));
const lexicon = v.parse(LexiconSchema, rawLexicon);
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 1 : 11;
const text = newsText(quick ? 100_000 : 1_100_000);
// flat strings, as the content script's joined block texts are (slices of one big string are slower to read)
const blocks = splitBlocks(text).map((b) => ({ ...b, text: b.text.split('').join('') }));

// The regular-expression baseline: every entity name, longest first, case-insensitive, with the
// same word boundary (no letter or digit on either side) the matcher uses.
const names = compilePatterns(lexicon).filter((p) => p.kind === 'entity').map((p) => p.text);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]');
const source = `(?<![\\p{L}\\p{N}])(?:${[...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`;

// The least a matcher that works word by word can do: read every character, tell word characters
// from the rest by a table (the matcher's own classes), and count word starts. It prices the
// branch at every word boundary, which the floor never takes; it is reported, not budgeted.
const wordClass = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) wordClass[c] = classOf(c) === WORD ? 1 : 0;

let sink = 0;
const approaches: Record<string, () => void> = {
  floor() {
    let s = 0;
    for (const b of blocks) for (let i = 0; i < b.text.length; i++) s += b.text.charCodeAt(i);
    sink += s;
  },
  words() {
    let starts = 0;
    for (const b of blocks) {
      const t = b.text;
      const n = t.length;
      let i = 0;
      while (i < n) {
        if (wordClass[t.charCodeAt(i++)] === 0) continue;
        starts++;
        while (i < n && wordClass[t.charCodeAt(i)] === 1) i++;
      }
    }
    sink += starts;
  },
  detector() {
    const page = detector.newPage();
    for (const b of blocks) sink += page.scan(b.text).mentions.length;
  },
  regex() {
    const re = new RegExp(source, 'giu'); // a page compiles it once
    for (const b of blocks) for (const _ of b.text.matchAll(re)) sink++;
  },
};

// Start-up, as the content script pays it on every page: parse the detector compiled at build
// time and build its trie. (Compiling from the lexicon is the build's job, reported apart.)
const compiledText = readFileSync(new URL('assets/generated/detector.json', root), 'utf8');
const compileTimes: number[] = [];
const fromLexiconTimes: number[] = [];
let detector = detectorFromLexicon(pack, lexicon);
for (let i = 0; i < Math.max(ROUNDS, 5); i++) {
  let t0 = performance.now();
  const data = JSON.parse(compiledText) as CompiledDetector;
  detector = createDetector(data.pack, data);
  compileTimes.push(performance.now() - t0);
  t0 = performance.now();
  detectorFromLexicon(pack, lexicon);
  fromLexiconTimes.push(performance.now() - t0);
}

for (const f of Object.values(approaches)) f(); // warm up
const times: Record<string, number[]> = Object.fromEntries(Object.keys(approaches).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  const order = Object.keys(approaches);
  if (r % 2) order.reverse(); // interleave so drift in machine load hits every approach alike
  for (const name of order) {
    const t0 = performance.now();
    approaches[name]!();
    times[name]!.push(performance.now() - t0);
  }
}
const ratio = (name: string) => times[name]!.map((t, i) => t / times.floor![i]!);

console.log(`Engine benchmark: ${(text.length / 1e6).toFixed(2)} M characters of synthetic news text, ${blocks.length} paragraphs, ${names.length} names; ${ROUNDS} interleaved rounds, Node ${process.version}`);
console.log(table(['approach', 'median time', 'multiple of the floor (median, range)'], [
  ['floor: read every character code and sum', `${median(times.floor!).toFixed(2)} ms`, '1x'],
  ['word starts only: the least a word-by-word matcher reads', `${median(times.words!).toFixed(2)} ms`, spread(ratio('words'))],
  ['detector (compiled trie + rules + figures)', `${median(times.detector!).toFixed(2)} ms`, spread(ratio('detector'))],
  ['one combined regular expression', `${median(times.regex!).toFixed(2)} ms`, spread(ratio('regex'))],
]));
const compileMs = median(compileTimes);
console.log(`detector load (parse the build's compiled detector, build the trie): ${compileMs.toFixed(2)} ms median; from the raw lexicon: ${median(fromLexiconTimes).toFixed(2)} ms`);
void sink;

if (!quick) {
  const failures: string[] = [];
  if (median(ratio('detector')) > 3) failures.push(`detector is ${median(ratio('detector')).toFixed(2)}x the floor (budget 3x)`);
  if (median(times.detector!) >= median(times.regex!)) failures.push('detector is not faster than the regular expression');
  if (compileMs >= 5) failures.push(`loading the detector takes ${compileMs.toFixed(2)} ms (budget 5 ms)`);
  for (const f of failures) console.error(`BUDGET FAILED: ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}
