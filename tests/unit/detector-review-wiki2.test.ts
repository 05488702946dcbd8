import { describe, expect, it } from 'vitest';
import { found as shown } from './support/detector.ts';

// From a review on encyclopedia articles (Wikipedia style: infoboxes, citations, disambiguation
// pages, namesakes) in eight languages, a quarter off-topic.

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

describe('encyclopedia: namesakes with their years', () => {
  it('reads a one-word place name after a given name, with years, as a surname (and its later bare uses)', () => {
    const text = 'Aleppo and Homs are Syrian cities.\n\nPeople with the surname\nJoan Homs (1901–1978), Catalan painter\nMarc Homs, cyclist';
    const out = shown(text).filter((m) => m.startsWith('homs:'));
    expect(out).toEqual(['homs:Homs']);
  });
  it('reads "Talal Asad (* 1932)" and "Assad Ali (* 1937)" as namesakes, not Bashar al-Assad', () => {
    const text = 'Baschar al-Assad (* 1965), syrischer Präsident\nTalal Asad (* 1932), Anthropologe\nAssad Ali (* 1937), Dichter';
    expect(shown(text).filter((m) => m.startsWith('assad:'))).toEqual(['assad:Baschar al-Assad']);
  });
  it('keeps a battle\'s years after a lower-case word: "Siege of Homs (2011–2014)"', () => {
    expect(shown('Siege of Homs (2011–2014)\nThe army shelled Homs.')).toContain('homs:Homs');
  });
});

describe('encyclopedia: things named after the family', () => {
  it('does not read the German "Assad-Stadion" (the Al-Assad Stadium in Latakia) as Bashar al-Assad', () => {
    const out = shown('Baschar al-Assad besuchte Latakia.\nSonstiges\nAssad-Stadion in Latakia');
    expect(out.filter((m) => m.startsWith('assad:'))).toEqual(['assad:Baschar al-Assad']);
  });
});
