import rawPack from '@/assets/pack.json';
import type { Pack, PackEntity, PackFigure, PackSource } from '@/core/pack/schema.ts';

/**
 * The bundled knowledge pack. It is validated against its schema and the article text by
 * `scripts/check-pack.ts` before every build and by the unit tests, so it is not re-validated here,
 * where it would cost start-up time on every page.
 */
export const pack = rawPack as Pack;

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
export const entitiesById: ReadonlyMap<string, PackEntity> = byId(pack.entities);
export const figuresById: ReadonlyMap<string, PackFigure> = byId(pack.figures);
export const sourcesById: ReadonlyMap<string, PackSource> = byId(pack.sources);

/** Who reported a figure, as a display name; `articleLabel` (translated) when it is the article's own statement. */
export function reporterNameOf(reportedBy: string, articleLabel: string): string {
  return reportedBy === 'article' ? articleLabel : (entitiesById.get(reportedBy)?.name ?? reportedBy);
}
