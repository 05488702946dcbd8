import { describe, expect, it } from 'vitest';
import { detector, found } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import { sentenceAround } from '../../core/detect/sentences.ts';
import { findNumbers } from '../../core/detect/figure-parser.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on new texts by NGOs, agencies and academics (ICRC, MSF, OCHA, UN News, HRW,
// Amnesty, Bellingcat, Syrian Archive, UNESCO, journal abstracts and book summaries) in English,
// French, Spanish, German and Arabic. Each text names an anchor (Aleppo) so context is shown.
const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure' && m.shown);
const figureIds = (text: string) => figures(text).map((f) => `${f.id}:${f.surface}`);

describe('an abbreviated hedge before a number does not end its sentence', () => {
  it.each([
    ['Aleppo. The article argues that the final evacuation of c. 34 000 civilians and fighters was forced displacement.', 'evacuated-34000:34 000'],
    ['Aleppo. The paper traces the evacuation of approx. 34,000 people under ICRC supervision.', 'evacuated-34000:34,000'],
    ["Alep. La reconquête s'est achevée par l'évacuation d'env. 34 000 personnes vers Idlib.", 'evacuated-34000:34 000'],
    ['Alepo. El artículo analiza la batalla hasta la evacuación final de aprox. 34.000 personas.', 'evacuated-34000:34.000'],
    ['Aleppo. Bereits zuvor waren ca. 35.000 Menschen in den Westteil der Stadt geflohen.', 'fled-35000:35.000'],
  ])('reads %j', (text, expected) => {
    expect(figureIds(text)).toEqual([expected]);
  });

  it('keeps the sentence whole across the hedge, and ends it at a capital initial or before a word', () => {
    const text = 'They left. The evacuation of approx. 34,000 people ended. Next one.';
    expect(text.slice(...sentenceAround(text, text.indexOf('evacuation'), text.indexOf('evacuation') + 10))).toBe('The evacuation of approx. 34,000 people ended');
    const initial = 'He moved to Washington D.C. 34 people came.';
    expect(initial.slice(...sentenceAround(initial, initial.indexOf('came'), initial.indexOf('came') + 4))).toBe('34 people came');
    const word = 'It was approx. The next day came.';
    expect(word.slice(...sentenceAround(word, word.indexOf('next'), word.indexOf('next') + 4))).toBe('The next day came');
  });
});

describe('a number that counts deaths counts nothing else', () => {
  it('is another toll, not the evacuation a citation marker glued on', () => {
    const text =
      'Aleppo. Under the deal, c. 34,000 people were bused out, while others had already crossed.[2] The chapter closes by assessing the cost of the battle: an estimated 31,000 people killed in Aleppo governorate alone.';
    expect(figureIds(text)).toEqual(['evacuated-34000:34,000']);
  });

  it('still lets a number that another topic word counts as directly go to it', () => {
    expect(figureIds("Alep. Un conflit qui a fait près d'un demi-million de morts et plus de douze millions de déplacés.")).toEqual([
      'deaths-half-million:demi-million',
      'displaced-millions:plus de douze millions',
    ]);
    expect(figureIds('Aleppo. More than 300,000 people have been killed and more than 11 million people have been forced to flee their homes.')).toEqual([
      'displaced-millions:more than 11 million',
    ]);
  });

  it('leaves years to the uprising', () => {
    expect(figureIds('Aleppo. The uprising of 2011 killed almost half a million people.')).toEqual([
      'uprising-2011:2011',
      'deaths-half-million:almost half a million',
    ]);
  });
});

describe('numbers written with a no-break hyphen', () => {
  it('reads "demi‑million" (U+2011) as the matcher reads the hyphen', () => {
    expect(findNumbers('un demi\u2011million')[0]?.value).toBe(500_000);
    expect(figureIds("Alep. Le conflit a fait près d'un demi\u2011million de morts.")).toEqual(['deaths-half-million:demi\u2011million']);
  });
});

describe('names added in this review', () => {
  it.each([
    ['that the Government of the Syrian Arab Republic grant access', 'syrian-government:Government of the Syrian Arab Republic'],
    ['the Government of Syria agreed to open two crossings', 'syrian-government:Government of Syria'],
    ['ارتكبت القوات الحكومية السورية انتهاكات', 'syrian-government:القوات الحكومية السورية'],
    ['وكانت وكالة الأنباء العربية السورية (سانا) قد نقلت', 'sana:وكالة الأنباء العربية السورية'],
    ['وقالت العفو الدولية إن', 'amnesty:العفو الدولية'],
    ['وأكدت منظمة العفو ذلك', 'amnesty:منظمة العفو'],
  ])('finds %j', (text, expected) => {
    expect(found(`Aleppo. ${text}.`)).toContain(expected);
  });
});

