// Where the content script spends its time: the CPU samples of its initial scan (trace profile,
// ~0.2 ms sampling), from a non-minified build with source maps, summed over a few loads and mapped
// back to the TypeScript sources.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import type { Browsers } from './browsers.ts';
import { CONTENT_SCRIPT } from './build.ts';
import { ROOT } from '../../tests/e2e/support/browser.ts';
import { loadWithExtension } from './extension.ts';
import type { BenchPage } from './pages.ts';
import { functionCosts, type FunctionCost } from './trace.ts';
import { table } from './stats.ts';

export interface ProfileRow {
  where: string;
  selfMs: number;
  totalMs: number;
}

export interface PageProfile {
  page: string;
  /** self time by source file (module), from where each sample fell: top-level code is split by module */
  byFile: Array<{ file: string; selfMs: number; startupMs: number }>;
  loads: number;
  /** content-script sample time per load, ms */
  sampledMs: number;
  /** content-script task time per load, ms (trace) */
  taskMs: number;
  rows: ProfileRow[];
}

/** Maps a sampled position of the built content script back to its TypeScript source. */
export function costMapper(extensionDir: string) {
  const file = path.join(extensionDir, CONTENT_SCRIPT);
  const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  /** original file and 1-based line of a 0-based position in content.js */
  const at = (line: number, column: number): { src: string; line: number } | undefined => {
    const e = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (!e || !e.originalSource) return undefined;
    const abs = e.originalSource.startsWith('file://') ? new URL(e.originalSource).pathname : path.resolve(path.dirname(file), e.originalSource);
    return { src: path.relative(ROOT, abs).replace(/^.*node_modules\//, 'node_modules/'), line: (e.originalLine ?? 0) + 1 };
  };
  const where = (c: FunctionCost): string => {
    if (!c.url) return `${c.functionName} (browser)`;
    const o = at(c.line, c.column);
    return o ? `${c.functionName} ${o.src}:${o.line}` : `${c.functionName} (content.js:${c.line + 1})`;
  };
  /** the module a sample position (1-based line and column, as trace samples give them) belongs to */
  const moduleOf = (line: number, column: number): string => {
    const o = at(line - 1, Math.max(0, column - 1));
    if (!o) return '(no source map entry)';
    return o.src.startsWith('node_modules/') ? o.src.split('/').slice(0, o.src.split('/')[1]!.startsWith('@') ? 3 : 2).join('/') : o.src;
  };
  return { where, moduleOf };
}

/** Loads `page` `loads` times with the profiling build and sums the content script's samples per function. */
export async function profilePage(b: Browsers, page: BenchPage, loads: number): Promise<PageProfile> {
  const { where, moduleOf } = costMapper(b.extensionDir);
  const byWhere = new Map<string, ProfileRow>();
  const byFile = new Map<string, { file: string; selfMs: number; startupMs: number }>();
  let sampled = 0;
  let tasks = 0;
  for (let i = 0; i < loads; i++) {
    const { tab, run } = await loadWithExtension(b, page);
    await tab.close();
    const { costs, oursUs, positions: all } = functionCosts(run.view, run.startTs, run.endTs);
    const startup = functionCosts(run.view, run.startTs, run.startTs + (run.startupMs ?? 0) * 1000).positions;
    for (const [list, key] of [[all, 'selfMs'], [startup, 'startupMs']] as const) {
      for (const p of list) {
        const file = moduleOf(p.line, p.column);
        const row = byFile.get(file) ?? { file, selfMs: 0, startupMs: 0 };
        row[key] += p.us / 1000 / loads;
        byFile.set(file, row);
      }
    }
    sampled += oursUs;
    tasks += run.cpuMs;
    for (const c of costs) {
      const key = where(c);
      const row = byWhere.get(key) ?? { where: key, selfMs: 0, totalMs: 0 };
      row.selfMs += c.selfUs / 1000;
      row.totalMs += c.totalUs / 1000;
      byWhere.set(key, row);
    }
  }
  const rows = [...byWhere.values()].map((r) => ({ ...r, selfMs: r.selfMs / loads, totalMs: r.totalMs / loads }));
  return { page: page.name, loads, sampledMs: sampled / 1000 / loads, taskMs: tasks / loads, rows, byFile: [...byFile.values()] };
}

export function printProfile(p: PageProfile, top = 15): string {
  const pct = (x: number) => `${((100 * x) / p.sampledMs).toFixed(1)}%`;
  const bySelf = [...p.rows].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const byTotal = [...p.rows].filter((r) => !r.where.endsWith('(browser)')).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  return [
    `Profile of the content script on ${p.page}: ${p.loads} loads (unminified build with source maps). Per load, ${p.sampledMs.toFixed(1)} ms`,
    `sampled in content-script stacks, of ${p.taskMs.toFixed(1)} ms CPU in content-script tasks (the rest: GC, compilation, style and`,
    'layout outside JavaScript frames, and samples the profiler missed).',
    table(['self time (function, source)', 'self ms', 'share'], bySelf.map((r) => [r.where, r.selfMs.toFixed(2), pct(r.selfMs)])),
    table(['total time, callees included (function, source)', 'total ms', 'share'], byTotal.map((r) => [r.where, r.totalMs.toFixed(2), pct(r.totalMs)])),
    table(
      ['self time by source file (top-level module code included)', 'self ms', 'share', 'of it before the first block is read (start-up)'],
      [...p.byFile].sort((a, b) => b.selfMs - a.selfMs).slice(0, 12).map((r) => [r.file, r.selfMs.toFixed(2), pct(r.selfMs), r.startupMs.toFixed(2)]),
    ),
  ].join('\n');
}
