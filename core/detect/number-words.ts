/**
 * Number words in the eight languages, lower case. Values under 1000 add up; `mult` words multiply
 * what came before (thousand, million); `half` words halve the multiplier that follows.
 */
function build() {
  const SMALL: Record<string, number> = {};
  const MULT: Record<string, number> = {};
  const HUNDRED = new Set<string>();
  const HALF = new Set<string>();
  /** Words that join parts of one number: "thirty-four thousand and five", "treinta y cuatro mil". */
  const JOINERS = new Set(['and', 'a', 'an', 'et', 'und', 'en', 'y', 'e', 'و', 'of']);
  /** Plurals used as vague quantities; the value is the least they mean (two). */
  const VAGUE: Record<string, number> = {};

  function add(table: Record<string, number>, words: string, values: number[]) {
    words.split(/\s+/).forEach((w, i) => { if (w) table[w] = values[i] ?? values[values.length - 1]!; });
  }
  const range = (from: number, n: number, step = 1) => Array.from({ length: n }, (_, i) => from + i * step);

  // English
  add(SMALL, 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', range(0, 20));
  add(SMALL, 'twenty thirty forty fifty sixty seventy eighty ninety', range(20, 8, 10));
  // French
  add(SMALL, 'un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize', [1, ...range(1, 16)]);
  add(SMALL, 'vingt trente quarante cinquante soixante', range(20, 5, 10));
  add(SMALL, 'soixante-dix quatre-vingt quatre-vingts quatre-vingt-dix', [70, 80, 80, 90]);
  // German
  add(SMALL, 'ein eins eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn', [1, 1, 1, ...range(2, 18)]);
  add(SMALL, 'zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig', [20, 30, 30, 40, 50, 60, 70, 80, 90]);
  // Spanish
  add(SMALL, 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve', range(1, 19));
  add(SMALL, 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa', range(20, 8, 10));
  add(SMALL, 'doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos', range(200, 8, 100));
  add(SMALL, 'doscientas trescientas cuatrocientas quinientas seiscientas setecientas ochocientas novecientas', range(200, 8, 100));
  // Dutch
  add(SMALL, 'een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien', [1, ...range(1, 19)]);
  add(SMALL, 'twintig dertig veertig vijftig zestig zeventig tachtig negentig', range(20, 8, 10));
  // Turkish
  add(SMALL, 'bir iki üç dört beş altı yedi sekiz dokuz on', range(1, 10));
  add(SMALL, 'yirmi otuz kırk elli altmış yetmiş seksen doksan', range(20, 8, 10));
  // Arabic (masculine and feminine forms, and the accusative/genitive endings)
  add(SMALL, 'واحد اثنان اثنين ثلاثة ثلاث اربعة اربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر', [1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]);
  add(SMALL, 'عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين', [20, 20, 30, 30, 40, 40, 50, 50, 60, 60, 70, 70, 80, 80, 90, 90]);
  add(SMALL, 'مئتان مائتان مئتين مائتين ثلاثمائة اربعمائة خمسمائة ستمائة سبعمائة ثمانمائة تسعمائة ثلاثمئة اربعمئة خمسمئة', [200, 200, 200, 200, 300, 400, 500, 600, 700, 800, 900, 300, 400, 500]);
  // Russian
  add(SMALL, 'один одна два две три четыре пять шесть семь восемь девять десять', [1, 1, 2, 2, ...range(3, 8)]);
  add(SMALL, 'одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать', range(11, 9));
  add(SMALL, 'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто', range(20, 8, 10));
  // the genitive after a hedge: "около тридцати четырёх тысяч", "более двух миллионов"
  add(SMALL, 'двух трёх четырёх пяти шести семи восьми девяти десяти', range(2, 9));
  add(SMALL, 'двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста', range(20, 8, 10));
  add(SMALL, 'двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот', range(200, 8, 100));

  for (const w of ['hundred', 'cent', 'cents', 'hundert', 'cien', 'ciento', 'cientos', 'honderd', 'yüz', 'مائة', 'مئة', 'сто']) HUNDRED.add(w);
  for (const w of ['half', 'demi', 'halbe', 'halben', 'halb', 'medio', 'media', 'mezzo', 'meio', 'yarım', 'yarim', 'نصف', 'pół']) HALF.add(w);

  add(MULT, 'thousand thousands k mille mila mil tausend duizend bin тысяча тысячи тысяч тысячам тысячами тысячах тыс tsd tysiąc tysiące tysięcy tys الف الاف الفا ألف آلاف ألفا', [1e3]);
  add(MULT, 'million millions m mn mln millionen mio millón millon millones milione milioni milhão milhões miljoen miljoenen milyon мильон миллион миллиона миллионов млн milion miliona milionów miliony milionami مليون ملايين', [1e6]);
  add(MULT, 'billion billions bn milliard milliards milliarde milliarden miljard milyar миллиард миллиарда миллиардов млрд مليار', [1e9]);
  // Turkish puts the case ending on the number word: "34 binden fazla" (more than), "500 bine yakın"
  // (close to), "35 bini aşkın", "11 milyondan fazla", "yarım milyona yakın" ("binde", per mille, is not one)
  add(MULT, 'bine bini binin binden binle', [1e3]);
  add(MULT, 'milyona milyonu milyonun milyonda milyondan milyonla', [1e6]);
  add(MULT, 'milyara milyarı milyarın milyardan', [1e9]);
  // Arabic duals: two thousand, two million.
  const DUALS: Record<string, number> = { 'مليونا': 2e6, 'مليونان': 2e6, 'مليوني': 2e6, 'مليونين': 2e6, 'الفان': 2e3, 'الفين': 2e3, 'ألفان': 2e3, 'ألفين': 2e3 };
  /** A dual that after a number is the accusative singular: "11 مليونا" is eleven million, "مليونا شخص" two million. */
  const ACCUSATIVE: Record<string, number> = { 'مليونا': 1e6 };
  // Single words for half a million.
  const WHOLE: Record<string, number> = { 'полмиллиона': 5e5, 'полумиллиона': 5e5, 'полумиллиону': 5e5, 'полумиллионом': 5e5, 'полумиллионе': 5e5, 'demi-million': 5e5 };

  // Russian "несколько миллионов" (several million) puts the plural in the genitive
  add(VAGUE, 'millions millionen millones milioni milhões miljoenen milyonlarca ملايين الملايين миллионы миллионов miliony milionów', [2e6]);
  add(VAGUE, 'thousands milliers tausende miles duizenden binlerce آلاف тысячи тысяч tysiące tysięcy', [2e3]);

  /** Words before a number that hedge it; the mention includes them ("almost half a million"). */
  const HEDGES = [
    'almost', 'nearly', 'about', 'around', 'approximately', 'roughly', 'some', 'over', 'more than', 'at least', 'up to', 'close to', 'an estimated', 'estimated',
    'près de', 'presque', 'environ', 'plus de', 'quelque', 'au moins',
    'fast', 'knapp', 'rund', 'etwa', 'über', 'mehr als', 'mindestens', 'gut',
    'casi', 'cerca de', 'unos', 'unas', 'más de', 'alrededor de', 'al menos', 'aproximadamente',
    'bijna', 'ongeveer', 'ruim', 'meer dan', "zo'n", 'circa', 'minstens',
    'quasi', 'circa', 'oltre', 'più di', 'almeno', 'quase', 'cerca de', 'mais de', 'pelo menos',
    'yaklaşık', 'neredeyse', 'en az',
    'نحو', 'حوالي', 'أكثر من', 'اكثر من', 'قرابة', 'ما يقارب', 'ما يقرب من', 'زهاء', 'ما لا يقل عن',
    'почти', 'около', 'более', 'свыше', 'примерно', 'порядка', 'не менее',
    'prawie', 'niemal', 'około', 'blisko', 'ponad', 'przeszło', 'co najmniej', 'nawet', 'mniej więcej',
  ];

  /**
   * The hedges that put the count above the number ("more than 500,000"): beside the article's
   * "almost half a million" that is not the same claim, though the numbers are.
   */
  const HEDGES_ABOVE = [
    'over', 'more than', 'at least', 'plus de', 'au moins', 'über', 'mehr als', 'mindestens', 'gut',
    'más de', 'al menos', 'ruim', 'meer dan', 'minstens', 'oltre', 'più di', 'almeno', 'mais de', 'pelo menos',
    'en az', 'أكثر من', 'اكثر من', 'ما لا يقل عن', 'более', 'свыше', 'не менее', 'ponad', 'przeszło', 'co najmniej',
  ];
  /** ... and below it ("almost 34,000", "up to 35,000"). */
  const HEDGES_BELOW = ['almost', 'nearly', 'up to', 'close to', 'presque', 'près de', 'fast', 'knapp', 'casi', 'bijna', 'quasi', 'quase', 'neredeyse', 'почти', 'prawie', 'niemal', 'blisko'];

  /** German and Dutch write numbers as one word: vierunddreißigtausend, vijfhonderdduizend. */
  const MORPHEMES = [
    ...Object.keys(SMALL).filter((w) => /^[a-zäöüßé]+$/.test(w) && w.length > 2),
    'hundert', 'honderd', 'tausend', 'duizend', 'und', 'en',
  ].sort((a, b) => b.length - a.length);

  return { SMALL, MULT, HUNDRED, HALF, JOINERS, VAGUE, DUALS, ACCUSATIVE, WHOLE, HEDGES, HEDGES_ABOVE, HEDGES_BELOW, MORPHEMES };
}

let built: ReturnType<typeof build> | undefined;
/** The tables, built on first use: a page that never reads a number never pays for them. */
export const numberWords = () => (built ??= build());

export function splitCompound(word: string): string[] | undefined {
  const parts: string[] = [];
  let rest = word;
  while (rest) {
    const m = numberWords().MORPHEMES.find((p) => rest.startsWith(p));
    if (!m) return undefined;
    parts.push(m);
    rest = rest.slice(m.length);
  }
  return parts.length > 1 ? parts : undefined;
}

/** Multipliers, vague plurals and whole words: what a number of a thousand or more is written with. */
export const largeNumberWords = (): string[] => {
  const { MULT, VAGUE, WHOLE, DUALS } = numberWords();
  return [...new Set([...Object.keys(MULT), ...Object.keys(VAGUE), ...Object.keys(WHOLE), ...Object.keys(DUALS)])].filter((w) => w.length > 1);
};

/** How German and Dutch one-word numbers begin (vierunddreißigtausend, vijfhonderdduizend). */
export const COMPOUND_NUMBER_STARTS = [
  'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'hundert', 'tausend',
  'een', 'twee', 'drie', 'vijf', 'zes', 'zeven', 'negen', 'tien', 'twintig', 'dertig', 'veertig', 'tachtig', 'honderd', 'duizend',
];
