// The pack's ids on their own, without its schema: contexts that only need an id list (a content
// script) do not build the schema's validators.

/** Ids the rest of the product (labels, settings, tests) rely on; renaming one is a breaking change. */
export const ENTITY_IDS = [
  'aleppo', 'assad', 'syrian-government', 'sana', 'icrc', 'united-nations', 'homs', 'hama',
  'damascus', 'latakia', 'russia', 'iran', 'turkey', 'qatar', 'saudi-arabia', 'amnesty',
  'associated-press', 'ahmad-al-khatib', 'rebels',
] as const;
export const ANCHOR_IDS = ['aleppo', 'assad', 'sana', 'ahmad-al-khatib', 'homs', 'hama', 'latakia'] as const;
export const REQUIRED_FIGURE_IDS = [
  'evacuated-34000', 'fled-35000', 'deaths-half-million', 'displaced-millions', 'uprising-2011',
] as const;

export type EntityId = (typeof ENTITY_IDS)[number];
export const ENTITY_KINDS = ['person', 'place', 'organisation', 'country', 'group'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
