import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

const shown = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown);
const shownIds = (text: string) => shown(text).map((m) => m.id);

describe('a Turkish one-word name outside Turkish text (review-html2)', () => {
  it.each([
    ['Halep remonta y jugará la final en Doha.'],
    ['Halep batte la Errani a Roma.'],
    ['Halep vince a Madrid.'],
    ["Dell'anno scorso: Halep vince a Madrid. Aujourd'hui Halep gagne."],
  ])('does not read %j as Aleppo nor make the page on-topic', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.id === 'aleppo')).toHaveLength(0);
  });

  it('leaves the Aleppo story of a Spanish page and drops only its sports box', () => {
    const text = 'Los rebeldes abandonan Alepo tras cuatro años.\n\nHalep y Muguruza, en semifinales';
    expect(shownIds(text).filter((id) => id === 'aleppo')).toHaveLength(1);
  });

  it.each([
    ["Halep'te tahliye tamamlandı."],
    ['Halepte son durum'],
    ['Suriye ordusu Halep kentinin tamamını ele geçirdi.'],
    ['Doğu Halep boşaltıldı.'],
    // typed without Turkish letters: its apostrophe suffixes say it is Turkish
    ["Suriye'de Besar Esad yonetimi Halep kentinin tamamini kontrol altina aldi."],
  ])('still reads Turkish %j', (text) => {
    expect(shownIds(text)).toContain('aleppo');
  });
});

describe('a number between two topic words (review-html2)', () => {
  it('counts the clause it stands in, not the one a comma closed', () => {
    const f = shown('O exército sírio controla Alepo. Antes da retirada, cerca de 35 mil civis fugiram para zonas controladas pelo regime.').filter(
      (m) => m.type === 'figure',
    );
    expect(f.map((m) => m.id)).toEqual(['fled-35000']);
  });

  it('keeps an evacuation count before a later clause about those who fled', () => {
    const f = shown('In Aleppo 34,000 people were evacuated, after 35,000 had fled.').filter((m) => m.type === 'figure');
    expect(f.map((m) => m.id)).toEqual(['evacuated-34000', 'fled-35000']);
  });
});
