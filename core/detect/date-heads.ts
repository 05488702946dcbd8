/**
 * Timelines head an entry with its date and a full stop: "15 de marzo de 2011. Comienzan las
 * protestas", "March 2011. Protests erupt in Deraa", "Juli 2012. Rebellen erobern ...". The entry
 * is one sentence with its date (its year is the event's), so the stop after such a head does not
 * end the sentence. A head is the start of a line: days, month names (or their abbreviations),
 * a few connectors and qualifiers ("de", "of", "early", "Ende"), then a year (in Russian with its "г." or "года").
 */
import { isMonth } from './months.ts';

/** Words a date head may hold besides days, months and its year. */
const HEAD_WORDS = new Set([
  'de', 'del', 'of', 'the', 'en', 'in', 'im', 'van',
  'early', 'late', 'mid', 'end', 'début', 'fin', 'mi', 'principios', 'finales', 'mediados', 'anfang', 'ende', 'mitte', 'begin', 'eind', 'medio', 'başı', 'sonu', 'ortası',
]);

/** How far back a head's line start may be. */
const HEAD_MAX = 40;

/** Whether the full stop at `dot` ends a timeline entry's date head ("15 de marzo de 2011."). */
export function dateHeadDot(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e || dot < 4) return false;
  // Russian writes a word for "year" after it: "Март 2011 г.", "15 марта 2011 года."
  const yearWord = /\s(?:г|года|год)$/.exec(text.slice(Math.max(0, dot - 5), dot));
  const y = yearWord ? dot - yearWord[0].length : dot;
  if (y < 4 || !/^(?:19|20)\d\d$/.test(text.slice(y - 4, y))) return false;
  let s = y - 4;
  while (s > 0 && dot - s <= HEAD_MAX && text.charCodeAt(s - 1) !== 0x0a) s--;
  if (s > 0 && text.charCodeAt(s - 1) !== 0x0a) return false;
  const words = text.slice(s, y - 4).toLowerCase().split(/[\s,.\-–—•*]+/u).filter(Boolean);
  return words.every((w) => /^\d{1,2}$/.test(w) || isMonth(w) || HEAD_WORDS.has(w));
}
