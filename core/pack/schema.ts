import * as v from 'valibot';

import { ENTITY_IDS, ENTITY_KINDS } from './ids.ts';

export * from './ids.ts';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Sentence = (maxWords: number) =>
  v.pipe(
    Text,
    v.check((s) => s.split(/\s+/).length <= maxWords, `must be at most ${maxWords} words`),
  );

export const EntitySchema = v.strictObject({
  id: v.picklist(ENTITY_IDS, 'is not one of the known entity ids'),
  name: Text,
  kind: v.picklist(ENTITY_KINDS),
  tier: v.picklist(['anchor', 'context']),
  role: Sentence(30),
});

export const FigureSchema = v.strictObject({
  id: Id,
  value: v.pipe(v.number(), v.finite()),
  /** How the article hedges the number: "almost half a million", "millions" (at least two). */
  qualifier: v.optional(v.picklist(['almost', 'about', 'at-least', 'more-than'])),
  unit: Text,
  counts: Text,
  /** What the number is about; the detector links a page's number to it by this topic. */
  topic: v.picklist(['evacuation', 'flight', 'deaths', 'displacement', 'uprising', 'control', 'hospitals']),
  /** An entity id, or "article" when the article states the number on its own authority. */
  reportedBy: Id,
  quote: Text,
  /** The number's exact words inside `quote`; absent when the number is `derived`. */
  surface: v.optional(Text),
  derived: v.optional(v.literal(true)),
});

export const SourceSchema = v.strictObject({
  id: Id,
  name: Text,
  entity: v.optional(v.picklist(ENTITY_IDS)),
  role: Sentence(30),
  quote: Text,
});

export const ArticleSchema = v.strictObject({
  id: Id,
  title: Text,
  standfirst: Text,
  credit: Text,
  textFile: Text,
  eventDate: v.pipe(v.string(), v.isoDate()),
  dateContext: Text,
  summary: v.pipe(
    Text,
    v.check((s) => s.split(/\s+/).length <= 70, 'must be at most 70 words'),
    v.check((s) => {
      const n = s.split(/(?<=[.!?])\s+/).length;
      return n >= 2 && n <= 4;
    }, 'must be 2 to 4 sentences'),
  ),
});

export const PackSchema = v.strictObject({
  schemaVersion: v.literal(1),
  article: ArticleSchema,
  figures: v.pipe(v.array(FigureSchema), v.nonEmpty()),
  sources: v.pipe(v.array(SourceSchema), v.nonEmpty()),
  entities: v.array(EntitySchema),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackEntity = v.InferOutput<typeof EntitySchema>;
export type PackFigure = v.InferOutput<typeof FigureSchema>;
export type PackSource = v.InferOutput<typeof SourceSchema>;
