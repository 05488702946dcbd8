// Words around a name that say whose it is: a relative of the article's person (his father, son of,
// zijn vader, والده), a person addressed by a title (Dr Elena Homs, الفنانة سانا, Bar-Hama), a
// given name followed by a surname of its own (Bashar Warda). The detector's page context decides
// with them which person or place a bare name means.
import type { Pattern } from './lexicon.ts';

/**
 * Words that name a relative (his father, son of, zijn vader, sein Bruder, son père, su hermano, его
 * отец, synem, babası, والده).
 */
const KIN_WORDS = [
  'father', 'mother', 'brother', 'sister', 'uncle', 'son', 'daughter', 'child', 'wife', 'husband', 'cousin', 'brother-in-law', 'widow',
  'père', 'mère', 'frère', 'sœur', 'oncle', 'fils', 'fille', 'épouse', 'femme', 'mari', 'veuve',
  'vater', 'vaters', 'mutter', 'bruder', 'bruders', 'schwester', 'onkel', 'onkels', 'sohn', 'tochter', 'ehefrau', 'witwe',
  'padre', 'madre', 'hermano', 'hermana', 'tío', 'hijo', 'hija', 'esposa', 'esposo', 'viuda', 'fratello', 'zio', 'figlio', 'moglie', 'pai', 'mãe', 'irmão', 'tio', 'filho', 'mulher',
  'vader', 'moeder', 'broer', 'zus', 'oom', 'zoon', 'dochter', 'echtgenote', 'weduwe',
  'отец', 'отца', 'мать', 'брат', 'брата', 'сестра', 'дядя', 'сын', 'сына', 'жена', 'супруга', 'вдова',
  'ojciec', 'ojca', 'ojcem', 'ojcu', 'matka', 'matki', 'brat', 'brata', 'bratem', 'siostra', 'siostry', 'wuj', 'wuja', 'stryj', 'stryja', 'syn', 'syna', 'synem', 'córka', 'córki', 'żona', 'żony', 'żoną', 'mąż', 'męża', 'wdowa',
  'babası', 'annesi', 'kardeşi', 'ağabeyi', 'amcası', 'oğlu', 'eşi', 'karısı', 'dul',
  'والده', 'والدته', 'والد', 'شقيقه', 'شقيق', 'أخوه', 'أخيه', 'عمه', 'ابن', 'نجل', 'زوجته', 'زوجة', 'أرملة',
].join('|');

/** A word for a relative up to three words (titles: "the late President") before a name, in its clause. */
const KIN = new RegExp('(?:^|[^\\p{L}])(?:' + KIN_WORDS + ')(?![\\p{L}])(?:[\\s,]+[\\p{L}\\p{M}\'’.-]+){0,3}[\\s,]*$', 'iu');

/**
 * The same word in an apposition right after a name, up to two words in ("Hafez al-Assad, Bashar's
 * father,", "Хафез Асад, отец Башара", "Hafez al Asad, padre del presidente", "حافظ الأسد، والد بشار").
 */
const KIN_AFTER = new RegExp('^\\s*[,،(–—]\\s*(?:[\\p{L}\\p{M}\'’.-]+\\s+){0,2}(?:' + KIN_WORDS + ')(?![\\p{L}])', 'iu');

/**
 * A capitalised word (or one after al-, el-) right after a given name, itself followed by no other
 * capitalised word: a surname ("Bashar Warda, the archbishop", "Bashar al-Jaafari told"), not a
 * title-case headline ("Bashar Vows To Retake Aleppo").
 */
const SURNAME_AFTER = /^[ \u00a0]+(?:(?:al|el|Al|El)[-‐ ])?\p{Lu}[\p{Ll}\p{M}'’]+(?![\p{L}\p{M}])(?![-‐]?[ \u00a0]*\p{Lu})/u;
export const surnameAfter = (text: string, end: number) => SURNAME_AFTER.test(text.slice(end, end + 40));

/**
 * Bare given names (~Bashar, ~Башар): a bare-name pattern that a full name of its entity begins with
 * (followed by a space). Every word-prefix of every full name is listed once, so this is linear in
 * the patterns, not bare names times full names (it runs when the detector loads).
 */
export function givenNames(patterns: readonly Pattern[]): Set<string> {
  const prefixes = new Set<string>();
  for (const q of patterns) {
    if (q.kind !== 'entity' || q.family) continue;
    for (let i = q.folded.indexOf(' '); i !== -1; i = q.folded.indexOf(' ', i + 1)) prefixes.add(`${q.target} ${q.folded.slice(0, i)}`);
  }
  const out = new Set<string>();
  for (const p of patterns) {
    if (p.kind === 'entity' && p.family && prefixes.has(`${p.target} ${p.folded}`)) out.add(`${p.target} ${p.folded}`);
  }
  return out;
}

/** Whether a word for a relative stands right before `start` or in an apposition right after `end` (see KIN, KIN_AFTER). */
export function kinAround(text: string, start: number, end: number): boolean {
  return KIN.test(text.slice(Math.max(0, start - 60), start)) || KIN_AFTER.test(text.slice(end, end + 60));
}

/**
 * A title of address (Dr, Prof., Mr, Mme, Herr, Frau, Sr., Sra., dhr.) right before `start`, or
 * before one or two capitalised given names that stand right before it ("Dr Maria Elena ").
 */
const TITLED = new RegExp(
  '(?:^|[^\\p{L}])(?:' + [
    'Dr', 'Dr\\.', 'Dra\\.', 'Prof', 'Prof\\.', 'Professor', 'Professorin', 'Mr', 'Mr\\.', 'Mrs', 'Mrs\\.', 'Ms', 'Ms\\.', 'Sir', 'Dame',
    'M\\.', 'Mme', 'Mme\\.', 'Mlle', 'Herr', 'Frau', 'Sr\\.', 'Sra\\.', 'Dhr\\.', 'dhr\\.', 'Mevr\\.', 'mevr\\.', 'Mevrouw',
  ].join('|') + ')[ \\u00a0]+(?:\\p{Lu}[\\p{Ll}\\p{M}\'’-]+[ \\u00a0]+){0,2}$', 'u');

/**
 * A patronymic particle joined by a hyphen (Bar-, Ben-, Ibn-, Bin-, Abu-, Abou-): the name after it
 * is the second half of a person's family name, a place's name or not ("Photo: Ardon Bar-Hama").
 */
const PATRONYMIC = /(?:^|[^\p{L}])(?:Bar|Ben|Ibn|Bin|Abu|Abou)[-‐]$/u;

export function titledPersonBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  return TITLED.test(before) || PATRONYMIC.test(before);
}

