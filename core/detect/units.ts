/**
 * Amounts that are not counts of people: money ("$34,000 per day", "35 000 euros", "34.000 TL",
 * "34 ألف دولار") and measures ("35.000 Liter Diesel", "34,000 tonnes"). A chart note or a fact-check
 * tells what the evacuation cost next to how many left; the cost is no evacuee count.
 */
import { isLetterOrMarkCode } from './fold.ts';

/** Signs written right before or after an amount. */
const SIGNS = new Set(['$', '€', '£', '₺', '₽', '¥', '₹']);

/** Currency codes written before an amount ("USD 34,000", "US$ 34,000"). */
const CODES_BEFORE = new Set(['usd', 'eur', 'gbp', 'chf', 'syp', 'rub']);

/** The word after an amount that makes it money or a measure (lower case), in the languages read. */
const UNITS_AFTER = new Set([
  // money
  'dollars', 'dollar', 'usd', 'euros', 'euro', 'eur', 'pounds', 'pound', 'sterling', 'francs', 'franc', 'chf', 'yen', 'yuan',
  'rubles', 'roubles', 'ruble', 'rouble', 'rupees', 'riyal', 'riyals', 'dirhams', 'dinars',
  'dólares', 'dólar', 'libras', 'pesos', 'franken', 'pfund', 'dolar', 'avro', 'sterlin', 'lira', 'liras', 'lire', 'tl', 'ytl',
  'долларов', 'доллара', 'доллар', 'евро', 'рублей', 'рубля', 'руб', 'лир', 'фунтов',
  'دولار', 'دولارا', 'دولاراً', 'يورو', 'ليرة', 'جنيه', 'ريال', 'درهم', 'دينار',
  // measures
  'litres', 'liters', 'litre', 'liter', 'litros', 'litro', 'литров', 'литра', 'لتر',
  'tonnes', 'tons', 'tonnen', 'toneladas', 'ton', 'тонн', 'طن',
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'kilómetros', 'kilomètres', 'километров', 'كيلومتر',
  'kg', 'kilos', 'kilograms', 'kilogrammes', 'кг', 'hectares', 'hectáreas', 'hektar', 'гектаров', 'barrels', 'barils', 'barriles', 'баррелей',
  // Turkish capacity: "34 bin kişilik çadır kenti" is a camp for 34,000, not 34,000 who left
  'kişilik',
]);

/**
 * Things aid reports count next to people (meals, blankets, tents, buildings): "some 34,000 hot
 * meals" beside the evacuees. Read as the first or the second word after the amount, since an
 * adjective often comes between (hot meals, winter tents); never nouns of people or families.
 */
const THINGS_AFTER = new Set([
  'meals', 'rations', 'blankets', 'tents', 'buildings', 'houses', 'kits', 'parcels',
  'repas', 'rations', 'couvertures', 'tentes', 'bâtiments', 'colis',
  'mahlzeiten', 'rationen', 'decken', 'zelte', 'gebäude', 'hilfspakete',
  'comidas', 'raciones', 'mantas', 'tiendas', 'edificios',
  'maaltijden', 'rantsoenen', 'dekens', 'tenten', 'gebouwen',
  'öğün', 'battaniye', 'çadır', 'bina', 'konut',
  'وجبة', 'بطانية', 'خيمة', 'مبنى',
  'порций', 'одеял', 'палаток', 'зданий', 'домов',
]);

const isBlank = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\u202f';

/** Whether the number at [start, end) of `text` is money or a measure, not a count of people. */
export function measuresOther(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  if (i >= 0 && SIGNS.has(text[i]!)) return true;
  let k = i;
  while (k >= 0 && /[A-Za-z]/.test(text[k]!)) k--;
  if (i - k >= 2 && CODES_BEFORE.has(text.slice(k + 1, i + 1).toLowerCase())) return true;
  let j = end;
  // an abbreviated number word's dot ("34 тыс. рублей") and blanks
  if (text[j] === '.') j++;
  while (j < text.length && isBlank(text[j])) j++;
  if (j < text.length && SIGNS.has(text[j]!)) return true;
  let m = j;
  while (m < text.length && isLetterOrMarkCode(text.charCodeAt(m))) m++;
  const first = text.slice(j, m).toLowerCase();
  if (m > j && (UNITS_AFTER.has(first) || THINGS_AFTER.has(first))) return true;
  // the second word, after a lower-case one ("34,000 hot meals")
  if (m === j || first !== text.slice(j, m)) return false;
  let k2 = m;
  while (k2 < text.length && isBlank(text[k2])) k2++;
  if (k2 === m) return false;
  let m2 = k2;
  while (m2 < text.length && isLetterOrMarkCode(text.charCodeAt(m2))) m2++;
  return m2 > k2 && THINGS_AFTER.has(text.slice(k2, m2).toLowerCase());
}
