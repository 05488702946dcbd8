// Read as text (the file is generated at build time, after type checking may already have run)
import namesText from '@/assets/generated/entity-names.json?raw';

const names = JSON.parse(namesText) as Record<string, string>;

/** Display names of the entities (generated from the pack by scripts/check-pack.ts). */
export const entityName = (id: string): string => names[id] ?? id;
