import { describe, expect, it } from 'vitest';
import { detector, found } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// From a review on timelines, fact-checks, explainers, chart notes, corrections, anniversary pieces
// and obituaries in eight languages.

const onTopic = (s: string) => `${s} Aleppo.`;
const shownFigures = (text: string) =>
  scanText(detector, text).mentions.filter((m) => m.type === 'figure' && m.shown).map((m) => `${m.id}:${m.surface}`);

describe('names a timeline or a correction writes out', () => {
  it('reads a Turkish UN agency (BM + its name) as the agency, not the UN itself', () => {
    expect(found(onTopic("Kaynak: BM Mülteciler Yüksek Komiserliği'nin raporu."))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic('BM Dünya Gıda Programı yardım gönderdi.'))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic("BM'ye göre 250 bin sivil mahsur kaldı."))).toEqual(['united-nations:BM', 'aleppo:Aleppo']);
  });

  it('reads "Syria\'s government" and "Syria\'s army" as the Syrian government', () => {
    expect(found(onTopic("Syria's government declared full control."))).toEqual(["syrian-government:Syria's government", 'aleppo:Aleppo']);
  });

  it('reads Turkey\'s official Russian name in its cases', () => {
    expect(found(onTopic('Посол в Турецкой Республике погиб.'))).toEqual(['turkey:Турецкой Республике', 'aleppo:Aleppo']);
  });
});

describe('a timeline entry headed by its date', () => {
  it('reads the head\'s year with the entry it heads', () => {
    expect(shownFigures(onTopic('Alepo.\n15 de marzo de 2011. Comienzan en Deraa las protestas.'))).toEqual(['uprising-2011:2011']);
    expect(shownFigures(onTopic('Aleppo.\nMarch 2011. Protests erupt in Deraa.'))).toEqual(['uprising-2011:2011']);
    expect(shownFigures(onTopic('Aleppo.\nEnde 2011. Die Proteste weiten sich aus.'))).toEqual(['uprising-2011:2011']);
    expect(shownFigures(onTopic('Алеппо.\n15 марта 2011 года. Начало протестов в Дераа.'))).toEqual(['uprising-2011:2011']);
    expect(shownFigures(onTopic('Алеппо.\nМарт 2011 г. Начало протестов.'))).toEqual(['uprising-2011:2011']);
  });

  it('does not join a sentence that only ends in a year, nor a head in mid-line', () => {
    expect(shownFigures(onTopic('Aleppo.\nThe company was sold in 2011. Protests followed.'))).toEqual([]);
    expect(shownFigures(onTopic('Aleppo. Wir zogen im März 2011. Die Proteste begannen später.'))).toEqual([]);
  });
});

describe('death words', () => {
  it('reads the Spanish past of matar, Dutch "om het leven" and Russian "убил"', () => {
    expect(shownFigures(onTopic('La guerra ha matado a medio millón de personas en Alepo.'))).toEqual(['deaths-half-million:medio millón']);
    expect(shownFigures(onTopic('Bijna een half miljoen mensen kwamen om het leven.'))).toEqual(['deaths-half-million:Bijna een half miljoen']);
    expect(shownFigures(onTopic('Война убила почти полмиллиона человек.'))).toEqual(['deaths-half-million:почти полмиллиона']);
  });
});

describe('a question and its answer', () => {
  it('reads the answer\'s year with the question\'s topic word', () => {
    expect(shownFigures(onTopic('Q: When did the uprising begin?\nA: In March 2011.\n'))).toEqual(['uprising-2011:2011']);
    expect(shownFigures(onTopic('¿Cuándo empezó la guerra?\nEn marzo de 2011, con protestas en Deraa.\n'))).toEqual(['uprising-2011:2011']);
  });

  it('not a year after a statement, nor another year after a question', () => {
    expect(shownFigures(onTopic('The war is long. In 2011 we moved.\n'))).toEqual([]);
    expect(shownFigures(onTopic('When did the war reach the city?\n2012.\n'))).toEqual([]);
  });
});

describe('money and measures', () => {
  it('does not read an amount of money or a measure as a count of people', () => {
    expect(shownFigures(onTopic('The evacuation cost $34,000 per day.'))).toEqual([]);
    expect(shownFigures(onTopic('L\'évacuation coûte 35 000 euros par jour.'))).toEqual([]);
    expect(shownFigures(onTopic('Für die Evakuierung wurden 35.000 Liter Diesel gebraucht.'))).toEqual([]);
    expect(shownFigures(onTopic('تكلفة إجلاء 34 ألف دولار يوميا.'))).toEqual([]);
    expect(shownFigures(onTopic('Tahliye için 34.000 TL harcandı.'))).toEqual([]);
  });

  it('still reads the people next to them', () => {
    expect(shownFigures(onTopic('34,000 people were evacuated at a cost of $2 million.'))).toEqual(['evacuated-34000:34,000']);
  });
});

describe('a namesake of a place', () => {
  it('reads Homs after Francesc Homs (the Catalan politician) as his name, as Halep after Simona Halep', () => {
    expect(found('El exconseller Francesc Homs declaró ante el Supremo. Homs defendió la consulta.')).toEqual([]);
    expect(found('Francesc Homs declaró. En Siria, 34.000 personas fueron evacuadas de Alepo y de Homs.')).toEqual(['evacuated-34000:34.000', 'aleppo:Alepo', 'homs:Homs']);
  });
});
