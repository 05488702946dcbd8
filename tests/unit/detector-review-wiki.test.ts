import { describe, expect, it } from 'vitest';
import { detector, found } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import { foldString } from '../../core/detect/fold.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on encyclopaedia articles (Wikipedia plain text) in English, Spanish, Russian,
// German, French, Arabic, Turkish and Dutch: cities of the article, the Assad family, the Hama
// massacre, SANA, the Syrian Arab Red Crescent, and look-alikes (Sanaa, Hamadan, Tirana, the lion).

const figureIds = (text: string) =>
  scanText(detector, text)
    .mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure' && m.shown)
    .map((f) => `${f.id}:${f.surface}`);
const assads = (text: string) => found(text).filter((s) => s.startsWith('assad:'));

describe('a Wikipedia citation marker after a full stop', () => {
  it('ends the sentence: a year of the next is not read with the war of the last', () => {
    expect(figureIds('The uprising of 2011 reached Homs and the suburbs of Damascus.[3] In April 2011, the EU imposed sanctions on him.')).toEqual([
      'uprising-2011:2011',
    ]);
    expect(figureIds('Aleppo: in March 2011 Vogue published a profile titled "A Rose in the Desert".[4] The article was removed after the crackdown on the protests, which developed into the civil war.')).toEqual([]);
    expect(figureIds('وفي أغسطس 2011 اقتحم الجيش السوري حماة بالدبابات.[4] وظلت المدينة تحت سيطرة الحكومة طوال سنوات الحرب.')).toEqual([]);
  });

  it('ends it after a run of markers, letters and notes too, and still reads a figure in its own sentence', () => {
    expect(figureIds('Aleppo was divided in 2012.[12][a][note 3] In the war that began in 2011, Homs was besieged.')).toEqual(['uprising-2011:2011']);
    expect(figureIds('In Aleppo, 34,000 people were evacuated.[7] Talks went on in 2011.')).toEqual(['evacuated-34000:34,000']);
    // a bracket that is no marker (a blank, a line break) glues as before
    expect(figureIds('Homs and the war [ ] In 2011 it began.')).toEqual(['uprising-2011:2011']);
  });

  it('stays linear on text full of brackets', () => {
    for (const unit of ['war 2011.[1] ', 'killed ]]]]]]] 34,000 ', 'fled.[[[[ 35,000 ', 'war.[1][2][3][4][5][6][7][8][9][10][11][12] ']) {
      const t = performance.now();
      scanText(detector, `Aleppo. ${unit.repeat(Math.ceil(1_000_000 / unit.length))}`);
      expect(performance.now() - t, unit).toBeLessThan(20_000);
    }
  }, 120_000);
});

describe('the name of the Turkish language before a Turkish name', () => {
  it.each([
    ['Aleppo (Arabic: حلب; in Turkish it is Halep).'],
    ['Alep (en arabe : حلب, Ḥalab ; en turc : Halep) est une ville de Syrie.'],
    ['Aleppo (türkisch Halep) ist eine Stadt in Syrien.'],
    ['Aleppo (Turkish: Halep) is a city in Syria.'],
  ])('reads the name in %j', (text) => {
    expect(found(text).filter((s) => s === 'aleppo:Halep')).toHaveLength(1);
  });

  it('does not read a Spanish tennis line as Turkish for a nearby word of another sense', () => {
    expect(found('Aleppo. La tenista turca perdió y Halep ganó en Doha.')).toEqual(['aleppo:Aleppo']);
  });
});

describe('romanisations with long vowels', () => {
  it('reads ā ī ū as their vowels (Ḥamāh, al-Lādhiqīyah)', () => {
    expect(foldString('Ḥamāh al-Lādhiqīyah Dimashq ash-Shām')).toBe('hamah al ladhiqiyah dimashq ash sham');
    expect(found('Hama (arabisch حماة, DMG Ḥamāh) ist eine Stadt.')).toEqual(['hama:Hama', 'hama:حماة', 'hama:Ḥamāh']);
    expect(found('Al-Lādhiqīyah is a port.')).toEqual(['latakia:Al-Lādhiqīyah']);
  });

  it('keeps Turkish ğ, ş and ı letters of their own', () => {
    expect(foldString('Doğu Şam ılık')).toBe('doğu şam ılık');
  });
});

describe('a relative named as such on a page about Bashar al-Assad', () => {
  it('does not take his bare family name over', () => {
    expect(assads('Bashar al-Assad is a Syrian politician. He succeeded his father Hafez al-Assad in 2000. Assad studied medicine in Damascus.')).toEqual([
      'assad:Bashar al-Assad', 'assad:Assad',
    ]);
    expect(assads('Bashar al-Assad (Damascus, 1965) is een Syrisch politicus. Hij volgde zijn vader Hafez al-Assad op. Assad studeerde geneeskunde.')).toEqual([
      'assad:Bashar al-Assad', 'assad:Assad',
    ]);
    expect(assads('Bashar al-Ásad es un político sirio. Es hijo de Háfez al-Ásad. Ásad fue elegido en 2000 en Damasco.')).toEqual([
      'assad:Bashar al-Ásad', 'assad:Ásad',
    ]);
    expect(assads("Beşşar Esad Şam'da doğdu. Babası Hafız Esad 1971'de iktidara geldi. Esad, askerî hekim olarak görev yaptı.")).toEqual([
      'assad:Beşşar Esad', 'assad:Esad',
    ]);
  });

  it('leaves a relative named without a word of kinship, or before Bashar, the family name', () => {
    expect(assads('Bashar al-Assad spoke in Damascus. Hafez al-Assad had ruled for thirty years. Assad built the state.')).toEqual(['assad:Bashar al-Assad']);
    expect(assads('His father Hafez al-Assad ruled Syria from 1971. Assad crushed the uprising in Hama.')).toEqual([]);
    expect(assads('Rifaat al-Assad is the uncle of Bashar al-Assad. In 1984 Rifaat al-Assad left Syria. Assad went into exile in Paris; Hama.')).toEqual([
      'assad:Bashar al-Assad',
    ]);
  });
});

