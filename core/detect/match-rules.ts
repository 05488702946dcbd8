import { foreignSide, parliamentary } from './foreign-side.ts';
import { classOf, foldCode, IGNORE, isLower, isSpaceCode, isUpper, NONWORD, WORD } from './fold.ts';
import type { Pattern } from './lexicon.ts';
import { lowerBound } from './lower-bound.ts';
import { SAID } from './said.ts';

// The rules a name found by the matcher's trie must pass to be a mention: what may follow it, its
// letter case, and the words around it.

/**
 * Facts about a block computed only when a rule needs them. Its line breaks and paragraph starts are
 * found once per block, and a name's line or paragraph by binary search: a rule asks for every name
 * the trie finds, and a walk back to the line's start from each was quadratic on a long line.
 */
export class BlockContext {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  private lineBreaks: number[] | undefined;
  private paragraphStarts: number[] | undefined;
  private readonly headlineByLine = new Map<number, boolean>();
  private readonly caselessByParagraph = new Map<number, boolean>();
  private readonly caselessByLine = new Map<number, boolean>();

  /** The block's line breaks, in text order. */
  private breaks(): number[] {
    return (this.lineBreaks ??= [...this.text.matchAll(/\n/g)].map((m) => m.index));
  }
  /** The index in breaks() of the line break that ends the line holding `pos` (its count of line breaks before `pos`). */
  private lineOf(pos: number): number {
    const nl = this.breaks();
    return lowerBound(nl.length, (i) => nl[i]! < pos);
  }

