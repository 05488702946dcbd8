import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../core/pack/validate.ts';
import { ENTITY_IDS, REQUIRED_FIGURE_IDS, type Pack } from '../../core/pack/schema.ts';
import { readFigureSurface } from '../../core/detect/figure-parser.ts';

const root = new URL('../../', import.meta.url);
const rawPack = JSON.parse(readFileSync(new URL('assets/pack.json', root), 'utf8')) as Pack;
const article = readFileSync(new URL(`assets/${rawPack.article.textFile}`, root), 'utf8');
const shared = new URL('../shared/article/syrian-govt-seizes-control-of-aleppo.txt', root);

const check = (pack: unknown) => checkPack(pack, article, readFigureSurface);
const mutate = (fn: (p: Pack) => void) => {
  const copy = structuredClone(rawPack);
  fn(copy);
  return check(copy);
};
const errorsOf = (r: ReturnType<typeof check>) => (r.ok ? [] : r.errors);

describe('the bundled knowledge pack', () => {
  it('is valid: schema, ids, tiers and every quote found verbatim in the article', () => {
    const r = check(rawPack);
    expect(errorsOf(r)).toEqual([]);
  });

  it('bundles the article text unchanged', () => {
    let original: string;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      console.warn('../shared/article is absent: comparing with the bundled copy only');
      return;
    }
    expect(article).toBe(original);
  });

  it('has every entity and figure id the product relies on', () => {
    expect(rawPack.entities.map((e) => e.id).sort()).toEqual([...ENTITY_IDS].sort());
    const ids = rawPack.figures.map((f) => f.id);
    for (const id of REQUIRED_FIGURE_IDS) expect(ids).toContain(id);
  });

  it('has every surface verbatim in its quote, and each quote in the article', () => {
    for (const f of rawPack.figures) {
      expect(article).toContain(f.quote);
      if (f.derived) expect(f.surface).toBeUndefined();
      else expect(f.quote).toContain(f.surface);
    }
    for (const s of rawPack.sources) expect(article).toContain(s.quote);
  });

  it('keeps the summary to 2-4 sentences and 70 words', () => {
    const { summary } = rawPack.article;
    expect(summary.split(/\s+/).length).toBeLessThanOrEqual(70);
    const sentences = summary.split(/(?<=[.!?])\s+/).length;
    expect(sentences).toBeGreaterThanOrEqual(2);
    expect(sentences).toBeLessThanOrEqual(4);
  });

  it('names the quote that no longer matches the article', () => {
    const r = mutate((p) => { p.figures[0]!.quote = p.figures[0]!.quote.replace('34,000', '43,000'); });
    expect(errorsOf(r).join('\n')).toMatch(/^figures\[0\]\.quote: .*43,000.* not found verbatim in the article/m);
  });

  it('names a source quote that was edited', () => {
    const r = mutate((p) => { p.sources[2]!.quote += ' (edited)'; });
    expect(errorsOf(r).join('\n')).toMatch(/^sources\[2\]\.quote: /m);
  });

  it('names a number that no longer matches its surface', () => {
    const r = mutate((p) => { p.figures[1]!.value = 53_000; });
    expect(errorsOf(r).join('\n')).toMatch(/^figures\[1\]\.value: 53000 does not match its surface "35,000"/m);
  });

  it('names a surface that is not in its quote', () => {
    const r = mutate((p) => { p.figures[2]!.surface = 'half a billion'; });
    expect(errorsOf(r).join('\n')).toMatch(/^figures\[2\]\.surface: "half a billion" is not found verbatim in its quote/m);
  });

  it('names schema errors by path', () => {
    const r = mutate((p) => { (p.entities[3] as { kind: string }).kind = 'planet'; });
    expect(errorsOf(r).join('\n')).toMatch(/^entities\[3\]\.kind: /m);
    const r2 = mutate((p) => { p.article.summary = `${p.article.summary} ${'word '.repeat(60)}`; });
    expect(errorsOf(r2).join('\n')).toMatch(/^article\.summary: must be at most 70 words/m);
  });

  it('rejects a wrong tier and a missing entity', () => {
    expect(errorsOf(mutate((p) => { p.entities[0]!.tier = 'context'; })).join('\n')).toMatch(/entities\[0\]\.tier: "aleppo" must be anchor/);
    expect(errorsOf(mutate((p) => { p.entities.pop(); })).join('\n')).toMatch(/entities: missing entity "rebels"/);
  });

  it('rejects a derived figure with a surface and a figure without one', () => {
    const r = mutate((p) => {
      const derived = p.figures.find((f) => f.derived)!;
      derived.surface = 'Aleppo';
      delete p.figures[0]!.surface;
    });
    const text = errorsOf(r).join('\n');
    expect(text).toMatch(/\.surface: a derived figure has no surface/);
    expect(text).toMatch(/figures\[0\]\.surface: required unless the figure is derived/);
  });
});
