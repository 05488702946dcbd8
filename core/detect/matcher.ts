import { classOf, foldCode, IGNORE, SPACE, WORD } from './fold.ts';
import type { Pattern } from './lexicon.ts';
import { accept, afterMarks, BlockContext, cyrillicEnd, wordEnd } from './match-rules.ts';

const weakForms = new WeakMap<Pattern, Pattern>();
/** The pattern as a weak name (?): a mention on a page about the article only, never making one so. */
function weakened(p: Pattern): Pattern {
  let w = weakForms.get(p);
  if (!w) weakForms.set(p, (w = { ...p, weak: true }));
  return w;
}

export interface RawMatch {
  pattern: Pattern;
  start: number;
  /** end of the name itself (a suffix such as 's or 'te is not part of the mention) */
  end: number;
}

/** Alphabet indices: 0 not learnt yet; 1 a character no name contains; 255 ignorable (diacritics). */
const NONE = 1;
const IGN = 255;

/**
 * A trie over folded names, walked only from word starts of the original text. Most words do not
 * begin any name, so the common path per character is one table read for its word class, and per
 * word one exact test of its first three letters.
 *
 * Names are spelt in a small alphabet (the hundred-odd folded characters they use), so that every
 * per-character table is indexed directly: code unit -> alphabet index (learnt lazily), first two
 * letters -> a row, row and third letter -> a byte. Trie edges live in one open-addressing hash
 * table of typed arrays: building it allocates a few arrays rather than thousands of maps, and a
 * step costs one or two probes whatever the fan-out.
 */
export class Matcher {
  /** code unit -> alphabet index (see NONE, IGN) */
  private readonly alphaOf = new Uint8Array(65536);
  /** folded code unit -> alphabet index (0: in no name) */
  private readonly letterOf = new Uint8Array(65536);
  private readonly width: number;
  private readonly space: number;
  private readonly root: Int32Array;
  private readonly edgeKey: Int32Array;
  private readonly edgeTo: Int32Array;
  private readonly edgeMask: number;
  private readonly edgeShift: number;
  private readonly terminals: (Pattern[] | undefined)[];
  /** first two letters -> row (0: no name starts so); row and third letter -> triple (0: none) */
  private readonly pairs: Uint16Array;
  private readonly third: Uint16Array;
  /** triple and fourth letter -> 1; triples that are whole names (ONU, UNO) pass whatever follows */
  private readonly fourth: Uint8Array;
  private readonly shortTriple: Uint8Array;
  /** rows that are whole names (UN, BM), first letters that are */
  private readonly shortPair: Uint8Array;
  private readonly single: Uint8Array;
  /** node reached by the Arabic article "ال", for "لل" (li + al) prefixed names */
  private readonly alNode: number;
  /** trie steps taken so far: the tests use it to prove scanning is linear */
  steps = 0;

