import { describe, expect, it } from 'vitest';
import { detector, found } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on everyday web pages (recipes, travel guides, sports and finance news, product
// reviews, science news, forums, Wikipedia) in English, French, German, Spanish, Turkish, Arabic,
// Russian and Dutch.

const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure' && m.shown);

describe('dishes and spices named after Aleppo', () => {
  it('does not read the Turkish dish "Halep işi" (Aleppo-style) as the city', () => {
    expect(found('Menüde Halep işi kebap, kibbe ve muhammara var.')).toEqual([]);
    expect(found('- Halep işi kebap: carne picada sobre pan con salsa de tomate.')).toEqual([]);
    // the city beside it still is
    expect(found("Abdülkadir Bey 2016'da Halep'ten ayrıldı. Menüde Halep işi kebap var.")).toEqual(['aleppo:Halep']);
  });

  it('does not read Aleppo chile or chilli flakes as the city', () => {
    expect(found('Serve with warm pita and a sprinkle of Aleppo chile flakes.')).toEqual([]);
    expect(found('Finish with Aleppo chilli and a little sumac.')).toEqual([]);
    expect(found('Turkish Eggs (Çılbır) with Aleppo Butter')).toEqual([]);
  });
});

describe('a place\'s name as a person\'s family name', () => {
  it('reads a place\'s name after a title of address and a given name as the person, and her later bare name too', () => {
    expect(found('"Seedlings are dying," said lead author Dr Elena Homs, a forest ecologist. Homs and her colleagues say managers should plant oaks.')).toEqual([]);
    expect(found('M. Halep a répondu aux questions. Prof. Maria Hama leads the lab; Hama said the data were new.')).toEqual([]);
  });

  it('gives the place back once the page names the war', () => {
    expect(found('Dr Elena Homs spoke first. Thousands fled Homs in 2012.')).toEqual(['homs:Homs']);
  });

  it('still reads the place after an ordinary capitalised word', () => {
    expect(found('Government forces retook Homs. In Homs, the Old City is in ruins.')).toEqual(['homs:Homs', 'homs:Homs']);
  });
});

describe('Russian family names', () => {
  it('does not read the surname Асадов (the poet Эдуард Асадов) as a form of Асад', () => {
    expect(found('Эдуард Асадов родился в 1923 году. Стихи Асадова знала вся страна. Асадов ушёл на фронт.')).toEqual([]);
  });

  it('still reads Асад in the singular cases', () => {
    expect(found('Президент Башар Асад назвал это победой. Протесты против Асада; встреча с Асадом.')).toEqual([
      'assad:Башар Асад', 'assad:Асада', 'assad:Асадом',
    ]);
  });
});

describe('figures', () => {
  it('reads the French "jeté sur les routes" as displacement', () => {
    const text = 'Alep, huit ans après. Le conflit a fait près d\'un demi-million de morts et jeté sur les routes des millions de Syriens.';
    expect(figures(text).map((f) => f.id)).toEqual(['deaths-half-million', 'displaced-millions']);
  });
});

describe('forums and code hosts', () => {
  it('does not read a user name (@homs-j, @AP) as a mention', () => {
    expect(found('New contributors: @homs-j, @sana-dev and @AP made their first contributions. Homs.')).toEqual(['homs:Homs']);
  });

  it('reads "the war\'s toll at 500k+" as the deaths', () => {
    const text = 'After Aleppo, the opposition never again threatened a major city. Most estimates now put the war\'s toll at 500k+, with more than 12 million people displaced.';
    expect(figures(text).map((f) => `${f.id}:${f.surface}`)).toEqual(['deaths-half-million:500k', 'displaced-millions:more than 12 million']);
  });
});

describe('Turkish departure', () => {
  it('reads "terk etti" (left) with the count it agrees with', () => {
    const text = "Yusuf 2005'te Halep'te doğdu. Aralık 2016'da aile yaklaşık 35 bin kişiyle birlikte bölgeyi terk etti.";
    expect(figures(text).map((f) => `${f.id}:${f.surface}`)).toEqual(['fled-35000:yaklaşık 35 bin']);
  });
});
