import { compilePatterns, type Lexicon, type Pattern, type PatternKind } from './lexicon.ts';
import type { EntityId } from '../pack/schema.ts';
import type { DetectorPack } from './detector.ts';

/**
 * The lexicon compiled ahead of time: every name parsed, folded and flagged, as compact rows. A
 * content script loads these instead of parsing the lexicon (regular expressions, case tables) on
 * every page; building the trie from them takes well under a millisecond.
 */
export interface CompiledDetector {
  version: 1;
  /** the entities and figures the detector links to (the rest of the pack is not needed on pages) */
  pack: DetectorPack;
  patterns: PatternRow[];
}

/** [kind, target, text, lang, folded, flags, upper-case letter positions, shadowed entity] */
type PatternRow = [number, string, string, string, string, number, number[], string?];

const KINDS: PatternKind[] = ['entity', 'other', 'blocker', 'topic', 'number'];
const FLAGS = ['anyCase', 'stem', 'plainS', 'weak', 'family', 'notAfterCapital', 'notSentenceStart', 'acronym', 'shortAcronym', 'cyrillic', 'afterAgency', 'caselessAcronym', 'nearSyria'] as const;

export function compileDetectorData(lexicon: Lexicon, pack: DetectorPack): CompiledDetector {
  const patterns = compilePatterns(lexicon);
  return {
    version: 1,
    pack: {
      entities: pack.entities.map(({ id, name, kind, tier }) => ({ id, name, kind, tier })),
      figures: pack.figures.filter((f) => !f.derived).map(({ id, value, qualifier, unit, topic, reportedBy }) => ({ id, value, unit, topic, reportedBy, ...(qualifier ? { qualifier } : {}) })),
    },
    patterns: patterns.map((p) => {
      const flags = FLAGS.reduce((acc, f, i) => acc | (p[f] ? 1 << i : 0), 0);
      // Only entity names are ever shown to the reader ("why it matched"); a name equal to its
      // folded form (or to it with a capital first letter: "^") is not stored twice.
      const shown = p.kind === 'entity' || p.kind === 'other';
      const text = !shown || p.text === p.folded ? '' : p.text === capitalised(p.folded) ? '^' : p.text;
      const row: PatternRow = [KINDS.indexOf(p.kind), p.target, text, shown ? p.lang : '', p.folded, flags, p.upperLetters];
      if (p.shadows) row.push(p.shadows);
      return row;
    }),
  };
}

export function loadPatterns(data: CompiledDetector): Pattern[] {
  // One object literal per row (one shape for all): a content script runs this cold, on every page.
  return data.patterns.map(([kind, target, text, lang, folded, flags, upperLetters, shadows]) => {
    const p: Pattern = {
      kind: KINDS[kind]!,
      target,
      text: text === '^' ? capitalised(folded) : text || folded,
      lang,
      folded,
      upperLetters,
      anyCase: (flags & 1) !== 0,
      stem: (flags & 2) !== 0,
      plainS: (flags & 4) !== 0,
      weak: (flags & 8) !== 0,
      family: (flags & 16) !== 0,
      notAfterCapital: (flags & 32) !== 0,
      notSentenceStart: (flags & 64) !== 0,
      acronym: (flags & 128) !== 0,
      shortAcronym: (flags & 256) !== 0,
      cyrillic: (flags & 512) !== 0,
      afterAgency: (flags & 1024) !== 0,
      caselessAcronym: (flags & 2048) !== 0,
      nearSyria: (flags & 4096) !== 0,
    };
    if (shadows) p.shadows = shadows as EntityId;
    return p;
  });
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

