// Entity mentions of a block (in text order) found by binary search: a hostile block may hold tens
// of thousands of them, and every number asks what stands in its sentence.
import { lowerBound } from './lower-bound.ts';
import type { Mention } from './types.ts';

/**
 * Whether an entity mention in [s, e) passes `test`. The mentions are in text order: found by
 * binary search (a hostile block may hold tens of thousands of them).
 */
export function entityIn(mentions: readonly Mention[], s: number, e: number, test: (m: Mention) => boolean): boolean {
  for (let i = firstEndingAfter(mentions, s); i < mentions.length && mentions[i]!.start < e; i++) {
    const m = mentions[i]!;
    if (m.type === 'entity' && test(m)) return true;
  }
  return false;
}
/** The index of the first mention (in text order) that ends after `s`. */
export function firstEndingAfter(mentions: readonly Mention[], s: number): number {
  return lowerBound(mentions.length, (i) => mentions[i]!.end <= s);
}
