/**
 * Polish declines names, and a name of several words declines word by word: Hama, Hamy, Hamie;
 * Baszar al-Asad, Baszara al-Asada; armia syryjska, armii syryjskiej; Międzynarodowy Komitet
 * Czerwonego Krzyża, Międzynarodowego Komitetu Czerwonego Krzyża. This gives, from the nominative
 * the lexicon lists (under "pl"), the genitive, dative, accusative, instrumental and locative by the
 * standard endings of each class, with the consonant changes of the locative (Asad, Asadzie; Katar,
 * Katarze; Komitet, Komitecie) and the mobile e (Damaszek, Damaszku); nothing is learnt from texts.
 * A masculine genitive takes -a or -u by the word (Asada, Iranu): both are given, and the form no
 * text uses costs a trie entry and matches nothing. A foreign name in a vowel other than -a
 * (Aleppo) and an abbreviation (ONZ, MKCK) do not decline.
 */

type Gender = 'm' | 'f';
/** the five oblique cases (genitive, dative, accusative, instrumental, locative), each its alternatives */
type Table = string[][];

interface WordForms {
  role: 'adjective' | 'noun';
  gender: Gender;
  /** the oblique forms of the word, hyphen prefix (al-) included */
  table: Table;
}

const LETTERS = /^[a-ząćęłńóśźż]+$/i;
const SOFT_FINALS = ['rz', 'sz', 'cz', 'dż', 'ż', 'c', 'j', 'l', 'ś', 'ć', 'ń', 'ź'];
/** The locative (and feminine dative) -e softens the consonant before it: Asadzie, Katarze, Hamie. */
const LOCATIVE_E: [string, string][] = [
  ['st', 'ście'], ['zd', 'ździe'], ['sł', 'śle'], ['zł', 'źle'], ['t', 'cie'], ['d', 'dzie'], ['r', 'rze'], ['ł', 'le'],
  ['n', 'nie'], ['s', 'sie'], ['z', 'zie'], ['m', 'mie'], ['p', 'pie'], ['b', 'bie'], ['w', 'wie'], ['f', 'fie'],
  ['k', 'ce'], ['g', 'dze'], ['ch', 'sze'],
];
const velar = (stem: string) => /[kg]$/i.test(stem);
const soft = (stem: string) => SOFT_FINALS.some((f) => stem.toLowerCase().endsWith(f));

function locativeE(stem: string): string {
  const lower = stem.toLowerCase();
  const hit = LOCATIVE_E.find(([f]) => lower.endsWith(f));
  return hit ? stem.slice(0, stem.length - hit[0].length) + hit[1] : `${stem}e`;
}

/**
 * A nominative adjective: masculine -y / -i, feminine -a, after an adjective suffix (syryjski,
 * czerwony, narodowy; syryjska, Saudyjska): a foreign word in -y is no adjective (Amnesty).
 */
function adjective(w: string): WordForms | null {
  const lower = w.toLowerCase();
  if (/(ow|n|sk|ck|dzk)[yi]$/.test(lower)) {
    const stem = w.slice(0, -1);
    const i = velar(stem) || lower.endsWith('i') ? 'i' : 'y';
    const e = i === 'i' ? 'ie' : 'e';
    return { role: 'adjective', gender: 'm', table: [[`${stem}${e}go`], [`${stem}${e}mu`], [w, `${stem}${e}go`], [`${stem}${i}m`], [`${stem}${i}m`]] };
  }
  if (/(ow|n|sk|ck|dzk)a$/.test(lower)) {
    const stem = w.slice(0, -1);
    const ej = velar(stem) ? 'iej' : 'ej';
    return { role: 'adjective', gender: 'f', table: [[stem + ej], [stem + ej], [`${stem}ą`], [`${stem}ą`], [stem + ej]] };
  }
  return null;
}

