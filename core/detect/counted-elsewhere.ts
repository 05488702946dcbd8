// Whether a count is another war's: a piece that sets another siege or war beside Aleppo's counts
// that war's people with the same words and numbers (see other-place.ts for the words it reads).
import { isSpaceCode } from './fold.ts';
import { syriaIn, syriaNear } from './match-rules.ts';
import { entityIn } from './mention-search.ts';
import { countsForeignPeople, placeFrames, placesCountedFrom, reportedIn } from './other-place.ts';
import type { Mention } from './types.ts';

/** The war's sides: named with them, a place is the place. */
export const SYRIAN_SIDES = new Set(['syrian-government', 'rebels']);
/** A place, person or side of the article's war (not a country or reporter that every war has). */
const ofTheWar = (m: Mention) => m.tier === 'anchor' || m.id === 'damascus' || SYRIAN_SIDES.has(m.id);

/**
 * Whether the count at [start, end), in the sentence [s, e) of paragraph `text`, is another war's
 * (see the detector's sentenceFigures). A sentence that opens a clause on a place ("In Yemen, where
 * the 2011 uprising ...") is read by itself: a comparison piece names Syria's war in the sentence
 * beside it.
 * A place a count merely comes from is weaker: the whole paragraph must not be about the war, and a
 * year is not read so (protests spread from towns the detector does not know).
 */
export function countedElsewhere(r: BlockReading, s: number, e: number, start: number, end: number, year: boolean): boolean {
  const { text, entities } = r;
  const unknown = (p: { start: number; end: number }) => !entityIn(entities, p.start, p.end, () => true);
  // a sentence's frames and places are the same for each of its numbers: read once
  if (r.s !== s || r.e !== e) {
    r.s = s;
    r.e = e;
    r.frames = !entityIn(entities, s, e, ofTheWar) && !syriaIn(text, s, e) ? placeFrames(text, s, e).filter(unknown) : [];
    r.from = undefined;
  }
  // (a frame that a reporting word follows before this count is where the count was given out)
  if (r.frames.some((p) => !reportedIn(text, p.end, start))) return true;
  if (!year && countsForeignPeople(text, end)) return true;
  // whether the paragraph names the war: once per block, not once per number (a block of a
  // thousand numbers and no such name was quadratic)
  r.war ??= entityIn(entities, 0, text.length, ofTheWar);
  if (year || r.war || syriaNear(text, start, end)) return false;
  // a place in the count's own clause: not one named after a comma ("fled so far, according to
  // figures from Oxfam", "were evacuated, a spokesman from Geneva said")
  const own = (r.from ??= placesCountedFrom(text, s, e).filter(unknown)).some((p) => (p.start >= end ? !clauseBreakBetween(text, end, p.start) : !clauseBreakBetween(text, p.end, start)));
  if (own) return true;
  // "... Украину покинули более трёх миллионов человек. Ещё около двух миллионов ...", "Otros dos
  // millones ...": a sentence that opens on a word of addition counts more of the sentence before
  let q = s;
  while (q < e && isSpaceCode(text.charCodeAt(q))) q++;
  if (!CONTINUES.test(text.slice(q, q + 16))) return false;
  // back over the sentence before: its stop, then to the stop or line end before it
  let p = q;
  while (p > 0 && /[\s.!?]/.test(text[p - 1]!) && text[p - 1] !== '\n') p--;
  while (p > 0 && !/[.!?\n]/.test(text[p - 1]!)) p--;
  return placesCountedFrom(text, p, q).some(unknown);
}

/** Punctuation that ends a clause in both readings below (clauseBreakBetween, CLAUSE_MARKS): comma, semicolon, colon, Arabic comma. */
export const CLAUSE_PUNCTUATION = ',;:\u060c';

/**
 * Whether a comma, semicolon, colon, dash between spaces or a line break stands in [a, b): a place
 * there is not in the count's clause. Not boundTogether's CLAUSE_MARKS, on purpose: a place is
 * still the count's in brackets ("fled (from Mosul)"), and a line break parts it from the count,
 * as it does not part a number from its hard-wrapped verb.
 */
function clauseBreakBetween(text: string, a: number, b: number): boolean {
  return CLAUSE_BREAK.test(text.slice(a, b));
}
const CLAUSE_BREAK = new RegExp(`[${CLAUSE_PUNCTUATION}\\n]|\\s[–—-]\\s`);

/** A sentence's first words that add to the count before it. */
const CONTINUES = /^(?:Ещё|Еще|Другие|Otros|Otras|Another|Weitere|D['’]autres|Altri|Altre|Outros|Outras|Kolejne)\s/u;

/**
 * countedElsewhere's reading of one block in one scan (made by figureMentions, so nothing of it
 * outlives the scan or is read for another block): the last sentence it was asked about, whose
 * frames and places are the same for each of its numbers, and whether the block names the war.
 */
export class BlockReading {
  s = -1;
  e = -1;
  frames: Array<{ start: number; end: number }> = [];
  from?: Array<{ start: number; end: number }>;
  war?: boolean;
  readonly text: string;
  /** the scan's entity mentions, in text order */
  readonly entities: readonly Mention[];
  constructor(text: string, entities: readonly Mention[]) {
    this.text = text;
    this.entities = entities;
  }
}
