import compiledText from '@/assets/generated/detector.json?raw';
import { createDetector } from '@/core/detect/detector.ts';
import type { CompiledDetector } from '@/core/detect/compiled.ts';

// Shipped as a string and read with JSON.parse: V8 parses JSON text faster than the same data as a
// JavaScript object literal, and a content script runs this on every page (no code cache).
const data = JSON.parse(compiledText) as CompiledDetector;

/** Display names of the entities, from the slice of the pack the content script ships. */
export const entityNames: ReadonlyMap<string, string> = new Map(data.pack.entities.map((e) => [e.id, e.name]));

let detector: ReturnType<typeof createDetector> | undefined;
/**
 * The detector compiled at build time (scripts/check-pack.ts), loaded on first use: a page where
 * the extension is paused never pays for it.
 */
export const getDetector = () => (detector ??= createDetector(data.pack, data));
