import { createDetector, type DetectorPack } from './detector.ts';
import { compilePatterns, type Lexicon } from './lexicon.ts';
import type { Detector } from './types.ts';

/** A detector straight from the lexicon (the scan command, the tests, the engine bench). */
export const detectorFromLexicon = (pack: DetectorPack, lexicon: Lexicon): Detector => createDetector(pack, compilePatterns(lexicon));
