import rawLexicon from '@/assets/lexicon.json';
import { createDetector } from '@/core/detect/detector.ts';
import type { Lexicon } from '@/core/detect/lexicon.ts';
import { pack } from './knowledge-pack.ts';

/** The lexicon is validated at build time (scripts/check-pack.ts) and by the tests, not on every page. */
export const lexicon = rawLexicon as Lexicon;

let detector: ReturnType<typeof createDetector> | undefined;
/** Compiled on first use: a page where the extension is paused never pays for it. */
export const getDetector = () => (detector ??= createDetector(pack, lexicon));
