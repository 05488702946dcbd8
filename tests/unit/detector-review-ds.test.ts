import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on texts shaped like public news datasets (MLSUM, Lenta.ru, 10kGNAD, TTC4900,
// SANAD) and Wikipedia plain text, in Spanish, Russian, German, French, Turkish and Arabic.

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');
const figureIds = (text: string) => figures(text).map((f) => `${f.id}:${f.surface}`);

describe('figures in sentences longer than the reach', () => {
  // Wikipedia's citation markers glue a sentence to the next ("kurda.[1] El conflicto ..."), and
  // lower-cased corpora without punctuation are one sentence: a topic word far into it keeps its reach.
  const glued =
    'La guerra civil siria es un conflicto armado que se libra en Siria desde 2011 entre el gobierno de Bashar al-Ásad, apoyado por Rusia e Irán, ' +
    'y diversos grupos opositores, entre ellos organizaciones yihadistas como el Frente al-Nusra y el Estado Islámico, y las Fuerzas Democráticas ' +
    'Sirias, de mayoría kurda, que controlan buena parte del noreste del país.[1][2] El conflicto se originó a partir de las protestas de la ' +
    'Primavera Árabe, que se extendieron a Siria en marzo de 2011 y fueron reprimidas con violencia.[3] Alepo.';

  it('links a number to a topic word past the first topic word\'s reach', () => {
    expect(figureIds(glued)).toEqual(['uprising-2011:2011', 'uprising-2011:2011']);
  });

  it('still links a number only to topic words within reach of it', () => {
    // one unpunctuated sentence: the death toll is far from the war word, and the number near it
    // names no topic
    const far = `savaş başladı ${'ve sonra '.repeat(50)}34 bin kişi geldi halep`;
    expect(figureIds(far)).toEqual([]);
    const near = `savaş başladı ${'ve sonra '.repeat(50)}34 bin kişi tahliye edildi halep`;
    expect(figureIds(near)).toEqual(['evacuated-34000:34 bin']);
  });
});

describe('an agency\'s name after its word for itself', () => {
  const ids = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown).map((m) => `${m.id}:${m.surface}`);

  it('is the agency, undeclined, as Russian writes it in apposition', () => {
    expect(ids('Как сообщило агентство Сана, армия заняла город.')).toEqual(['sana:агентство Сана']);
    expect(ids('По данным агентства Сана, армия заняла город.')).toEqual(['sana:агентства Сана']);
    expect(ids('Как сообщает государственное агентство Сирии Сана, армия заняла город.')).toEqual(['sana:Сана']);
  });

  it('is not Yemen\'s capital declined a few words after another agency', () => {
    expect(ids('Как сообщило подконтрольное хуситам агентство Saba, в Сане в момент удара проходила церемония.')).toEqual([]);
    expect(scanText(detector, 'Как сообщило агентство Saba, в Сане прогремел взрыв.').onTopic).toBe(false);
  });
});

describe('a place that is another person\'s family name', () => {
  const ids = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown).map((m) => `${m.id}:${m.surface}`);

  it('is the tennis player after her full name, bare or with a Turkish suffix', () => {
    const fr = 'La Roumaine Simona Halep a remporté Roland-Garros. Numéro un mondiale, Halep avait perdu trois finales. « Je n’y crois pas », a déclaré Halep.';
    expect(ids(fr)).toEqual([]);
    expect(scanText(detector, fr).onTopic).toBe(false);
    const tr = "Rumen tenisçi Simona Halep şampiyon oldu. Halep'i tebrik eden Stephens, Halep'in zaferini kutladı.";
    expect(ids(tr)).toEqual([]);
  });

  it('is the city everywhere else', () => {
    expect(ids("Halep'te çatışmalar sürüyor.")).toEqual(['aleppo:Halep']);
    // another name of the city after her name is the city again, and so is a bare Halep after it
    expect(ids("Simona Halep kazandı. Doğu Halep'te ise çatışmalar sürüyor. Halep'ten kaçanlar var.")).toEqual([
      'aleppo:Doğu Halep', 'aleppo:Halep',
    ]);
  });

  it('is the city again once the war is named: a sports ticker above a story about Aleppo', () => {
    const page = "Spor: Simona Halep, Roland Garros'ta elendi.\n\nHalep kentinde rejim güçleri ilerliyor. Halep'ten tahliye edilen 34 bin kişi, BM'ye göre Halep'teki son bölgeden çıktı.";
    // (the story's first Halep are still hers: "rejim güçleri" may be any regime's; the evacuation ends it)
    expect(ids(page)).toEqual(['syrian-government:rejim güçleri', 'evacuated-34000:34 bin', 'united-nations:BM', 'aleppo:Halep']);
    // a country's political opposition is no side of the war
    expect(scanText(detector, "Simona Halep kazandı. CHP lideri muhalefet adına konuştu. Halep yarı finalde.").onTopic).toBe(false);
  });
});

