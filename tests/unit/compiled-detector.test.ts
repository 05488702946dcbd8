import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetectorData, loadPatterns, type CompiledDetector } from '../../core/detect/compiled.ts';
import { compilePatterns } from '../../core/detect/lexicon.ts';
import { createDetector } from '../../core/detect/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import { detector, lexicon, pack } from './support/detector.ts';
import { newsText } from '../../scripts/bench/synthetic.ts';

const shipped = JSON.parse(readFileSync(new URL('../../assets/generated/detector.json', import.meta.url), 'utf8')) as CompiledDetector;

describe('the detector compiled at build time', () => {
  it('is up to date with the lexicon (npm run build regenerates it)', () => {
    expect(shipped).toEqual(compileDetectorData(lexicon, pack));
  });

  it('loads every pattern with every flag as the lexicon compiles it (names only for what is shown)', () => {
    const shown = (k: string) => k === 'entity' || k === 'other';
    const strip = (p: ReturnType<typeof compilePatterns>[number]) => ({ ...p, text: shown(p.kind) ? p.text : '', lang: shown(p.kind) ? p.lang : '' });
    expect(loadPatterns(shipped).map(strip)).toEqual(compilePatterns(lexicon).map(strip));
  });

  it('finds exactly what the detector built from the lexicon finds', () => {
    const fromData = createDetector(shipped.pack, shipped);
    const texts = [newsText(60_000, 7)];
    const corpus = new URL('../../../shared/corpus/texts/', import.meta.url);
    try {
      for (const f of readdirSync(corpus)) if (f.endsWith('.txt')) texts.push(readFileSync(new URL(f, corpus), 'utf8'));
    } catch {
      console.warn('corpus texts absent: comparing on synthetic text only');
    }
    for (const t of texts) expect(scanText(fromData, t)).toEqual(scanText(detector, t));
  });
});