  /** Whether the line holding `pos` is an English all-capitals headline. */
  englishHeadline(pos: number): boolean {
    const t = this.text;
    const nl = this.breaks();
    const lo = this.lineOf(pos);
    let v = this.headlineByLine.get(lo);
    if (v === undefined) {
      const from = lo === 0 ? 0 : nl[lo - 1]! + 1;
      const to = lo < nl.length ? nl[lo]! : t.length;
      v = to - from <= 200 && englishCapsLine(t.slice(from, to));
      this.headlineByLine.set(lo, v);
    }
    return v;
  }
  /**
   * A paragraph with no capital letter at all (a lower-cased corpus, a URL list): capitalisation
   * carries no signal there. Judged per paragraph (blank lines bound it), so the verdict does not
   * depend on how a text is cut into blocks.
   */
  caseless(pos: number): boolean {
    const t = this.text;
    const from = this.paragraphStart(pos);
    let v = this.caselessByParagraph.get(from);
    if (v === undefined) {
      const to = paragraphEnd(t, pos);
      v = !/\p{Lu}/u.test(dropHandles(t.slice(from, to)));
      this.caselessByParagraph.set(from, v);
    }
    return v || this.caselessLine(pos);
  }
  /**
   * A line typed all in lower case under a short header (a reader's comment under its user name and
   * time: "Ayse.Y 2 saat önce" / "rusya ve iran olmasa esad gitmisti"): whoever leaves the first word
   * of a sentence in lower case leaves names so too. The line must start in lower case and the line
   * before must not run on into it (a hard-wrapped sentence goes on in lower case after a long line).
   */
  private caselessLine(pos: number): boolean {
    const t = this.text;
    const nl = this.breaks();
    const lo = this.lineOf(pos);
    let v = this.caselessByLine.get(lo);
    if (v === undefined) {
      const from = lo === 0 ? 0 : nl[lo - 1]! + 1;
      const to = lo < nl.length ? nl[lo]! : t.length;
      const line = dropHandles(t.slice(from, to));
      const prev = lo > 0 ? t.slice(lo > 1 ? nl[lo - 2]! + 1 : 0, from - 1).trim() : '';
      v = /^\s*\p{Ll}/u.test(line) && !/\p{Lu}/u.test(line) && (prev.length <= 40 || /[.!?:…"”)]$/u.test(prev));
      this.caselessByLine.set(lo, v);
    }
    return v;
  }
  /**
   * The start of the paragraph holding `pos`: after the last line break before it that only spaces,
   * tabs or no-break spaces part from the line break before that (a blank line), or the block's start.
   */
  private paragraphStart(pos: number): number {
    const t = this.text;
    const starts = (this.paragraphStarts ??= this.breaks().filter((b, k, nl) => {
      if (k === 0) return false;
      for (let j = nl[k - 1]! + 1; j < b; j++) if (t[j] !== ' ' && t[j] !== '\t' && t[j] !== '\u00a0') return false;
      return true;
    }).map((b) => b + 1));
    const k = lowerBound(starts.length, (i) => starts[i]! <= pos);
    return k === 0 ? 0 : starts[k - 1]!;
  }
}

/**
 * A user's @handle is spelt as registered, not as the writer types ("@Dan_Miller_UK its not just
 * russia"): its capitals say nothing about how the writer cases names, so they are left out.
 */
const HANDLE = /(^|[\s(])@[\p{L}\p{N}_.]+/gu;
function dropHandles(s: string): string {
  return s.includes('@') ? s.replace(HANDLE, '$1') : s;
}

function paragraphEnd(t: string, pos: number): number {
  const m = /\n[ \t\u00a0]*\n/g;
  m.lastIndex = pos;
  const r = m.exec(t);
  return r ? r.index : t.length;
}

export function wordEnd(text: string, j: number): number {
  while (j < text.length && classOf(text.charCodeAt(j)) === WORD && !isUpper(text.charCodeAt(j))) j++;
  return j;
}

const RU_ENDINGS = new Set(['а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ом', 'ем', 'ой', 'ей', 'ом', 'ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ию', 'ии', 'ия']);

/**
 * Plural endings: a family name in the plural is the family (семья Асадов), and Асадов, Асадова is
 * a Russian surname of its own (the poet Эдуард Асадов), not a form of Асад.
 */
const RU_PLURAL_ENDINGS = new Set(['ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями']);

/** Russian declines names (Асада, Асаду, Асадом): the case ending is part of the mention. */
export function cyrillicEnd(p: Pattern, text: string, end: number): number {
  if (!p.cyrillic) return end;
  let j = end;
  while (j < text.length && j - end < 3 && classOf(text.charCodeAt(j)) === WORD) j++;
  if (j === end || (j < text.length && classOf(text.charCodeAt(j)) === WORD)) return end;
  const ending = text.slice(end, j).toLowerCase();
  return RU_ENDINGS.has(ending) && !(p.family && RU_PLURAL_ENDINGS.has(ending)) ? j : end;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
/** An article before a family name plus s (German, Dutch, English): the family's plural. */
const PLURAL_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|den|de|the)[ \u00a0]+$/iu;
/** The head of a German or Dutch compound naming a UN agency, programme or fund (not the UN). */
const UN_AGENCY_COMPOUND = /^[-‐‑]\p{L}*(?:hilfswerk|hochkommissariat|programm|programma|fonds|kinderfonds|organisation|organisatie|agentur|behörde)(?![\p{L}])/iu;
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'la', 'le', 'les', 'l', 'du', 'de', 'des', 'der', 'die', 'das', 'dem', 'den', 'vom', 'het', 'een', 'el', 'los', 'las', 'del', 'al', 'international', 'internationalen', 'internationale', 'international', 'and', 'et', 'und', 'en', 'y', 've', 'of']);

/**
 * Whether a name found by the trie at [start, end) is a mention here: boundaries, case, context;
 * 'weak' when it is one only on a page already about the article (see headingAlone).
 */
export function accept(p: Pattern, text: string, start: number, end: number, ctx: BlockContext): boolean | 'weak' {
  end = afterMarks(text, end);
  // @homs-j, @sana_dev, @AP: a user name (a forum's, a code host's) is nobody's mention
  if (start > 0 && text.charCodeAt(start - 1) === 0x40) return false;
  // (the rules up to the Turkish one at the end only reject, so their order is free: the cheap ones
  // that reject most of the trie's hits come first, the walk back over a web address after them)
  if (!rightBoundary(p, text, end)) return false;
  if (!caseMatches(p, text, start, end, ctx)) return false;
  if (inWebAddress(text, start)) return false;
  if (p.shortAcronym && inCapitalsRun(p, text, start, end, ctx)) return false;
  // AT&T, AP&J: an abbreviation joined by & is part of another name
  if (p.acronym && (text.charCodeAt(end) === 0x26 || text.charCodeAt(start - 1) === 0x26)) return false;
  // BM-21, AP-1: an abbreviation joined to a number by a hyphen is a model or a code
  if (p.acronym && /^[-‐‑]\d/.test(text.slice(end, end + 2))) return false;
  if (p.notAfterCapital && afterCapitalisedWord(text, start)) return false;
  if (p.notSentenceStart && sentenceInitial(text, start) && !reportingVerbAfter(text, end) && !capitalisedCompound(text, end)) return false;
  if (p.afterAgency && !agencyBefore(text, start) && !agencyAfter(text, end)) return false;
  // "САНА, 5 декабря. /ТАСС/", Turkish "SANA / 21 Eylül", "SANA (AA) -": a capitalised name opening
  // a paragraph before a date or an agency's code is a dateline's place (Sana'a), not an
  // organisation's abbreviation
  if (p.acronym && opensLine(text, start) && DATELINE_AFTER.test(text.slice(end, end + 12))) return false;
  if (p.target === 'rebels' && (foreignSide(text, start, end) || parliamentary(text, start, end))) return false;
  // "Asad Umar said": a bare family name followed by a capitalised word and then a lower-case one is
  // someone's given name (a title-case headline, "Assad Vows To Retake", capitalises the third too)
  if (p.family && givenName(text, end)) return false;
  // "der Assads", "die Assads", "de Assads", "the Assads": a family name plus s after an article is
  // the family in the plural (one person's genitive takes no article: "Assads Truppen")
  if (p.family && text.charCodeAt(end) === 0x73 && PLURAL_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  // "UN-Flüchtlingshilfswerk", "UNO-Welternährungsprogramm", "VN-vluchtelingenorganisatie": a
  // compound whose head is an agency, a programme or a fund names that body, not the UN itself
  if (p.target === 'united-nations' && UN_AGENCY_COMPOUND.test(text.slice(end, end + 60))) return false;
  // "Halep y Muguruza", "Halep batte la Errani": a Turkish one-word name with no Turkish suffix is
  // Turkish only among Turkish words (a letter only Turkish writes near it); elsewhere it is
  // someone's name (the tennis player) or a word of that language
  // (a capitalised word only: Turkish typed in lower case or without its letters, "halep te", stays)
  if (p.lang === 'tr' && p.kind === 'entity' && !/[\s-]/.test(p.folded) && titleCase(text, start, end) && !turkishAround(text, start, end)) {
    return headingAlone(text, start, end) ? 'weak' : false;
  }
  return true;
}

/** How far back a web address is looked for: its scheme or www. and the path up to the name. */
const ADDRESS_REACH = 200;

/**
 * "https://www.example.com/world/2016/dec/15/aleppo-evacuation-live", "www.aleppo-soap.de": a web
 * address shown as text (a footnote's source, a pasted link) names a page, not the place, and makes
 * no page about the article. The address runs back from the name to the nearest white space.
 */
function inWebAddress(text: string, start: number): boolean {
  let i = start;
  const stop = Math.max(0, start - ADDRESS_REACH);
  while (i > stop && !isSpaceCode(text.charCodeAt(i - 1)) && !'(<"«'.includes(text[i - 1]!)) i--;
  if (i === start) return false;
  const run = text.slice(i, start);
  return /^(?:https?:\/\/|www\.)/i.test(run) || run.includes('://');
}

const HEADING_MAX = 80;

/**
 * A title standing alone, its words capitalised ("Lazkiye", "Halep Muharebesi (2012-2016)" above a
 * Turkish encyclopaedia article): its language is the next paragraph's, which a block does not see.
 * A Turkish name there is read, but as a weak one: shown on a page about the article, never making
 * one so (a Spanish sports box's "Halep" heading stays unshown on a tennis page).
 */
function headingAlone(text: string, start: number, end: number): boolean {
  // a short line: looked for within its length only (a long text without line breaks stays linear)
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 0x0a && end - from <= HEADING_MAX) from--;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 0x0a && to - from <= HEADING_MAX) to++;
  if (to - from > HEADING_MAX || /[.!?:;,]\s*$/.test(text.slice(from, to))) return false;
  // a paragraph of its own: a blank line or the block's edge on both sides
  if (from > 0 && !/\n[ \t]*\n$/.test(text.slice(Math.max(0, from - 40), from))) return false;
  if (to < text.length && !/^\n[ \t]*\n/.test(text.slice(to, to + 40))) return false;
  return !/(?:^|[^\p{L}\p{N}])\p{Ll}/u.test(text.slice(from, to));
}

