import compiled from '@/assets/generated/detector.json';
import { createDetector } from '@/core/detect/detector.ts';
import type { CompiledDetector } from '@/core/detect/compiled.ts';
import { pack } from './knowledge-pack.ts';

let detector: ReturnType<typeof createDetector> | undefined;
/**
 * The detector compiled at build time (scripts/check-pack.ts), loaded on first use: a page where
 * the extension is paused never pays for it.
 */
export const getDetector = () => (detector ??= createDetector(pack, compiled as unknown as CompiledDetector));
