import { isMonth } from './months.ts';
import { foldCode, foldString, IGNORE, isLetterOrMarkCode } from './fold.ts';
import { numberWords, splitCompound } from './number-words.ts';

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  /** a four-digit year such as 2011 */
  year: boolean;
  /** "millions", "thousands": a lower bound, not a count */
  vague: boolean;
  /** which side of the number its hedge puts the count: "more than" above, "almost" below */
  hedge?: 'above' | 'below';
}

export interface Token {
  start: number;
  end: number;
  /** folded word, or the digits as written */
  text: string;
  digits?: number;
}

const normalised = new Map<string, string>();
/** Folded, spaces as hyphens; cached (the same few words recur on every page), bounded. */
const norm = (w: string) => {
  let v = normalised.get(w);
  if (v === undefined) {
    v = foldString(w).replace(/ /g, '-');
    if (normalised.size > 4096) normalised.clear();
    normalised.set(w, v);
  }
  return v;
};
const table = <T>(t: Record<string, T>) => new Map(Object.entries(t).map(([k, v]) => [norm(k), v]));
/** The number-word tables, folded; built on the first sentence a page parses for figures (most pages never do). */
function buildTables() {
  const { ACCUSATIVE, DUALS, HALF, HEDGES, HEDGES_ABOVE, HEDGES_BELOW, HUNDRED, JOINERS, MULT, SMALL, VAGUE, WHOLE } = numberWords();
  const SMALL_N = table(SMALL);
  const MULT_N = table(MULT);
  const VAGUE_N = table(VAGUE);
  const WHOLE_N = new Map([...table(WHOLE), ...table(DUALS)]);
  const HUNDRED_N = new Set([...HUNDRED].map(norm));
  const HALF_N = new Set([...HALF].map(norm));
  const JOINERS_N = new Set([...JOINERS].map(norm));
  const ACCUSATIVE_N = table(ACCUSATIVE);
  return {
    SMALL_N, MULT_N, VAGUE_N, WHOLE_N, HUNDRED_N, HALF_N, JOINERS_N, ACCUSATIVE_N,
    ...numberStarts([...SMALL_N.keys(), ...MULT_N.keys(), ...VAGUE_N.keys(), ...WHOLE_N.keys(), ...HUNDRED_N, ...HALF_N, ...JOINERS_N]),
    HEDGE_LAST_WORDS: new Set(HEDGES.map((h) => lastWord(h, h.length))),
    HEDGE_SIDE: new Map<string, 'above' | 'below'>([...HEDGES_ABOVE.map((h) => [hedgeKey(h), 'above'] as const), ...HEDGES_BELOW.map((h) => [hedgeKey(h), 'below'] as const)]),
    HEDGE_RE: new RegExp(`(?:^|[\\s(«“"])(${HEDGES.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|')})\\s+$`, 'iu'),
  };
}
/**
 * The first three folded letters of every number word and German or Dutch number morpheme (and of
 * each with the Arabic "and" glued on), and the one- and two-letter words whole: a word of the text
 * that begins otherwise is never looked up ("the", "people", "from").
 */
function numberStarts(words: string[]) {
  const ONE = new Set<number>();
  const TWO = new Set<number>();
  const THREE = new Set<number>();
  const add = (w: string) => {
    const [a, b, c] = [w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)];
    if (w.length === 1) ONE.add(a);
    else if (w.length === 2) TWO.add(a * 65536 + b);
    else THREE.add((a * 65536 + b) * 65536 + c);
  };
  for (const w of [...words, ...numberWords().MORPHEMES.map(norm)]) {
    add(w);
    add(`و${w}`);
  }
  return { ONE, TWO, THREE };
}
let tables: ReturnType<typeof buildTables> | undefined;
const numberTables = () => (tables ??= buildTables());

/** Whether the word text[start, end) may be a number word (or hold one: vierunddreißigtausend, وعشرون). */
export function mayBeNumberWord(text: string, start: number, end: number): boolean {
  const { ONE, TWO, THREE } = numberTables();
  const a = foldCode(text.charCodeAt(start));
  if (a === IGNORE) return true;
  if (end - start === 1) return ONE.has(a);
  const b = foldCode(text.charCodeAt(start + 1));
  if (b === IGNORE) return true;
  if (end - start === 2) return TWO.has(a * 65536 + b);
  const c = foldCode(text.charCodeAt(start + 2));
  return c === IGNORE || THREE.has((a * 65536 + b) * 65536 + c);
}