/** Letters Turkish writes and Spanish and Italian do not (ı, İ, ş, ğ, ç, ö, ü). */
const TURKISH_LETTER = /[ıİşŞğĞçÇöÖüÜ]/;

/** A capital and then lower-case letters only (Halep, not HALEP, BM or halep). */
function titleCase(text: string, start: number, end: number): boolean {
  if (!isUpper(text.charCodeAt(start))) return false;
  for (let j = start + 1; j < end; j++) if (!isLower(text.charCodeAt(j))) return false;
  return end - start > 1;
}
const TURKISH_REACH = 200;

/** Common Turkish words with none of those letters and no meaning in Spanish, Italian or Portuguese ("Halep ve Turkiye"). */
const TURKISH_WORD = /(?:^|[^\p{L}])(?:ve|ile|bir|bu|ki|ise|gibi|kadar|daha|sonra|olarak|olan|veya|icin|kenti|rejimi|ordusu)(?![\p{L}])/iu;

/**
 * A proper name with a case suffix after an apostrophe, as only Turkish writes them ("Suriye'de",
 * "Esad'in", typed without Turkish letters too; not "Aleppo's", "Aujourd'hui", "Dell'anno").
 */
const TURKISH_SUFFIXED = /\p{Lu}\p{Ll}+['’](?:d[ae]|t[ae]|d[ae]n|t[ae]n|[iıuü]n|n[iıuü]n|[iıuüea]|y[ea]|y[iıuü]|l[ea]|yl[ea]|[dt][ae]ki|n[dt][ae]|n[dt][ae]n|n[iıuüea])(?![\p{L}])/u;

/**
 * The name of the Turkish language right before a name: an encyclopaedia's lead gives the city's
 * name in other languages ("in Turkish it is Halep", "en turc : Halep", "türkisch Halep", "тур. Халеб").
 */
const TURKISH_NAMED = /(?:^|[^\p{L}])(?:turkish|turc|turque|turco|turca|türkisch|turks|türkçe|турецк\p{L}*|по-турецки|التركية|بالتركية)(?![\p{L}])[^\n\p{L}]{0,4}(?:(?:it|is|as|in|es|en|est|ist|:)[^\n\p{L}]{0,3}){0,3}$/iu;

/**
 * The name as the first half of a Turkish compound, its head with the possessive -si/-su typed in
 * plain letters ("Rakamlarla Halep tahliyesi", "Halep valisi"): a headline with no Turkish letter.
 * Spanish, Italian and Portuguese put no such word right after a person's name.
 */
const TURKISH_COMPOUND_NEXT = /^ \p{Ll}{2,}(?:si|su)(?![\p{L}])/u;

/** Whether the name at [start, end) carries a Turkish suffix (Halep'te, Halepte) or Turkish stands within reach in its block. */
function turkishAround(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (end < text.length && (APOSTROPHES.has(c) || classOf(c) === WORD)) return true;
  if (TURKISH_COMPOUND_NEXT.test(text.slice(end, end + 30))) return true;
  if (TURKISH_NAMED.test(text.slice(Math.max(0, start - 40), start))) return true;
  let from = start;
  while (from > 0 && start - from < TURKISH_REACH && !(text[from - 1] === '\n' && text[from - 2] === '\n')) from--;
  let to = end;
  while (to < text.length && to - end < TURKISH_REACH && !(text[to] === '\n' && text[to + 1] === '\n')) to++;
  const around = text.slice(from, to);
  return TURKISH_LETTER.test(around) || TURKISH_WORD.test(around) || TURKISH_SUFFIXED.test(around);
}

/**
 * What says a text is about Syria, in the lexicon's languages, at a word start: the country and its
 * adjective (Syria, syrisch, Syrië, Syrie, Siria, sírio, Suriye, Сирия, сирийский; Polish Syrii,
 * syryjski), the Assads,
 * the article's other places, Syria's ports and the air base near Latakia (Hmeimim, Tartus), the
 * rebels and a province. A name also a brand's elsewhere (Hama
 * ironing beads, the electronics maker Hama) is the city only with one of these near it.
 */
const SYRIA_CUE = /(?:^|[^\p{L}])(syri(?:a|e|ë|en|sch|sk|i|ą|ę)|syryj|s[ií]ri[ao]|suriye|сири[йяиюе]|ass?ad|ásad|esad|esed|асад|aleppo|alep|halep|homs|damas|latak|lattak|idlib|h?hmeim|khmeim|хмеймим|tart[ou]u?s|тартус|rebel|insurg|muhalif|повстан|боевик|provin)|(سوري)/giu;
const SYRIA_REACH = 200;

/**
 * Words of the other sense of a place's name, in the lexicon's languages: Latakia is also a pipe
 * tobacco ("miscele inglesi con Latakia", "mieszanka z dużą ilością Latakii", "Latakia Flake"; Russian
 * "смесь", "трубка", and "кипрская", the Cyprian leaf that replaced the Syrian one).
 */
const OTHER_SENSE_CUES: Record<string, RegExp> = {
  latakia: /(?:^|[^\p{L}])(?:tobacco|tabac|tabak|tabacc|tabaco|tytoń|tytoni|tütün|табак|pipes?(?![\p{L}])|pipa(?![\p{L}])|fajk|fajc|fajcz|cachimbo|blend|mixture|miscel|mistura|mieszank|mischung|mélange|perique|burley|cavendish|flake|смес|трубк|кипрск)/iu,
};
/**
 * The words of that sense that are also ordinary news words (a gas pipe, a mixture of targets, a
 * blend of fear): they name the tobacco only where Syria or its war is not named near the name.
 */
const PLAIN_SENSE_CUES: Record<string, RegExp> = {
  latakia: /^(?:pipes?|pipa|blend\p{L}*|mixture\p{L}*|miscel\p{L}*|mistura\p{L}*|mieszank\p{L}*|mischung\p{L}*|mélange\p{L}*|flake\p{L}*)$/iu,
};
const OTHER_SENSE_REACH = 80;
/** OTHER_SENSE_CUES, each compiled once to find all its words. */
const ALL_SENSE_CUES: Record<string, RegExp> = {};

/** A clause's end for otherSenseNear: a line break, or a full stop, semicolon, ! or ? before a space. */
const clauseEndAt = (text: string, i: number) => text[i] === '\n' || (/[.;!?]/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? ' '));

