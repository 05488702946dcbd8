import { isLetterDigitOrMark, isSpaceCode } from './fold.ts';
import { NATION_STEMS } from './nations.ts';

/** Stems of other nations' adjectives, German and Russian (Syria's own are not among them). */
const DE_NATIONS = ['iran', 'irak', 'liby', 'libanes', 'jemen', 'türk', 'kurd', 'russ', 'belaruss', 'israel', 'palästinens', 'venezolan', 'ägypt', 'afghan', 'ukrain', 'tschetschen', 'sudanes', 'kolumbian', 'chines', 'kuban', 'nicaraguan', 'georg', 'armen', 'aserbaidschan', 'tunes', 'alger', 'marokkan', 'saudi', 'katar', 'jordan', 'bahrain', 'myanmar', 'birman'].map((x) => `[${x[0]}${x[0]!.toUpperCase()}]${x.slice(1)}`).join('|');
/** Polish adjectives of other nations, before or after the noun (białoruska opozycja, opozycja białoruska; Poland's own too). */
const PL_NATIONS = ['irańsk', 'irack', 'libijsk', 'libańsk', 'jemeńsk', 'tureck', 'kurdyjsk', 'rosyjsk', 'białorusk', 'izraelsk', 'palestyńsk', 'wenezuelsk', 'egipsk', 'afgańsk', 'ukraińsk', 'czeczeńsk', 'sudańsk', 'kolumbijsk', 'chińsk', 'kubańsk', 'gruzińsk', 'ormiańsk', 'azerbejdżańsk', 'tunezyjsk', 'algiersk', 'marokańsk', 'saudyjsk', 'katarsk', 'jordańsk', 'węgiersk', 'polsk', 'niemieck', 'francusk', 'amerykańsk', 'brytyjsk', 'serbsk', 'słowack', 'czesk', 'litewsk', 'łotewsk', 'estońsk', 'rumuńsk', 'bułgarsk', 'mołdawsk', 'birmańsk', 'nikaraguańsk', 'etiopsk', 'somalijsk', 'malijsk'].map((x) => `[${x[0]}${x[0]!.toUpperCase()}]${x.slice(1)}`).join('|');
const RU_NATIONS = ['иранск', 'иракск', 'ливийск', 'ливанск', 'йеменск', 'турецк', 'курдск', 'российск', 'белорусск', 'израильск', 'палестинск', 'венесуэльск', 'египетск', 'афганск', 'украинск', 'чеченск', 'суданск', 'колумбийск', 'китайск', 'кубинск', 'грузинск', 'армянск', 'азербайджанск', 'тунисск', 'алжирск', 'марокканск', 'саудовск', 'катарск', 'иорданск', 'бахрейнск', 'мьянманск'].map((x) => `[${x[0]}${x[0]!.toUpperCase()}]${x.slice(1)}`).join('|');

/**
 * Another country's rebels or opposition: "the exiled Iranian opposition", "Libyan rebels",
 * "iranische Opposition", "Iraanse oppositie", "иранская оппозиция", "l'opposition iranienne",
 * "la oposición venezolana". The article's rebels are Syria's; a word of nationality right before
 * (English, German, Dutch, Russian) or right after (French, Spanish) names someone else's, unless it
 * is Syria's. Words of creed or method ("Sunni", "islamistische", "исламистские") are no nationality.
 */
const BEFORE = new RegExp(
  '^(?:' +
    [
      '\\p{Lu}\\p{Ll}+(?:ian|ese|ish|i|an)', // Iranian, Lebanese, Kurdish, Iraqi, Libyan
      // German and Russian write the adjective in lower case, and most adjectives end so (politische,
      // demokratische Opposition; светские, умеренные повстанцы are Syria's): only a nation's stem
      `(?:${DE_NATIONS})\\p{Ll}*(?:ische|ischen|ysche|yschen|sche|schen)`, // iranische, libyschen
      '\\p{Lu}\\p{Ll}+(?:se|sche)', // Iraanse, Libische
      `(?:${RU_NATIONS})\\p{Ll}*(?:ая|ой|ую|ие|их|им)`, // Иранская, ливийские
      `(?:${PL_NATIONS})(?:a|iej|ą|i|ich|im|imi|ie)`, // białoruska, rosyjskiej (opozycji)
    ].join('|') +
    ')$',
  'u',
);
// French and Spanish put the adjective after, in lower case: there, only a nationality's own stem is
// read ("rebel defenses", "rebeldes abandonan" end like adjectives too). Besides the shared stems,
// the nations whose own rebels or opposition the news names (Lebanon, Turkey, the Kurds of Turkey
// and Iraq, Russia, Israel, Egypt, Chechnya, Yemen's Houthis), and Polish, which also puts it after.
const AFTER = new RegExp(
  '^\\p{L}*\\s+((?:' +
    [PL_NATIONS, ...NATION_STEMS, 'liban', 'turc', 'turqu', 'kurd', 'russ', 'rus[ao]', 'isra[ée]l', '[ée]gypt', 'egipc', 'tch[ée]tch', 'chechen',
      'houth', 'hut[íi]'].join('|') +
    ')\\p{Ll}*)(?![\\p{L}])',
  'u',
);
// Syria's own communities and creeds (Christian, Assyrian, Alawi, Druze, Ismaili, Yazidi, Circassian
// rebels fought in Aleppo) and English adjectives that end as a nationality does (civilian, veteran)
const OWN_OR_CREED = /^(?:syr|sir|сирий|suri)|^(?:sunni|shii|islam|jihad|dschihad|джихад|террор|salaf)|istisch|истск|^(?:christian|assyrian|alawi|ismaili|yazidi|circassian|civilian|veteran|partisan|urban|suburban|guardian|librarian)$/iu;

