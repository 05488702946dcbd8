// Memory: the renderer's heaps after a full garbage collection, in a tab with the extension (after
// its scan) and in a tab of the same page without it. The content script runs in an isolated world
// of the page's own V8 isolate, so the difference is what it added: its code, its detector and its
// index of mentions (JavaScript heap), and the DOM objects it created, such as StaticRanges and
// Highlights (Blink's heap, "embedder" in CDP's Runtime.getHeapUsage).
import type { CDPSession } from 'playwright-core';
import { median, table } from './stats.ts';

export interface Heap {
  /** V8 heap used, bytes */
  js: number;
  /** Blink (Oilpan) heap used, bytes */
  embedder: number;
}

export async function measureHeap(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  return { js: u.usedSize, embedder: (u as { embedderHeapUsedSize?: number }).embedderHeapUsedSize ?? NaN };
}

export interface MemoryRow {
  page: string;
  /** per round: heap with the extension minus heap without, bytes */
  js: number[];
  embedder: number[];
  withExt: Heap[];
  without: Heap[];
}

const mb = (x: number) => `${(x / 1e6).toFixed(2)} MB`;
const range = (xs: number[]) => `${mb(median(xs))} (${mb(Math.min(...xs))} to ${mb(Math.max(...xs))})`;

export function memoryTable(rows: MemoryRow[]): string {
  return table(
    ['page', 'JS heap without / with the extension (median)', 'added JS heap (median, range)', 'added Blink heap (median, range)'],
    rows.filter((r) => r.js.length).map((r) => [
      r.page,
      `${mb(median(r.without.map((h) => h.js)))} / ${mb(median(r.withExt.map((h) => h.js)))}`,
      range(r.js),
      range(r.embedder),
    ]),
  );
}