/** Whether a word of the place's other sense stands within reach of [start, end), in its clause. */
export function otherSenseNear(id: string, text: string, start: number, end: number, nearSyria = () => syriaNear(text, start, end, id)): boolean {
  const cue = OTHER_SENSE_CUES[id];
  if (!cue) return false;
  let from = start;
  while (from > 0 && start - from < OTHER_SENSE_REACH && !clauseEndAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < OTHER_SENSE_REACH && !clauseEndAt(text, to)) to++;
  const plain = PLAIN_SENSE_CUES[id]!;
  const all = (ALL_SENSE_CUES[id] ??= new RegExp(cue.source, 'giu'));
  let plainSeen = false;
  for (const part of [text.slice(from, start), text.slice(end, to)]) {
    for (const m of part.matchAll(all)) {
      const word = /\p{L}+/u.exec(m[0])![0] + /^\p{L}*/u.exec(part.slice(m.index + m[0].length))![0];
      // a word only the other sense has (tobacco, perique): that sense
      if (!plain.test(word)) return true;
      plainSeen = true;
    }
  }
  // an ordinary word of the sense (a pipe, a blend): the other sense where Syria and its war are not named near
  return plainSeen && !nearSyria();
}

/** The cue words that are forms of an entity's own name: no cue near that entity's name. */
const OWN_CUES: Record<string, RegExp> = {
  assad: /^(?:ass?ad|ásad|esad|esed|асад)$/i,
  aleppo: /^(?:aleppo|alep|halep)$/i,
  homs: /^homs$/i,
  damascus: /^damas$/i,
  latakia: /^(?:latak|lattak)$/i,
};