export function foreignSide(text: string, start: number, end: number): boolean {
  // the word right before, after white space (tested whole: an unanchored search from every
  // position of the text before each "rebels" cost more than the rest of the rule)
  let e = start;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e < start) {
    let b = e;
    while (b > 0 && isLetterDigitOrMark(text.charCodeAt(b - 1))) b--;
    const word = text.slice(b, e);
    if (word && (BEFORE.test(word) || TR_BEFORE.test(word)) && !OWN_OR_CREED.test(word)) return true;
  }
  const after = text.slice(end, end + 40);
  return AFTER.test(after) || AR_AFTER.test(after);
}

/**
 * Turkish names the country, or its people, before its opposition: "Türk muhalefeti", "İran
 * muhalefeti", "Libyalı isyancılar". Not a Kurd: Syria has Kurdish opposition groups of its own.
 */
const TR_BEFORE = new RegExp(
  '^(?:' + ['Türk', 'Türkiye', 'İran', 'Irak', 'Lübnan', 'Libya', 'Yemen', 'Mısır', 'Rus', 'Rusya', 'Venezuela', 'Ukrayna', 'Belarus',
    'İsrail', 'Filistin', 'Afgan', 'Afganistan', 'Sudan', 'Tunus', 'Cezayir', 'Fas', 'Bahreyn', 'Suudi', 'Katar', 'Ürdün', 'Çeçen', 'Gürcistan', 'Ermeni'].join('|') +
    ')(?:lı|li|lu|lü)?$', 'u');

/**
 * Arabic puts the nation's adjective after the noun, with the article: "المعارضة التركية",
 * "المعارضة الإيرانية", "المتمردين الحوثيين", and Iraq's militias, "الفصائل العراقية", fight for
 * the government. Only a nation's own stem is read (a creed or a method is no nationality).
 */
const AR_AFTER = new RegExp(
  '^[ \\u00a0]+ال(?:' + ['تركي', 'إيراني', 'ايراني', 'عراقي', 'لبناني', 'مصري', 'ليبي', 'يمني', 'روسي', 'فنزويلي', 'بحريني', 'سوداني',
    'أردني', 'كويتي', 'إسرائيلي', 'فلسطيني', 'أوكراني', 'جزائري', 'تونسي', 'مغربي', 'سعودي', 'قطري', 'إماراتي', 'صيني', 'أفغاني',
    'باكستاني', 'أمريكي', 'أميركي', 'فرنسي', 'بريطاني', 'ألماني', 'بيلاروسي', 'إثيوبي', 'صومالي', 'حوثي'].join('|') +
    ')(?:ة|ين|ون)?(?![\\p{L}\\p{M}])', 'u');

/**
 * A country's parliamentary opposition: its parties and members ("opposition parties",
 * "Oppositionspartei", "oppositiepartij", "partis d'opposition", "diputados de la oposición", Turkish
 * "ana muhalefet", "muhalefet lideri", as Turkey's CHP beside Assad in the 2023 campaign), unless
 * Syria is named right beside it ("Suriye muhalefet lideri", "die syrischen Oppositionsparteien").
 * Not a leader alone: Syria's opposition has leaders too ("Riyad al-Turk, a secular opposition leader").
 */
const POLITICS_COMPOUND = /^(?:opposition|oppositie)s?(?:partei|politiker|abgeordnete|fraktion|partij|lid|leden)/iu;
const POLITICS_AFTER = /^[\s-]+(?:part(?:y|ies)|lawmakers?|MPs?|politicians?|deputies|lideri\p{L}*|partisi\p{L}*|partileri\p{L}*|milletvekil\p{L}*|parlamentarn\p{L}*|sejmow\p{L}*|pozaparlamentarn\p{L}*)(?![\p{L}])/iu;
// (Polish names the opposition's members in the genitive after them: posłowie opozycji, lider opozycji)
const POLITICS_BEFORE = /(?:^|[^\p{L}])(?:partis?|députés?|partidos?|diputados|ana|posłowie|posłów|posłanki|posłanek|partie|partii|kluby?|klubów|ława|ławy)\s+(?:de\s+la\s+|de\s+l['’]|d['’])?$/iu;
const SYRIA_BESIDE = /syri|sir[io]|suriye|сирий|syryj/iu;

/**
 * Turkish "muhalefet" (the opposition as a body) is, bare, the parliament's: Turkish news names
 * its parties beside it ("Muhalefet, hükümetin politikasını eleştirdi. CHP ..."), while Syria's is
 * "muhalifler", "muhalif gruplar" or "Suriye muhalefeti". Its groups and forces are armed ones.
 */
const TR_BARE_OPPOSITION = /^muhalefet(?!\s+(?:grup|güç|guc))/iu;
const TR_PARTIES = /(?<![\p{L}])(?:CHP|AKP|AK Parti|MHP|HDP|DEM Parti|İYİ Parti|TBMM)(?![\p{L}])/u;

export function parliamentary(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  // (a compound's match may end inside its word: Opposition|sführer)
  const politics = POLITICS_COMPOUND.test(text.slice(start, end + 30)) || POLITICS_AFTER.test(after) || POLITICS_BEFORE.test(before) ||
    (TR_BARE_OPPOSITION.test(text.slice(start, end + 30)) && TR_PARTIES.test(text.slice(Math.max(0, start - 150), end + 150)));
  return politics && !SYRIA_BESIDE.test(before.slice(-15) + text.slice(start, end) + after.slice(0, 15));
}
