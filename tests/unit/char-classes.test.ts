import { describe, expect, it } from 'vitest';
import { isLetterDigitOrMark, isLetterOrMarkCode, isSpaceCode, letterCaseOf } from '../../core/detect/fold.ts';

// The hand-written classes must agree with the Unicode regular expressions they stand in for, on
// every UTF-16 code unit (lone surrogates are never letters either way).
describe('character classes without regular expressions for the common ranges', () => {
  const all = Array.from({ length: 0x10000 }, (_, c) => c);
  const disagree = (f: (c: number) => unknown, re: RegExp, map: (b: boolean) => unknown = (b) => b) =>
    all.filter((c) => f(c) !== map(re.test(String.fromCharCode(c)))).map((c) => c.toString(16));

  it('letter, digit or mark is exactly [\\p{L}\\p{N}\\p{M}]', () => {
    expect(disagree(isLetterDigitOrMark, /[\p{L}\p{N}\p{M}]/u)).toEqual([]);
  });
  it('letter or mark is exactly [\\p{L}\\p{M}]', () => {
    expect(disagree(isLetterOrMarkCode, /[\p{L}\p{M}]/u)).toEqual([]);
  });
  it('space is exactly \\s', () => {
    expect(disagree(isSpaceCode, /\s/u)).toEqual([]);
  });
  it('letter case is exactly \\p{Lu}, \\p{Ll} or neither', () => {
    const ref = (c: number) => (/\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : /\p{Ll}/u.test(String.fromCharCode(c)) ? 2 : 3);
    expect(all.filter((c) => letterCaseOf(c) !== ref(c)).map((c) => c.toString(16))).toEqual([]);
  });
});
