import * as v from 'valibot';
import { ANCHOR_IDS, ENTITY_IDS, PackSchema, REQUIRED_FIGURE_IDS, type Pack } from './schema.ts';

export type PackCheck = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** A number the parser of a surface may read; injected so the pack check stays independent of the detector. */
export type SurfaceReader = (surface: string) => number | undefined;

const plainNumber: SurfaceReader = (s) =>
  /^\d{1,3}(?:[,.\u00a0 ]\d{3})*$|^\d+$/.test(s) ? Number(s.replace(/\D/g, '')) : undefined;

/**
 * Validates the knowledge pack against its schema and against the article text it cites.
 * Every message starts with the path of the field it is about, e.g. `figures[0].quote: ...`.
 */
export function checkPack(raw: unknown, articleText: string, readSurface: SurfaceReader = plainNumber): PackCheck {
  const parsed = v.safeParse(PackSchema, raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.map((i) => `${pathOf(i)}: ${i.message}`) };
  }
  const pack = parsed.output;
  const errors: string[] = [];
  const verbatim = (path: string, needle: string, haystack: string, where: string) => {
    if (!haystack.includes(needle)) errors.push(`${path}: ${JSON.stringify(needle)} is not found verbatim in ${where}`);
  };

  const seenEntities = new Set<string>();
  pack.entities.forEach((e, i) => {
    if (seenEntities.has(e.id)) errors.push(`entities[${i}].id: duplicate id "${e.id}"`);
    seenEntities.add(e.id);
    const anchor = (ANCHOR_IDS as readonly string[]).includes(e.id);
    if ((e.tier === 'anchor') !== anchor) {
      errors.push(`entities[${i}].tier: "${e.id}" must be ${anchor ? 'anchor' : 'context'}`);
    }
  });
  for (const id of ENTITY_IDS) if (!seenEntities.has(id)) errors.push(`entities: missing entity "${id}"`);

  const seenFigures = new Set<string>();
  pack.figures.forEach((f, i) => {
    const path = `figures[${i}]`;
    if (seenFigures.has(f.id)) errors.push(`${path}.id: duplicate id "${f.id}"`);
    seenFigures.add(f.id);
    if (f.reportedBy !== 'article' && !seenEntities.has(f.reportedBy)) {
      errors.push(`${path}.reportedBy: "${f.reportedBy}" is neither an entity id nor "article"`);
    }
    verbatim(`${path}.quote`, f.quote, articleText, 'the article');
    if (f.derived) {
      if (f.surface !== undefined) errors.push(`${path}.surface: a derived figure has no surface`);
    } else if (f.surface === undefined) {
      errors.push(`${path}.surface: required unless the figure is derived`);
    } else {
      verbatim(`${path}.surface`, f.surface, f.quote, 'its quote');
      const read = readSurface(f.surface);
      if (read !== undefined && read !== f.value) {
        errors.push(`${path}.value: ${f.value} does not match its surface ${JSON.stringify(f.surface)} (reads as ${read})`);
      }
    }
  });
  for (const id of REQUIRED_FIGURE_IDS) if (!seenFigures.has(id)) errors.push(`figures: missing figure "${id}"`);

  const seenSources = new Set<string>();
  pack.sources.forEach((s, i) => {
    if (seenSources.has(s.id)) errors.push(`sources[${i}].id: duplicate id "${s.id}"`);
    seenSources.add(s.id);
    verbatim(`sources[${i}].quote`, s.quote, articleText, 'the article');
  });

  return errors.length ? { ok: false, errors } : { ok: true, pack };
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`))
    .join('') || '(root)';
}
