/**
 * Russian declines names, and a name of several words declines word by word: Хама, Хаму, Хамой;
 * Башар Асад, Башара Асада; сирийская армия, сирийскую армию; Организация Объединённых Наций,
 * Организацией Объединённых Наций. The matcher already takes a case ending added to a name that
 * ends in a consonant (Асад, Асада); this gives, from the form the lexicon lists, the other five
 * cases of the words that change, in the same case across the phrase. By the standard endings of
 * each declension class, with the spelling rules (ы after к, г, х is и); nothing is learnt from
 * texts. Forms that no text uses (a foreign name declined as if it were Russian) cost a trie entry
 * and match nothing.
 */

const CYRILLIC = /^[\u0400-\u04ff]+$/;
const VELAR_OR_HUSHING = new Set([...'гкхжшчщ']);
const HUSHING_OR_TS = new Set([...'жшчщц']);
const VOWELS = new Set([...'аеёиоуыэюя']);

type Table = string[][]; // six cases (nominative, genitive, dative, accusative, instrumental, prepositional), each its alternatives

/** ы, or и where spelling wants it (after к, г, х, ж, ш, ч, щ). */
const y = (stem: string) => (VELAR_OR_HUSHING.has(stem.slice(-1).toLowerCase()) ? 'и' : 'ы');
/** An ending in о, also with е (after ж, ш, ч, щ, ц the unstressed о is written е). */
const o = (stem: string, end: string) => (HUSHING_OR_TS.has(stem.slice(-1).toLowerCase()) ? [end, end.replace('о', 'е')] : [end]);

interface WordForms {
  /** an adjective agrees with the noun that follows; a noun ends the declined part (or heads a name) */
  role: 'adjective' | 'noun';
  number: 'singular' | 'plural';
  stem: string;
  table: Table;
}

function adjective(w: string, last: boolean): WordForms | null {
  const end = w.slice(-2).toLowerCase();
  const stem = w.slice(0, -2);
  const a = (number: WordForms['number'], table: Table): WordForms => ({ role: 'adjective', number, stem, table });
  // after к, г, х the endings take и and о (российский, российского); after a soft or hushing
  // consonant, и and е (синий, синего; хорошая, хорошей)
  const hard = VELAR_OR_HUSHING.has(stem.slice(-1).toLowerCase()) && !HUSHING_OR_TS.has(stem.slice(-1).toLowerCase());
  const i = y(stem);
  // an accusative is the nominative or (of a person) the genitive: both are there already
  switch (end) {
    case 'ый': return a('singular', [['ый'], ['ого'], ['ому'], ['ый'], [`${i}м`], ['ом']]);
    case 'ий': return a('singular', hard ? [['ий'], ['ого'], ['ому'], ['ий'], ['им'], ['ом']] : [['ий'], ['его'], ['ему'], ['ий'], ['им'], ['ем']]);
    case 'ая': return a('singular', [['ая'], o(stem, 'ой'), o(stem, 'ой'), ['ую'], o(stem, 'ой'), o(stem, 'ой')]);
    case 'яя': return a('singular', [['яя'], ['ей'], ['ей'], ['юю'], ['ей'], ['ей']]);
    case 'ое': return a('singular', [['ое'], ['ого'], ['ому'], ['ое'], [`${i}м`], ['ом']]);
    case 'ее': return a('singular', [['ее'], ['его'], ['ему'], ['ее'], ['им'], ['ем']]);
    case 'ой': return a('singular', [['ой'], ['ого'], ['ому'], ['ой'], [`${i}м`], ['ом']]);
    case 'ые': return a('plural', [['ые'], ['ых'], ['ым'], ['ые'], ['ыми'], ['ых']]);
    // a last word in -ие is a noun (восстание), unless the name is all adjectives (сирийские военные)
    case 'ие': return last ? null : a('plural', [['ие'], ['их'], ['им'], ['ие'], ['ими'], ['их']]);
    default: return null;
  }
}

