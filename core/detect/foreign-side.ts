/**
 * Another country's rebels or opposition: "the exiled Iranian opposition", "Libyan rebels",
 * "iranische Opposition", "Iraanse oppositie", "иранская оппозиция", "l'opposition iranienne",
 * "la oposición venezolana". The article's rebels are Syria's; a word of nationality right before
 * (English, German, Dutch, Russian) or right after (French, Spanish) names someone else's, unless it
 * is Syria's. Words of creed or method ("Sunni", "islamistische", "исламистские") are no nationality.
 */
const BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(' +
    [
      '\\p{Lu}\\p{Ll}+(?:ian|ese|ish|i|an)', // Iranian, Lebanese, Kurdish, Iraqi, Libyan
      '\\p{L}\\p{Ll}+(?:ische|ischen|ysche|yschen)', // iranische, libyschen
      '\\p{Lu}\\p{Ll}+(?:se|sche)', // Iraanse, Libische
      '\\p{L}\\p{Ll}+(?:ская|ской|скую|ские|ских|ским)', // Иранская, ливийские
    ].join('|') +
    ')\\s+$',
  'u',
);
// French and Spanish put the adjective after, in lower case: there, only a nationality's own stem is
// read ("rebel defenses", "rebeldes abandonan" end like adjectives too)
const AFTER = new RegExp(
  '^\\p{L}*\\s+((?:' +
    ['iran', 'ira[kq]', 'liby', 'libi', 'y[ée]m[ée]n', 'liban', 'turc', 'turqu', 'kurd', 'russ', 'rus[ao]', 'isra[ée]l', 'palestin',
      'v[ée]n[ée]zu[ée]l', 'venezol', '[ée]gypt', 'egipc', 'afghan', 'afgan', 'ukrain', 'ucran', 'tch[ée]tch', 'chechen', 'soudan', 'sudan',
      'congol', 'colombi', 'birman', 'houth', 'hut[íi]'].join('|') +
    ')\\p{Ll}*)(?![\\p{L}])',
  'u',
);
const OWN_OR_CREED = /^(?:syr|sir|сирий|suri)|^(?:sunni|shii|islam|jihad|dschihad|джихад|террор|salaf)|istisch|истск/iu;

export function foreignSide(text: string, start: number, end: number): boolean {
  const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !OWN_OR_CREED.test(before[1]!)) return true;
  return AFTER.test(text.slice(end, end + 40));
}
