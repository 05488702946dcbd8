import { describe, expect, it } from 'vitest';
import { detector, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on English news of many outlets (wires, tabloids, South Asian, Gulf and Turkish
// English-language papers, live blogs, NGO releases, hearings) and off-topic look-alike pages.

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('English news: figures', () => {
  it('reads English "left" and "leave" with their object as leaving, as salieron or ont quitté', () => {
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

describe('English news: counts inside counts', () => {
  it('does not give a topic word that counts a later clause\'s number to the number before it', () => {
    expect(figures('Aleppo.\n\nMore than 8 million Syrian children need aid, including 2.5 million living as refugees.')).toMatchObject([
      { id: 'displaced-millions', surface: '2.5 million' },
    ]);
    // a topic word bound to neither, after the parenthesis, counts the first
    expect(figures('Aleppo.\n\nSome 34,000 people, including 4,000 fighters, were evacuated.')).toMatchObject([{ id: 'evacuated-34000', value: 34000 }]);
    // nor does a number bound to its own topic word lose it
    expect(figures('Aleppo.\n\nMore than 11 million people have been displaced, including 5 million refugees.')).toMatchObject([
      { id: 'displaced-millions', surface: 'More than 11 million' },
      { id: 'displaced-millions' },
    ]);
  });
});

describe('English news: names', () => {
  it('reads the spelling Latakiyah', () => {
    expect(ids('Latakiyah is a port city in Syria.')).toEqual(['latakia']);
  });
});
