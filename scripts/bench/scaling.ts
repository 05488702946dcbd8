// Scaling: the content script's cost on synthetic pages of growing size, in interleaved rounds.
// A linear scan costs 4x on a page 4x larger; the budget allows 4.4x.
import type { Browsers } from './browsers.ts';
import { loadWithExtension } from './extension.ts';
import { summary, type ExtSummary } from './in-page.ts';
import type { BenchPage } from './pages.ts';
import { median, ratios, spreadMs, table } from './stats.ts';

export interface ScalingResult {
  sizesMb: number[];
  pages: BenchPage[];
  /** runs[size index][round] */
  runs: Array<Array<ExtSummary | undefined>>;
  errors: string[];
}

export async function runScaling(b: Browsers, pages: BenchPage[], sizesMb: number[], rounds: number, log: (l: string) => void): Promise<ScalingResult> {
  const runs: Array<Array<ExtSummary | undefined>> = pages.map(() => []);
  const errors: string[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = pages.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      log(`scaling: round ${r + 1}/${rounds}, ${pages[i]!.name}`);
      try {
        const { tab, run } = await loadWithExtension(b, pages[i]!);
        await tab.close();
        runs[i]![r] = summary(run);
      } catch (e) {
        errors.push(`round ${r + 1} ${pages[i]!.name}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  return { sizesMb, pages, runs, errors };
}

const def = (xs: Array<number | undefined>) => xs.filter((x): x is number => x !== undefined && Number.isFinite(x));

/** Per-round ratio of the largest page's CPU time to the 1 MB page's. */
export function scalingRatio(s: ScalingResult, big = 4, ref = 1): number[] {
  const i = s.sizesMb.indexOf(big);
  const j = s.sizesMb.indexOf(ref);
  if (i < 0 || j < 0) return [];
  return ratios(s.runs[i]!.map((x) => x?.cpuMs), s.runs[j]!.map((x) => x?.cpuMs));
}

export function scalingTable(s: ScalingResult): string {
  return table(
    ['page', 'CPU ms', 'wall ms', 'CPU ms per MB', 'longest task CPU ms', 'longest task wall ms', 'tasks', 'all painted ms', 'highlights'],
    s.pages.map((p, i) => {
      const runs = s.runs[i]!;
      const cpu = def(runs.map((x) => x?.cpuMs));
      return [
        p.name,
        spreadMs(cpu),
        spreadMs(def(runs.map((x) => x?.totalMs))),
        cpu.length ? (median(cpu) / (p.bytes / 1e6)).toFixed(1) : '–',
        spreadMs(def(runs.map((x) => x?.longestCpuMs))),
        spreadMs(def(runs.map((x) => x?.longestMs))),
        String(median(def(runs.map((x) => x?.tasks)))),
        spreadMs(def(runs.map((x) => x?.doneMs))),
        String(median(def(runs.map((x) => x?.highlights)))),
      ];
    }),
  );
}
