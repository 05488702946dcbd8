/**
 * Character folding for matching, one UTF-16 code unit at a time, so offsets into the original
 * text never shift: the matcher walks the original string and folds as it reads. A code unit
 * folds to one code unit, to IGNORE (diacritics, tatweel, soft hyphens: skipped without ending a
 * word), or to SPACE (any whitespace or hyphen: "al-Assad" reads like "al Assad").
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
const SPACE_RE = /\s/u;

function computeFold(c: number): number {
  if (c === 0x2d || c === 0x2010 || c === 0x2011) return SPACE; // hyphens
  if (c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x0640) return IGNORE;
  if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x300 && c <= 0x36f)) return IGNORE; // harakat, combining marks
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4 || c === 0x2032) return 0x27; // apostrophes
  const ch = String.fromCharCode(c);
  if (SPACE_RE.test(ch) || c === 0x200b) return SPACE;
  if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) return 0x627; // Arabic alef forms
  if (c === 0x130) return 0x69; // İ -> i (toLowerCase would give two code units)
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
  const ch = String.fromCharCode(c);
  // Lone surrogates (astral characters) do not join words; emoji beside a name leave it matchable.
  const v = c >= 0xd800 && c <= 0xdfff ? NONWORD : WORD_RE.test(ch) || foldCode(c) === IGNORE ? WORD : NONWORD;
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

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const letterCase = new Uint8Array(65536); // 0 unknown, 1 upper, 2 lower, 3 neither
function caseOf(c: number): number {
  let v = letterCase[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = UPPER_RE.test(ch) ? 1 : LOWER_RE.test(ch) ? 2 : 3;
    letterCase[c] = v;
  }
  return v;
}
export const isUpper = (c: number) => caseOf(c) === 1;
export const isLower = (c: number) => caseOf(c) === 2;
export const isWordCode = (c: number) => classOf(c) === WORD;
