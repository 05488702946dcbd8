import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// From a review of easy-language and children's news, wire briefs, tickers and readers' comments
// (Dutch, German, French, Turkish, Spanish, Russian, English).

const shown = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown);
const figures = (text: string) => shown(text).filter((m) => m.type === 'figure').map((m) => `${m.id}:${m.surface}`);

describe('how easy-language and children\'s news tell the figures (review-easy)', () => {
  it.each([
    // Dutch perfect tense puts the verb of leaving last: "hebben ... de stad verlaten"
    ["Aleppo. Sinds vorige week hebben volgens het Rode Kruis zo'n 34.000 mensen de stad verlaten.", "evacuated-34000:zo'n 34.000"],
    // English perfect of leaving
    ['Aleppo. The Red Cross says about 34,000 people have left eastern Aleppo on buses.', 'evacuated-34000:about 34,000'],
    // leaving one's home is being displaced: German "ihr Zuhause verlassen", English "leave their homes"
    ['Aleppo. Mehr als elf Millionen Syrer mussten wegen des Krieges ihr Zuhause verlassen.', 'displaced-millions:Mehr als elf Millionen'],
    ['Aleppo. Nearly half a million people have died and millions have had to leave their homes.', 'deaths-half-million:Nearly half a million'],
    // French feminine plural (personnes déplacées)
    ["Alep. 6,3 millions : le nombre de personnes déplacées à l'intérieur du pays.", 'displaced-millions:6,3 millions'],
    // the uprising told by its demonstrations and street protests
    ['Aleppo. Het begon in 2011 met demonstraties tegen president Assad.', 'uprising-2011:2011'],
    ['Alep. En 2011, des Syriens sont descendus dans la rue pour demander plus de liberté.', 'uprising-2011:2011'],
  ])('reads %j', (text, figure) => {
    expect(figures(text)).toContain(figure);
  });

  it('does not read a count still in the city as one that left it', () => {
    expect(figures('Aleppo. About 34,000 people are left in eastern Aleppo.')).toEqual([]);
  });
  it('still needs the count to agree: a flood\'s 54,000 who left their flats is no article figure', () => {
    expect(figures('Aleppo. Rund 54.000 Menschen hatten ihre Wohnungen verlassen. Sinds gisteren hebben 80.000 mensen de stad verlaten.')).toEqual([]);
  });
});

describe('the Syrian government in easy language (review-easy)', () => {
  it.each([
    ['Aleppo. Jetzt hat die Armee von Syrien die Stadt erobert. Die Regierung von Syrien bekam Hilfe.', 2],
    ['Aleppo. De regering van Syrië en het leger van Syrië.', 2],
    ['Alepo. El Gobierno de Siria y el Ejército de Siria.', 2],
    // Russian "армия Сирии", declined
    ['Алеппо. Армия Сирии наступает; армии Сирии помогает авиация, армией Сирии командует Асад.', 3],
  ])('finds %j', (text, n) => {
    expect(shown(text).filter((m) => m.id === 'syrian-government')).toHaveLength(n);
  });
});

describe('a dish named after Aleppo (review-easy)', () => {
  it('does not take Turkish "Halep işi" kebab, nor the recipe\'s later bare Halep, for the city', () => {
    const r = scanText(detector, 'Halep İşi Kebap Tarifi\n\nHalep işi kebap, en çok sevilen lezzetlerden biri. Halep işinin sırrı tereyağında!');
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.id === 'aleppo')).toHaveLength(0);
  });
  it('still reads the city in Turkish news', () => {
    expect(shown("Halep'te tahliye tamamlandı.").map((m) => m.id)).toEqual(['aleppo']);
  });
});

describe('Hama, also a brand (review-easy)', () => {
  it.each([
    // Danish ironing beads in Dutch children's news
    'Op een basisschool maakten kinderen een kunstwerk van strijkkralen van het merk Hama.\n\nHama heeft de school de kralen gegeven.',
    // the German electronics maker
    'Zubehörhersteller Hama ruft Powerbanks wegen Brandgefahr zurück. Hama mit Sitz im bayerischen Monheim beschäftigt 2.500 Mitarbeiter.',
  ])('does not make a page about the brand on-topic: %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.shown)).toHaveLength(0);
  });

  it.each([
    'Rebels advance near Hama.',
    'Hama ist eine Stadt im Westen Syriens.',
    'Hafez al Asad gobernó Hama.',
    'El ejército sirio recuperó Hamá.',
  ])('still reads the city where Syria or its war is named near it: %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(true);
    expect(r.mentions.filter((m) => m.shown && m.id === 'hama')).toHaveLength(1);
  });

  it('shows a bare Hama once the page is about the article, and an early one once a later one names Syria', () => {
    expect(shown('Aleppo fell.\n\nHama is quiet.').map((m) => m.id)).toEqual(['aleppo', 'hama']);
    expect(shown('Hama\n\nHama ist eine Stadt im Westen Syriens.').map((m) => m.id)).toEqual(['hama', 'hama']);
  });
});

