import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeNumberWord, tokenize } from '../../core/detect/figure-parser.ts';
import { numberWords } from '../../core/detect/number-words.ts';
import { newsText } from '../../scripts/bench/synthetic.ts';

// The regular expression the hand-written tokenizer replaced (it compiled Unicode letter classes on
// every page): the tokenizer must cut text exactly where it did. It leaves out words that cannot be
// number words (a number never reads across one), so the reference drops them too.
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
const TOKEN = /(\d{1,3}(?:[,.\u00a0\u202f'’ ]\d{3}(?!\d))+|\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*)/gu;
function reference(text: string) {
  const out: Array<{ start: number; end: number; digits?: number }> = [];
  for (const m of asciiDigits(text).matchAll(TOKEN)) {
    if (m[1]) {
      const grouped = /^\d{1,3}(?:[,.\u00a0\u202f'’ ]\d{3})+$/.test(m[1]);
      out.push({ start: m.index, end: m.index + m[1].length, digits: grouped ? Number(m[1].replace(/\D/g, '')) : Number(m[1].replace(',', '.')) });
    } else if (/[-‐]/.test(m[2]!) || mayBeNumberWord(m[2]!, 0, m[2]!.length)) out.push({ start: m.index, end: m.index + m[2]!.length });
  }
  return out;
}
/** word tokens as spans (hyphenated words may be split into parts: joined back here) */
function spans(text: string) {
  const out: Array<{ start: number; end: number; digits?: number }> = [];
  for (const t of tokenize(text)) {
    const last = out[out.length - 1];
    if (t.digits === undefined && last && last.digits === undefined && last.end + 1 === t.start && /[-‐]/.test(text[last.end]!)) last.end = t.end;
    else out.push(t.digits === undefined ? { start: t.start, end: t.end } : { start: t.start, end: t.end, digits: t.digits });
  }
  return out;
}

describe('the figure tokenizer', () => {
  it('cuts random text of digits, separators, letters, marks and joiners where the regular expression did', () => {
    const chars = fc.constantFrom(...'0123456789٣٤۵ ,.\u00a0\u202f\'’‐-abcXYZéçöİıحلب\u064eмир!?(/\n'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
      expect(spans(text)).toEqual(reference(text));
    }), { numRuns: 3000 });
  });

  it('cuts news text where the regular expression did', () => {
    const text = newsText(40_000, 3);
    expect(spans(text)).toEqual(reference(text));
  });

  it('keeps every word that may be a number word, and drops the others', () => {
    const text = 'About thirty-four thousand people, vierunddreißigtausend Menschen, خمسة وعشرون, polite words and 34,000.';
    const words = tokenize(text).filter((t) => t.digits === undefined).map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['thirty', 'four', 'thousand', 'vierunddreißigtausend', 'خمسة', 'وعشرون']));
    expect(words).not.toContain('people');
    expect(words).not.toContain('polite');
    expect(tokenize(text).some((t) => t.digits === 34000)).toBe(true);
  });
});

describe('which words the figure parser looks up', () => {
  it('every number word, morpheme and joiner of the eight languages, alone or with the Arabic "and" glued on', () => {
    const { SMALL, MULT, HUNDRED, HALF, JOINERS, VAGUE, DUALS, WHOLE, MORPHEMES } = numberWords();
    const words = [...Object.keys(SMALL), ...Object.keys(MULT), ...HUNDRED, ...HALF, ...JOINERS, ...Object.keys(VAGUE), ...Object.keys(DUALS), ...Object.keys(WHOLE), ...MORPHEMES];
    expect(words.length).toBeGreaterThan(300);
    for (const w of words) {
      // capitalised forms as they read back to the word (Turkish KIRK reads "kirk", not kırk)
      const cased = [w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)].filter((f) => f.toLowerCase() === w);
      for (const form of [w, ...cased, `و${w}`]) {
        if (!mayBeNumberWord(form, 0, form.length)) throw new Error(`"${form}" is not looked up`);
      }
    }
  });

  it('skips common words that begin no number word', () => {
    const looked = ['the', 'The', 'people', 'from', 'said', 'government', 'Aleppo', 'in', 'to', 'la', 'les', 'das', 've', 'في', 'и'].filter((w) => mayBeNumberWord(w, 0, w.length));
    expect(looked).toEqual([]);
  });
});