function noun(w: string): WordForms | null {
  const lower = w.toLowerCase();
  const proper = w[0] !== lower[0];
  const n = (number: WordForms['number'], stem: string, table: Table): WordForms => ({ role: 'noun', number, stem, table });
  const last = lower.slice(-1);
  if (lower.endsWith('ия')) return n('singular', w.slice(0, -2), [['ия'], ['ии'], ['ии'], ['ию'], ['ией'], ['ии']]);
  if (lower.endsWith('ие')) return n('singular', w.slice(0, -2), [['ие'], ['ия'], ['ию'], ['ие'], ['ием'], ['ии']]);
  if (last === 'а') {
    const s = w.slice(0, -1);
    return n('singular', s, [['а'], [y(s)], ['е'], ['у'], [...o(s, 'ой'), ...o(s, 'ою')], ['е']]);
  }
  if (last === 'я') return n('singular', w.slice(0, -1), [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']]);
  // a foreign name in -о, -е, -и, -у, -ю does not decline (Алеппо); a Russian neuter noun does
  if (last === 'о') return proper ? null : n('singular', w.slice(0, -1), [['о'], ['а'], ['у'], ['о'], ['ом'], ['е']]);
  if (lower.endsWith('ий')) return n('singular', w.slice(0, -2), [['ий'], ['ия'], ['ию'], ['ия'], ['ием'], ['ии']]);
  if ((last === 'ы' || last === 'и') && !proper) {
    const s = w.slice(0, -1);
    // и after a soft consonant (власти): the soft plural
    if (last === 'и' && !VELAR_OR_HUSHING.has(s.slice(-1).toLowerCase())) return n('plural', s, [['и'], ['ей'], ['ям'], ['и'], ['ями'], ['ях']]);
    const hushing = HUSHING_OR_TS.has(s.slice(-1).toLowerCase()) && !s.endsWith('ц');
    return n('plural', s, [[y(s)], hushing ? ['ей'] : o(s, 'ов'), ['ам'], [y(s)], ['ами'], ['ах']]);
  }
  if (last === 'й') return n('singular', w.slice(0, -1), [['й'], ['я'], ['ю'], ['й'], ['ем'], ['е']]);
  if (VOWELS.has(last) || last === 'ь' || last === 'ъ') return null;
  return n('singular', w, [[''], ['а'], ['у'], [''], o(w, 'ом'), ['е']]);
}

/** A word's forms, if it declines: for a hyphenated word (аль-Асад), its last part. */
function formsOf(word: string, last: boolean, single: boolean): (WordForms & { prefix: string }) | null {
  const cut = word.lastIndexOf('-') + 1;
  const prefix = word.slice(0, cut);
  const w = word.slice(cut);
  // abbreviations (ООН, МККК) and mixed scripts do not decline here
  if (w.length < 3 || !CYRILLIC.test(w) || w.slice(1) !== w.slice(1).toLowerCase()) return null;
  const f = (cut === 0 && !(last && single) ? adjective(w, last) : null) ?? noun(w);
  return f && { ...f, prefix };
}

const isCapitalised = (w: string) => w[0] !== w[0]!.toLowerCase();
/** Plenty for a name (Международный комитет Красного Креста gives 1 x 2 x ... per case). */
const MAX_PER_CASE = 16;

/**
 * The forms of a Russian name in the five other cases, the lexicon's own form excluded: the
 * adjectives before the head noun, the head noun, and in a two-word name of capitalised nouns the
 * second (Башар Асад) change; what follows the head (правительство Сирии, Красного Креста) does not.
 */
export function russianForms(name: string): string[] {
  const words = name.split(' ');
  if (!words.some((w) => /[\u0400-\u04ff]/.test(w))) return [];
  const declined: ((WordForms & { prefix: string }) | null)[] = words.map(() => null);
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    const f = formsOf(words[i]!, i === words.length - 1, words.length === 1);
    if (head >= 0) {
      // a person's two names decline together (Башар Асад); anything else after the head is its
      // complement (Организация Объединённых Наций)
      if (!f || f.role !== 'noun' || words.length !== 2 || !isCapitalised(words[head]!) || !isCapitalised(words[i]!.slice(words[i]!.lastIndexOf('-') + 1))) break;
      declined[i] = f;
      continue;
    }
    if (!f) break;
    declined[i] = f;
    if (f.role === 'noun') head = i;
  }
  // all adjectives: the last one is used as a noun (сирийские военные)
  if (head < 0 && declined.every((f) => f)) head = words.length - 1;
  if (head < 0) return [];
  // the phrase is singular or plural as a whole. Plural adjectives before a noun in -а: a neuter
  // plural (правительственные войска, войск, войскам)
  const h = declined[head]!;
  const number = declined[0]!.number;
  if (h.role === 'noun' && number === 'plural' && h.number === 'singular' && /а$/i.test(words[head]!)) {
    declined[head] = { ...h, number: 'plural', table: [['а'], [''], ['ам'], ['а'], ['ами'], ['ах']] };
  }
  // otherwise an adjective that disagrees with its noun means the lexicon listed a form this does
  // not know: the name is left as it is
  if (declined.some((f) => f && f.number !== number)) return [];
  const out = new Set<string>();
  for (let c = 1; c < 6; c++) {
    let variants = [''];
    words.forEach((w, i) => {
      const f = declined[i];
      const forms = f ? f.table[c]!.map((end) => f.prefix + f.stem + end) : [w];
      variants = variants.flatMap((v) => forms.map((x) => (v ? `${v} ${x}` : x))).slice(0, MAX_PER_CASE);
    });
    for (const v of variants) if (v !== name) out.add(v);
  }
  return [...out];
}
