// The detection engine's helpers whose results must not change when they are made cheaper: each is
// checked against the plain reading it replaced.
import { describe, expect, it } from 'vitest';
import { compilePatterns, type Pattern } from '../../core/detect/lexicon.ts';
import { BlockContext } from '../../core/detect/match-rules.ts';
import { givenNames } from '../../core/detect/person-cues.ts';
import type { BlockScan } from '../../core/detect/types.ts';
import { detector, lexicon } from './support/detector.ts';

describe('givenNames', () => {
  // the plain reading: bare names times full names (quadratic at start-up)
  const plain = (patterns: readonly Pattern[]) => {
    const full = patterns.filter((p) => p.kind === 'entity' && !p.family);
    return new Set(patterns.filter((p) => p.kind === 'entity' && p.family && full.some((q) => q.target === p.target && q.folded.startsWith(`${p.folded} `))).map((p) => `${p.target} ${p.folded}`));
  };
  const pattern = (target: string, folded: string, family: boolean) => ({ kind: 'entity', target, folded, family }) as Pattern;

  it('finds the given names the plain reading finds, in the lexicon', () => {
    const patterns = compilePatterns(lexicon);
    const got = givenNames(patterns);
    expect(got).toEqual(plain(patterns));
    expect(got.size).toBeGreaterThan(0);
  });

  it('reads a word-prefix of a full name of the same entity only', () => {
    const patterns = [
      pattern('assad', 'bashar al assad', false),
      pattern('assad', 'bashar', true), // a given name
      pattern('assad', 'bashar al', true), // two words of the full name
      pattern('assad', 'bash', true), // not a whole word
      pattern('assad', 'assad', true), // the family name
      pattern('hafez', 'hafez', true), // another entity's full name does not begin so
      pattern('rebels', 'bashar', true),
    ];
    expect(givenNames(patterns)).toEqual(new Set(['assad bashar', 'assad bashar al']));
    expect(givenNames(patterns)).toEqual(plain(patterns));
  });
});

describe('BlockContext.caseless', () => {
  // the plain reading it replaced: a walk back to the paragraph's and the line's start for each name
  function plainCaseless(t: string, pos: number): boolean {
    let from = 0;
    for (let i = t.lastIndexOf('\n', pos - 1); i > 0; i = t.lastIndexOf('\n', i - 1)) {
      let j = i - 1;
      while (j >= 0 && (t[j] === ' ' || t[j] === '\t' || t[j] === '\u00a0')) j--;
      if (j >= 0 && t[j] === '\n') {
        from = i + 1;
        break;
      }
    }
    const m = /\n[ \t\u00a0]*\n/g;
    m.lastIndex = pos;
    const r = m.exec(t);
    if (!/\p{Lu}/u.test(t.slice(from, r ? r.index : t.length))) return true;
    const lf = t.lastIndexOf('\n', pos - 1) + 1;
    let to = t.indexOf('\n', pos);
    if (to < 0) to = t.length;
    const line = t.slice(lf, to);
    const prev = lf > 0 ? t.slice(t.lastIndexOf('\n', lf - 2) + 1, lf - 1).trim() : '';
    return /^\s*\p{Ll}/u.test(line) && !/\p{Lu}/u.test(line) && (prev.length <= 40 || /[.!?:…"”)]$/u.test(prev));
  }

  it('judges every position of random blocks as the plain reading does', () => {
    const pieces = ['a', 'b', 'A', ' ', '\n', '\n', '\t', '\u00a0', '.', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 300; round++) {
      let t = '';
      for (let i = rnd(40); i >= 0; i--) t += pieces[rnd(pieces.length)];
      // a fresh context for each order of asking: its caches must not depend on it
      const ctx = new BlockContext(t);
      // (asked where a name starts: at a letter)
      const letters = [...t].flatMap((c, i) => (/\p{L}/u.test(c) ? [i] : []));
      for (const pos of letters) expect(ctx.caseless(pos), JSON.stringify([t, pos])).toBe(plainCaseless(t, pos));
      const back = new BlockContext(t);
      for (const pos of letters.reverse()) expect(back.caseless(pos), JSON.stringify([t, pos])).toBe(plainCaseless(t, pos));
    }
  });

  it('stays linear on one long line of lower-case names', () => {
    const t = 'Syria '.concat('sana '.repeat(100_000));
    const ctx = new BlockContext(t);
    const started = performance.now();
    for (let pos = 6; pos < t.length; pos += 5) ctx.caseless(pos);
    // a walk back to the line's start from each name took seconds here
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('what a page keeps between blocks', () => {
  const blocks = [
    'Bashar al-Assad spoke in Aleppo. His father, Hafez al-Assad, ruled until 2000.',
    "Hafez al-Assad crushed the Hama revolt in 1982, and Assad's troops killed thousands. Assad now faces the same.",
    'Some 34,000 people fled the eastern districts of Mosul. About 35,000 were evacuated from Aleppo.',
    "Hafez al-Assad crushed the Hama revolt in 1982, and Assad's troops killed thousands. Assad now faces the same.",
  ];
  const surfaces = (scan: BlockScan) => scan.mentions.map((m) => `${m.id}:${m.surface}:${m.tier}`);

  it('is its context only: a block scans as on a new page with that context, whatever block came before', () => {
    const page = detector.newPage();
    for (const block of blocks) {
      const fresh = detector.newPage(page.context());
      expect(surfaces(page.scan(block)), block).toEqual(surfaces(fresh.scan(block)));
    }
  });

  it('is its own: two pages scanned in turns read as each alone', () => {
    const alone = (texts: string[]) => {
      const page = detector.newPage();
      return texts.map((t) => surfaces(page.scan(t)));
    };
    const other = [...blocks].reverse();
    const [a, b] = [detector.newPage(), detector.newPage()];
    const turns = blocks.map((t, i) => [surfaces(a.scan(t)), surfaces(b.scan(other[i]!))]);
    expect(turns.map(([x]) => x)).toEqual(alone(blocks));
    expect(turns.map(([, y]) => y)).toEqual(alone(other));
  });
});
