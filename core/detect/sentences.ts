// Where a sentence of a block begins and ends: the figure linker reads a number with the topic
// words of its own sentence, so a stop that is no sentence end (an abbreviation, a date's ordinal
// dot, a timeline's date head, citation markers) must not cut one.
import { classOf, WORD } from './fold.ts';
import { dateHeadDot } from './date-heads.ts';
import { DE_MONTHS } from './months.ts';

/** Context is local: a sentence longer than this around a topic word is cut (and scanning stays linear). */
export const SENTENCE_REACH = 400;

/**
 * The sentence holding [start, end): bounded by . ! ? followed by a space, by line breaks, or the
 * block. A line break inside a hard-wrapped sentence (the next line goes on in lower case, the line
 * before has no full stop) is a space: "34,000 people were⏎evacuated" is one sentence.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  const min = Math.max(0, start - SENTENCE_REACH);
  const max = Math.min(text.length, end + SENTENCE_REACH);
  while (s > min) {
    const c = text.charCodeAt(s - 1);
    if (c === 0x0a ? !wrapsAt(text, s - 1, min, max) : (c === 0x20 || c === 0xa0) && endsSentence(text, stopBeforeCitations(text, s - 2))) break;
    s--;
  }
  return [s, sentenceEnd(text, end, end)];
}

/** Where the sentence going on at `end` ends, searched from `from` (see sentenceAround). */
export function sentenceEnd(text: string, from: number, end: number): number {
  const min = Math.max(0, end - SENTENCE_REACH);
  const max = Math.min(text.length, end + SENTENCE_REACH);
  let e = from;
  while (e < max) {
    const c = text.charCodeAt(e);
    if (c === 0x0a && !wrapsAt(text, e, min, max)) break;
    if (endsSentence(text, e)) {
      // "... the city.[3] In April 2011 ...": a Wikipedia citation marker after the stop
      const next = afterCitations(text, e + 1);
      const after = next < text.length ? text.charCodeAt(next) : 0x20;
      if (after === 0x20 || after === 0xa0 || after === 0x0a || after === 0x09) break;
    }
    e++;
  }
  return e;
}

/**
 * Whether the line break at `nl` only wraps a sentence: a lower-case letter follows, and no stop or
 * blank line precedes (looked for within the sentence's reach, so scanning stays linear).
 */
function wrapsAt(text: string, nl: number, min: number, max: number): boolean {
  let j = nl + 1;
  while (j < max && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  if (j >= max || !isLowerCase(text.charCodeAt(j))) return false;
  let i = nl - 1;
  while (i >= min && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0d)) i--;
  return i >= min && text.charCodeAt(i) !== 0x0a && !isStop(text.charCodeAt(i));
}

function isLowerCase(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Full stops a sentence goes on after: an abbreviated number word, a date's ordinal, an abbreviated hedge or month, a timeline's date head. */
function abbreviationDot(text: string, dot: number): boolean {
  return afterUnitAbbreviation(text, dot) || ordinalDot(text, dot) || beforeNumber(text, dot) || monthDot(text, dot) || dateHeadDot(text, dot);
}

/**
 * Abbreviated months (English, French, Spanish, German): "Dec. 22", "since late Nov. (UN OCHA)", "22 déc. 2016", "dic. de 2016".
 * Not months.ts's stems: only abbreviations written with a dot, and none that is also a word a
 * sentence may end on (English "mar.", "may.", Spanish "ago.", French "mai.").
 */
const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janv', 'févr', 'fév', 'avr', 'juil', 'déc',
  'ene', 'abr', 'dic', // (not Spanish "ago.": English "five years ago. 34,000 fled" ends there)
  'okt', 'dez',
]);

/** Whether the full stop at `dot` ends an abbreviated month that the sentence goes on after (a digit, a lower-case word or a bracket follows). */
function monthDot(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false;
  const c = text.charCodeAt(dot + 1);
  if (c !== 0x20 && c !== 0xa0) return false;
  const d = text.charCodeAt(dot + 2);
  if (!((d >= 0x30 && d <= 0x39) || d === 0x28 || isLowerCase(d))) return false;
  let j = dot;
  while (j > 0 && dot - j <= 5 && classOf(text.charCodeAt(j - 1)) === WORD) j--;
  if (dot - j < 3 || dot - j > 4 || (j > 0 && classOf(text.charCodeAt(j - 1)) === WORD)) return false;
  return MONTH_ABBREVIATIONS.has(text.slice(j, dot).toLowerCase());
}

/**
 * Abbreviated hedges: "c. 34 000", "ca. 34.000", "approx. 35,000", "env. 35 000", "aprox. 34.000",
 * "ок. 34 тыс.", "yakl. 34 bin", "ok. 34 tys." (footnoted reports, abstracts and tables write them so).
 */
const HEDGE_ABBREVIATIONS = new Set(['c', 'ca', 'approx', 'appr', 'env', 'aprox', 'rd', 'ungef', 'ong', 'ок', 'прибл', 'yak', 'yakl', 'ok']);