/**
 * An Arabic word of a person's calling or address right before a one-word name (الفنانة سانا, the
 * singer Sana; الدكتور حمص): Arabic puts the given name straight after it, so the name is that
 * person's, a place's or an agency's (سانا) look-alike, and so are the page's later bare uses of it.
 */
const ARABIC_TITLED = new RegExp(
  '(?:^|[^\\p{L}])[وف]?(?:' + [
    'الفنانة', 'الفنان', 'الممثلة', 'الممثل', 'المطربة', 'المطرب', 'المغنية', 'المغني', 'النجمة', 'النجم', 'السيدة', 'الآنسة',
    'الطفلة', 'الطفل', 'الإعلامية', 'الإعلامي', 'المذيعة', 'المذيع', 'الكاتبة', 'الكاتب', 'الشاعرة', 'الشاعر', 'الدكتورة',
    'الدكتور', 'اللاعبة', 'اللاعب', 'المخرجة', 'المخرج',
  ].join('|') + ')[ \\u00a0]+$', 'u');

export function arabicTitleBefore(text: string, start: number): boolean {
  return ARABIC_TITLED.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * A word that makes a bare family name the elder or the late one of its family: "the elder Assad",
 * "Assad senior", "Assad père", "der ältere Assad", "Асад-старший", "الأسد الأب". The article's
 * person is the son (and alive), so this is his father or his uncle, whoever was named last.
 */
const ELDER_BEFORE = /(?:^|[^\p{L}])(?:elder|late|ältere|älteren|verstorbene|verstorbenen|vieil|feu|viejo|difunto|oude|overleden|старший|старшего|покойный|покойного|baba|merhum)[ \u00a0]+$/iu;
const ELDER_AFTER = /^(?:[ \u00a0]+(?:senior|sr\.|père|padre|sênior|старший|старшего|الأب|الراحل)|[-‐]старш(?:ий|его|ему|им))(?![\p{L}\p{M}])/iu;

export function elderAround(text: string, start: number, end: number): boolean {
  return ELDER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || ELDER_AFTER.test(text.slice(end, end + 12));
}

/**
 * A person's years in brackets, as lists of namesakes write them: right after a one-word name that
 * a given name opens its line with ("Joan Homs (1901–1978)", "Talal Asad (* 1932)"), or after the
 * one or two capitalised names that follow a given name, with a word of birth ("Assad Ali (* 1937)",
 * "Assad Abu Khalil (born 1960)"). A battle's years follow a lower-case word ("Siege of Homs
 * (2011–2014)", "Schlacht um Aleppo (2012–2016)"), a place's own name, or a name with no birth word
 * ("Halep Muharebesi (2012-2016)"), so they are not a person's.
 */
const BIRTH = '(?:\\*|born|b\\.|geb\\.|né|née|nacid[oa](?:[ \\u00a0]+en)?|nat[oa](?:[ \\u00a0]+nel)?|род\\.|родился|родилась)';
const YEARS_AFTER = new RegExp(`^[ \\u00a0]*\\((?:${BIRTH}[ \\u00a0]*)?(?:c\\.[ \\u00a0]*)?\\d{3,4}(?!\\d)`, 'u');
const NAMES_THEN_BIRTH = new RegExp(`^(?:[ \\u00a0]+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){1,2}[ \\u00a0]*\\(${BIRTH}[ \\u00a0]*\\d{3,4}(?!\\d)`, 'u');
const GIVEN_OPENS_LINE = /^[ \t]*(?:[-*•·][ \t]*)?\p{Lu}[\p{Ll}\p{M}'’-]+[ \u00a0]$/u;

export function namesakeWithYears(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (NAMES_THEN_BIRTH.test(after)) return true;
  if (!YEARS_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && start > 40) return false;
  return GIVEN_OPENS_LINE.test(before.slice(nl + 1));
}
