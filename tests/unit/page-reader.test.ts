import { describe, expect, it } from 'vitest';
import { asShown, batchReaders, scanWith } from '@/core/detect/page-reader.ts';
import type { Detector, Mention } from '@/core/detect/types.ts';
import { detector } from './support/detector.ts';

const blocks = [
  'Fighting went on in Damascus, the UN said.', // context only: shown once the page turns on-topic
  'Hafez al-Assad ruled Syria before his son.',
  'Assad was then president.', // the bare name means Hafez here
  'Bashar al-Assad spoke on Thursday.',
  'Assad said the army had retaken Aleppo, where 34,000 people were evacuated.',
];

describe('page readers: batches scanned elsewhere, the page context carried between them', () => {
  it('read a line break of the page\'s source as the space it shows, offsets unchanged', async () => {
    const text = 'In Aleppo, the ICRC said 34,000 people had been\nevacuated.';
    expect(asShown(text)).toBe(text.replace('\n', ' '));
    // a <br> (U+2028 from the page reader) is a line end, and two of them with white space between
    // them in the source ("<br>⏎<br>") are a blank line, one for one
    expect(asShown('Bachar\u2028Al-Assad')).toBe('Bachar\nAl-Assad');
    expect(asShown('Hama beads.\u2028\n \u2028Rebels near Aleppo')).toBe('Hama beads.\n\n\n\nRebels near Aleppo');
    const [scan] = await batchReaders(scanWith(() => detector)).newPage().scan([text]);
    const figure = scan!.mentions.find((m) => m.type === 'figure');
    expect(figure).toMatchObject({ id: 'evacuated-34000', start: text.indexOf('34,000') });
  });

  it('find what one scanner of the whole page finds, however the blocks are batched', async () => {
    const whole = detector.newPage();
    const expected = blocks.map((t) => whole.scan(t));
    const shownAtEnd = (ms: Mention[]) => ms.map((m) => whole.isShown(m));
    for (const cuts of [[1, 1, 1, 1, 1], [2, 3], [5], [1, 4], [3, 1, 1]]) {
      // a fresh detector page per batch: nothing but the context survives between them
      let pages = 0;
      const counting: Detector = { newPage: (c) => (pages++, detector.newPage(c)) };
      const reader = batchReaders(scanWith(() => counting)).newPage();
      const got = [];
      let at = 0;
      for (const n of cuts) {
        got.push(...(await reader.scan(blocks.slice(at, at + n))));
        at += n;
      }
      expect(pages).toBe(cuts.length);
      expect(got).toEqual(expected);
      expect(reader.onTopic).toBe(whole.onTopic);
      expect(got.map((s) => s.mentions.map((m) => reader.isShown(m)))).toEqual(expected.map((s) => shownAtEnd(s.mentions)));
    }
    expect(expected[2]!.mentions.some((m) => m.id === 'assad')).toBe(false);
    expect(expected[4]!.mentions.some((m) => m.id === 'assad')).toBe(true);
  });

  it('refuses an answer that does not match the batch', async () => {
    const reader = batchReaders(async (context) => ({ context, scans: [] })).newPage();
    await expect(reader.scan(['Aleppo'])).rejects.toThrow(/scanned 0 of 1/);
    expect(await reader.scan([])).toEqual([]);
  });
});