/** Whether the full stop at `dot` ends an abbreviated hedge that a number follows ("approx. 34,000"). */
function beforeNumber(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false;
  const c = text.charCodeAt(dot + 1);
  if (c !== 0x20 && c !== 0xa0) return false;
  const d = text.charCodeAt(dot + 2);
  if (!((d >= 0x30 && d <= 0x39) || (d >= 0x660 && d <= 0x669) || (d >= 0x6f0 && d <= 0x6f9))) return false;
  let j = dot;
  while (j > 0 && dot - j <= 6 && classOf(text.charCodeAt(j - 1)) === WORD) j--;
  if (dot - j > 6 || (j > 0 && classOf(text.charCodeAt(j - 1)) === WORD)) return false;
  const word = text.slice(j, dot);
  // a lone capital C is an initial ("Washington D.C. 34 ...", "C. 34"), not circa
  return word === 'c' || (word.length > 1 && HEDGE_ABBREVIATIONS.has(word.toLowerCase()));
}

/** Abbreviated number words: "34 тыс. человек", "4,8 Mio. Menschen" go on after their full stop. */
const UNIT_ABBREVIATIONS = new Set(['тыс', 'млн', 'млрд', 'mln', 'mld', 'mio', 'mrd', 'tsd', 'tys']);

/** Whether the character at `dot` is a full stop that ends an abbreviated number word. */
function afterUnitAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false;
  let j = dot;
  while (j > 0 && dot - j <= 4 && classOf(text.charCodeAt(j - 1)) === WORD) j--;
  // a word of three or four letters only (this runs at every full stop near a topic word: no string is made before that)
  return dot - j >= 3 && dot - j <= 4 && (j === 0 || classOf(text.charCodeAt(j - 1)) !== WORD) && UNIT_ABBREVIATIONS.has(text.slice(j, dot).toLowerCase());
}

/** German month names, which follow a day's ordinal dot ("am 15. März 2011"). */
const MONTHS = new Set(DE_MONTHS);

/**
 * Whether the full stop at `dot` ends an ordinal of one or two digits that the sentence goes on
 * after: a German date ("Der Krieg begann am 15. März 2011"), or a lower-case word ("15. yılında",
 * "7. März" aside, a sentence does not go on in lower case).
 */
function ordinalDot(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false;
  let j = dot;
  while (j > 0 && dot - j < 3 && text.charCodeAt(j - 1) >= 0x30 && text.charCodeAt(j - 1) <= 0x39) j--;
  if (j === dot || dot - j > 2 || (j > 0 && classOf(text.charCodeAt(j - 1)) === WORD) || (j > 0 && /[.,:]/.test(text[j - 1]!))) return false;
  const c = text.charCodeAt(dot + 1);
  if (c !== 0x20 && c !== 0xa0) return false;
  let k = dot + 2;
  while (k < text.length && classOf(text.charCodeAt(k)) === WORD) k++;
  const word = text.slice(dot + 2, k);
  return word.length > 0 && (isLowerCase(word.charCodeAt(0)) || MONTHS.has(word.toLowerCase()));
}

/** Whether the character at `i` is a stop that ends a sentence (not an abbreviation's dot: see abbreviationDot). */
function endsSentence(text: string, i: number): boolean {
  return i >= 0 && isStop(text.charCodeAt(i)) && !abbreviationDot(text, i);
}

/**
 * Wikipedia's citation markers stand between a sentence's stop and the next sentence ("... in the
 * city.[3] In April 2011 ...", "...[12][13]", "[a]", "[citation needed]"): the stop still ends the
 * sentence, or a year of the next is read with the war of the last. Markers are short and on one
 * line; the walk is bounded, so scanning stays linear.
 */
const CITATIONS_MAX = 60;

/** The index after the citation markers that begin at `i` (`i` itself when there are none). */
function afterCitations(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) === 0x5b && j - i < CITATIONS_MAX) {
    let k = j + 1;
    while (k < text.length && k - i < CITATIONS_MAX && text.charCodeAt(k) !== 0x5d && text.charCodeAt(k) !== 0x5b && text.charCodeAt(k) !== 0x0a) k++;
    if (k >= text.length || text.charCodeAt(k) !== 0x5d || k === j + 1) break;
    j = k + 1;
  }
  return j;
}

/** Before the citation markers that end at `i` (a "]"), the index of the character they follow; `i` when `i` ends none. */
function stopBeforeCitations(text: string, i: number): number {
  if (i < 0 || text.charCodeAt(i) !== 0x5d) return i;
  let j = i;
  while (j >= 0 && text.charCodeAt(j) === 0x5d && i - j < CITATIONS_MAX) {
    let k = j - 1;
    while (k >= 0 && i - k < CITATIONS_MAX && text.charCodeAt(k) !== 0x5b && text.charCodeAt(k) !== 0x5d && text.charCodeAt(k) !== 0x0a) k--;
    if (k < 0 || text.charCodeAt(k) !== 0x5b || k === j - 1) return -1;
    j = k - 1;
  }
  return j;
}

/** . ! ? and their Arabic and CJK forms */
export const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x3002;
