import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import { findNumbers, readFigureSurface } from '../../core/detect/figure-parser.ts';
import type { FigureMention } from '../../core/detect/types.ts';

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');
const one = (text: string) => {
  const f = figures(text);
  expect(f, text).toHaveLength(1);
  return f[0]!;
};

describe('the figure parser', () => {
  it.each([
    ['34,000', 34_000], ['34 000', 34_000], ['34\u00a0000', 34_000], ['34.000', 34_000], ['34k', 34_000],
    ['34 thousand', 34_000], ['thirty-four thousand', 34_000], ['500,000', 500_000], ['half a million', 500_000],
    ['0.5 million', 500_000], ['almost half a million', 500_000], ['five hundred thousand', 500_000],
    ['34 000 personnes', 34_000], ['34.000 Menschen', 34_000], ['34 bin kişi', 34_000], ['34 ألف', 34_000],
    ['полмиллиона', 500_000], ['trente-quatre mille', 34_000], ['treinta y cuatro mil', 34_000],
    ['vierunddreißigtausend', 34_000], ['vijfhonderdduizend', 500_000], ['otuz dört bin', 34_000],
    ['خمسة وعشرون ألف', 25_000], ['٣٤ ألف', 34_000], ['un demi-million', 500_000], ['eine halbe Million', 500_000],
    ['1,5 Millionen', 1_500_000], ['deux millions', 2_000_000], ['مليونا', 2_000_000],
  ])('reads %j as %d', (text, value) => {
    const n = findNumbers(text);
    expect(n[0]?.value).toBe(value);
  });

  it('tells years, vague plurals and decimals apart', () => {
    expect(findNumbers('in 2011')[0]).toMatchObject({ value: 2011, year: true });
    expect(findNumbers('millions fled')[0]).toMatchObject({ value: 2_000_000, vague: true });
    expect(findNumbers('2011 thousand')[0]).toMatchObject({ value: 2_011_000, year: false });
    // a half word after a number begins the next number (Arabic puts the count after "since 2011")
    expect(findNumbers('منذ 2011 نصف مليون شخص').map((n) => n.value)).toEqual([2011, 500_000]);
    expect(findNumbers('seit 2011 eine halbe Million').map((n) => n.value)).toEqual([2011, 500_000]);
    // the rest of a count after its multiplier (Turkish news writes exact counts so)
    expect(findNumbers('34 bin 500 kişi').map((n) => n.value)).toEqual([34_500]);
    expect(findNumbers('2 milyon 834 bin Suriyeli').map((n) => n.value)).toEqual([2_834_000]);
    expect(findNumbers('34 bin 2016').map((n) => n.value)).toEqual([34_000, 2016]);
    // but not the day of a date that follows the count
    expect(findNumbers('вывезли 35 тысяч 16 декабря').map((n) => n.value)).toEqual([35_000, 16]);
    // (the month names are months.ts's, Austria's Jänner and Feber among them)
    expect(findNumbers('34 Tausend 16 Feber').map((n) => n.value)).toEqual([34_000, 16]);
    expect(findNumbers('34 bin 22 Aralık').map((n) => n.value)).toEqual([34_000, 22]);
    expect(findNumbers('25,5 %')[0]?.value).toBe(25.5);
  });

  it('includes a hedge in the mention', () => {
    const text = 'the war led to almost half a million deaths';
    const [n] = findNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('almost half a million');
  });

  it('reads the pack surfaces it is used to check', () => {
    expect(readFigureSurface('34,000')).toBe(34_000);
    expect(readFigureSurface('almost half a million')).toBe(500_000);
    expect(readFigureSurface('millions')).toBe(2_000_000);
    expect(readFigureSurface('people')).toBeUndefined();
  });
});

