import names from '@/assets/generated/entity-names.json';

/** Display names of the entities (generated from the pack by scripts/check-pack.ts). */
export const entityName = (id: string): string => (names as Record<string, string>)[id] ?? id;