/** Eastern Arabic and Persian digits read as ASCII digits (one code unit each, so offsets hold). */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** thousands separators: 34,000 / 34.000 / 34 000 (no-break, thin, figure space) / 34'000 / ٣٤٬٠٠٠ */
const isGroupSep = (c: number) => c === 0x2c || c === 0x2e || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x66c || c === 0x27 || c === 0x2019 || c === 0x20;
/** inside a word: "al-Assad", "l'ONU" (the hyphen also as U+2010 and the no-break U+2011, as the matcher reads them) */
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
const isWordJoiner = (c: number) => c === 0x27 || c === 0x2019 || isHyphen(c);
const letterTable = new Uint8Array(65536); // 0 unknown, 1 letter or mark, 2 not
function isLetterOrMark(c: number): boolean {
  let v = letterTable[c]!;
  if (v === 0) letterTable[c] = v = c >= 0xd800 && c <= 0xdfff ? 2 : isLetterOrMarkCode(c) ? 1 : 2;
  return v === 1;
}

/**
 * Whether digits at [start, end) are part of a document symbol or a path, letters and numbers
 * joined by slashes (S/2011/612, A/HRC/RES/19/22, a URL's /2011/03/):
 * a UN record cites them in every paragraph, and they are neither counts nor years. A date written
 * with slashes (15/03/2011) has no letter and stays a date.
 */
function inSymbol(t: string, start: number, end: number, run: SymbolRun): boolean {
  if (t.charCodeAt(start - 1) !== 0x2f && t.charCodeAt(end) !== 0x2f) return false;
  // the run of text without white space around the digits, read once for all its numbers (a run of
  // thousands of numbers and slashes was read again for each)
  if (!(run.text === t && start >= run.a && end <= run.b)) {
    let a = start;
    while (a > 0 && !/\s/.test(t[a - 1]!)) a--;
    let b = end;
    while (b < t.length && !/\s/.test(t[b]!)) b++;
    run.text = t;
    run.a = a;
    run.b = b;
    run.letter = /\p{L}/u.test(t.slice(a, b));
  }
  return run.letter;
}
interface SymbolRun { text?: string; a: number; b: number; letter: boolean }

/**
 * Numbers written with digits, and words, read left to right by hand (what a regular expression of
 * digit groups and Unicode letter classes did, without compiling one on every page):
 * - 1 to 3 digits then groups of a separator and exactly 3 digits: a grouped number (34,000);
 * - else a run of digits with an optional decimal part (2011, 1,5, and Arabic ٦٫٣ with its own
 *   decimal separator);
 * - letters and marks, joined by apostrophes and hyphens (l'ONU, quatre-vingt).
 */
export function tokenize(text: string): Token[] {
  const t = asciiDigits(text);
  const n = t.length;
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(t.charCodeAt(j))) j++;
      let end = j;
      let grouped = false;
      if (j - i <= 3) {
        while (end + 3 < n && isGroupSep(t.charCodeAt(end)) && isDigit(t.charCodeAt(end + 1)) && isDigit(t.charCodeAt(end + 2)) && isDigit(t.charCodeAt(end + 3)) && !(end + 4 < n && isDigit(t.charCodeAt(end + 4)))) {
          end += 4;
          grouped = true;
        }
      }
      if (!grouped) {
        end = j;
        const d = t.charCodeAt(end);
        if ((d === 0x2c || d === 0x2e || d === 0x66b) && end + 1 < n && isDigit(t.charCodeAt(end + 1))) {
          end += 1;
          while (end < n && isDigit(t.charCodeAt(end))) end++;
        }
      }
      const digits = t.slice(i, end);
      out.push({ start: i, end, text: digits, digits: grouped ? Number(digits.replace(/\D/g, '')) : Number(digits.replace(/[,\u066b]/, '.')) });
      i = end;
      continue;
    }
    if (!isLetterOrMark(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let hyphenated = false;
    for (;;) {
      while (j < n && isLetterOrMark(t.charCodeAt(j))) j++;
      if (j + 1 < n && isWordJoiner(t.charCodeAt(j)) && isLetterOrMark(t.charCodeAt(j + 1))) {
        hyphenated ||= isHyphen(t.charCodeAt(j));
        j += 2;
      } else break;
    }
    // A word that cannot be a number word is left out: a number never reads across it anyway (the
    // words of one number are separated by spaces only), and most words of a sentence are such.
    if (hyphenated || mayBeNumberWord(t, i, j)) pushWord(out, t.slice(i, j), i, hyphenated);
    i = j;
  }
  return out;
}

