// Words that say someone said or reported something, shared by two rules that read them for
// different ends: a reporting verb after a sentence-initial organisation's name ("Amnesty said",
// match-rules.ts REPORTING) and a word that says where a count was given out, not where it happened
// ("In Geneva, the UN said 35,000 had fled", other-place.ts REPORTED). A new language's "said"
// goes here; each rule lists after it the words only it reads (the first, present tenses and verbs
// of accusing or warning; the second, "according to" and its kin), and says why.

/** Past-tense "said" and "reported", exactly as written (lower case), in the lexicon's languages. */
export const SAID = ['said', 'says', 'reported', 'estimated', 'dit', 'dijo', 'informó', 'afirmó', 'sagte', 'erklärte', 'berichtete', 'teilte', 'zei', 'meldde',
  'disse', 'afirmou'];
