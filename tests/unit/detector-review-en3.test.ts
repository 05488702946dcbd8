import { describe, expect, it } from 'vitest';
import { detector, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on English news of many outlets (wires, tabloids, South Asian, Gulf and Turkish
// English-language papers, live blogs, NGO releases, hearings) and off-topic look-alike pages.

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('English news: figures', () => {
  it('reads English "left" with its object and "to leave" as leaving, as salieron or ont quitté', () => {
    expect(figures('Aleppo.\n\nThe ICRC says some 34,000 people left eastern Aleppo over eight days.')).toMatchObject([
      { id: 'evacuated-34000', comparison: 'same' },
    ]);
    expect(figures('Aleppo.\n\nAbout 35,000 people left the besieged districts last week.')).toMatchObject([{ id: 'fled-35000' }]);
    expect(figures('Aleppo.\n\nSome 34,000 people, according to the ICRC, are expected to leave the rebel enclave.')).toMatchObject([
      { id: 'evacuated-34000' },
    ]);
    // a count that agrees with neither, or one left behind, is another count
    expect(figures('Aleppo.\n\nAbout 8,000 people left the city on Monday.')).toEqual([]);
    expect(figures('Aleppo.\n\nSome 50,000 people are left in the enclave.')).toEqual([]);
  });
});

describe('English news: names', () => {
  it('reads the spelling Latakiyah', () => {
    expect(ids('Latakiyah is a port city in Syria.')).toEqual(['latakia']);
  });
});
