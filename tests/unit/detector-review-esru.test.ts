import { describe, expect, it } from 'vitest';
import { detector, found, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on Spanish and Russian text (Wikipedia, wire copy, papers, abstracts, transcripts).

const onTopic = (s: string) => `${s} Aleppo.`;
const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('Spanish and Russian names', () => {
  it('reads Spanish Wikipedia\'s accented Ásad, bare or full', () => {
    expect(found('Las protestas contra Bashar al-Ásad comenzaron en Daraa. La toma de Alepo fue la mayor victoria de al-Ásad.')).toEqual([
      'assad:Bashar al-Ásad', 'aleppo:Alepo', 'assad:al-Ásad',
    ]);
  });

  it('reads Bashar\'s full name with his patronymic as his, not as his father\'s', () => {
    expect(found('Bashar Hafez al-Ásad (en árabe: بشار حافظ الأسد) nació en Damasco. Ásad estudió medicina.')).toEqual([
      'assad:Bashar Hafez al-Ásad', 'assad:بشار حافظ الأسد', 'damascus:Damasco', 'assad:Ásad',
    ]);
    expect(ids(onTopic('Баша́р Ха́фез аль-Аса́д — президент Сирии. Асад родился в Дамаске.'))).toEqual(['assad', 'assad', 'damascus', 'aleppo']);
    expect(ids(onTopic('Bashar Hafez al-Assad was born in Damascus.'))).toEqual(['assad', 'damascus', 'aleppo']);
  });

  it('does not take the father, the brothers, the wife or the family for Bashar', () => {
    expect(ids(onTopic('Es hijo de Háfez al-Ásad. Hafez el Asad gobernó desde 1971.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Su hermano Maher al Asad; su esposa, Asma al-Ásad.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Брат — Басиль Асад; жена — Асма Асад. Махера Асада назначили командиром.'))).toEqual(['aleppo']);
    expect(ids(onTopic('La familia al Asad y el clan de los Asad. Семья Асадов и клан Асадов.'))).toEqual(['aleppo']);
  });

  it('reads the Syrian government and army as Spanish and Russian papers write them', () => {
    expect(ids(onTopic('El gobierno sirio y las Fuerzas Armadas de Siria.'))).toEqual(['syrian-government', 'syrian-government', 'aleppo']);
    expect(found(onTopic('Командование вооруженных сил Сирии; главнокомандующий Вооружёнными силами Сирии.')).slice(0, 2)).toEqual([
      'syrian-government:вооруженных сил Сирии', 'syrian-government:Вооружёнными силами Сирии',
    ]);
  });

  it('reads the rebels\' adjective and the other nouns for them', () => {
    expect(ids(onTopic('El enclave rebelde, los combatientes opositores y el bastión insurgente.'))).toEqual(['rebels', 'rebels', 'rebels', 'aleppo']);
    expect(found(onTopic('повстанческие районы')).slice(0, 1)).toEqual(['rebels:повстанческие']);
  });

  it('reads Hamá but not Hamás, and the apricot and the damask rose are not Damascus', () => {
    expect(ids('La ciudad de Hamá. El movimiento Hamás.')).toEqual(['hama']);
    expect(ids(onTopic('Mermelada de damasco y agua de rosas de Damasco; Damasco, la capital.'))).toEqual(['damascus', 'aleppo']);
  });

  it('does not let the Aleppo pine, soap or pepper make a page about the article', () => {
    expect(ids('El pino de Alepo y los pinos de Alepo; el jabón de Alepo y la pimienta de Alepo; la ONU.')).toEqual([]);
  });

  it('keeps a bare family name before a capitalised word and a comma: Turkish puts the subject first', () => {
    expect(ids("Esad Rusya, İran ve Hizbullah'ın desteğiyle Halep'i geri aldı.")).toEqual(['assad', 'russia', 'iran', 'aleppo']);
    expect(ids('Aleppo Falls To Assad Forces, Rebels Say')).toEqual(['aleppo', 'assad', 'rebels']);
  });
});

describe('Spanish and Russian figures', () => {
  it.each([
    ['ООН оценила число бежавших из восточных районов в 35 тыс. человек.', 'fled-35000', 'same'],
    ['Конфликт унёс жизни почти полумиллиона человек.', 'deaths-half-million', 'same'],
    ['La guerra ha costado la vida a casi medio millón de personas.', 'deaths-half-million', 'same'],
    ['El conflicto se ha cobrado más de 470.000 vidas.', 'deaths-half-million', 'same'],
    ['Once millones de personas han sido expulsadas de sus casas.', 'displaced-millions', 'same'],
    ['Из восточных кварталов выведены более 34 тысяч человек.', 'evacuated-34000', 'same'],
    ['Миллионы сирийцев лишились крова.', 'displaced-millions', 'same'],
  ])('%j -> %s (%s)', (text, id, comparison) => {
    expect(figures(`Alepo.\n\n${text}`)).toMatchObject([{ id, comparison, shown: true }]);
  });

  it('links a number told with a word of leaving to the evacuation or the flight, whichever it agrees with', () => {
    expect(figures('Alepo.\n\nMás de 34.000 personas salieron por los corredores humanitarios.')).toMatchObject([{ id: 'evacuated-34000', comparison: 'same' }]);
    expect(figures('Алеппо.\n\nВосточный Алеппо покинули более 34 тысяч человек.')).toMatchObject([{ id: 'evacuated-34000', comparison: 'same' }]);
    expect(figures('Алеппо.\n\nЗа неделю город покинули 35 тысяч человек.')).toMatchObject([{ id: 'fled-35000', comparison: 'same' }]);
    expect(figures('Alepo.\n\nUnas 36.000 personas han abandonado la ciudad.')).toMatchObject([{ id: 'fled-35000', comparison: 'close' }]);
    // a number that agrees with neither is another count: not linked
    expect(figures('Alepo.\n\nUnas 50.000 personas salieron a las calles.')).toEqual([]);
    expect(figures('Alepo.\n\nLa salida de 2 millones de barriles.')).toEqual([]);
  });

  it('does not let a reporter alone make a text on-topic, whatever the count (the UN counts every flood\'s and war\'s)', () => {
    expect(scanText(detector, 'Según la ONU, unas 36.000 personas han tenido que huir de sus casas por las inundaciones.').onTopic).toBe(false);
    expect(scanText(detector, 'Según la ONU, unas 35.000 personas han huido de las zonas rebeldes.').onTopic).toBe(false);
    expect(scanText(detector, 'About 35,000 people fled Hodeidah last week, the UN said.').onTopic).toBe(false);
    // a close count still does with a place of the article in its sentence
    expect(scanText(detector, 'Unas 36.000 personas han huido del este de Alepo.').onTopic).toBe(true);
  });
});
