import * as v from 'valibot';
import { ENTITY_IDS } from '../pack/schema.ts';
import { LexiconSchema, type Lexicon } from './lexicon.ts';

export type LexiconCheck = { ok: true; lexicon: Lexicon; names: number } | { ok: false; errors: string[] };

/** Schema plus the rules a schema cannot say: every entity has names, in English at least, and markers parse. */
export function checkLexicon(raw: unknown): LexiconCheck {
  const parsed = v.safeParse(LexiconSchema, raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  }
  const lex = parsed.output;
  const errors: string[] = [];
  const seen = new Set(lex.entities.map((e) => e.id));
  for (const id of ENTITY_IDS) if (!seen.has(id)) errors.push(`entities: no names for "${id}"`);
  let names = 0;
  lex.entities.forEach((e, i) => {
    if (!e.names.en?.length) errors.push(`entities[${i}].names.en: "${e.id}" has no English name`);
    for (const [lang, list] of Object.entries(e.names)) {
      list.forEach((n, k) => {
        names++;
        const bare = n.replace(/^[?~%^@&]+/, '').replace(/[*+!]+$/, '');
        if (!bare.trim() || /[?~%^@&*+!]/.test(bare)) errors.push(`entities[${i}].names.${lang}[${k}]: "${n}" has misplaced markers`);
      });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, lexicon: lex, names };
}
