import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotations, paragraphs, segments } from '../../core/pack/annotate.ts';
import { pack } from './support/detector.ts';

const article = readFileSync(new URL('../../assets/article/syrian-govt-seizes-control-of-aleppo.txt', import.meta.url), 'utf8');

describe('marking the article', () => {
  it('finds every figure surface and every source quote', () => {
    const marks = annotations(pack, article);
    expect(marks.filter((m) => m.kind === 'figure').map((m) => article.slice(m.start, m.end))).toEqual(
      expect.arrayContaining(['34,000', '35,000', 'almost half a million', 'millions', '2011']),
    );
    expect(marks.filter((m) => m.kind === 'source')).toHaveLength(pack.sources.length);
  });

  it('cuts paragraphs into pieces that join back to the text, with nested marks', () => {
    const marks = annotations(pack, article);
    for (const [a, b] of paragraphs(article)) {
      const segs = segments(article, a, b, marks);
      expect(segs.map((s) => s.text).join('')).toBe(article.slice(a, b));
    }
    const un = paragraphs(article).find(([a, b]) => article.slice(a, b).includes('35,000'))!;
    const seg = segments(article, un[0], un[1], marks).find((s) => s.text === '35,000')!;
    expect(seg.marks.map((m) => `${m.kind}:${m.id}`)).toEqual(['source:united-nations', 'figure:fled-35000']);
  });
});