describe('a count in the sentence after its topic word (review-easy)', () => {
  it.each([
    ["Alep. L'ONU compte les morts depuis cinq ans. Près de 500 000, et toujours aucune résolution.", 'deaths-half-million:Près de 500 000'],
    ['Aleppo.\nIm Krieg sind sehr viele Menschen gestorben.\nFachleute schätzen:\nEs sind fast 500-tausend Menschen.', 'deaths-half-million:fast 500-tausend'],
    ['Алеппо. А сколько мирных погибло, никто не считает... Почти полмиллиона за пять лет войны.', 'deaths-half-million:Почти полмиллиона'],
    ["Halep. Kızılhaç, son bir haftada 34 bin kişinin tahliye edildiğini duyuruyor. Otuz dört bin insan.", 'evacuated-34000:Otuz dört bin'],
    // an abbreviation's full stop ends the sentence before its number
    ['Aleppo. Key figures: evacuated, 15-22 Dec (ICRC): approx. 34,000', 'evacuated-34000:34,000'],
  ])('reads %j', (text, figure) => {
    expect(figures(text)).toContain(figure);
  });

  it('never makes a page on-topic with it', () => {
    const r = scanText(detector, 'Thousands died in the floods. About 480,000 are still without power.');
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.type === 'figure' && m.tier === 'anchor')).toHaveLength(0);
  });

  it.each([
    // a count that does not agree
    'Aleppo. Many people died. Some 120,000 of them were children.',
    // too far: another paragraph's topic word, or one more than 200 characters back
    'Aleppo. Many people died.\n\nAbout 480,000 tickets were sold.',
    `Aleppo. Many people died. ${'The weather was cold and the roads were closed for many days. '.repeat(4)}About 480,000 tickets were sold.`,
    // a heading does not carry on into the next line
    'Aleppo evacuated\n34,000 fans watched the match.',
    // a number whose own sentence says what it counts
    'Aleppo. Evakuiert wurden 12. Am Montag meldete man 34.000 Tote.',
  ])('does not read %j', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    // a year: a war's later dates follow the sentence of its start
    ['Aleppo. In March 2011 protests began. On 1 July 2011 hundreds of thousands marched in Hama.', ['uprising-2011:2011']],
    // the open-ended millions, which any large number agrees with
    ['Aleppo. More than 11 million have been forced from their homes. Nearly 13.5 million people need assistance.', ['displaced-millions:More than 11 million']],
  ])('reads only the first sentence of %j', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('names French comments use (review-easy)', () => {
  it('reads Bachar alone as Assad, as a bare family name: shown on a page about the article, not making one so', () => {
    expect(shown('Alep. Bachar a gagné grâce aux Russes.').map((m) => `${m.id}:${m.surface}`)).toEqual(['aleppo:Alep', 'assad:Bachar', 'russia:Russes']);
    expect(scanText(detector, 'Bachar a gagné.').onTopic).toBe(false);
  });
  it('does not read Syria\'s ambassador to the UN, Bashar al-Jaafari, as Assad', () => {
    expect(shown('Alep. Bachar al-Jaafari a déclaré que la ville était libérée. Bashar Jaafari a répondu.').map((m) => m.id)).toEqual(['aleppo']);
  });
});

describe('SANA, also a model and a word in capitals', () => {
  it.each([
    // NVIDIA's text-to-image model
    'NVIDIA released SANA, a text-to-image model small enough to run on a laptop.',
    // Turkish "sana" (to you) in an all-capitals headline
    'BU ŞARKI SANA GELSİN',
  ])('does not make a page on-topic: %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.shown)).toHaveLength(0);
  });

  it.each([
    'The Syrian state news agency SANA said troops had taken the Old City.',
    'State news agency SANA said the army had entered the Old City.',
    'Troops entered the Old City, the SANA news agency reported.',
  ])('is the agency where Syria is named near it or it is called an agency: %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(true);
    expect(r.mentions.filter((m) => m.shown && m.id === 'sana')).toHaveLength(1);
  });

  it('is shown on a page already about the article', () => {
    expect(shown('Aleppo fell.\n\nSANA showed the celebrations.').map((m) => m.id)).toEqual(['aleppo', 'sana']);
  });
});