function pushWord(out: Token[], raw: string, start: number, hyphenated: boolean): void {
  const word = norm(raw);
  // Hyphenated number words that are one word stay whole (quatre-vingt, demi-million); others split.
  if (hyphenated && !numberTables().SMALL_N.has(word) && !numberTables().WHOLE_N.has(word)) {
    let off = start;
    for (const part of raw.split(/[-‐]/)) {
      out.push({ start: off, end: off + part.length, text: norm(part) });
      off += part.length + 1;
    }
  } else out.push({ start, end: start + raw.length, text: word });
}

type Part =
  | { small: number; glued?: boolean } | { mult: number } | { hundred: true } | { half: true } | { whole: number } | { vague: number } | { joiner: true };

function partOf(w: string, first: boolean): Part | undefined {
  const { SMALL_N, MULT_N, VAGUE_N, WHOLE_N, HUNDRED_N, HALF_N, JOINERS_N } = numberTables();
  // Arabic "and" is written onto the next word: خمسة وعشرون (five and twenty)
  if (w.length > 2 && w.startsWith('و') && !SMALL_N.has(w) && SMALL_N.has(w.slice(1))) return { small: SMALL_N.get(w.slice(1))!, glued: true };
  if (w.length > 2 && w.startsWith('و') && !MULT_N.has(w) && MULT_N.has(w.slice(1))) w = w.slice(1);
  if (first && VAGUE_N.has(w)) return { vague: VAGUE_N.get(w)! };
  if (SMALL_N.has(w)) return { small: SMALL_N.get(w)! };
  if (MULT_N.has(w)) return { mult: MULT_N.get(w)! };
  if (HUNDRED_N.has(w)) return { hundred: true };
  if (HALF_N.has(w)) return { half: true };
  if (WHOLE_N.has(w)) return { whole: WHOLE_N.get(w)! };
  if (JOINERS_N.has(w)) return { joiner: true };
  return undefined;
}

/** German and Dutch compound numbers end in a number morpheme: vierunddreißigtausend, tachtigduizend. */
const COMPOUND_END = /(?:tausend|duizend|hundert|honderd|zig|ßig|ssig|tig|zehn|tien|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|een|twee|vijf|zes|zeven|negen)$/;

function partsOf(t: Token, first: boolean): Part[] | undefined {
  // after a number, an Arabic dual such as مليونا is the accusative singular (11 مليونا)
  const acc = first ? undefined : numberTables().ACCUSATIVE_N.get(t.text);
  if (acc !== undefined) return [{ mult: acc }];
  const p = partOf(t.text, first);
  if (p) return [p];
  const pieces = t.text.length > 6 && COMPOUND_END.test(t.text) ? splitCompound(t.text) : undefined;
  if (!pieces) return undefined;
  const parts = pieces.map((w) => partOf(w, false));
  return parts.every(Boolean) ? (parts as Part[]) : undefined;
}

/** Every number in `text` (a sentence): digits, words, or both ("34 thousand"), hedges included. */
export function findNumbers(text: string): NumberMention[] {
  const run: SymbolRun = { a: 0, b: 0, letter: false };
  const toks = tokenize(text).filter((t) => t.digits === undefined || !inSymbol(text, t.start, t.end, run));
  const out: NumberMention[] = [];
  for (let i = 0; i < toks.length; ) {
    const r = readAt(toks, i, text);
    if (r) out.push(r.mention);
    i = r ? r.next : i + 1;
  }
  return out;
}

