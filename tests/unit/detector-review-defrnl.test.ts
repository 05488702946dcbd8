import { describe, expect, it } from 'vitest';
import { found, ids } from './support/detector.ts';

// From a review on German, French and Dutch news (dpa, AFP, ANP, Belga, APA, SDA/ATS wires, papers,
// live pages, letters, explainers) and off-topic pages sharing names.

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

});
