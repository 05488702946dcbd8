// Month names, shared by the rules that read dates: a timeline's date head (date-heads.ts), a
// number followed by a month (a date's day, figure-parser.ts), a day's ordinal dot before a German
// month (sentences.ts), and a capitalised month that is no place (other-place.ts).

/** English month names, lower case. */
export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** German month names, lower case, with Austria's Jänner and Feber. */
export const DE_MONTHS = ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/** Month names and their common stems, lower case: English, French, Spanish, German, Dutch, Turkish, Russian, Italian, Portuguese. */
const MONTH_STEMS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', // English, and most others' abbreviations
  'janv', 'fév', 'févr', 'avr', 'mai', 'juin', 'juil', 'août', 'déc', // French
  'ene', 'abr', 'ago', 'set', 'dic', // Spanish, Italian
  'mär', 'okt', 'dez', 'mei', 'maa', // German, Dutch (maart)
  'oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara', // Turkish
  'янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек', // Russian (мая, марта)
  'gen', 'giu', 'lug', 'ott', 'fev', 'out', // Italian, Portuguese
];
const MONTH_WORDS = new Set([
  ...EN_MONTHS, 'sept',
  'janvier', 'février', 'mars', 'avril', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  ...DE_MONTHS,
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
]);
/** Whether a lower-case word is a month's name or its usual stem, in the languages read. */
export const isMonth = (w: string) =>
  MONTH_WORDS.has(w) || (w.length >= 2 && w.length <= 5 && MONTH_STEMS.includes(w)) || /^(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/.test(w);