function readAt(toks: Token[], i: number, text: string): { mention: NumberMention; next: number } | undefined {
  let total = 0;
  let current = 0;
  let half = false;
  let seen = false; // a number was read
  let unitsFirst = false; // German/Dutch "vierunddreißig": units, "und", then tens
  let yearLike = false;
  let multiplied = false;
  let lastMult = 0; // the last multiplier read, which a digit group after it stays under
  let tail = false; // digits read after a multiplier ("34 bin 500")
  let end = toks[i]!.end;
  let j = i;
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    if (j > i && !/^[\s\u00a0\u202f‐-]*$/.test(text.slice(toks[j - 1]!.end, t.start))) break;
    if (t.digits !== undefined) {
      // Turkish (and at times Russian) writes the rest of a count after its multiplier: "34 bin 500",
      // "2 milyon 834 bin" (2,834,000); a group smaller than the multiplier goes on the number
      // (not a day of a date after the count: "35 тысяч 16 декабря", "34.000 am 15. Dezember")
      if (multiplied && current === 0 && !half && /^\d{1,3}$/.test(t.text) && t.digits < lastMult && !monthAfter(toks, j, text)) {
        current = t.digits;
        tail = true;
        end = t.end;
        continue;
      }
      if (seen || half) break;
      current = t.digits;
      seen = true;
      yearLike = /^\d{4}$/.test(t.text) && t.digits >= 1900 && t.digits <= 2099;
      end = t.end;
      continue;
    }
    const parts = partsOf(t, !seen && !half);
    if (!parts) break;
    let ok = true;
    for (const p of parts) {
      if ('small' in p) {
        const tensAfterUnits = (unitsFirst || p.glued) && current < 10 && p.small % 10 === 0 && p.small >= 20;
        const fits = current === 0 || current % 100 === 0 || tensAfterUnits ||
          (current % 10 === 0 && current % 100 >= 20 && p.small < 10) ||
          ((current % 100 === 60 || current % 100 === 80) && p.small < 20);
        if (!fits) { ok = false; break; }
        current += p.small;
        seen = true;
        unitsFirst = false;
      } else if ('hundred' in p) {
        current = (current % 100 || 1) * 100 + Math.floor(current / 100) * 100;
        seen = true;
      } else if ('mult' in p) {
        if (!seen && !half && p.mult !== 1e3 && p.mult !== 1e6) { ok = false; break; }
        if (tail && p.mult >= lastMult) { ok = false; break; }
        lastMult = p.mult;
        total += (half ? (current || 1) * 0.5 : current || 1) * p.mult;
        current = 0;
        half = false;
        seen = true;
        multiplied = true;
      } else if ('half' in p) {
        // a half word right after digits starts another number: "منذ 2011 نصف مليون" (since 2011, half
        // a million) is a year and half a million (after a word, "eine halbe Million" is one number)
        if (j > i && toks[j - 1]!.digits !== undefined) { ok = false; break; }
        half = true;
      } else if ('whole' in p) {
        // "un demi-million", "a half-million": the article counts as one
        if (seen && !(current === 1 && total === 0)) { ok = false; break; }
        current = 0;
        total += p.whole;
        seen = true;
      } else if ('vague' in p) {
        return { mention: { ...hedged(text, toks[i]!.start), end: t.end, value: p.vague, year: false, vague: true }, next: j + 1 };
      } else if ('joiner' in p) {
        if (!seen && !half) { ok = false; break; }
        if (current > 0 && current < 10) unitsFirst = true;
      }
    }
    if (!ok) break;
    if (parts.some((p) => !('joiner' in p))) end = t.end;
  }
  if (!seen) return undefined;
  const value = total + current;
  if (!Number.isFinite(value) || value <= 0) return undefined;
  // trailing joiners ("34,000 and") are not part of the number; the search starts here, not at the
  // first token (a block may hold a hundred thousand numbers)
  let after = i + 1;
  while (after < toks.length && toks[after]!.start < end) after++;
  return {
    mention: { ...hedged(text, toks[i]!.start), end, value, year: yearLike && !multiplied, vague: false },
    next: after,
  };
}

/** A hedge as the side table knows it: lower case, one space between words ("More  than" is "more than"). */
const hedgeKey = (h: string) => h.toLowerCase().replace(/\s+/g, ' ');

/** Moves the start of a number back over a hedge such as "almost" or "more than", and says which side it puts the count. */
function hedged(text: string, start: number): { start: number; hedge?: 'above' | 'below' } {
  // most numbers have no hedge: the word before them says so without the hedge pattern
  if (!numberTables().HEDGE_LAST_WORDS.has(lastWord(text, start))) return { start };
  const from = Math.max(0, start - 24);
  const m = numberTables().HEDGE_RE.exec(text.slice(from, start));
  if (!m) return { start };
  const hedge = numberTables().HEDGE_SIDE.get(hedgeKey(m[1]!));
  return { start: from + m.index + m[0].indexOf(m[1]!), ...(hedge ? { hedge } : {}) };
}

/** The word that ends before `end` (spaces skipped), lower-cased. */
function lastWord(text: string, end: number): string {
  let j = end;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  const e = j;
  while (j > 0 && isLetterOrMark(text.charCodeAt(j - 1))) j--;
  return text.slice(j, e).toLowerCase();
}

/** The value of a whole surface such as the pack's "34,000" or "almost half a million"; undefined if it is not one number. */
export function readFigureSurface(surface: string): number | undefined {
  const found = findNumbers(surface);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === surface.length ? found[0]!.value : undefined;
}

/** Whether the word after token j (past white space and a day's dot) is a month's name. */
function monthAfter(toks: readonly Token[], j: number, text: string): boolean {
  const m = MONTH_AFTER.exec(text.slice(toks[j]!.end, toks[j]!.end + 24));
  return m !== null && isMonth(m[1]!.toLowerCase());
}
const MONTH_AFTER = /^[\s\u00a0\u202f.]+(\p{L}+)/u;