describe('topic words added in this review', () => {
  it.each([
    ['Aleppo. Around 11 million people have been forced to leave their homes.', 'displaced-millions'],
    ['Aleppo. The war has caused the displacement of more than 11 million people.', 'displaced-millions'],
    ['Aleppo. There are 6.3 million IDPs inside Syria.', 'displaced-millions'],
    ["Alep. Plus de 11 millions de personnes ont dû quitter son foyer ou leur pays.", 'displaced-millions'],
    ["Alep. On compte plus de 6 millions de personnes déplacées à l'intérieur du pays.", 'displaced-millions'],
    ['Alep. Le conflit a provoqué le déplacement de plus de 11 millions de personnes.', 'displaced-millions'],
    ['Alepo. Unos 11 millones de personas han tenido que abandonar su hogar.', 'displaced-millions'],
    ['Alepo. El conflicto ha provocado el desplazamiento de más de 11 millones de personas.', 'displaced-millions'],
    ['Aleppo. Der Krieg führte zur Vertreibung von mehr als elf Millionen Menschen.', 'displaced-millions'],
    ['Alepo. Casi 500.000 personas han perdido la vida desde el inicio del levantamiento.', 'deaths-half-million'],
    ['Aleppo. Fast 500.000 Menschen haben ihr Leben verloren.', 'deaths-half-million'],
    ['حلب. خرج نحو 34 ألف شخص من الأحياء الشرقية.', 'evacuated-34000'],
  ])('links %j', (text, id) => {
    expect(figures(text).map((f) => f.id)).toContain(id);
  });

  it('does not link a leaving word to a count that agrees with no figure', () => {
    expect(figures('حلب. خرج نحو 500 شخص من الأحياء الشرقية.')).toEqual([]);
  });
});

describe('an abbreviated month does not end its sentence', () => {
  it.each([
    ['Aleppo. Key figures: Fled to government-held areas since late Nov. (UN OCHA): approx. 35,000.', 'fled-35000:35,000'],
    ['Aleppo. By Dec. 22 some 34,000 people had been evacuated, the ICRC said.', 'evacuated-34000:some 34,000'],
    ["Alep. Depuis le 15 déc. quelque 34 000 personnes ont été évacuées.", 'evacuated-34000:quelque 34 000'],
  ])('reads %j', (text, expected) => {
    expect(figureIds(text)).toEqual([expected]);
  });

  it('ends it before a capitalised word', () => {
    const text = 'The offensive resumed in Nov. The evacuation ended.';
    expect(text.slice(...sentenceAround(text, text.indexOf('evacuation'), text.indexOf('evacuation') + 10))).toBe('The evacuation ended');
  });

  it('ends it after "ago", which is an English word before it is a Spanish month', () => {
    const text = 'The war began five years ago. 34,000 people fled.';
    expect(text.slice(...sentenceAround(text, text.indexOf('34'), text.indexOf('34') + 6))).toBe('34,000 people fled');
  });
});

describe('Arabic numbers and verbs of an ICRC update', () => {
  it('reads the Arabic decimal separator (٦٫٣ مليون is 6.3 million)', () => {
    expect(findNumbers('٦٫٣ مليون')[0]).toMatchObject({ value: 6_300_000, start: 0 });
    expect(findNumbers('٣٤٬٠٠٠ شخص')[0]?.value).toBe(34_000);
  });

  it('links أجلت and أجلى (evacuated) to the evacuation', () => {
    expect(figureIds('حلب. أجلت اللجنة الدولية للصليب الأحمر نحو ٣٤٬٠٠٠ شخص من الأحياء الشرقية.')).toEqual(['evacuated-34000:نحو ٣٤٬٠٠٠']);
    expect(figures('حلب. أجلى الهلال الأحمر 34 ألف شخص.').map((f) => f.id)).toEqual(['evacuated-34000']);
  });
});

describe('look-alikes added in this review', () => {
  it('does not read the German charity UNO-Flüchtlingshilfe as the UN', () => {
    expect(found('Aleppo. Die UNO-Flüchtlingshilfe sammelte Spenden, die UNO mahnte.')).toEqual(['aleppo:Aleppo', 'united-nations:UNO']);
  });
});
