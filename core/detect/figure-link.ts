import type { DetectorFigure } from './detector.ts';
import type { Comparison } from './types.ts';
import type { NumberMention } from './figure-parser.ts';

/**
 * A page's number more than half as large again, or a third smaller, than the article's is most
 * likely another count (another period, place or measure), so it is not linked at all.
 */
const LINK_MIN = 2 / 3;
const LINK_MAX = 3 / 2;
const CLOSE = 0.1;

/** How the page's number compares with the article's, or undefined when they are not the same kind of count. */
export function compareFigure(n: NumberMention, f: DetectorFigure): Comparison | undefined {
  if (f.unit === 'year') return n.year && n.value === f.value ? 'same' : undefined;
  if (n.year) return undefined;
  const x = n.value;
  const v = f.value;
  if (x / v < LINK_MIN) return undefined;
  switch (f.qualifier) {
    case 'at-least':
      // "millions": any count from two million up agrees
      if (x >= v) return 'same';
      return x >= v * (1 - CLOSE) ? 'close' : 'different';
    case 'almost': {
      // "almost half a million": somewhat under 500,000
      if (x / v > LINK_MAX || n.vague) return undefined;
      const low = v * (1 - CLOSE);
      if (x >= low && x <= v) return 'same';
      return x >= low * (1 - CLOSE) && x <= v * (1 + CLOSE) ? 'close' : 'different';
    }
    default:
      if (x / v > LINK_MAX || n.vague) return undefined;
      if (x === v) return 'same';
      return Math.abs(x - v) / v <= CLOSE ? 'close' : 'different';
  }
}

/**
 * What the reader is told: numbers that agree can still be opposite claims. "More than 500,000"
 * and the article's "almost half a million" lie on either side of half a million: close, not the
 * same. (Linking and relevance use compareFigure as it is; this only words the verdict.)
 */
export function verdict(c: Comparison, n: NumberMention, f: DetectorFigure): Comparison {
  // ("more than 470,000" lies under half a million with the article's count: the same claim)
  return c === 'same' && f.qualifier === 'almost' && n.hedge === 'above' && n.value >= f.value ? 'close' : c;
}
