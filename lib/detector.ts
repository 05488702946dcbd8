import compiled from '@/assets/generated/detector.json';
import { createDetector } from '@/core/detect/detector.ts';
import type { CompiledDetector } from '@/core/detect/compiled.ts';

const data = compiled as unknown as CompiledDetector;

/** Display names of the entities, from the slice of the pack the content script ships. */
export const entityNames: ReadonlyMap<string, string> = new Map(data.pack.entities.map((e) => [e.id, e.name]));

let detector: ReturnType<typeof createDetector> | undefined;
/**
 * The detector compiled at build time (scripts/check-pack.ts), loaded on first use: a page where
 * the extension is paused never pays for it.
 */
export const getDetector = () => (detector ??= createDetector(data.pack, data));
