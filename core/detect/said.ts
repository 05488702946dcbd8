// Words that say someone said or reported something, shared by two rules that read them for
// different ends: a reporting verb after a sentence-initial organisation's name ("Amnesty said",
// match-rules.ts REPORTING) and a word that says where a count was given out, not where it happened
// ("In Geneva, the UN said 35,000 had fled", other-place.ts REPORTED). A new language's "said"
// goes here. Each rule lists after it the words only it reads: REPORTING present tenses and verbs
// of accusing, warning and urging that follow an organisation as its subject; REPORTED more verbs
// of announcing and the words for "according to", which follow no subject. The lists were not
// merged whole: a word added to either rule changes what it reads, and each was fitted to its own.

/** Words for "said" and "reported" ("says", French "dit" too), exactly as written (lower case), in the lexicon's languages. */
export const SAID = ['said', 'says', 'reported', 'estimated', 'dit', 'dijo', 'informó', 'afirmó', 'sagte', 'erklärte', 'berichtete', 'teilte', 'zei', 'meldde',
  'disse', 'afirmou'];
