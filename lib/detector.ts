import compiledText from '@/assets/generated/detector.json?raw';
import { createDetector } from '@/core/detect/detector.ts';
import type { CompiledDetector } from '@/core/detect/compiled.ts';

// Shipped as a string and read with JSON.parse: V8 parses JSON text faster than the same data as a
// JavaScript object literal.
const data = JSON.parse(compiledText) as CompiledDetector;

let detector: ReturnType<typeof createDetector> | undefined;
/**
 * The detector compiled at build time (scripts/check-pack.ts), loaded on first use. It runs in the
 * background (see lib/remote-reader.ts): compiled once, warm for every page after the first.
 */
export const getDetector = () => (detector ??= createDetector(data.pack, data));
