import { classOf, FOLD, foldCode, IGNORE, isLower, isUpper, NONWORD, SPACE, WORD } from './fold.ts';
import type { Pattern } from './lexicon.ts';

export interface RawMatch {
  pattern: Pattern;
  start: number;
  /** end of the name itself (a suffix such as 's or 'te is not part of the mention) */
  end: number;
}

/**
 * A trie over folded names, walked only from word starts of the original text. Most words do not
 * begin any name, so the common path per character is one table read for its word class.
 *
 * Nodes live in typed arrays (first child, next sibling, code) so that building the trie, which a
 * content script does on every page, allocates a few arrays rather than thousands of maps.
 */
export class Matcher {
  private readonly root = new Int32Array(65536);
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly code: Uint16Array;
  private readonly terminals: (Pattern[] | undefined)[];
  /** node reached by the Arabic article "ال", for "لل" (li + al) prefixed names */
  private readonly alNode: number;
  /** trie steps taken so far: the tests use it to prove scanning is linear */
  steps = 0;
  /**
   * Which first three folded characters can begin a name (a hashed bit set; names shorter than
   * three are hashed whole): most words start with three letters no name starts with, and are
   * rejected without walking the trie.
   */
  private readonly prefixes = new Uint8Array(8192);

  constructor(patterns: readonly Pattern[]) {
    let capacity = 1;
    for (const p of patterns) capacity += p.folded.length;
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.code = new Uint16Array(capacity);
    this.terminals = [];
    let size = 1;
    for (const p of patterns) {
      const f = p.folded;
      let node = 0;
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i);
        let next = this.step(node, c);
        if (!next) {
          next = size++;
          this.code[next] = c;
          if (node === 0) this.root[c] = next;
          else {
            this.nextSibling[next] = this.firstChild[node]!;
            this.firstChild[node] = next;
          }
        }
        node = next;
      }
      (this.terminals[node] ??= []).push(p);
      const h = prefixHash(f.charCodeAt(0), f.length > 1 ? f.charCodeAt(1) : 0, f.length > 2 ? f.charCodeAt(2) : 0);
      this.prefixes[h >> 3]! |= 1 << (h & 7);
    }
    this.alNode = this.walkString('ال');
  }

  private step(node: number, c: number): number {
    if (node === 0) return this.root[c]!;
    for (let k = this.firstChild[node]!; k; k = this.nextSibling[k]!) if (this.code[k] === c) return k;
    return 0;
  }

  private walkString(s: string): number {
    let node = 0;
    for (let i = 0; i < s.length && (i === 0 || node); i++) node = this.step(node, s.charCodeAt(i));
    return node;
  }

  /**
   * Per code unit, what it means for a scan: 1 ends a word; 2 is inside a word but starts no name;
   * 3 may start a name. Filled lazily, so a page pays only for the characters it uses.
   */
  private readonly startTable = new Uint8Array(65536);

  private startClass(c: number): number {
    let v: number;
    if (classOf(c) !== WORD) v = 1;
    else {
      const f = foldCode(c);
      v = f !== IGNORE && (this.root[f] !== 0 || (f >= 0x621 && f <= 0x64a)) ? 3 : 2;
    }
    this.startTable[c] = v;
    return v;
  }

  /** Calls `onMatch` for each accepted name in `text`, left to right, never overlapping. */
  scan(text: string, onMatch: (m: RawMatch) => void): void {
    const n = text.length;
    const st = this.startTable;
    let ctx: BlockContext | undefined;
    let i = 0;
    while (i < n) {
      let t = st[text.charCodeAt(i)]!;
      if (t === 0) t = this.startClass(text.charCodeAt(i));
      if (t === 1) {
        i++;
        continue;
      }
      if (t === 3) {
        const c = text.charCodeAt(i);
        const f = FOLD[c] || foldCode(c);
        let m: RawMatch | undefined;
        if (this.root[f] && this.prefixMayStart(f, text, i + 1)) {
          ctx ??= new BlockContext(text);
          m = this.longestAt(text, i, i, 0, ctx);
        }
        if (!m && f >= 0x621 && f <= 0x64a) m = this.arabicPrefixed(text, i, (ctx ??= new BlockContext(text)));
        if (m) {
          onMatch(m);
          // resume after the word the name ends in (a suffix is never a new word start)
          i = Math.max(m.end, i + 1);
        } else i++;
      } else i++;
      while (i < n) {
        t = st[text.charCodeAt(i)]!;
        if (t === 0) t = this.startClass(text.charCodeAt(i));
        if (t === 1) break;
        i++;
      }
    }
  }

  private prefixMayStart(f: number, text: string, j: number): boolean {
    // the next two folded characters, skipping ignorables and collapsing spaces
    let g = 0;
    let h = 0;
    for (let got = 0; j < text.length && got < 2; j++) {
      const c = text.charCodeAt(j);
      const x = FOLD[c] || foldCode(c);
      if (x === IGNORE || (x === SPACE && (got ? h : g) === SPACE)) continue;
      if (got === 0) g = x;
      else h = x;
      got++;
    }
    return this.hasPrefix(f, g, h) || this.hasPrefix(f, g, 0) || this.hasPrefix(f, 0, 0);
  }

  private hasPrefix(a: number, b: number, c: number): boolean {
    const k = prefixHash(a, b, c);
    return (this.prefixes[k >> 3]! & (1 << (k & 7))) !== 0;
  }

  /** و ف ب ل ك are written onto the next word in Arabic: وحلب, بحلب, للأمم. */
  private arabicPrefixed(text: string, i: number, ctx: BlockContext): RawMatch | undefined {
    let p = i;
    for (let k = 0; k < 2 && p < text.length; k++) {
      const c = foldCode(text.charCodeAt(p));
      if (c === 0x644 && foldCode(text.charCodeAt(p + 1)) === 0x644 && this.alNode) {
        // "لل" = preposition li + the article al, whose alef is dropped
        const m = this.longestAt(text, i, p + 2, this.alNode, ctx);
        if (m) return m;
      }
      if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643) return undefined;
      p++;
      const m = this.root[foldCode(text.charCodeAt(p))] ? this.longestAt(text, i, p, 0, ctx) : undefined;
      if (m) return m;
    }
    return undefined;
  }

  // Terminals met on the current walk, longest last (reused: a walk allocates nothing).
  private ends = new Int32Array(64);
  private nodes = new Int32Array(64);

  /** Walks from `from` (node `node`), reporting a match that starts at `start`. */
  private longestAt(text: string, start: number, from: number, node: number, ctx: BlockContext): RawMatch | undefined {
    const n = text.length;
    const ends = this.ends;
    const nodes = this.nodes;
    let count = 0;
    let j = from;
    let lastSpace = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      const f = FOLD[c] || foldCode(c);
      if (f === IGNORE) {
        j++;
        continue;
      }
      if (f === SPACE && lastSpace) {
        j++;
        continue;
      }
      const next = this.step(node, f);
      this.steps++;
      if (!next) break;
      node = next;
      lastSpace = f === SPACE;
      j++;
      if (this.terminals[node] && count < ends.length) {
        ends[count] = j;
        nodes[count++] = node;
      }
    }
    for (let t = count - 1; t >= 0; t--) {
      for (const p of this.terminals[nodes[t]!]!) {
        const end = ends[t]!;
        if (accept(p, text, start, end, ctx)) return { pattern: p, start, end: p.stem ? wordEnd(text, end) : cyrillicEnd(p, text, end) };
      }
    }
    return undefined;
  }
}

