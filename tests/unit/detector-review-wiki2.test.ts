import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// From a review on encyclopedia articles (Wikipedia style: infoboxes, citations, disambiguation
// pages, namesakes) in eight languages, a quarter off-topic.

const shown = (text: string) =>
  scanText(detector, text)
    .mentions.filter((m) => m.shown)
    .map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('encyclopedia: names', () => {
  it('keeps "rebel-held" a mention of the rebels before "eastern Aleppo"', () => {
    const text = 'The city was divided between government-held western Aleppo and rebel-held eastern Aleppo.';
    expect(shown(text)).toEqual(expect.arrayContaining(['rebels:rebel', 'aleppo:eastern Aleppo']));
  });
  it('does not read the Levant of Turkish "Ahrar\'uş-Şam", "Tahrir eş-Şam" as Damascus', () => {
    const text = "Halep'te Ahrar'uş-Şam ve Heyet Tahrir eş-Şam savaştı. Esad Şam'da konuştu.";
    const out = shown(text);
    expect(out.filter((m) => m.startsWith('damascus:'))).toEqual(['damascus:Şam']);
  });
});