/** Whether Syria or its war is named in [s, e) of `text`. */
export function syriaIn(text: string, s: number, e: number): boolean {
  for (const _ of text.slice(s, e).matchAll(SYRIA_CUE)) return true;
  return false;
}

/**
 * Whether Syria or its war is named within reach of [start, end), in its paragraph. The name's own
 * other uses are no such word: on a tobacco review, "Latakia dominates ... too much Latakia" names
 * the leaf twice, not the port near Syria; "Esad Bey and Asad" are two given names.
 */
export function syriaNear(text: string, start: number, end: number, self = ''): boolean {
  let from = start;
  while (from > 0 && start - from < SYRIA_REACH && !(text[from - 1] === '\n' && text[from - 2] === '\n')) from--;
  let to = end;
  while (to < text.length && to - end < SYRIA_REACH && !(text[to] === '\n' && text[to + 1] === '\n')) to++;
  const own = OWN_CUES[self];
  const cueIn = (s: string) => {
    for (const m of s.matchAll(SYRIA_CUE)) if (!own?.test(m[1] ?? m[2]!)) return true;
    return false;
  };
  return cueIn(text.slice(from, start)) || cueIn(text.slice(end, to));
}

/**
 * Where a name marked & (a place's or agency's name that is also a brand or model elsewhere: the
 * electronics maker Hama, NVIDIA's SANA) counts as the article's: Syria or its war named near it
 * (syriaNear, which the detector reads once per name), or the name called a news agency ("state
 * news agency SANA").
 */
export function agencyNear(text: string, start: number, end: number): boolean {
  return agencyBefore(text, start) || agencyAfter(text, end);
}

/** Words a news agency is called by, in the lexicon's languages (Dutch and German compounds: staatspersbureau, Staatsagentur). */
const AGENCY = /^(?:agency|agence|agencia|agenzia|agência|agencj\p{L}*|\p{L}*agentschap|\p{L}*persbureau|\p{L}*agentur|ajansı?|агентств\p{L}*|وكالة)$/u;

/**
 * A reporting verb after a sentence-initial name: "Amnesty said", "Amnesty erklärte", "Amnesty ha
 * denunciato" is the organisation. Not a Spanish or Italian present tense, which also follows the
 * impersonal "Uno" ("Uno dice que ...": one says), so Italian "ha" only before a regular participle
 * ("Uno ha perso la vita" is one of them), nor an English word that could follow the common noun
 * ("Amnesty was granted" stays a word).
 */