describe('the Assad family in other spellings (lexicon)', () => {
  it('knows the relatives as French and Turkish write them, and the family as no one person', () => {
    expect(assads("Maher el-Assad, frère de Bachar el-Assad, commande la 4e division. Voir aussi : Famille Assad, Rifaat el-Assad. Alep.")).toEqual([
      'assad:Bachar el-Assad',
    ]);
    expect(assads("Esma Esad, Beşar Esad'ın eşidir. Esma Esad Londra'da doğdu. Esad ailesi Moskova'ya kaçtı. Halep.")).toEqual(['assad:Beşar Esad']);
    expect(assads('Der Aufstand in Hama. Familie Assad; die Assad-Familie; the Assads ruled Syria.')).toEqual([]);
  });

  it('reads a name inverted as in titles and reference lists', () => {
    expect(assads('Асад, Хафез\n\nХафез Асад — президент Сирии. Латакия.')).toEqual([]);
    expect(assads('Асад, Башар\n\nБашар Асад — президент Сирии. Латакия.')).toEqual(['assad:Асад, Башар', 'assad:Башар Асад']);
  });
});

describe('place names (lexicon)', () => {
  it('reads lower-case latakia as the pipe tobacco and the capitalised name as the city', () => {
    expect(found('Латакия — порт. Сорт табака «латакия» выращивают рядом.')).toEqual(['latakia:Латакия']);
    // (a capitalised Latakia is the port where Syria is named near it: the tobacco is capitalised too)
    expect(found('Latakia is a port of Syria; the blend is heavy on latakia.')).toEqual(['latakia:Latakia']);
    // a lower-cased corpus still reads the city
    expect(found('в латакии прошли протесты')).toEqual(['latakia:латакии']);
  });

  it('reads the romanisations Hims, Химс, Hamah and аль-Лазикия', () => {
    expect(found('Homs (Arabic: حمص, Ḥimṣ) is a city.')).toEqual(['homs:Homs', 'homs:حمص', 'homs:Ḥimṣ']);
    expect(found('Хомс (араб. حمص, Химс) — город.')).toEqual(['homs:Хомс', 'homs:حمص', 'homs:Химс']);
    expect(found('Hamah, also spelled Hama.')).toEqual(['hama:Hamah', 'hama:Hama']);
    expect(found('Латакия (араб. اللاذقية, аль-Лазикия) — город.')).toEqual(['latakia:Латакия', 'latakia:اللاذقية', 'latakia:аль-Лазикия']);
    // Hims alone is also a brand: it makes no page about the article
    expect(scanText(detector, 'Hims & Hers reported earnings.').onTopic).toBe(false);
  });
});

describe('a Turkish name in a title standing alone', () => {
  const shownSurfaces = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown).map((m) => m.surface);

  it('is read above a Turkish article, weak: shown once the page is about the article', () => {
    expect(shownSurfaces('Lazkiye\n\nLazkiye, Suriye\'nin en büyük liman şehridir.')).toEqual(['Lazkiye', 'Lazkiye']);
    expect(shownSurfaces('Halep Muharebesi (2012-2016)\n\nHalep Muharebesi, Suriye İç Savaşı sırasında yaşandı.')).toEqual(['Halep', 'Halep']);
  });

  it('is looked for within a short line only: a megabyte without line breaks stays linear', () => {
    const t = performance.now();
    scanText(detector, 'Halep Doha '.repeat(100_000));
    expect(performance.now() - t).toBeLessThan(20_000);
  }, 60_000);

  it('makes no page about the article, and a Spanish sports line stays the tennis player', () => {
    expect(scanText(detector, 'Halep\n\nLa tenista rumana ganó en Doha.').onTopic).toBe(false);
    expect(shownSurfaces('Los rebeldes abandonan Alepo tras cuatro años.\n\nHalep y Muguruza, en semifinales')).toEqual(['rebeldes', 'Alepo']);
  });
});

describe('words of the 2011 protests (lexicon)', () => {
  it('link the year in English, Turkish, Dutch, German, Spanish and Russian', () => {
    expect(figureIds('In Homs, anti-government demonstrations began in March 2011.')).toEqual(['uprising-2011:2011']);
    expect(figureIds("Lazkiye'de Mart 2011'de hükûmet karşıtı gösteriler düzenlendi.")).toEqual(['uprising-2011:2011']);
    expect(figureIds('In Aleppo begonnen in maart 2011 de protesten.')).toEqual(['uprising-2011:2011']);
    // (a bare "Hama" is also a brand: Syria named near it makes it the city)
    expect(figureIds('Im März 2011 begannen im syrischen Hama Demonstrationen gegen die Regierung.')).toEqual(['uprising-2011:2011']);
    expect(figureIds('En marzo de 2011 empezaron las manifestaciones en Homs.')).toEqual(['uprising-2011:2011']);
    expect(figureIds('В марте 2011 года в Хомсе начались демонстрации.')).toEqual(['uprising-2011:2011']);
  });
});