const prefixHash = (a: number, b: number, c: number) => Math.imul((a * 31 + b) * 31 + c, 2654435761) >>> 16; // 16 bits

/** Facts about a block computed only when a rule needs them. */
class BlockContext {
  private readonly caselessByParagraph = new Map<number, boolean>();
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  /**
   * A paragraph with no capital letter at all (a lower-cased corpus, a URL list): capitalisation
   * carries no signal there. Judged per paragraph (blank lines bound it), so the verdict does not
   * depend on how a text is cut into blocks.
   */
  caseless(pos: number): boolean {
    const t = this.text;
    const from = paragraphStart(t, pos);
    let v = this.caselessByParagraph.get(from);
    if (v === undefined) {
      const to = paragraphEnd(t, pos);
      v = !/\p{Lu}/u.test(t.slice(from, to));
      this.caselessByParagraph.set(from, v);
    }
    return v;
  }
}

function paragraphStart(t: string, pos: number): number {
  for (let i = t.lastIndexOf('\n', pos - 1); i > 0; i = t.lastIndexOf('\n', i - 1)) {
    let j = i - 1;
    while (j >= 0 && (t[j] === ' ' || t[j] === '\t' || t[j] === '\u00a0')) j--;
    if (j >= 0 && t[j] === '\n') return i + 1;
  }
  return 0;
}
function paragraphEnd(t: string, pos: number): number {
  const m = /\n[ \t\u00a0]*\n/g;
  m.lastIndex = pos;
  const r = m.exec(t);
  return r ? r.index : t.length;
}


function wordEnd(text: string, j: number): number {
  while (j < text.length && classOf(text.charCodeAt(j)) === WORD && !isUpper(text.charCodeAt(j))) j++;
  return j;
}

const RU_ENDINGS = new Set(['а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ом', 'ем', 'ой', 'ей', 'ом', 'ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ию', 'ии', 'ия']);