function noun(w: string): WordForms | null {
  const lower = w.toLowerCase();
  const n = (gender: Gender, table: Table): WordForms => ({ role: 'noun', gender, table });
  // Rosja, Rosji; Latakia, Latakii
  if (/[ij]a$/.test(lower)) {
    const s = w.slice(0, -1);
    return n('f', [[`${s}i`], [`${s}i`], [`${s}ę`], [`${s}ą`], [`${s}i`]]);
  }
  if (lower.endsWith('a')) {
    const s = w.slice(0, -1);
    const gen = velar(s) || (soft(s) && !/(c|cz|sz|rz|ż|dż)$/i.test(s)) ? 'i' : 'y';
    const dat = soft(s) ? s + gen : locativeE(s);
    return n('f', [[s + gen], [dat], [`${s}ę`], [`${s}ą`], [dat]]);
  }
  // Aleppo, Idlib's vowels aside: only a consonant-final masculine declines from here on
  if (/[aeiouyąęó]$/.test(lower)) return null;
  // the mobile e: Damaszek, Damaszku
  const s = lower.endsWith('ek') && w.length > 4 ? `${w.slice(0, -2)}k` : w;
  const loc = velar(s) || /ch$/i.test(s) || soft(s) ? `${s}u` : locativeE(s);
  return n('m', [[`${s}a`, `${s}u`], [`${s}owi`], [w, `${s}a`], [velar(s) ? `${s}iem` : `${s}em`], [loc]]);
}

const isCapitalised = (w: string) => w[0] !== w[0]!.toLowerCase();

/** A word's forms, if it declines: for a hyphenated word (al-Asad), its last part. */
function formsOf(word: string, adjectiveAllowed: boolean): WordForms | null {
  const cut = word.lastIndexOf('-') + 1;
  const prefix = word.slice(0, cut);
  const w = word.slice(cut);
  if (w.length < 3 || !LETTERS.test(w) || (w.length > 1 && w.slice(1) !== w.slice(1).toLowerCase())) return null;
  const f = (cut === 0 && adjectiveAllowed ? adjective(w) : null) ?? noun(w);
  return f && { ...f, table: f.table.map((alts) => alts.map((a) => prefix + a)) };
}

/**
 * The forms of a Polish name in the five oblique cases, the listed form excluded. Adjectives before
 * the head noun agree with it (Czerwony Krzyż, Czerwonego Krzyża), so do adjectives after it (rząd
 * syryjski, rządu syryjskiego); a complement in the genitive stays (Komitet Czerwonego Krzyża,
 * Organizacja Narodów Zjednoczonych). A person's two names decline together (Baszar al-Asad,
 * Baszarowi al-Asadowi), but a woman's family name in a consonant does not (Asma al-Asad, Asmę al-Asad).
 */
export function polishForms(name: string): string[] {
  const words = name.split(' ');
  if (words.some((w) => !/^[\p{L}-]+$/u.test(w))) return [];
  const single = words.length === 1;
  const declined: (WordForms | null)[] = words.map(() => null);
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (head < 0) {
      const f = formsOf(w, !single);
      if (!f) break;
      declined[i] = f;
      if (f.role === 'noun') head = i;
      continue;
    }
    const h = declined[head]!;
    const last = w.slice(w.lastIndexOf('-') + 1);
    if (words.length === 2 && isCapitalised(words[head]!) && isCapitalised(last) && !adjective(last)) {
      const f = formsOf(w, false);
      if (f && !(h.gender === 'f' && f.gender === 'm')) declined[i] = f;
      break;
    }
    const a = formsOf(w, true);
    if (!a || a.role !== 'adjective' || a.gender !== h.gender) break;
    declined[i] = a;
  }
  if (head < 0) return [];
  // an adjective that disagrees with its noun: a form this does not know, left as listed
  if (declined.some((f) => f && f.role === 'adjective' && f.gender !== declined[head]!.gender)) return [];
  const out = new Set<string>();
  for (let c = 0; c < 5; c++) {
    // alternatives go together by rank, not crossed: Baszara al-Asada, not Baszara al-Asadu
    const alts = Math.max(...declined.map((f) => (f ? f.table[c]!.length : 1)));
    for (let k = 0; k < alts; k++) {
      const v = words.map((w, i) => {
        const forms = declined[i]?.table[c] ?? [w];
        return forms[Math.min(k, forms.length - 1)]!;
      }).join(' ');
      if (v !== name) out.add(v);
    }
  }
  return [...out];
}
