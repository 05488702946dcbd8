// Stems of other nations' names, shared by the rules that tell another country's people or sides
// from Syria's: a count of another nation's people (other-place.ts: "7 millones de venezolanos")
// and a nation's adjective after its rebels or opposition (foreign-side.ts: "la oposición
// venezolana"). Each adds the stems only it reads, and says why; Syria's own are never among them.

/**
 * Regexp sources, in the Latin-script languages that put the nation as a word of its own (English,
 * French, Spanish, Italian, Portuguese, German, Dutch): lower case, read case-blind or after a
 * lower-case word.
 */
export const NATION_STEMS = ['iran', 'ira[kq]', 'liby', 'libi', 'y[ée]m[ée]n', 'palestin', 'v[ée]n[ée]zu[ée]l', 'venezol', 'afghan', 'afgan',
  'ukrain', 'ucran', 'soudan', 'sudan', 'congol', 'colombi', 'birman'];
