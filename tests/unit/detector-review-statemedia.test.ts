import { describe, expect, it } from 'vitest';
import { found as shown } from './support/detector.ts';

// From a review on state and state-aligned media (RT, TASS, RIA, Sputnik, SANA, Press TV, Xinhua,
// CGTN, Anadolu, TRT, Al Mayadeen, Telesur, Prensa Latina) in en, ru, ar, tr, fr, es.

describe('state media: the Syrian army by its official name', () => {
  it('reads French "Armée arabe syrienne" (RT France, Sputnik, SANA French) in any case', () => {
    const text = "L'Armée arabe syrienne a repris Alep. Selon l'armée arabe syrienne, les terroristes sont partis.";
    const out = shown(text).filter((m) => m.startsWith('syrian-government:'));
    expect(out).toEqual(['syrian-government:Armée arabe syrienne', 'syrian-government:armée arabe syrienne']);
  });
  it('reads French "forces armées syriennes" as the Syrian government', () => {
    expect(shown('Les forces armées syriennes sont entrées dans Alep-Est.')).toContain(
      'syrian-government:forces armées syriennes',
    );
  });
});

describe('state media: SANA by its full name', () => {
  it('reads the Russian full name of SANA (TASS, RIA), declined', () => {
    const text =
      'Алеппо освобожден, сообщает Сирийское арабское информационное агентство. По данным Сирийского арабского информационного агентства, бои завершены.';
    expect(shown(text).filter((m) => m.startsWith('sana:'))).toEqual([
      'sana:Сирийское арабское информационное агентство',
      'sana:Сирийского арабского информационного агентства',
    ]);
  });
});