describe('names and topic words from news datasets', () => {
  const ids = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown).map((m) => `${m.id}:${m.surface}`);

  it('reads the Syrian army and regime as German Wikipedia and papers write them', () => {
    expect(ids('Aleppo fiel an die Syrisch-Arabische Armee. Das syrische Regime und die Regimetruppen der Syrisch-Arabischen Armee.')).toEqual([
      'aleppo:Aleppo', 'syrian-government:Syrisch-Arabische Armee', 'syrian-government:syrische Regime',
      'syrian-government:Regimetruppen', 'syrian-government:Syrisch-Arabischen Armee',
    ]);
    // a critic of the regime is not the regime
    expect(ids('Aleppo. Syrische Regimegegner demonstrierten.')).toEqual(['aleppo:Aleppo']);
  });

  it('reads the Russian MoD\'s ВС САР and армия САР, declined', () => {
    expect(ids('ВС САР освободили Алеппо; армией САР взяты кварталы.')).toEqual([
      'syrian-government:ВС САР', 'aleppo:Алеппо', 'syrian-government:армией САР',
    ]);
  });

  it('links the Arab press\'s "Syrian crisis" of 2011 to the uprising', () => {
    expect(figureIds('في أكبر انتصار للرئيس بشار الأسد منذ اندلاع الأزمة السورية في مارس/آذار 2011.')).toEqual(['uprising-2011:2011']);
  });

  it('reads Turkish "hayatını kaybetmiştir" as deaths', () => {
    expect(figureIds("Halep. Savaşta 500.000'den fazla kişi hayatını kaybetmiştir.")).toEqual(['deaths-half-million:500.000']);
  });
});

describe('sentences and populations', () => {
  it('goes on after the ordinal dot of a German date or before a lower-case word', () => {
    expect(figureIds('Aleppo. Der Krieg begann am 15. März 2011 in Daraa.')).toEqual(['uprising-2011:2011']);
    expect(figureIds('Aleppo. Der Konflikt, der am 15. Jänner 2011 begann, dauert an.')).toEqual(['uprising-2011:2011']);
    expect(figureIds("Halep. İç savaş 7. yılına girdi, 2011'de başlamıştı.")).toEqual(['uprising-2011:2011']);
  });

  it('still ends a sentence at a number before a capitalised word that is no month', () => {
    // "Evakuiert wurden 12." is a sentence: the 34,000 dead of the next are not evacuees
    expect(figureIds('Aleppo. Evakuiert wurden 12. Am Montag meldete man 34.000 Tote.')).toEqual([]);
    expect(figureIds('Aleppo. Es waren am Ende 15. Der Krieg hatte 2011 begonnen.')).toEqual(['uprising-2011:2011']);
  });

  it('does not count a population, written before its word for inhabitants, as the displaced', () => {
    expect(figureIds('Alepo. Antes de la guerra, Siria tenía 22 millones de habitantes; 11 millones son desplazados o refugiados.')).toEqual([
      'displaced-millions:11 millones',
    ]);
    expect(figureIds('Alep. La Syrie comptait 21 millions d’habitants avant la guerre et des millions de réfugiés.')).toEqual([
      'displaced-millions:millions',
    ]);
    expect(figureIds('حلب. كان عدد سكان سوريا 22 مليون نسمة قبل الحرب، ونزح الملايين.')).toEqual(['displaced-millions:الملايين']);
    // inhabitants who fled are a count of the displaced
    expect(figureIds("Alep. Plus de 6 millions d'habitants ont fui la Syrie.")).toEqual(['displaced-millions:Plus de 6 millions']);
    expect(figureIds('Alepo. Más de 5 millones de habitantes han huido.')).toEqual(['displaced-millions:Más de 5 millones']);
  });
});

