import { describe, expect, it } from 'vitest';
import { detector, found, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on Italian, Portuguese and Polish text (wire copy, papers, TV news sites, Wikipedia,
// opinion, and off-topic pages of the same outlets).

const onTopic = (s: string) => `${s} Aleppo.`;
const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('Polish names', () => {
  it('reads Polish names in their cases', () => {
    expect(found('Przy wsparciu Rosji i Iranu reżim prezydenta Baszara al-Asada kontroluje Damaszek, Hims, Hamę i Latakię.')).toEqual([
      'russia:Rosji', 'iran:Iranu', 'assad:Baszara al-Asada', 'damascus:Damaszek', 'homs:Hims', 'hama:Hamę', 'latakia:Latakię',
    ]);
    expect(ids(onTopic('Siły wierne Baszarowi al-Asadowi; rozmowy z Turcją i Arabią Saudyjską; porozumienie z Katarem.'))).toEqual([
      'assad', 'turkey', 'saudi-arabia', 'qatar', 'aleppo',
    ]);
  });

  it('reads the other Polish spellings of Bashar, Homs in its cases and the colloquial International Red Cross', () => {
    expect(found(onTopic('Baszszar al-Asad; prezydent Baszar el-Asad; siły el-Asada.')).slice(0, 3)).toEqual([
      'assad:Baszszar al-Asad', 'assad:Baszar el-Asad', 'assad:el-Asada',
    ]);
    expect(found(onTopic('Walki w Homsie.'))).toEqual(['homs:Homsie', 'aleppo:Aleppo']);
    expect(ids(onTopic('Pomoc Międzynarodowego Czerwonego Krzyża.'))).toEqual(['icrc', 'aleppo']);
  });

  it('reads the ICRC, the UN, the army and the rebels as Polish papers write them', () => {
    expect(ids(onTopic('Według Międzynarodowego Komitetu Czerwonego Krzyża (MKCK) i ONZ armia syryjska pokonała rebeliantów.'))).toEqual([
      'icrc', 'icrc', 'united-nations', 'syrian-government', 'rebels', 'aleppo',
    ]);
    expect(ids(onTopic('Rada Bezpieczeństwa Organizacji Narodów Zjednoczonych; rząd syryjski i opozycja.'))).toEqual([
      'united-nations', 'syrian-government', 'rebels', 'aleppo',
    ]);
  });

  it('reads Polish Syria (Syrii, syryjski) as the cue that a brand-shared name (Hama) is the city', () => {
    expect(scanText(detector, 'Hama to miasto w zachodniej Syrii. W Hamie trwają walki.').onTopic).toBe(true);
    expect(scanText(detector, 'Walki w Hamie. Armia syryjska atakuje.').onTopic).toBe(true);
    expect(scanText(detector, 'Koraliki Hama w Rosji i Turcji.').onTopic).toBe(false);
  });

  it('reads Hims, the Polish papers\' name of Homs and a brand\'s, as the city near Syria only', () => {
    expect(found('W Hims, trzecim co do wielkości mieście Syrii, trwają walki.')).toEqual(['homs:Hims']);
    expect(scanText(detector, 'Hims & Hers, the telehealth company, reported revenue. Hims shares rose.').onTopic).toBe(false);
    expect(found(onTopic('Uchodźcy z Hims mieszkają w obozie.'))).toEqual(['homs:Hims', 'aleppo:Aleppo']);
  });

  it('reads the Polish spelling of Ahmad al-Khatib, as a weak name', () => {
    expect(found(onTopic('Ahmad al-Chatib, aktywista opozycji, mówił o Aleppo.'))[0]).toBe('ahmad-al-khatib:Ahmad al-Chatib');
    expect(scanText(detector, 'Ahmad al-Chatib wygrał turniej.').onTopic).toBe(false);
  });

  it('does not take a national society, the Free Syrian Army or the wife for the ICRC, the army or Bashar', () => {
    expect(ids(onTopic('Polski Czerwony Krzyż zaprasza; oddział Polskiego Czerwonego Krzyża.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Oddziały Wolnej Armii Syrii zajęły miasto.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Baszar al-Asad poślubił Asmę al-Asad.'))).toEqual(['assad', 'aleppo']);
  });
});

describe('Who a bare family name is', () => {
  it('keeps a relative named as such a side figure when the page names him again', () => {
    expect(found('Baszar al-Asad jest synem Hafiza al-Asada. Po śmierci Hafiza al-Asada w 2000 roku władzę objął syn. W 2011 roku wybuchły protesty przeciwko rządom Asada.').filter((s) => s.startsWith('assad'))).toEqual([
      'assad:Baszar al-Asad', 'assad:Asada',
    ]);
    expect(found('Bashar al-Assad é o segundo filho de Hafez al-Assad. Quando Hafez al-Assad morreu, em 2000, Bashar foi eleito. Em 2011, Assad escolheu a repressão.').filter((s) => s.startsWith('assad'))).toEqual([
      // (his given name alone is him too: review-nearwar)
      'assad:Bashar al-Assad', 'assad:Bashar', 'assad:Assad',
    ]);
  });

  it('still lets a relative named without a word of kinship take the name over', () => {
    expect(found('Bashar al-Assad spoke in Damascus. Hafez al-Assad had ruled for thirty years. Assad built the state.').filter((s) => s.startsWith('assad'))).toEqual(['assad:Bashar al-Assad']);
  });

  it('does not take the Assad family of Italian and Portuguese papers for Bashar', () => {
    expect(ids(onTopic('La famiglia Assad governa dal 1971; a família Assad é alauita.'))).toEqual(['aleppo']);
  });
});

describe('Latakia tobacco in Italian and Polish', () => {
  it('does not let "tabacco Latakia" or "tytoń Latakia" name the city', () => {
    expect(ids('Il celebre tabacco Latakia è affumicato. Un buon tytoń Latakia.')).toEqual([]);
  });

  it('reads Latakia beside a word of pipe tobacco in its clause as the tobacco, and its later bare uses too', () => {
    expect(scanText(detector, 'Recensione: tre miscele inglesi con Latakia a confronto.\n\nLa Latakia siriana di una volta era un\'altra cosa.').onTopic).toBe(false);
    expect(scanText(detector, 'Kupiłem mieszankę z dużą ilością Latakii. Czy Latakia to przyprawa?').onTopic).toBe(false);
    expect(scanText(detector, 'Mac Baren HH Latakia Flake: dolce e affumicato.').onTopic).toBe(false);
    // not across a clause, nor on a page already about the article, nor a pipeline (a bare Latakia
    // makes a page on-topic only with Syria named near it: see review-html)
    expect(ids('Latakia è un porto siriano; la miscela è ricca.')).toEqual(['latakia']);
    expect(ids('Aleppo è caduta. La miscela di Latakia è famosa.')).toEqual(['aleppo', 'latakia']);
    expect(ids('The gas pipeline to Latakia in Syria was hit.')).toEqual(['latakia']);
  });
});

describe('Polish figures', () => {
  it.each([
    ['Z rebelianckich dzielnic Aleppo ewakuowano łącznie 34 tys. osób.', 'evacuated-34000', 'same'],
    ['ONZ informowała, że z Aleppo uciekło 35 tys. osób.', 'fled-35000', 'same'],
    ['Wojna w Syrii pochłonęła prawie pół miliona ofiar śmiertelnych w Aleppo.', 'deaths-half-million', 'same'],
    ['Ewakuowano ponad 34 000 osób z Aleppo.', 'evacuated-34000', 'same'],
  ])('%j -> %s (%s)', (text, id, comparison) => {
    expect(figures(`Aleppo.\n\n${text}`)).toMatchObject([{ id, comparison, shown: true }]);
  });

  it('goes on after the abbreviated "tys." and "ok."', () => {
    expect(figures('Aleppo.\n\nZ Aleppo ewakuowano ok. 34 tys. osób. Kolejne zdanie.')).toMatchObject([{ id: 'evacuated-34000', shown: true }]);
  });
});

describe('Latakia beside an ordinary word of pipe tobacco (a pipe, a blend, a mixture)', () => {
  it.each([
    ['A gas pipe exploded in Latakia on Sunday, killing 12, Syrian state media said.'],
    ['Russian jets struck a mixture of rebel and civilian targets near Latakia.'],
    ['Una miscela di paura e rabbia a Latakia, in Siria, dopo i bombardamenti.'],
  ])('is the port where Syria or its war is named near it: %j', (text) => {
    expect(scanText(detector, text).onTopic).toBe(true);
    expect(ids(text)).toContain('latakia');
  });

  it('is still the tobacco beside a word only the tobacco has, or with no Syria near it', () => {
    expect(ids('Una miscela inglese con Latakia e tabacco Virginia.')).not.toContain('latakia');
    expect(scanText(detector, 'A Balkan mixture heavy on Latakia, smoked in a briar pipe.').onTopic).toBe(false);
  });
});

describe('a Polish parliament\'s opposition', () => {
  it('is not Syria\'s opposition (posłowie opozycji, partie opozycji, opozycja parlamentarna)', () => {
    const text = 'Rosja i Turcja ogłosiły rozejm w Aleppo.\n\nPosłowie opozycji domagają się debaty w Sejmie. Opozycja parlamentarna złożyła wniosek. Partie opozycji protestują.';
    expect(ids(text)).not.toContain('rebels');
  });

  it('is Syria\'s beside its name', () => {
    expect(ids('Aleppo.\n\nPartie opozycji syryjskiej spotkały się w Genewie.')).toContain('rebels');
  });
});

describe('another nation\'s opposition in Polish', () => {
  it('is not Syria\'s (białoruska opozycja, opozycji białoruskiej, z rosyjską opozycją)', () => {
    const text = 'Rozejm w Aleppo.\n\nBiałoruska opozycja protestuje w Mińsku. Liderka opozycji białoruskiej spotkała się z rosyjską opozycją. Opozycja syryjska odrzuciła plan.';
    expect(found(text).filter((x) => x.startsWith('rebels'))).toEqual(['rebels:Opozycja syryjska']);
  });
});
