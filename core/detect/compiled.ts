import { compilePatterns, type Lexicon, type Pattern, type PatternKind } from './lexicon.ts';
import type { EntityId } from '../pack/schema.ts';

/**
 * The lexicon compiled ahead of time: every name parsed, folded and flagged, as compact rows. A
 * content script loads these instead of parsing the lexicon (regular expressions, case tables) on
 * every page; building the trie from them takes well under a millisecond.
 */
export interface CompiledDetector {
  version: 1;
  patterns: PatternRow[];
}

/** [kind, target, text, lang, folded, flags, upper-case letter positions, shadowed entity] */
type PatternRow = [number, string, string, string, string, number, number[], string?];

const KINDS: PatternKind[] = ['entity', 'other', 'blocker', 'topic', 'number'];
const FLAGS = ['anyCase', 'stem', 'plainS', 'weak', 'family', 'notAfterCapital', 'notSentenceStart', 'acronym', 'shortAcronym', 'cyrillic'] as const;

export function compileDetectorData(lexicon: Lexicon): CompiledDetector {
  const patterns = compilePatterns(lexicon);
  return {
    version: 1,
    patterns: patterns.map((p) => {
      const flags = FLAGS.reduce((acc, f, i) => acc | (p[f] ? 1 << i : 0), 0);
      // the display name is the folded one whenever they agree, to keep the data small
      const row: PatternRow = [KINDS.indexOf(p.kind), p.target, p.text === p.folded ? '' : p.text, p.lang, p.folded, flags, p.upperLetters];
      if (p.shadows) row.push(p.shadows);
      return row;
    }),
  };
}

export function loadPatterns(data: CompiledDetector): Pattern[] {
  return data.patterns.map(([kind, target, text, lang, folded, flags, upperLetters, shadows]) => {
    const p = { kind: KINDS[kind]!, target, text: text || folded, lang, folded, upperLetters } as Pattern;
    FLAGS.forEach((f, i) => {
      p[f] = (flags & (1 << i)) !== 0;
    });
    if (shadows) p.shadows = shadows as EntityId;
    return p;
  });
}

export const isCompiled = (x: Lexicon | CompiledDetector): x is CompiledDetector => 'patterns' in x;
