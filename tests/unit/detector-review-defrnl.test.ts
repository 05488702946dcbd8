import { describe, expect, it } from 'vitest';
import { detector, found, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on German, French and Dutch news (dpa, AFP, ANP, Belga, APA, SDA/ATS wires, papers,
// live pages, letters, explainers) and off-topic pages sharing names.

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('German, French and Dutch news: names', () => {
  it('reads a family name plus s after an article as the family, not Bashar al-Assad', () => {
    expect(found('Aleppo. In Latakia, der Heimatregion der Assads, herrscht Ruhe.')).toEqual(['aleppo:Aleppo', 'latakia:Latakia']);
    expect(ids('Aleppo. De Assads regeerden vijftig jaar.')).toEqual(['aleppo']);
    expect(ids('Aleppo. The Assads ruled for fifty years.')).toEqual(['aleppo']);
    // one person's genitive takes no article
    expect(ids('Aleppo. Assads Truppen rücken vor.')).toEqual(['aleppo', 'assad']);
  });

  it('does not read a German or Dutch compound naming a UN agency, programme or fund as the UN', () => {
    expect(ids('Aleppo. Das Geld geht an das UNO-Flüchtlingshochkommissariat und das UN-Welternährungsprogramm.')).toEqual(['aleppo']);
    expect(ids('Aleppo. Het geld gaat naar de VN-vluchtelingenorganisatie.')).toEqual(['aleppo']);
    // the Security Council, an envoy, the UN's figures are the UN
    expect(ids('Aleppo. Der UN-Sicherheitsrat tagt. Nach UN-Angaben flohen viele.')).toEqual(['aleppo', 'united-nations', 'united-nations']);
  });

  it('reads the Belgian and Flemish Red Cross societies by their names as national societies', () => {
    expect(ids('Alep. La Croix-Rouge de Belgique collecte des dons pour le CICR.')).toEqual(['aleppo', 'icrc']);
    expect(ids('Aleppo. Rode Kruis Vlaanderen zamelt geld in voor het Rode Kruis.')).toEqual(['aleppo', 'icrc']);
  });

  it('reads French "la rébellion" as the rebels', () => {
    expect(ids('Alep. Les soutiens de la rébellion se sont effacés.')).toEqual(['aleppo', 'rebels']);
  });
});

describe('German, French and Dutch news: figures', () => {
  it('reads German "auf die Straße gehen" and Dutch "de straat op" (to protest) as the uprising', () => {
    expect(figures('Aleppo.\n\nWir haben 2011 die jungen Leute in Homs bejubelt, die gegen Assad auf die Straße gingen.')).toMatchObject([
      { id: 'uprising-2011', shown: true },
    ]);
    expect(figures('Aleppo.\n\nIn 2011 gingen in Homs duizenden mensen de straat op tegen Assad.')).toMatchObject([{ id: 'uprising-2011' }]);
  });

  it('reads the Dutch singular "vluchteling" as displacement and "weggevoerd" (taken away) as the evacuation', () => {
    expect(figures('Aleppo.\n\nMiljoenen Syriërs leven nog als vluchteling in Turkije.')).toMatchObject([{ id: 'displaced-millions' }]);
    expect(figures('Aleppo.\n\nAhmad werd in 2016 met een groene bus uit Oost-Aleppo weggevoerd. „Toen zaten we met 34.000 mensen in die bussen.”')).toMatchObject([
      { id: 'evacuated-34000', comparison: 'same' },
    ]);
  });
});

describe('German news: the ICRC\'s name after an article', () => {
  it('reads the weak forms of the full name (das Internationale Komitee, beim Internationalen Komitee) as one mention', () => {
    expect(found('Aleppo. Das Internationale Komitee vom Roten Kreuz bestätigte das. Beim Internationalen Komitee vom Roten Kreuz hieß es ...')).toEqual([
      'aleppo:Aleppo', 'icrc:Internationale Komitee vom Roten Kreuz', 'icrc:Internationalen Komitee vom Roten Kreuz',
    ]);
  });
});
