import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// From a review on number-heavy writing (OCHA flash updates, ICRC and UNHCR releases, factboxes,
// infographic text, fact-checks, parliamentary answers, corrections) in eight languages.

const figures = (text: string) =>
  scanText(detector, text)
    .mentions.filter((m) => m.shown && m.type === 'figure')
    .map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('number-heavy writing: figures', () => {
  it('reads a topic word written in capitals with its ending (an infographic line)', () => {
    expect(figures('EVACUATED FROM EAST ALEPPO: 34,000 (ICRC, 22 Dec)')).toEqual(['evacuated-34000:34,000']);
    expect(figures('Aleppo. EVACUATIONS SO FAR: 34,000 people')).toEqual(['evacuated-34000:34,000']);
  });
  it('does not read aid items counted beside the evacuees as people, even after an adjective', () => {
    expect(figures('Aleppo. Some 34,000 hot meals were distributed to evacuees.')).toEqual([]);
    expect(figures('Alep : 34 000 couvertures distribuées aux évacués.')).toEqual([]);
    expect(figures('Aleppo: 34,000 people were evacuated.')).toEqual(['evacuated-34000:34,000']);
  });
  it('does not read a Turkish capacity ("34 bin kişilik çadır kenti") as people who left', () => {
    expect(figures('Halep tahliyesi: 34 bin kişilik çadır kenti hazırlandı.')).toEqual([]);
    expect(figures('Halep\'ten 34 bin kişi tahliye edildi.')).toEqual(['evacuated-34000:34 bin']);
  });
  it('reads the Turkish noun "kaçış" (flight) as fleeing', () => {
    expect(figures('Halep: 34 bin tahliye · 35 bin kaçış')).toEqual(['evacuated-34000:34 bin', 'fled-35000:35 bin']);
  });
});

describe('number-heavy writing: names', () => {
  const shown = (text: string) =>
    scanText(detector, text)
      .mentions.filter((m) => m.shown)
      .map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
  it('reads Halep before a Turkish compound head typed in plain letters ("Halep tahliyesi") as Aleppo', () => {
    expect(shown('Rakamlarla Halep tahliyesi\n\nAnkara - Suriye ordusu kenti aldı.')).toContain('aleppo:Halep');
    // the tennis player in Spanish stays hers
    expect(shown('Simona Halep y Muguruza ganaron en Madrid.')).not.toContain('aleppo:Halep');
  });
});
