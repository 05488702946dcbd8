// The detection engine's helpers whose results must not change when they are made cheaper: each is
// checked against the plain reading it replaced.
import { describe, expect, it } from 'vitest';
import { compilePatterns, type Pattern } from '../../core/detect/lexicon.ts';
import { givenNames } from '../../core/detect/person-cues.ts';
import { lexicon } from './support/detector.ts';

describe('givenNames', () => {
  // the plain reading: bare names times full names (quadratic at start-up)
  const plain = (patterns: readonly Pattern[]) => {
    const full = patterns.filter((p) => p.kind === 'entity' && !p.family);
    return new Set(patterns.filter((p) => p.kind === 'entity' && p.family && full.some((q) => q.target === p.target && q.folded.startsWith(`${p.folded} `))).map((p) => `${p.target} ${p.folded}`));
  };
  const pattern = (target: string, folded: string, family: boolean) => ({ kind: 'entity', target, folded, family }) as Pattern;

  it('finds the given names the plain reading finds, in the lexicon', () => {
    const patterns = compilePatterns(lexicon);
    const got = givenNames(patterns);
    expect(got).toEqual(plain(patterns));
    expect(got.size).toBeGreaterThan(0);
  });

  it('reads a word-prefix of a full name of the same entity only', () => {
    const patterns = [
      pattern('assad', 'bashar al assad', false),
      pattern('assad', 'bashar', true), // a given name
      pattern('assad', 'bashar al', true), // two words of the full name
      pattern('assad', 'bash', true), // not a whole word
      pattern('assad', 'assad', true), // the family name
      pattern('hafez', 'hafez', true), // another entity's full name does not begin so
      pattern('rebels', 'bashar', true),
    ];
    expect(givenNames(patterns)).toEqual(new Set(['assad bashar', 'assad bashar al']));
    expect(givenNames(patterns)).toEqual(plain(patterns));
  });
});
