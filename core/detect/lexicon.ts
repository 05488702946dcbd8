import * as v from 'valibot';
import { ENTITY_IDS, type EntityId } from '../pack/schema.ts';
import { foldString, isUpper } from './fold.ts';
import { COMPOUND_NUMBER_STARTS, largeNumberWords } from './number-words.ts';
import { russianForms } from './russian-forms.ts';
import { polishForms } from './polish-forms.ts';

const Names = v.record(v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code')), v.array(v.pipe(v.string(), v.nonEmpty())));

export const LexiconSchema = v.strictObject({
  version: v.literal(1),
  notation: v.string(),
  entities: v.array(v.strictObject({
    id: v.picklist(ENTITY_IDS, 'is not one of the known entity ids'),
    directional: v.optional(v.boolean()),
    names: Names,
  })),
  others: v.array(v.strictObject({
    label: v.string(),
    shadows: v.picklist(ENTITY_IDS),
    names: v.array(v.pipe(v.string(), v.nonEmpty())),
  })),
  blockers: v.array(v.pipe(v.string(), v.nonEmpty())),
  topics: v.record(v.picklist(['evacuation', 'flight', 'deaths', 'displacement', 'uprising', 'departure', 'lives']), Names),
});

export type Lexicon = v.InferOutput<typeof LexiconSchema>;
export type Topic = keyof Lexicon['topics'];

export type PatternKind = 'entity' | 'other' | 'blocker' | 'topic' | 'number';

/** One name, compiled: what it is for, its folded form and the rules it carries. */
export interface Pattern {
  kind: PatternKind;
  /** entity id, the other person's label, or the topic; '' for blockers */
  target: string;
  /** the name as written in the lexicon, without markers */
  text: string;
  lang: string;
  folded: string;
  anyCase: boolean;
  stem: boolean;
  plainS: boolean;
  weak: boolean;
  family: boolean;
  notAfterCapital: boolean;
  notSentenceStart: boolean;
  /** only after a news agency's name for itself (agency, agencia, агентство ...) in the same sentence */
  afterAgency: boolean;
  /**
   * a place's name that is also a brand elsewhere (Hama ironing beads, the electronics maker Hama):
   * makes a page on-topic only where Syria, its war or another of its places or people is named near it
   */
  nearSyria: boolean;
  /** positions, counted in letters, of the letters that must be upper case in the text */
  upperLetters: number[];
  /**
   * a short all-capitals abbreviation (UN, AP, BM, and in Latin letters up to four: SANA, ICRC): not
   * trusted inside all-capitals runs, where it may be a word (French UN, Turkish SANA "to you")
   */
  shortAcronym: boolean;
  /** any all-capitals name: never matched case-insensitively, even in lower-case-only text, unless `caselessAcronym` */
  acronym: boolean;
  /** an all-capitals name marked *, which is no word in lower case (BM): lower case in a paragraph without capitals */
  caselessAcronym: boolean;
  cyrillic: boolean;
  /**
   * for another person's name: the pack entity whose bare name it takes over after it (assad: a
   * bare Assad after Hafez al-Assad; aleppo: Halep after Simona Halep)
   */
  shadows?: EntityId;
}

const LETTER = /\p{L}/u;

export function parseName(raw: string, kind: PatternKind, target: string, lang: string): Pattern {
  let s = raw;
  const flags = { weak: false, family: false, notAfterCapital: false, notSentenceStart: false, afterAgency: false, nearSyria: false, anyCase: false, stem: false, plainS: true };
  for (;;) {
    const c = s[0];
    if (c === '?') flags.weak = true;
    else if (c === '@') flags.afterAgency = true;
    else if (c === '~') flags.family = true;
    else if (c === '%') flags.notAfterCapital = true;
    else if (c === '^') flags.notSentenceStart = true;
    else if (c === '&') flags.nearSyria = true;
    else break;
    s = s.slice(1);
  }
  for (;;) {
    const c = s[s.length - 1];
    if (c === '*') flags.anyCase = true;
    else if (c === '+') flags.stem = true;
    else if (c === '!') flags.plainS = false;
    else break;
    s = s.slice(0, -1);
  }
  const letters = [...s].filter((ch) => LETTER.test(ch));
  const upperLetters: number[] = [];
  letters.forEach((ch, i) => { if (isUpper(ch.charCodeAt(0))) upperLetters.push(i); });
  const acronym = letters.length >= 2 && upperLetters.length === letters.length;
  const cyrillic = /[\u0400-\u04ff]/.test(s);
  return {
    kind, target, text: s, lang, folded: foldString(s), ...flags,
    anyCase: flags.anyCase && !acronym,
    caselessAcronym: flags.anyCase && acronym,
    upperLetters,
    acronym,
    // four letters that read as a word (SANA: Turkish "to you", Yemen's Sana'a in a headline) collide
    // with capitals headlines as the short ones do; ICRC, CICR and IKRK, with one vowel, never, nor
    // does a short one with no vowel at all (Turkish BM, Dutch VN in a heading in capitals)
    shortAcronym: acronym && (cyrillic || letters.some((ch) => /[AEIOUY]/.test(ch))) && (letters.length <= 3 || (letters.length === 4 && !cyrillic && letters.filter((ch) => /[AEIOUY]/.test(ch)).length >= 2)),
    cyrillic,
  };
}

/**
 * "eastern Aleppo", "Ost-Aleppo", "Alep-Est", "شرق حلب": a directional phrase is one mention of the
 * place. Not "rebel-held eastern Aleppo": "rebel-held" is a mention of the rebels of its own.
 */
const DIRECTIONS: Record<string, { before?: string[]; after?: string[] }> = {
  en: { before: ['eastern', 'east', 'western', 'west', 'northern', 'north', 'southern', 'south', 'government-held western'] },
  fr: { after: ['-Est', '-Ouest', ' oriental', ' occidental'] },
  de: { before: ['Ost-', 'West-', 'Nord-', 'Süd-', 'östlichen', 'westlichen'] },
  es: { after: [' oriental', ' occidental'], before: ['este de', 'oeste de'] },
  nl: { before: ['Oost-', 'West-', 'Noord-', 'Zuid-', 'oostelijk', 'westelijk'] },
  tr: { before: ['doğu', 'batı', 'kuzey', 'güney'] },
  ar: { before: ['شرق', 'غرب', 'شمال', 'جنوب'], after: [' الشرقية', ' الغربية'] },
  ru: { before: ['восточный', 'западный', 'восточного', 'западного', 'восточном', 'западном'] },
};

function directionalVariants(name: string, lang: string): string[] {
  const d = DIRECTIONS[lang];
  if (!d) return [];
  const core = name.replace(/[*+!]+$/, '');
  const marks = name.slice(core.length);
  // a capitalised direction keeps its capital even where the name may take any case: "Alep-Est",
  // not "d'Alep est achevée"
  const keep = (d: string) => (/\p{Lu}/u.test(d) ? marks.replace('*', '') : marks);
  const sep = (p: string) => (p.endsWith('-') ? '' : ' ');
  return [
    ...(d.before ?? []).map((p) => `${p}${sep(p)}${core}${keep(p)}`),
    ...(d.after ?? []).map((a) => `${core}${a}${keep(a)}`),
  ];
}

/**
 * A name as listed, then its other grammatical cases where the language declines names (Russian;
 * Polish for the names listed under pl and for other people's names, which Polish declines whatever
 * their origin: Hafiza al-Asada),
 * markers kept. A name marked as having look-alikes (!: Хама + с is Хамас) may also decline into a
 * common word that a sentence start capitalises (Хамы, Хаму: boors): those forms are not read there.
 * An agency's name after its word for itself (@) stands in apposition and does not decline
 * ("агентства Сана"): Сане, Сану are Yemen's capital ("агентство Saba, в Сане ...").
 */
function withCases(raw: string, polish = false): string[] {
  const m = /^([?~%^@&]*)(.*?)([*+!]*)$/.exec(raw)!;
  const [, before, name, after] = m as unknown as [string, string, string, string];
  if (before.includes('@')) return [raw];
  const guard = after.includes('!') && !before.includes('^') ? '^' : '';
  const forms = [...russianForms(name), ...(polish ? polishForms(name) : [])];
  return [raw, ...forms.map((f) => guard + before + f + after)];
}

const TR_ASCII: Record<string, string> = { ı: 'i', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u', İ: 'I', Ş: 'S', Ç: 'C', Ö: 'O', Ü: 'U', Ğ: 'G' };
/** Names and words that, without Turkish letters, are another word: Şam is Sam, öldü is oldu (became). Markers aside. */
const TR_ASCII_UNSAFE = new Set(['Şam', 'öldü', 'ölü', 'göç']);
/** A Turkish name or word also as typed on a keyboard without Turkish letters (Turkiye, savas, multeci). */
function trAscii(names: string[], lang: string): string[] {
  if (lang !== 'tr') return names;
  const extra = names
    .filter((n) => !TR_ASCII_UNSAFE.has(n.replace(/^[?~%^@&]+|[*+!]+$/g, '')))
    .map((n) => n.replace(/[ışğçöüİŞÇÖÜĞ]/g, (c) => TR_ASCII[c]!))
    .filter((n) => !names.includes(n));
  return [...names, ...extra];
}

/** Every pattern of the lexicon: entity names (with directional variants), other people, blockers, topic words. */
export function compilePatterns(lex: Lexicon): Pattern[] {
  const out: Pattern[] = [];
  for (const e of lex.entities) {
    for (const [lang, names0] of Object.entries(e.names)) {
      const names = trAscii(names0, lang);
      for (const n of new Set(names.flatMap((x) => withCases(x, lang === 'pl')))) out.push(parseName(n, 'entity', e.id, lang));
      if (e.directional) for (const n of names) for (const d of directionalVariants(n, lang)) out.push(parseName(d, 'entity', e.id, lang));
    }
  }
  for (const o of lex.others) for (const n of new Set(o.names.flatMap((x) => withCases(x, true)))) out.push({ ...parseName(n, 'other', o.label, 'und'), shadows: o.shadows });
  // a blocker marked = names a place in a sense its bare name takes on that page (Latakia tobacco):
  // its target is the place
  const names = lex.entities.flatMap((e) => Object.values(e.names).flat().map((n) => [wordsOf(n), e.id] as const));
  const placeIn = (b: string) => names.find(([n]) => ` ${wordsOf(b)} `.includes(` ${n} `))?.[1] ?? '';
  const blockers = new Map<string, string>();
  for (const raw of lex.blockers) {
    const spreads = raw.startsWith('=');
    const b = spreads ? raw.slice(1) : raw;
    for (const form of [b, ...romancePlurals(b)].flatMap((x) => withCases(x, false))) if (!blockers.get(form)) blockers.set(form, spreads ? placeIn(b) : '');
  }
  for (const [form, place] of blockers) out.push(parseName(form, 'blocker', place, 'und'));
  for (const [topic, byLang] of Object.entries(lex.topics)) {
    for (const [lang, names] of Object.entries(byLang)) for (const n of trAscii(names, lang)) out.push(parseName(n, 'topic', topic, lang));
  }
  // Words that can make a number large enough to be an article figure: a block needs one (or a
  // digit) before its sentences are parsed for figures.
  for (const w of largeNumberWords()) out.push(parseName(`${w}*`, 'number', '', 'und'));
  for (const w of COMPOUND_NUMBER_STARTS) out.push(parseName(`${w}+*`, 'number', '', 'und'));
  return out;
}

/**
 * A Romance "thing of a place" takes the plural on its first word: "pins d'Alep" (wildfire news),
 * "savons d'Alep", "pinos de Alepo", "pini d'Aleppo", "pinheiros de Alepo". Both plurals are
 * made for every such blocker (+s, and -o/-e to -i); a form no language has never occurs.
 */
function romancePlurals(b: string): string[] {
  const m = /^([?~%^@&=]*)(\p{L}+)( (?:d['’]|de |di |do |da ).*)$/u.exec(b);
  if (!m) return [];
  const [, marks, head, rest] = m as unknown as [string, string, string, string];
  if (/[sxz]$/.test(head)) return [];
  const out = [`${marks}${head}s${rest}`];
  if (/[oe]$/.test(head)) out.push(`${marks}${head.slice(0, -1)}i${rest}`);
  return out;
}

/** A name or blocker as folded words: markers off, hyphens as spaces. */
const wordsOf = (s: string) => foldString(s.replace(/^[?~%^@&]+|[*+!]+$/g, '')).replace(/[-‐]/g, ' ');

export const isEntityId = (s: string): s is EntityId => (ENTITY_IDS as readonly string[]).includes(s);