const REPORTING = new Set([
  ...SAID,
  ...`say called calls urged urges accused accuses warned warns reports documented condemned condemns described estimates
  affirme dénonce accuse estime rapporte indique souligne déclare demande appelle
  sagt erklärt kritisierte kritisiert berichtet warnte warnt forderte fordert wirft
  zegt meldt waarschuwt waarschuwde noemt beschuldigt
  denunció acusó advirtió pidió señaló aseguró documentó diz denunciou acusou alertou`.split(/\s+/),
]);

function reportingVerbAfter(text: string, end: number): boolean {
  const r = nextWordRange(text, end);
  if (!r) return false;
  const word = text.slice(r[0], r[1]);
  if (word !== 'ha') return REPORTING.has(word);
  const participle = nextWordRange(text, r[1]);
  return participle !== undefined && /(?:ato|uto|ito)$/.test(text.slice(participle[0], participle[1]));
}

/**
 * A name joined by a hyphen to a capitalised word is the first part of a German compound
 * ("Uno-Generalsekretär Ban sagte"): the organisation, even where the bare word opening a sentence
 * would be another ("Uno de los heridos").
 */
function capitalisedCompound(text: string, end: number): boolean {
  const h = text.charCodeAt(end);
  return (h === 0x2d || h === 0x2010 || h === 0x2011) && end + 1 < text.length && isUpper(text.charCodeAt(end + 1));
}
/** Harakat and other ignorable marks written after a name's last letter (حَلَبُ) belong to it. */
export function afterMarks(text: string, end: number): number {
  while (end < text.length && foldCode(text.charCodeAt(end)) === IGNORE) end++;
  return end;
}
/** Turkish case suffixes written without an apostrophe: Halepte, Esadın, BMnin, Halepteki (a closed list). */
const TR_SUFFIX = /^(?:y|n|s)?(?:ı|i|u|ü|a|e|ın|in|un|ün|da|de|ta|te|dan|den|tan|ten|la|le|lı|li|lu|lü|ca|ce|ya|ye|dır|dir)(?:ki|nin|nın|ler|lar|de|da)?$/u;

