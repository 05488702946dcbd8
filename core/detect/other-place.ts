import { DE_MONTHS, EN_MONTHS } from './months.ts';
import { NATION_STEMS } from './nations.ts';
import { SAID } from './said.ts';

/**
 * Where a count comes from, when it names a place of its own: "fled the eastern districts of
 * Mosul", "Aus Mariupol konnten 35.000 Menschen fliehen", "Musul'un doğu mahallelerinden 34 bin kişi
 * kaçtı", "ont fui l'ouest de Mossoul", "бежали из Мариуполя". A piece that sets another siege beside
 * Aleppo's counts that war's people with the same words and numbers.
 */

/**
 * Words that say where from, in the lexicon's languages: ones that also join an organisation's name
 * ("Ministry of Defence", "Office de Genève") are read only after a word in lower case.
 */
const FROM = ['from', 'fled', 'left', 'leaving', 'fleeing', 'aus', 'desde', 'uit', 'из', 'изо',
  // a verb of leaving takes the place as its object: "abandonaron Venezuela", "покинули Украину"
  'abandonaron', 'abandonado', 'покинули', 'покинул', 'покинула', 'покинуло'];
const OF = ['of', 'von', 'de', 'van'];
const cased = (words: string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');

/**
 * A capitalised name after such a word, not followed by another (a name of several words: "of
 * Humanitarian Affairs"), nor a month or day (capitalised in English, German, Dutch).
 */
const PLACE_AFTER = new RegExp(
  `(?:(?<![\\p{L}])(?:${cased(FROM)})\\s+|(?<![\\p{Lu}][\\p{Ll}\\p{M}]*\\s+)(?<![\\p{L}])(?:(?:${cased(OF)})\\s+|[dD]['’]))` +
    `(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*)(?![\\p{L}\\p{M}'’-])(?!\\s+\\p{Lu})`,
  'gu',
);

/**
 * Russian puts the object first as readily: "с начала вторжения Украину покинули ..." (after a
 * lower-case word or a comma, so that a sentence's first word is not taken for a place).
 */
const RUSSIAN_LEFT = /(?<=[\p{Ll},]\s+)(\p{Lu}\p{Ll}+)\s+покину\p{Ll}*/gu;

/** Turkish: a name with an ablative (Musul'dan), or a genitive before a noun with one (Musul'un doğu mahallelerinden). */
const TURKISH_FROM = /(?<![\p{L}])(\p{Lu}[\p{Ll}]+)['’](?:dan|den|tan|ten|(?:n?[ıiuü]n)(?:\s+\p{Ll}+){1,2}?\s+\p{Ll}+(?:n?dan|n?den|tan|ten))(?![\p{L}])/gu;

const NOT_PLACES = new Set([
  ...[...EN_MONTHS, ...DE_MONTHS].map((m) => m[0]!.toUpperCase() + m.slice(1)),
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag',
]);

/**
 * A clause that opens on a place ("In Yemen, where ...", "and in Libya, an armed revolt ...", "Au
 * Yémen, la guerre ...", "En Libia, ...", "Im Jemen, ...", "В Йемене, ...", "Yemen'de, ..."): what
 * the sentence counts happened there.
 */
const PLACE_FRAME = new RegExp(
  `(?:^|[,;:]\\s*|(?<![\\p{L}])(?:and|et|y|und|en|и|ve)\\s+)(?:${cased(['in', 'en', 'au', 'à', 'im', 'в', 'во'])})\\s+` +
    `(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*)\\s*,` +
    `|(?:^|[,;:]\\s*)(\\p{Lu}[\\p{Ll}]+)['’](?:de|da|te|ta)\\s*,`,
  'gu',
);

const CAPITAL_COMMA = /\p{Lu}[\p{Ll}\p{M}'’-]*\s*,/u;

/**
 * A word that reports what someone said: a frame followed by one names where it was said, not where
 * the count happened ("In Geneva, the UN said 35,000 had fled", "En Ginebra, la ONU dijo que ...").
 */
const REPORTED = new RegExp(
  '(?<![\\p{L}])(?:' +
    [...SAID, 'told', 'announced', 'stated', 'according', 'déclaré', 'annoncé', 'indiqué', 'selon', 'declaró', 'anunció', 'según', 'laut', 'verklaarde',
      'volgens', 'segundo', 'ha detto', 'secondo', 'powiedział\\p{L}*', 'według', 'заявил\\p{L}*', 'сообщил\\p{L}*', 'по данным', 'açıkladı', 'dedi',
      'göre', 'قال\\p{L}*', 'أعلن\\p{L}*', 'وفق'].join('|') +
    ')(?![\\p{L}])',
  'u',
);

/** The places that clauses of [s, e) open on (see PLACE_FRAME). */
export function placeFrames(text: string, s: number, e: number): Array<{ start: number; end: number }> {
  // every frame ends its place's name with a comma: most sentences with a number hold none after a name
  if (!CAPITAL_COMMA.test(text.slice(s, e))) return [];
  // "Millionen leben als Flüchtlinge in der Türkei, im Libanon, in Jordanien": after a comma, a
  // place that follows another place's "in" is the next item of a list, not a clause's frame
  return names(text, s, e, [PLACE_FRAME]).filter((p) => !LIST_ITEM_BEFORE.test(text.slice(Math.max(s, p.start - 60), p.start)));
}

/** The end of a list's item before a place: "in (der) Türkei, im ", "en Turquía, en ", "au Liban, à ". */
const LIST_ITEM_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${cased(['in', 'en', 'au', 'aux', 'à', 'im', 'в', 'во'])})\\s+(?:\\p{Ll}{2,3}\\s+)?\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*\\s*,\\s*(?:${cased(['in', 'en', 'au', 'à', 'im', 'в', 'во'])})\\s+$`,
  'u',
);

/** Whether a reporting word stands between a frame's place (ending at `from`) and the count at `at`: the place the count was given out in. */
export function reportedIn(text: string, from: number, at: number): boolean {
  return from < at && REPORTED.test(text.slice(from, at));
}

/**
 * The places of the article's own evacuation that the lexicon does not list: eastern Aleppo's
 * districts and the crossing the buses left by ("evacuated from Ramouseh", "from al-Sukkari").
 */
const WAR_PLACES = /^(?:al-|el-|ar-|as-)?(?:Ramous+[eh]+|Ramous[ae]|Ramusa|Ramouseh|Sukk?ari|Ansari|Mashhad|Bustan|Kalas+eh?|Hanano|Sakhour|Sakhur|Rashid[ie]n|Amiri[iy]+a|Zebdi[ey]+h?|Fardous|Khan-Asal|Tariq-al-Bab|Salaheddine|Ashrafiyeh)$/iu;

/** The names of places a count in [s, e) of `text` is said to come from, with their offsets (not the article's own). */
export function placesCountedFrom(text: string, s: number, e: number): Array<{ start: number; end: number }> {
  return names(text, s, e, [PLACE_AFTER, TURKISH_FROM, RUSSIAN_LEFT]).filter((p) => !WAR_PLACES.test(text.slice(p.start, p.end)));
}

function names(text: string, s: number, e: number, res: RegExp[]): Array<{ start: number; end: number }> {
  const window = text.slice(s, e);
  const out: Array<{ start: number; end: number }> = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      const name = m[1] ?? m[2]!;
      if (NOT_PLACES.has(name)) continue;
      const start = s + m.index + m[0].indexOf(name);
      out.push({ start, end: start + name.length });
    }
  }
  return out;
}

/**
 * Other nations' people, as the noun a count counts: stems in the lexicon's languages (Syria's own
 * are not among them). Besides the shared stems, the peoples other wars' refugees are counted as
 * (Rohingya, Eritreans, Somalis), and Russian nouns.
 */
const FOREIGN_PEOPLE = new RegExp(
  '^(?:' +
    [...NATION_STEMS, 'rohing', 'kolumbi', 'eritre', 'somal', 'myanmar',
      'украин', 'венесуэл', 'ирак', 'иранц', 'афганц', 'йеменц', 'ливийц', 'палестинц', 'суданц', 'рохинджа'].join('|') +
    ')\\p{Ll}*$',
  'iu',
);

/**
 * Whether the count ending at `end` counts another nation's people: "más de tres millones de
 * ucranianos", "7 millones de venezolanos", "3 million Ukrainians", "трёх миллионов украинцев",
 * "drei Millionen Ukrainer". Another war's refugees, whatever the page compares them with.
 */
export function countsForeignPeople(text: string, end: number): boolean {
  const m = /^\s+(?:(?:de|of|d['’])\s*)?(\p{L}+)/u.exec(text.slice(end, end + 40));
  return !!m && FOREIGN_PEOPLE.test(m[1]!);
}