/** Russian declines names (Асада, Асаду, Асадом): the case ending is part of the mention. */
function cyrillicEnd(p: Pattern, text: string, end: number): number {
  if (!p.cyrillic) return end;
  let j = end;
  while (j < text.length && j - end < 3 && classOf(text.charCodeAt(j)) === WORD) j++;
  return j > end && RU_ENDINGS.has(text.slice(end, j).toLowerCase()) && (j >= text.length || classOf(text.charCodeAt(j)) !== WORD) ? j : end;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'la', 'le', 'les', 'l', 'du', 'de', 'des', 'der', 'die', 'das', 'dem', 'den', 'vom', 'het', 'een', 'el', 'los', 'las', 'del', 'al', 'international', 'internationalen', 'internationale', 'international', 'and', 'et', 'und', 'en', 'y', 've', 'of']);

function accept(p: Pattern, text: string, start: number, end: number, ctx: BlockContext): boolean {
  if (!rightBoundary(p, text, end)) return false;
  if (!caseMatches(p, text, start, end, ctx)) return false;
  if (p.shortAcronym && inCapitalsRun(text, start, end)) return false;
  // AT&T, AP&J: an abbreviation joined by & is part of another name
  if (p.acronym && (text.charCodeAt(end) === 0x26 || text.charCodeAt(start - 1) === 0x26)) return false;
  if (p.notAfterCapital && afterCapitalisedWord(text, start)) return false;
  if (p.notSentenceStart && sentenceInitial(text, start)) return false;
  return true;
}

function rightBoundary(p: Pattern, text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (classOf(c) === NONWORD) {
    if (!APOSTROPHES.has(c)) return true;
    // Aleppo's, Halep'te, Esad'ın: a lower-case suffix after an apostrophe; SANA'A is another word.
    let j = end + 1;
    while (j < text.length && classOf(text.charCodeAt(j)) === WORD) {
      if (!isLower(text.charCodeAt(j)) && foldCode(text.charCodeAt(j)) !== IGNORE) return false;
      j++;
    }
    return j - end - 1 <= 6;
  }
  if (p.stem) return isLower(c) || ((c >= 0x600 && c <= 0x6ff) && !isUpper(c));
  if (p.cyrillic) return cyrillicEnd(p, text, end) > end;
  // German and Dutch genitive -s (Assads, Aleppos), unless the name plus s is another word (Hamas).
  if (p.plainS && !p.acronym && c === 0x73) return end + 1 >= text.length || classOf(text.charCodeAt(end + 1)) === NONWORD;
  return false;
}

function caseMatches(p: Pattern, text: string, start: number, end: number, ctx: BlockContext): boolean {
  if (p.anyCase) return true;
  if (!p.upperLetters.length) return true;
  let letter = 0;
  let u = 0;
  let ok = true;
  for (let j = start; j < end && u < p.upperLetters.length; j++) {
    const c = text.charCodeAt(j);
    if (classOf(c) !== WORD || foldCode(c) === IGNORE || (c >= 0x30 && c <= 0x39)) continue;
    if (letter === p.upperLetters[u]) {
      if (!isUpper(c)) {
        ok = false;
        break;
      }
      u++;
    }
    letter++;
  }
  if (ok) return true;
  return !p.acronym && ctx.caseless(start);
}

/** An abbreviation inside a run of capitals ("UN ACCORD" is French for "an agreement") is not trusted. */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  return capitalWord(text, prevWordRange(text, start)) || capitalWord(text, nextWordRange(text, end));
}

function prevWordRange(text: string, start: number): [number, number] | undefined {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j--;
  const e = j + 1;
  while (j >= 0 && classOf(text.charCodeAt(j)) === WORD) j--;
  return e > j + 1 ? [j + 1, e] : undefined;
}

function nextWordRange(text: string, end: number): [number, number] | undefined {
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  const s = j;
  while (j < text.length && classOf(text.charCodeAt(j)) === WORD) j++;
  return j > s ? [s, j] : undefined;
}

function capitalWord(text: string, r: [number, number] | undefined): boolean {
  if (!r || r[1] - r[0] < 2) return false;
  for (let j = r[0]; j < r[1]; j++) if (!isUpper(text.charCodeAt(j))) return false;
  return true;
}

function afterCapitalisedWord(text: string, start: number): boolean {
  const r = prevWordRange(text, start);
  if (!r) return false;
  const word = text.slice(r[0], r[1]);
  return isUpper(word.charCodeAt(0)) && !FUNCTION_WORDS.has(word.toLowerCase());
}

function sentenceInitial(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && /[\s"“”'‘’«»([]/.test(text[j]!)) j--;
  return j < 0 || /[.!?:;\n]/.test(text[j]!);
}