describe('topic words from anniversary pieces', () => {
  it.each([
    ['Alep. Le 15 mars 2011, quelques dizaines de manifestants défilaient à Damas.', 'uprising-2011:2011'],
    ['Алеппо. Антиправительственные выступления начались 15 марта 2011 года.', 'uprising-2011:2011'],
    ['Aleppo. Die Proteste gegen Assad begannen im März 2011.', 'uprising-2011:2011'],
    ['Alepo. Más de once millones de sirios han tenido que dejar sus hogares.', 'displaced-millions:Más de once millones'],
    ['Aleppo. Millionen Syrer mussten ihre Heimat verlassen.', 'displaced-millions:Millionen'],
    ['Alep. Des millions de Syriens ont dû quitter leur foyer.', 'displaced-millions:millions'],
    ['Halep. Milyonlarca Suriyeli komşu ülkelere sığındı.', 'displaced-millions:Milyonlarca'],
  ])('links %j', (text, expected) => {
    expect(figureIds(text)).toEqual([expected]);
  });
});

describe('words of leaving in French, German and Turkish', () => {
  it.each([
    ['Alep. Quelque 34 000 personnes ont quitté Alep-Est depuis jeudi, selon le CICR.', 'evacuated-34000:Quelque 34 000'],
    ['Aleppo. Rund 34.000 Menschen haben Ost-Aleppo seit Donnerstag verlassen.', 'evacuated-34000:Rund 34.000'],
    ['Aleppo. In den vergangenen Tagen verließen 35.000 Menschen die Rebellengebiete.', 'fled-35000:35.000'],
    ["Halep. Doğu Halep'ten 34 bin kişi ayrıldı.", 'evacuated-34000:34 bin'],
  ])('links %j to the figure it agrees with', (text, expected) => {
    expect(figureIds(text)).toEqual([expected]);
  });

  it('links millions who left their country or homes to the displaced', () => {
    expect(figureIds('Alep. Des millions de Syriens ont quitté le pays.')).toEqual(['displaced-millions:millions']);
    expect(figureIds('Alep. Plus de cinq millions de Syriens ont quitté leur pays.')).toEqual(['displaced-millions:Plus de cinq millions']);
    expect(figureIds('Aleppo. Fünf Millionen Syrer haben das Land verlassen.')).toEqual(['displaced-millions:Fünf Millionen']);
  });

  it('links no count whose word of leaving is negated', () => {
    expect(figureIds('Aleppo. Die Stadt nahm rund 35.000 Menschen auf, die ihre Häuser nicht verlassen konnten.')).toEqual([]);
    expect(figureIds("Alep. 34 000 civils n'ont pas quitté la ville.")).toEqual([]);
  });

  it('links no count that agrees with none of the figures', () => {
    expect(figureIds('Aleppo. 50.000 Menschen verließen am Morgen die Stadt zur Arbeit.')).toEqual([]);
    expect(figureIds('Alep. 1,5 million de touristes ont quitté Paris en août.')).toEqual([]);
  });

  it('reads Spanish "rebelión" as the uprising', () => {
    expect(figureIds('Alepo. El régimen de Al Asad resiste desde 2011 la rebelión.')).toEqual(['uprising-2011:2011']);
  });
});
