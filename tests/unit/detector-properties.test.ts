import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detector, lexicon } from './support/detector.ts';
import { scanText, splitBlocks } from '../../core/detect/scan-text.ts';
import { compilePatterns } from '../../core/detect/lexicon.ts';
import { Matcher } from '../../core/detect/matcher.ts';

// Pieces that exercise the rules: names and look-alikes, suffixes, scripts, numbers, blank lines.
const piece = fc.constantFrom(
  'Aleppo', "Aleppo's", 'Hama', 'Hamas', 'Bashar al-Assad', 'Hafez al-Assad', 'Assad', 'UN', 'un', 'UNESCO', 'AP&J',
  'Red Cross', 'American Red Cross', 'Free Syrian Army', 'Syrian army', 'حلب', 'وحلب', 'للأمم المتحدة', 'Алеппо', 'Асада',
  "Halep'te", "SANA'A", 'İ', 'ı', '\u0301', 'ـ', '34,000', 'evacuated', 'half a million', 'deaths', '2011', 'uprising',
  ' ', ' ', '\n', '\n\n', '. ', ', ', '-', '’', "'", 'x', 'Rebellen', 'rebellenbolwerk', 'Iran', 'Tirana', '🇸🇾',
);
const text = fc.oneof(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 200 }));

describe('detector properties', () => {
  it('never throws, slices every surface from its offsets, and never overlaps', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { mentions } = scanText(detector, t);
        let last = -1;
        for (const m of mentions) {
          expect(t.slice(m.start, m.end)).toBe(m.surface);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same mentions whether a text is scanned whole or cut into blocks at paragraph breaks', () => {
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { maxLength: 60 }), (t, cuts) => {
        const paragraphs = splitBlocks(t);
        // merge neighbouring paragraphs where the cut is "false", keeping the blank lines inside
        const blocks: Array<{ start: number; text: string }> = [];
        paragraphs.forEach((p, i) => {
          const prev = blocks[blocks.length - 1];
          if (prev && !cuts[i % Math.max(1, cuts.length)]) prev.text = t.slice(prev.start, p.start + p.text.length);
          else blocks.push({ ...p });
        });
        expect(scanText(detector, t, blocks)).toEqual(scanText(detector, t));
      }),
      { numRuns: 300 },
    );
  });

  it('skips only words no name can start: the four-letter prefilter agrees with walking from every word start', () => {
    const patterns = compilePatterns(lexicon);
    const fast = new Matcher(patterns);
    // the reference walks the trie from every word whose first two letters begin a name
    const walkAll = new Matcher(patterns) as unknown as Record<'thirdOk' | 'mayStart', () => boolean>;
    walkAll.thirdOk = () => true;
    walkAll.mayStart = () => true;
    const name = fc.constantFrom(...patterns.map((p) => p.text));
    // names as written, with what the walk skips inside them (vowel marks, a second space) and words around them
    const written = fc.tuple(name, fc.constantFrom('', '\u064e', '\u0301', ' ', 'ـ'), fc.nat()).map(([n, extra, at]) => {
      const k = n.length ? at % n.length : 0;
      return extra === ' ' ? n.replace(' ', '  ') : n.slice(0, k) + extra + n.slice(k);
    });
    const filler = fc.constantFrom(' ', ', ', '. ', ' the ', ' with ', " d'", ' و', 's ', '\n');
    const matches = (m: unknown, t: string) => {
      const out: string[] = [];
      (m as Matcher).scan(t, (r) => out.push(`${r.start}-${r.end}:${r.pattern.target}`));
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.oneof(written, filler), { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        expect(matches(fast, t)).toEqual(matches(walkAll, t));
      }),
      { numRuns: 1500 },
    );
  });

  it('scans adversarial megabytes in linear time', () => {
    const matcher = new Matcher(compilePatterns(lexicon));
    for (const unit of ['a', 'Assad ', 'Assad Assad family ', 'Bashar al-Assad al-Assad ', 'وحلب', 'UN UN UN ', 'International Committee of the Red ']) {
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      matcher.steps = 0;
      let n = 0;
      matcher.scan(big, () => n++);
      // every step is bounded by the longest name, so steps grow with the text, never with its square
      expect(matcher.steps / big.length, unit).toBeLessThan(20);
    }
    const t0 = performance.now();
    const r = scanText(detector, 'Assad Assad evacuated 34,000 deaths '.repeat(30_000));
    expect(r.mentions.length).toBeGreaterThan(30_000);
    // a sanity bound, not a benchmark: quadratic work on 1 MB would take minutes
    expect(performance.now() - t0).toBeLessThan(20_000);
    // sentences without end (ordinal dots, no full stops) full of numbers and topic words: 2 MB each,
    // where quadratic work takes a minute (it did: a token search from the start for every number)
    for (const unit of ['war 15. ', 'the population of 3 million refugees ', 'war. million. ', 'fled 35,000 ', 'Simona Halep Halep ']) {
      const t1 = performance.now();
      scanText(detector, unit.repeat(Math.ceil(2_000_000 / unit.length)));
      expect(performance.now() - t1, unit).toBeLessThan(20_000);
    }
  }, 120_000);
});