describe('linking a page number to the article figure', () => {
  it.each([
    ['The ICRC said 34,000 people were evacuated.', 'evacuated-34000', 'same'],
    ['About 34 000 personnes ont été évacuées.', 'evacuated-34000', 'same'],
    ['34.000 Menschen wurden evakuiert.', 'evacuated-34000', 'same'],
    ['34 bin kişi tahliye edildi.', 'evacuated-34000', 'same'],
    ['تم إجلاء 34 ألف شخص', 'evacuated-34000', 'same'],
    ['Some 35,000 rebels and civilians fled the east.', 'fled-35000', 'same'],
    ['36,000 people fled the fighting.', 'fled-35000', 'close'],
    ['The war has led to half a million deaths.', 'deaths-half-million', 'same'],
    ['Five hundred thousand people have been killed.', 'deaths-half-million', 'same'],
    ['The death toll reached 520,000.', 'deaths-half-million', 'close'],
    ['полмиллиона человек погибли', 'deaths-half-million', 'same'],
    ['погибли около полумиллиона человек', 'deaths-half-million', 'same'],
    ['Около 34 тыс. человек были эвакуированы.', 'evacuated-34000', 'same'],
    ['Miljoenen Syriërs zijn op de vlucht geslagen.', 'displaced-millions', 'same'],
    ['Près de 34\u2009000 personnes ont été évacuées.', 'evacuated-34000', 'same'],
    ['فر ٣٥٬٠٠٠ شخص من المدينة.', 'fled-35000', 'same'],
    ['Der Krieg hat fast eine halbe Million Menschen das Leben gekostet.', 'deaths-half-million', 'same'],
    ['بلغ عدد الذين تم إجلاؤهم 34 ألفا.', 'evacuated-34000', 'same'],
    ['34 bin kisi tahliye edildi.', 'evacuated-34000', 'same'],
    ['Gut 4,8 Mio. Menschen aus Aleppo und Syrien sind Flüchtlinge.', 'displaced-millions', 'same'],
    ['Несколько миллионов человек стали беженцами, Алеппо разрушен.', 'displaced-millions', 'same'],
    ['Casi medio millón de personas han muerto.', 'deaths-half-million', 'same'],
    ['Unas 500.000 personas murieron en la guerra.', 'deaths-half-million', 'same'],
    ['Más de 35.000 civiles huyeron de la ciudad.', 'fled-35000', 'same'],
    ['Près de 500 000 personnes ont trouvé la mort.', 'deaths-half-million', 'same'],
    ['Rund 500.000 Menschen sind gestorben.', 'deaths-half-million', 'same'],
    ['قتل ما يقرب من نصف مليون شخص في الحرب.', 'deaths-half-million', 'same'],
    ['ارتفع عدد القتلى إلى نحو 500 ألف.', 'deaths-half-million', 'same'],
    ['أودت الحرب بحياة نحو نصف مليون شخص.', 'deaths-half-million', 'same'],
    ['La guerre a coûté la vie à près de 500 000 personnes.', 'deaths-half-million', 'same'],
    ['La guerra è costata la vita a quasi mezzo milione di persone.', 'deaths-half-million', 'same'],
    ['A guerra já custou a vida de quase meio milhão de pessoas.', 'deaths-half-million', 'same'],
    ['In Syria and Aleppo, millions were displaced by the war.', 'displaced-millions', 'same'],
    ['The uprising against Bashar al-Assad began in 2011.', 'uprising-2011', 'same'],
  ])('%j -> %s (%s)', (text, id, comparison) => {
    // linking, on a page that is about the article (relevance has its own tests below)
    expect(one(`Aleppo.\n\n${text}`)).toMatchObject({ id, comparison, shown: true });
  });

  it.each([
    ['More than 500,000 people have been killed in the war.', 'close'],
    ['Over half a million people have died in the war.', 'close'],
    ['Plus de 500 000 personnes ont été tuées.', 'close'],
    ['Mehr als eine halbe Million Menschen wurden getötet.', 'close'],
    ['Более полумиллиона человек погибли.', 'close'],
    ['Nearly 500,000 people have been killed in the war.', 'same'],
    ['About 500,000 people have been killed in the war.', 'same'],
    ['500,000 people have been killed in the war.', 'same'],
  ])('words a count on the other side of the article\'s "almost half a million" as close: %j (%s)', (text, comparison) => {
    expect(one(`Aleppo.\n\n${text}`)).toMatchObject({ id: 'deaths-half-million', comparison });
  });

  it('reads which side of the number a hedge puts the count', () => {
    expect(findNumbers('more than 500,000')[0]).toMatchObject({ start: 0, value: 500_000, hedge: 'above' });
    expect(findNumbers('fast eine halbe Million')[0]).toMatchObject({ start: 0, hedge: 'below' });
    expect(findNumbers('about 34,000')[0]).toMatchObject({ start: 0, value: 34_000 });
    expect(findNumbers('about 34,000')[0]!.hedge).toBeUndefined();
    expect(findNumbers('34,000')[0]!.hedge).toBeUndefined();
  });

  it('compares a different number without rejecting it, when it directly counts the event', () => {
    expect(one('Officials said 50,000 evacuated from the east.')).toMatchObject({ id: 'evacuated-34000', value: 50_000, comparison: 'different' });
  });

  it('counts the words between a different number and its topic word, skipping articles, within one clause', () => {
    expect(one('The evacuation of the 50,000 began on Thursday.')).toMatchObject({ id: 'evacuated-34000', comparison: 'different' });
    expect(one('Some 50,000 people were evacuated.')).toMatchObject({ id: 'evacuated-34000', comparison: 'different' });
    expect(figures('The evacuation, officials said, of 50,000 began.')).toHaveLength(0);
    expect(figures('About 50,000 civilians and fighters were evacuated.')).toHaveLength(0);
    // a number that agrees needs no such bond
    expect(one('About 34,000 civilians and fighters were then evacuated.')).toMatchObject({ id: 'evacuated-34000', comparison: 'same' });
  });

  it('does not link a number that only shares a sentence with the topic, or counts something else', () => {
    expect(figures('Around 50,000 people were still to be evacuated, of which 40,000 civilians would go west.')).toHaveLength(0);
    expect(figures('The war has cost 300,000 lives.')).toHaveLength(0);
    expect(figures('The Islamist uprising in Syria (1976-1982) failed.')).toHaveLength(0);
    expect(figures('Nepal has 28 million inhabitants.')).toHaveLength(0);
    expect(figures('34,000 fans watched the match.')).toHaveLength(0);
  });

  it('links a number told with a word for lives or for leaving only when it agrees with an article figure', () => {
    expect(one('Aleppo. The war has claimed the lives of nearly half a million people.')).toMatchObject({ id: 'deaths-half-million', comparison: 'same' });
    expect(figures('Aleppo. The vaccine saved the lives of 600,000 children. Le vaccin a sauvé la vie de 600 000 enfants.')).toHaveLength(0);
    expect(figures('Aleppo. Die Belagerung bestimmt das Leben von 400.000 Menschen in Ost-Ghuta.')).toHaveLength(0);
    expect(one('Alepo. Más de 34.000 personas salieron de la ciudad.')).toMatchObject({ id: 'evacuated-34000' });
    expect(figures('Alepo. Unas 35.000 personas salieron a la calle contra la guerra.')).toHaveLength(0);
  });

  it('does not count a whole population as the displaced, unless the topic word names that population', () => {
    expect(figures("Aleppo. The war has displaced half the country's prewar population of 23 million.")).toHaveLength(0);
    expect(one('Aleppo. Syria has an internally displaced population of 6.6 million.')).toMatchObject({ id: 'displaced-millions' });
    expect(one('Aleppo. The ICRC said the besieged population of 34,000 had been evacuated.')).toMatchObject({ id: 'evacuated-34000' });
  });

  it('reads a hard-wrapped sentence across its line breaks, but not a heading into the next line', () => {
    const wrapped = 'Aleppo. The ICRC said that some 34,000 people had been\nevacuated from the eastern districts.';
    expect(one(wrapped)).toMatchObject({ id: 'evacuated-34000', comparison: 'same' });
    expect(one('Aleppo. Quelque 34 000 personnes ont été\r\n  évacuées.')).toMatchObject({ id: 'evacuated-34000' });
    // a line that ends a sentence, a heading before a capitalised line, a blank line: each is a boundary
    expect(figures('Aleppo. Some 34,000 people arrived.\nevacuated buses waited.')).toHaveLength(0);
    expect(figures('Aleppo evacuated\n34,000 fans watched the match.')).toHaveLength(0);
    expect(figures('Aleppo. Some 34,000 people arrived\n\nevacuated buses waited.')).toHaveLength(0);
  });

  it('makes a text on-topic through the article\'s count told with a place or person of the article, not with its reporter alone', () => {
    const r = scanText(detector, 'Russia said the ICRC counted 34,000 people evacuated from Aleppo.');
    expect(r.onTopic).toBe(true);
    expect(r.mentions.map((m) => `${m.id}:${m.shown}`)).toEqual(['russia:true', 'icrc:true', 'evacuated-34000:true', 'aleppo:true']);
    // the ICRC and the UN count those who leave every war and flood: with the reporter alone the
    // count is found, and shown once the page is about the article
    const reporter = scanText(detector, 'Russia said the ICRC counted 34,000 people evacuated.');
    expect(reporter.onTopic).toBe(false);
    expect(reporter.mentions.map((m) => `${m.id}:${m.shown}`)).toEqual(['russia:false', 'icrc:false', 'evacuated-34000:false']);
    // the same count from another event (a flood, a fire) does not make a page about Aleppo
    const flood = scanText(detector, 'Russia said 34,000 people were evacuated as the river rose.');
    expect(flood.onTopic).toBe(false);
    expect(flood.mentions.map((m) => `${m.id}:${m.shown}`)).toEqual(['russia:false', 'evacuated-34000:false']);
  });

  it('lets only the article\'s own count make a text on-topic: not a year, "millions" or a different count', () => {
    for (const text of ['Russia said the uprising began in 2011.', 'Russia said millions were displaced by the war.', 'Russia said 50,000 evacuated from the east.']) {
      const r = scanText(detector, text);
      expect(r.onTopic, text).toBe(false);
      // found and linked, but shown only where the page is about the article
      expect(r.mentions.filter((m) => m.type === 'figure').map((m) => [m.tier, m.shown]), text).toEqual([['context', false]]);
    }
    const r = scanText(detector, 'Russia said 50,000 evacuated from eastern Aleppo.');
    expect(r.mentions.map((m) => `${m.id}:${m.shown}`)).toEqual(['russia:true', 'evacuated-34000:true', 'aleppo:true']);
  });
});

describe('a number in the sentence after a topic word', () => {
  // the topic words stand for what their sentence counts, as a number does in its own
  it('counts what that sentence named where a place there is not where it was counted', () => {
    // a place after a comma: where it was said
    expect(figures('Aleppo fell.\n\nMany people were evacuated, a spokesman from Geneva said. About 35,000 in all.')).toMatchObject([{ id: 'evacuated-34000', surface: 'About 35,000' }]);
    // a frame that a reporting word follows: where it was given out
    expect(figures('Aleppo fell.\n\nIn Geneva, the UN said many people had been evacuated. About 35,000 in all.')).toMatchObject([{ id: 'evacuated-34000', surface: 'About 35,000' }]);
  });

  it('counts nothing after a sentence that counts the people of another place', () => {
    expect(figures('Aleppo fell.\n\nMany people were evacuated from Mosul. About 35,000 in all.')).toEqual([]);
    expect(figures('Aleppo fell.\n\nIn Yemen, many people had been evacuated. About 35,000 in all.')).toEqual([]);
  });
});