  constructor(patterns: readonly Pattern[]) {
    // every name spelt in alphabet indices, end to end (a content script builds this on every page)
    let total = 0;
    for (const p of patterns) total += p.folded.length;
    const spelt = new Uint8Array(total);
    const from = new Int32Array(patterns.length + 1);
    let letters = 0;
    for (let k = 0, o = 0; k < patterns.length; k++) {
      const f = patterns[k]!.folded;
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i);
        let x = this.letterOf[c]!;
        if (x === 0) {
          if (letters + 2 >= IGN) throw new Error(`names use more distinct characters than the matcher's alphabet holds (${IGN - 2})`);
          x = this.letterOf[c] = 2 + letters++;
        }
        spelt[o++] = x;
      }
      from[k + 1] = o;
    }
    const w = (this.width = letters + 2);
    this.space = this.letterOf[SPACE]!;
    this.root = new Int32Array(w);
    const bits = Math.max(4, Math.ceil(Math.log2((total + 1) * 2)));
    this.edgeKey = new Int32Array(1 << bits);
    this.edgeTo = new Int32Array(1 << bits);
    this.edgeMask = (1 << bits) - 1;
    this.edgeShift = 32 - bits;
    this.pairs = new Uint16Array(w * w);
    this.single = new Uint8Array(w);
    let size = 1;
    let rows = 0;
    // the insertion is inlined with its tables in locals: this runs on every start of the background
    const root = this.root;
    const edgeKey = this.edgeKey;
    const edgeTo = this.edgeTo;
    const mask = this.edgeMask;
    const shift = this.edgeShift;
    const ends = new Int32Array(patterns.length);
    for (let k = 0; k < patterns.length; k++) {
      const s = from[k]!;
      const e = from[k + 1]!;
      let node = 0;
      for (let i = s; i < e; i++) {
        const x = spelt[i]!;
        if (node === 0) {
          let next = root[x]!;
          if (next === 0) next = root[x] = size++;
          node = next;
          continue;
        }
        const key = node * w + x + 1;
        let h = Math.imul(key, 0x9e3779b1) >>> shift;
        while (edgeKey[h] !== 0 && edgeKey[h] !== key) h = (h + 1) & mask;
        if (edgeKey[h] === 0) {
          edgeKey[h] = key;
          edgeTo[h] = size++;
        }
        node = edgeTo[h]!;
      }
      ends[k] = node;
      if (e - s === 1) this.single[spelt[s]!] = 1;
      else if (e - s > 1 && !this.pairs[spelt[s]! * w + spelt[s + 1]!]) this.pairs[spelt[s]! * w + spelt[s + 1]!] = ++rows;
    }
    // terminals in a dense array (holes would make it a dictionary)
    this.terminals = new Array<Pattern[] | undefined>(size).fill(undefined);
    for (let k = 0; k < patterns.length; k++) (this.terminals[ends[k]!] ??= []).push(patterns[k]!);
    // Three letters let a third of a text's words through (the, with, have: the Assads, wit
    // Rusland, have left); a fourth stops most of them before any walk.
    this.third = new Uint16Array((rows + 1) * w);
    this.shortPair = new Uint8Array(rows + 1);
    let triples = 0;
    for (let k = 0; k < patterns.length; k++) {
      const s = from[k]!;
      const e = from[k + 1]!;
      if (e - s < 2) continue;
      const r = this.pairs[spelt[s]! * w + spelt[s + 1]!]!;
      if (e - s === 2) this.shortPair[r] = 1;
      else if (!this.third[r * w + spelt[s + 2]!]) this.third[r * w + spelt[s + 2]!] = ++triples;
    }
    this.fourth = new Uint8Array((triples + 1) * w);
    this.shortTriple = new Uint8Array(triples + 1);
    for (let k = 0; k < patterns.length; k++) {
      const s = from[k]!;
      const e = from[k + 1]!;
      if (e - s < 3) continue;
      const t = this.third[this.pairs[spelt[s]! * w + spelt[s + 1]!]! * w + spelt[s + 2]!]!;
      if (e - s === 3) this.shortTriple[t] = 1;
      else this.fourth[t * w + spelt[s + 3]!] = 1;
    }
    this.alNode = this.walkString('ال');
  }

  /** The alphabet index of a code unit of the text. */
  private alpha(c: number): number {
    const v = this.alphaOf[c]!;
    if (v !== 0) return v;
    const f = foldCode(c);
    const x = f === IGNORE ? IGN : this.letterOf[f] || NONE;
    this.alphaOf[c] = x;
    return x;
  }

  private step(node: number, x: number): number {
    if (node === 0) return this.root[x] ?? 0;
    const key = node * this.width + x + 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.edgeShift;
    for (;;) {
      const k = this.edgeKey[h]!;
      if (k === key) return this.edgeTo[h]!;
      if (k === 0) return 0;
      h = (h + 1) & this.edgeMask;
    }
  }

  private walkString(s: string): number {
    let node = 0;
    for (let i = 0; i < s.length && (i === 0 || node); i++) node = this.step(node, this.alpha(s.charCodeAt(i)));
    return node;
  }

  /**
   * Per code unit, what it means for a scan: 1 ends a word; 2 is inside a word but starts no name;
   * 3 may start a name; 4 is an Arabic letter (may start a name or carry a prefix: وحلب). Filled
   * lazily, so a page pays only for the characters it uses.
   */
  private readonly startTable = new Uint8Array(65536);

  private startClass(c: number): number {
    let v: number;
    if (classOf(c) !== WORD) v = 1;
    else {
      const f = foldCode(c);
      v = f === IGNORE ? 2 : f >= 0x621 && f <= 0x64a ? 4 : this.root[this.alpha(c)] !== 0 ? 3 : 2;
    }
    this.startTable[c] = v;
    return v;
  }

  /** Calls `onMatch` for each accepted name in `text`, left to right, never overlapping. */
  scan(text: string, onMatch: (m: RawMatch) => void): void {
    // The hot loop: one table read per character, and per word start an exact test of its first
    // three letters (most words fail it). Tables are read from locals: V8 cannot keep `this.x` in a
    // register across the calls below.
    const n = text.length;
    const st = this.startTable;
    const alphaOf = this.alphaOf;
    const root = this.root;
    const pairs = this.pairs;
    const w = this.width;
    let ctx: BlockContext | undefined;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let t = st[c]!;
      if (t === 0) t = this.startClass(c);
      if (t === 1) {
        i++;
        continue;
      }
      if (t >= 3) {
        let m: RawMatch | undefined;
        const a = this.alpha(c);
        if (root[a] !== 0) {
          let may: boolean;
          if (this.single[a] === 1 || i + 1 >= n) may = this.single[a] === 1;
          else {
            const c2 = text.charCodeAt(i + 1);
            let b = alphaOf[c2]!;
            if (b === 0) b = this.alpha(c2);
            if (b === IGN) may = this.mayStart(a, text, i + 1);
            else {
              const r = pairs[a * w + b]!;
              may = r !== 0 && (this.shortPair[r] === 1 || this.thirdOk(r, b, text, i + 2));
            }
          }
          if (may) m = this.longestAt(text, i, i, 0, (ctx ??= new BlockContext(text)));
        }
        if (!m && t === 4) m = this.arabicPrefixed(text, i, (ctx ??= new BlockContext(text)));
        if (m) {
          onMatch(m);
          // resume after the word the name ends in (a suffix is never a new word start)
          i = Math.max(m.end, i + 1);
        } else i++;
      } else i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        t = st[d]!;
        if (t === 0) t = this.startClass(d);
        if (t === 1) break;
        i++;
      }
    }
  }

  /**
   * Whether the letters from `j` on (skipping marks, and a space after a space, as the walk does)
   * continue row `r`, whose second letter is `b`, into the first four letters of a name, or into a
   * whole three-letter name.
   */
  private thirdOk(r: number, b: number, text: string, j: number): boolean {
    const n = text.length;
    const space = this.space;
    let c = 0;
    while (j < n) {
      c = this.alpha(text.charCodeAt(j++));
      if (c !== IGN && !(c === space && b === space)) break;
      c = 0;
    }
    if (c === 0) return false;
    const t = this.third[r * this.width + c]!;
    if (t === 0) return false;
    if (this.shortTriple[t] === 1) return true;
    let d = 0;
    while (j < n) {
      d = this.alpha(text.charCodeAt(j++));
      if (d !== IGN && !(d === space && c === space)) break;
      d = 0;
    }
    return d !== 0 && this.fourth[t * this.width + d] === 1;
  }

  /** Whether the folded letters from `j` on, after first letter `a`, begin some name (exact, no walk). */
  private mayStart(a: number, text: string, j: number): boolean {
    if (this.single[a]) return true;
    const n = text.length;
    let b = 0;
    while (j < n) {
      b = this.alpha(text.charCodeAt(j++));
      if (b !== IGN) break;
      b = 0;
    }
    if (b === 0) return false;
    const r = this.pairs[a * this.width + b]!;
    if (r === 0) return false;
    return this.shortPair[r] === 1 || this.thirdOk(r, b, text, j);
  }

  /**
   * و ف ب ل ك are written onto the next word in Arabic: وحلب, بحلب, للأمم. So is the article ال,
   * which a topic word takes freely (القتلى, والنازحين) but a name only as listed (الحماة, the
   * mother-in-law, is not Hama).
   */
  private arabicPrefixed(text: string, i: number, ctx: BlockContext): RawMatch | undefined {
    let p = i;
    let afterPreposition = false;
    for (let k = 0; k < 2 && p < text.length; k++) {
      const c = foldCode(text.charCodeAt(p));
      // the second letter of ال or لل, past the vowel marks of a vowelled text (لِلْأُمَمِ)
      const q = this.pastMarks(text, p + 1);
      const second = q < text.length ? foldCode(text.charCodeAt(q)) : 0;
      if (c === 0x627 && second === 0x644 && q + 1 < text.length && this.root[this.alpha(text.charCodeAt(q + 1))]) {
        const m = this.longestAt(text, i, q + 1, 0, ctx);
        if (m && m.pattern.kind === 'topic') return m;
      }
      // only a conjunction (و ف) takes another prefix after it (وبحلب, وللأمم); a preposition
      // (ب ل ك) is followed by its noun, so "للحلب" is li + al + the milking, never li + li + Aleppo
      if (k === 1 && afterPreposition) return undefined;
      if (c === 0x644 && second === 0x644 && this.alNode) {
        // "لل" = preposition li + the article al, whose alef is dropped
        const m = this.longestAt(text, i, q + 1, this.alNode, ctx);
        if (m) return m;
      }
      if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643) return undefined;
      afterPreposition = c !== 0x648 && c !== 0x641;
      p++;
      // a vowel mark on the prefix (وَحِمْص, بِدِمَشْق) is not a letter of the name
      while (p < text.length && this.alpha(text.charCodeAt(p)) === IGN) p++;
      const m = p < text.length && this.root[this.alpha(text.charCodeAt(p))] ? this.longestAt(text, i, p, 0, ctx) : undefined;
      // the mention is the name, not the "and" or "in" written onto it (وحماة is "and Hama": حماة)
      if (m) return { ...m, start: p };
    }
    return undefined;
  }

  /** The first index from `j` on that is not a vowel mark (or the end). */
  private pastMarks(text: string, j: number): number {
    while (j < text.length && this.alpha(text.charCodeAt(j)) === IGN) j++;
    return j;
  }

  // Terminals met on the current walk, longest last (reused: a walk allocates nothing).
  private ends = new Int32Array(64);
  private nodes = new Int32Array(64);

  /** Walks from `from` (node `node`), reporting a match that starts at `start`. */
  private longestAt(text: string, start: number, from: number, node: number, ctx: BlockContext): RawMatch | undefined {
    // The trie step is inlined with its tables in locals: most walks are long failures
    // ("international support" against "international committee ...").
    const n = text.length;
    const ends = this.ends;
    const nodes = this.nodes;
    const alphaOf = this.alphaOf;
    const root = this.root;
    const edgeKey = this.edgeKey;
    const edgeTo = this.edgeTo;
    const mask = this.edgeMask;
    const shift = this.edgeShift;
    const w = this.width;
    const space = this.space;
    const terminals = this.terminals;
    let count = 0;
    let j = from;
    let lastSpace = false;
    let steps = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      let x = alphaOf[c]!;
      if (x === 0) x = this.alpha(c);
      if (x === IGN || (x === space && lastSpace)) {
        j++;
        continue;
      }
      steps++;
      let next: number;
      if (node === 0) next = root[x]!;
      else {
        const key = node * w + x + 1;
        let h = Math.imul(key, 0x9e3779b1) >>> shift;
        for (;;) {
          const k = edgeKey[h]!;
          if (k === key) {
            next = edgeTo[h]!;
            break;
          }
          if (k === 0) {
            next = 0;
            break;
          }
          h = (h + 1) & mask;
        }
      }
      if (next === 0) break;
      node = next;
      lastSpace = x === space;
      j++;
      if (terminals[node] !== undefined && count < ends.length) {
        ends[count] = j;
        nodes[count++] = node;
      }
    }
    this.steps += steps;
    for (let t = count - 1; t >= 0; t--) {
      for (const p of terminals[nodes[t]!]!) {
        const end = ends[t]!;
        const ok = accept(p, text, start, end, ctx);
        if (ok) return { pattern: ok === 'weak' ? weakened(p) : p, start, end: p.stem || (p.lang === 'tr' && p.kind === 'entity') ? wordEnd(text, end) : afterMarks(text, cyrillicEnd(p, text, end)) };
      }
    }
    return undefined;
  }
}
