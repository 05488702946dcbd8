/**
 * Character folding for matching, one UTF-16 code unit at a time, so offsets into the original
 * text never shift: the matcher walks the original string and folds as it reads. A code unit
 * folds to one code unit, to IGNORE (diacritics, tatweel, soft hyphens: skipped without ending a
 * word), or to SPACE (any whitespace, hyphen or underscore: "al-Assad" reads like "al Assad").
 */
export const IGNORE = 0xffff;
export const SPACE = 0x20;

/** Word classes: letters, digits and ignorable marks continue a word; anything else ends it. */
export const WORD = 1;
export const NONWORD = 2;

/** Folded code units, filled lazily (0 = not computed yet); exported so hot loops can read it inline. */
export const FOLD = new Uint16Array(65536);
const fold = FOLD;
const klass = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

// Character classes by hand for ASCII, Latin-1 and General Punctuation (U+2000-206F: spaces,
// dashes, quotes; none a letter, digit or mark), the Unicode regular expressions only beyond: a
// page in a Latin script then never compiles them (a millisecond or two each, cold, on every page).
// A unit test checks every code unit against the regular expressions.
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** Latin-1 letters: ª µ º and À-ÿ but × ÷ */
const isLatin1Letter = (c: number) => c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
const beyondLatin1 = (c: number, re: RegExp) => !(c >= 0x2000 && c <= 0x206f) && re.test(String.fromCharCode(c));

/** \p{L}, \p{N} or \p{M} */
export function isLetterDigitOrMark(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
  if (c < 0x100) return isLatin1Letter(c) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe); // ² ³ ¹ ¼ ½ ¾
  return beyondLatin1(c, WORD_RE);
}

/** \p{L} or \p{M} */
export function isLetterOrMarkCode(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c < 0x100) return isLatin1Letter(c);
  return beyondLatin1(c, LETTER_OR_MARK_RE);
}

/** JavaScript's \s: the white space and line terminators of ECMAScript */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** 1 upper case (\p{Lu}), 2 lower case (\p{Ll}), 3 neither */
export function letterCaseOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? 1 : c >= 0x61 && c <= 0x7a ? 2 : 3;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? 1 : (c >= 0xdf && c !== 0xf7) || c === 0xb5 ? 2 : 3;
  const ch = String.fromCharCode(c);
  return UPPER_RE.test(ch) ? 1 : LOWER_RE.test(ch) ? 2 : 3;
}

function computeFold(c: number): number {
  if (c === 0x2d || c === 0x2010 || c === 0x2011) return SPACE; // hyphens
  // the underscore of preprocessed corpora and identifiers joins a name's words: birleşmiş_milletler
  if (c === 0x5f) return SPACE;
  if (c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x0640) return IGNORE;
  if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x300 && c <= 0x36f)) return IGNORE; // harakat, combining marks
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4 || c === 0x2032) return 0x27; // apostrophes
  const ch = String.fromCharCode(c);
  if (isSpaceCode(c) || c === 0x200b) return SPACE;
  if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) return 0x627; // Arabic alef forms
  if (c === 0x624 || c === 0x626) return 0x621; // hamza on waw or ya: إجلاؤهم, إجلائهم read like إجلاءهم
  if (c === 0x130) return 0x69; // İ -> i (toLowerCase would give two code units)
  // romanisations with a dot or line below (Ḥalab, Ḥamāh): Latin Extended Additional reads as its base letter
  if (c >= 0x1e00 && c <= 0x1eff) {
    const base = ch.normalize('NFD').charCodeAt(0);
    if ((base | 0x20) >= 0x61 && (base | 0x20) <= 0x7a) return base | 0x20;
  }
  // and their long vowels with a macron (Ḥamāh, al-Lādhiqīyah, Dimashq ash-Shām): ā ē ī ō ū read as
  // a e i o u (only the macron: Turkish ğ, ş and ı stay letters of their own)
  if (c >= 0x100 && c <= 0x17f) {
    const d = ch.normalize('NFD');
    if (d.length === 2 && d.charCodeAt(1) === 0x304 && (d.charCodeAt(0) | 0x20) >= 0x61 && (d.charCodeAt(0) | 0x20) <= 0x7a) return d.charCodeAt(0) | 0x20;
  }
  if (c === 0x451 || c === 0x401) return 0x435; // ё, Ё -> е
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

export function foldCode(c: number): number {
  const f = fold[c];
  if (f !== 0) return f!;
  const v = computeFold(c);
  fold[c] = v;
  return v;
}

export function classOf(c: number): number {
  const k = klass[c];
  if (k !== 0) return k!;
  // Lone surrogates (astral characters) do not join words; emoji beside a name leave it matchable.
  const v = c >= 0xd800 && c <= 0xdfff ? NONWORD : isLetterDigitOrMark(c) || foldCode(c) === IGNORE ? WORD : NONWORD;
  klass[c] = v;
  return v;
}

/** Folds a whole pattern string the way the matcher folds text, collapsing runs of SPACE and dropping IGNOREs. */
export function foldString(s: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f === IGNORE) continue;
    if (f === SPACE) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
      continue;
    }
    out += String.fromCharCode(f);
    lastSpace = false;
  }
  return out.trimEnd();
}

const letterCase = new Uint8Array(65536); // 0 unknown, 1 upper, 2 lower, 3 neither
function caseOf(c: number): number {
  let v = letterCase[c]!;
  if (v === 0) letterCase[c] = v = letterCaseOf(c);
  return v;
}
export const isUpper = (c: number) => caseOf(c) === 1;
export const isLower = (c: number) => caseOf(c) === 2;
export const isWordCode = (c: number) => classOf(c) === WORD;