/** Whether one of the five words before `start`, in its sentence, names a news agency: "la agencia estatal siria Sana". */
function agencyBefore(text: string, start: number): boolean {
  let j = start;
  for (let words = 0; words < 5; words++) {
    while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0xa0 || text.charCodeAt(j - 1) === 0x2c)) j--;
    const e = j;
    while (j > 0 && classOf(text.charCodeAt(j - 1)) === WORD) j--;
    if (e === j) return false; // a sentence end, a bracket: the cue is not in this phrase
    if (AGENCY.test(text.slice(j, e).toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether one of the two words right after `end`, in its phrase, names a news agency: "the official
 * Sana news agency", or the compound "Sana-Agentur". Another word after a hyphen makes another name
 * of it ("Sana-based agency Saba" is Yemen's).
 */
function agencyAfter(text: string, end: number): boolean {
  const isAgency = (from: number, to: number) => to > from && AGENCY.test(text.slice(from, to).toLowerCase());
  let j = end;
  if (text.charCodeAt(j) === 0x2d) {
    while (++j < text.length && classOf(text.charCodeAt(j)) === WORD);
    return isAgency(end + 1, j);
  }
  for (let words = 0; words < 2; words++) {
    const gap = j;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
    if (j === gap) return false; // punctuation: another phrase
    const s = j;
    while (j < text.length && classOf(text.charCodeAt(j)) === WORD) j++;
    if (isAgency(s, j)) return true;
  }
  return false;
}

/** What follows a dateline's place: a date after a comma, slash or dash, or an agency's code in brackets. */
const DATELINE_AFTER = /^(?: ?[,/–—-] ?\d|\s?\((?:\p{Lu}|İ){2,6}\))/u;

/** Nothing but spaces between the last line break and `start`: a dateline's place. */
function opensLine(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  return j < 0 || text.charCodeAt(j) === 0x0a;
}

function givenName(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  const next = nextWordRange(text, end);
  if (!next || next[1] - next[0] < 2 || !isUpper(text.charCodeAt(next[0])) || capitalWord(text, next)) return false;
  if (text.charCodeAt(next[1]) !== 0x20) return false;
  const third = nextWordRange(text, next[1]);
  return third !== undefined && isLower(text.charCodeAt(third[0]));
}

function rightBoundary(p: Pattern, text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (classOf(c) === NONWORD) {
    if (!APOSTROPHES.has(c)) return true;
    // Aleppo's, Halep'te, Esad'ın: a lower-case suffix after an apostrophe; SANA'A is another word.
    // Turkish stacks suffixes there: Halep'tekilerin
    let j = end + 1;
    while (j < text.length && classOf(text.charCodeAt(j)) === WORD) {
      if (!isLower(text.charCodeAt(j)) && foldCode(text.charCodeAt(j)) !== IGNORE) return capitalsSuffix(text, end);
      j++;
    }
    return j - end - 1 <= (p.lang === 'tr' ? 10 : 6);
  }
  if (p.stem) {
    // a topic word in a heading or an infographic in capitals ("EVACUATED FROM EAST ALEPPO: 34,000")
    // has its ending in capitals too
    if (p.kind === 'topic' && p.anyCase && isUpper(c) && isUpper(text.charCodeAt(end - 1))) return true;
    return isLower(c) || ((c >= 0x600 && c <= 0x6ff) && !isUpper(c));
  }
  if (p.lang === 'tr' && p.kind === 'entity' && isLower(c)) {
    let j = end;
    while (j < text.length && classOf(text.charCodeAt(j)) === WORD) j++;
    return j - end <= 6 && TR_SUFFIX.test(text.slice(end, j).toLocaleLowerCase('tr'));
  }
  if (p.cyrillic) return cyrillicEnd(p, text, end) > end;
  // German and Dutch genitive -s (Assads, Aleppos), unless the name plus s is another word (Hamas).
  if (p.plainS && !p.acronym && c === 0x73) return end + 1 >= text.length || classOf(text.charCodeAt(end + 1)) === NONWORD;
  return false;
}

/**
 * A Turkish headline in capitals writes the suffix in capitals too (HALEP'TE, ESAD'IN, HAMA'DA),
 * after a name in capitals, whichever language's list the name came from. A vowel-final name takes a vowel suffix only with its buffer letter (SANA'YA,
 * HAMA'DA): SANA'A, a capitals headline's Sana'a, is no Turkish form.
 */
const TR_VOWELS = 'aeıioöuüâî';
// a case ending, then what Turkish stacks on it (HALEP'TEKİLER, HALEP'TEKİLERİN)
const CAPS_TR_SUFFIX = /^(?:y|n|s)?(?:ı|i|u|ü|a|e|ın|in|un|ün|da|de|ta|te|dan|den|tan|ten|la|le|lı|li|lu|lü|ya|ye|yla|yle)(?:ki)?(?:ler|lar)?(?:ı|i|ın|in|e|a|de|da|den|dan|nin|nın)?$/u;
function capitalsSuffix(text: string, end: number): boolean {
  if (!isUpper(text.charCodeAt(end - 1))) return false;
  let j = end + 1;
  while (j < text.length && classOf(text.charCodeAt(j)) === WORD) {
    if (!isUpper(text.charCodeAt(j))) return false;
    j++;
  }
  const suffix = text.slice(end + 1, j).toLocaleLowerCase('tr');
  const last = text.slice(end - 1, end).toLocaleLowerCase('tr');
  if (TR_VOWELS.includes(last) && TR_VOWELS.includes(suffix.charAt(0))) return false;
  return suffix.length <= 10 && CAPS_TR_SUFFIX.test(suffix);
}

function caseMatches(p: Pattern, text: string, start: number, end: number, ctx: BlockContext): boolean {
  if (p.anyCase) return true;
  if (!p.upperLetters.length) return true;
  let letter = 0;
  let u = 0;
  let ok = true;
  for (let j = start; j < end && u < p.upperLetters.length; j++) {
    const c = text.charCodeAt(j);
    if (classOf(c) !== WORD || foldCode(c) === IGNORE || (c >= 0x30 && c <= 0x39)) continue;
    if (letter === p.upperLetters[u]) {
      if (!isUpper(c)) {
        ok = false;
        break;
      }
      u++;
    }
    letter++;
  }
  if (ok) return true;
  // a lower-cased corpus: any name but an abbreviation that is also a lower-case word (un, sana, ap)
  return (!p.acronym || p.caselessAcronym) && ctx.caseless(start);
}

/**
 * An abbreviation inside a run of capitals ("UN ACCORD" is French for "an agreement", "UN AN" "a
 * year") is not trusted. Russian chains abbreviations (СБ ООН, МИД РФ) and has no such look-alike:
 * there a short capitalised neighbour on one side only is another abbreviation.
 */
function inCapitalsRun(p: Pattern, text: string, start: number, end: number, ctx: BlockContext): boolean {
  const before = prevWordRange(text, start);
  const after = nextWordRange(text, end);
  if (!p.cyrillic) return (capitalWord(text, before) || capitalWord(text, after)) && !ctx.englishHeadline(start);
  const long = (r: [number, number] | undefined) => r !== undefined && r[1] - r[0] >= 4 && capitalWord(text, r);
  return long(before) || long(after) || (capitalWord(text, before) && capitalWord(text, after));
}

function prevWordRange(text: string, start: number): [number, number] | undefined {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j--;
  const e = j + 1;
  while (j >= 0 && classOf(text.charCodeAt(j)) === WORD) j--;
  return e > j + 1 ? [j + 1, e] : undefined;
}

function nextWordRange(text: string, end: number): [number, number] | undefined {
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  const s = j;
  while (j < text.length && classOf(text.charCodeAt(j)) === WORD) j++;
  return j > s ? [s, j] : undefined;
}

function capitalWord(text: string, r: [number, number] | undefined): boolean {
  if (!r || r[1] - r[0] < 2) return false;
  for (let j = r[0]; j < r[1]; j++) if (!isUpper(text.charCodeAt(j))) return false;
  return true;
}

/** Masculine adjective endings, the forms that agree with Красный Крест in every case. */
const RU_ADJECTIVE_END = /(?:[иыо]й|[ое]го|[ое]му|[ыи]м|[ое]м)$/u;

function afterCapitalisedWord(text: string, start: number): boolean {
  const r = prevWordRange(text, start);
  if (!r) return false;
  const word = text.slice(r[0], r[1]);
  if (!isUpper(word.charCodeAt(0)) || FUNCTION_WORDS.has(word.toLowerCase())) return false;
  // Russian names a national society with an adjective that agrees with the name (Российский
  // Красный Крест, Американского Красного Креста); a capitalised noun before it is a sentence's
  // first word governing it ("Сотрудники Красного Креста" are the ICRC's staff)
  if (/^\p{Script=Cyrillic}+$/u.test(word)) return RU_ADJECTIVE_END.test(word.toLowerCase());
  return true;
}

/** Capitalised words for an office that stand before a bare family name (German nouns, Turkish titles): not a given name. */
const OFFICES = new Set(['präsident', 'präsidenten', 'machthaber', 'staatschef', 'diktator', 'başkanı', 'lideri']);
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00a0]+$/u;

/**
 * Whether a capitalised word that may be a given name stands right before `start`, with nothing but
 * a space between ("Omar Assad scored"): not a function word, nor an office ("Präsident Assad").
 */
export function givenNameBefore(text: string, start: number): boolean {
  return givenNameAt(text, start) !== undefined;
}

/** The capitalised word that may be a given name right before `start` (see givenNameBefore). */
export function givenNameAt(text: string, start: number): string | undefined {
  const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return !FUNCTION_WORDS.has(word) && !OFFICES.has(word) ? m[1] : undefined;
}

/**
 * Whether the bare family name at [start, end) is also written, within reach in its paragraph, after
 * a given name that `own` does not know ("Assad and his wife lived in Michigan. Maria Assad said ..."):
 * the family the page is about is that person's, not the article's.
 */
export function familyOfSomeoneNear(text: string, start: number, end: number, own: (given: string) => boolean): boolean {
  const name = text.slice(start, end);
  const from = Math.max(0, start - SYRIA_REACH);
  const to = Math.min(text.length, end + SYRIA_REACH);
  for (let i = text.indexOf(name, from); i !== -1 && i + name.length <= to; i = text.indexOf(name, i + 1)) {
    if (i === start || text.slice(Math.min(i, start), Math.max(i, start)).includes('\n\n')) continue;
    if (i + name.length < text.length && /[\p{L}\p{M}]/u.test(text[i + name.length]!)) continue;
    const given = givenNameAt(text, i);
    if (given !== undefined && !own(given)) return true;
  }
  return false;
}

function sentenceInitial(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && /[\s"“”'‘’«»([¿¡—–]/.test(text[j]!)) j--;
  return j < 0 || /[.!?:;\n]/.test(text[j]!);
}

const EN_CAPS = /\b(?:THE|OF|AS|TO|FOR|AND|ON|AT|WITH|OVER|AFTER|SAYS|WARNS)\b/;
const ROMANCE_CAPS = /(?:^|[^\p{L}])(?:LE|LA|LES|DE|DES|DU|ET|AU|AUX|UNE|APRÈS|POUR|SUR|IL|EL|LOS|DEL|DER|DIE|DAS)(?![\p{L}])/u;
/** An all-capitals headline (a short line) with English function words and no Romance or German ones: "UN WARNS OF ..." is the UN. */
function englishCapsLine(line: string): boolean {
  return line.length <= 200 && !/\p{Ll}/u.test(line) && EN_CAPS.test(line) && !ROMANCE_CAPS.test(line);
}
