import { describe, expect, it } from 'vitest';
import { detector, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on Spanish and Russian mainstream news (wires, papers, live pages, explainers).

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('Spanish and Russian news: figures', () => {
  it('reads Spanish "sacar" (to take out) as the evacuation, as Arabic إخراج', () => {
    expect(figures('Alepo.\n\nEl CICR había sacado de los barrios orientales a unas 34.000 personas.')).toMatchObject([
      { id: 'evacuated-34000', comparison: 'same', shown: true },
    ]);
    expect(figures('Alepo.\n\nLos autobuses sacaron de la ciudad a 34.000 personas.')).toMatchObject([{ id: 'evacuated-34000' }]);
  });
});

describe('Spanish and Russian news: names', () => {
  it('takes a Russian adjective before Красный Крест for a national society, not a sentence\'s first noun', () => {
    expect(ids('Алеппо. Сотрудники Красного Креста уехали. Российский Красный Крест собрал помощь. Волонтёры Американского Красного Креста.')).toEqual([
      'aleppo', 'icrc',
    ]);
  });
});

describe('Spanish and Russian news: other wars\' counts beside Aleppo', () => {
  it('does not read a count of another nation\'s people as the article\'s', () => {
    expect(figures('Alepo.\n\nLa ONU calcula que más de tres millones de ucranianos han huido ya del país.')).toEqual([]);
    expect(figures('Aleppo.\n\nThe UN says 3 million Ukrainians have fled the country.')).toEqual([]);
    expect(figures('Алеппо.\n\nС начала войны страну покинули более трех миллионов украинцев.')).toEqual([]);
    // Syrians are the article's
    expect(figures('Alepo.\n\nMás de cinco millones de sirios han huido del país.')).toMatchObject([{ id: 'displaced-millions' }]);
  });

  it('reads a Russian place named as the object of leaving, before or after the verb, as where a count comes from', () => {
    expect(figures('Алеппо.\n\nПо данным ООН, с начала вторжения Украину покинули более трех миллионов человек.')).toEqual([]);
    expect(figures('Алеппо.\n\nПо данным ООН, более трех миллионов человек покинули Украину.')).toEqual([]);
    // a sentence's first word is no place: the city is Aleppo's
    expect(figures('Алеппо.\n\nГород покинули 35 тысяч человек.')).toMatchObject([{ id: 'fled-35000' }]);
  });
});

describe('Spanish and Russian news: a count that adds to the one before', () => {
  it('reads a sentence opening on a word of addition as counting the same place as the sentence before', () => {
    expect(figures('Алеппо.\n\nС начала вторжения Украину покинули более трех миллионов человек. Еще около двух миллионов стали внутренне перемещенными лицами.')).toEqual([]);
    expect(figures('Alepo.\n\nMás de tres millones de personas han abandonado Venezuela. Otros dos millones se han desplazado dentro del país.')).toEqual([]);
    // without a place of its own before, the addition is the article's
    // nor does a number with no word of its own after it: it counts what that sentence named
    expect(figures('Aleppo.\n\nThe UN says some 35,000 people fled Mariupol. The city council says it is about 36,000.')).toEqual([]);
    expect(figures('Aleppo.\n\nThe UN says some 35,000 people fled the city. The city council says it is about 36,000.')).toHaveLength(2);
    expect(figures('Алеппо.\n\nСотни тысяч погибли. Еще около двух миллионов стали внутренне перемещенными лицами.')).toMatchObject([{ id: 'displaced-millions' }]);
  });
});

describe('Spanish and Russian news: Latakia the tobacco', () => {
  it('reads Russian words of pipe tobacco (смесь, трубка, the Cyprian leaf) beside Латакия as the tobacco, and it spreads', () => {
    expect(ids('Латакия сейчас в основном кипрская, сирийскую не делают с 90-х.\n\nMac Baren Latakia Flake неплох.')).toEqual([]);
    expect(ids('Латакия — основа английской смеси, кладите её в трубку понемногу. Латакия ароматная.')).toEqual([]);
    // the port is the port: the war's words beside it
    expect(ids('Латакия подверглась ракетному обстрелу, погибли 12 человек.')).toEqual(['latakia']);
  });
});
