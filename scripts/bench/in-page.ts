// The in-page benchmark: on the same pages, in interleaved rounds, the extension's own content
// script (built and loaded, measured from outside with a trace) against baselines injected into the
// same pages in a browser without the extension: the floor (read every text node) and mark.js.
import type { Browsers, Tab } from './browsers.ts';
import { BASELINE_URLS, ENTITY_NAMES, injectMarkJs, MARK_JS_VERSION, MARK_KEYWORD_OPTIONS, MARK_OPTIONS, runBaseline, type Baseline } from './baselines.ts';
import { HIGHLIGHT_PREFIX, highlightObserver, loadWithExtension, type ExtRun } from './extension.ts';
import { measureHeap, type Heap, type MemoryRow } from './memory.ts';
import type { BenchPage } from './pages.ts';
import { median, ratios, spreadMs, table } from './stats.ts';
import { errorLine } from './util.ts';
import { eventAt, startTrace, taskAt, threadView, type TraceEvent } from './trace.ts';

export type ExtSummary = Omit<ExtRun, 'view' | 'events' | 'startTs' | 'endTs'>;

export interface BaselineRun {
  /** timed inside the page with performance.now() around the call */
  ms: number;
  /** the trace's duration (wall) and thread time (CPU) of the task that ran it (includes CDP's evaluation overhead) */
  taskMs: number;
  taskCpuMs: number;
  /** matches (mark.js) or text nodes (floor) */
  count: number;
}

export interface PageResult {
  page: BenchPage;
  /** per round (undefined where not measured) */
  ext: Array<ExtSummary | undefined>;
  floor: Array<BaselineRun | undefined>;
  markRegexp: Array<BaselineRun | undefined>;
  /** extrapolated to every alias, see KEYWORD_SAMPLE */
  markKeywords: Array<BaselineRun | undefined>;
  memory: MemoryRow;
  errors: string[];
}

export interface InPageOptions {
  rounds: number;
  /** rounds in which mark.js keyword mode runs (it takes seconds per page) */
  keywordRounds: Set<number>;
  /** rounds in which the heaps are measured too */
  memoryRounds: Set<number>;
  log: (line: string) => void;
  /** keep the trace of the first extension run per page (for --trace-dir) */
  onTrace?: (page: BenchPage, which: string, events: TraceEvent[]) => void;
}

/**
 * mark.js keyword mode makes one pass over the page per keyword: with all 337 aliases it takes 30 to
 * 65 s per real page. It runs on every 16th alias and is scaled by (all / sampled): the cost per
 * keyword pass barely depends on the keyword (checked against full runs, see the issue 7 report).
 */
export const KEYWORD_STEP = 16;
export const KEYWORD_SAMPLE = ENTITY_NAMES.filter((_, i) => i % KEYWORD_STEP === 0);
export const KEYWORD_SCALE = ENTITY_NAMES.length / KEYWORD_SAMPLE.length;

export function summary(run: ExtRun): ExtSummary {
  const { view: _v, events: _e, startTs: _s, endTs: _t, ...rest } = run;
  return rest;
}

/** A tab of the plain browser, reused: each baseline runs on a fresh load of the page in it. */
async function baselineOnce(tab: Tab, page: BenchPage, which: Baseline, o: InPageOptions, heaps?: Heap[], keep = false): Promise<BaselineRun> {
  await tab.page.goto(page.url, { waitUntil: 'load', timeout: 120_000 });
  if (heaps) heaps.push(await measureHeap(tab.cdp));
  if (which !== 'floor') await injectMarkJs(tab.cdp);
  if (which === 'markKeywords') {
    // seconds long: timed in the page only (a trace of it would be huge, and CDP's overhead is noise here)
    const r = await runBaseline(tab.cdp, which, KEYWORD_SAMPLE);
    return { ms: r.ms * KEYWORD_SCALE, taskMs: r.ms * KEYWORD_SCALE, taskCpuMs: NaN, count: r.count };
  }
  const trace = await startTrace(tab.cdp);
  let r: { ms: number; count: number };
  let events: TraceEvent[];
  try {
    await settleProfiler(tab);
    r = await runBaseline(tab.cdp, which);
  } finally {
    events = await trace.stop();
  }
  if (keep) o.onTrace?.(page, which, events);
  const mark = events.find((e) => e.name === `bench:${which}:start`);
  if (!mark) throw new Error(`no bench:${which}:start mark in the trace`);
  const where = { pid: mark.pid, tid: mark.tid };
  const view = threadView(events, where, (u) => u === BASELINE_URLS[which]);
  const task: { dur?: number; tdur?: number } | undefined = taskAt(view, mark.ts) ?? eventAt(events, where, mark.ts);
  if (!task?.dur) throw new Error(`no task around bench:${which}:start in the trace`);
  return { ms: r.ms, taskMs: task.dur / 1000, taskCpuMs: (task.tdur ?? task.dur) / 1000, count: r.count };
}

/**
 * Starting a trace starts V8's sampling profiler, which first logs every function in the heap; let
 * that happen before the measured call instead of inside it.
 */
export async function settleProfiler(tab: Tab): Promise<void> {
  await tab.cdp.send('Runtime.evaluate', { expression: '0' });
  await tab.page.waitForTimeout(100);
  await tab.cdp.send('Runtime.evaluate', { expression: '0' });
}

async function extensionOnce(b: Browsers, page: BenchPage, o: InPageOptions, heaps?: Heap[], keep = false): Promise<ExtSummary> {
  const { tab, run } = await loadWithExtension(b, page, { keepEvents: keep });
  try {
    if (keep) o.onTrace?.(page, 'extension', run.events);
    if (heaps) heaps.push(await measureHeap(tab.cdp));
    return summary(run);
  } finally {
    await tab.close();
  }
}

export async function runInPage(b: Browsers, pages: BenchPage[], o: InPageOptions): Promise<PageResult[]> {
  const results: PageResult[] = pages.map((page) => ({
    page,
    ext: [],
    floor: [],
    markRegexp: [],
    markKeywords: [],
    memory: { page: page.name, js: [], embedder: [], withExt: [], without: [] },
    errors: [],
  }));
  const plain = await b.newTab('plain');
  await plain.page.addInitScript(highlightObserver, HIGHLIGHT_PREFIX); // as in the extension's tabs
  try {
    for (let r = 0; r < o.rounds; r++) {
      for (const res of results) {
        const order: Array<'ext' | Baseline> = ['ext', 'floor', 'markRegexp'];
        if (o.keywordRounds.has(r)) order.push('markKeywords');
        if (r % 2) order.reverse(); // interleave so drift in machine load hits every approach alike
        o.log(`in-page: round ${r + 1}/${o.rounds}, ${res.page.name}`);
        const mem = o.memoryRounds.has(r) ? { withExt: [] as Heap[], without: [] as Heap[] } : undefined;
        for (const which of order) {
          // one retry: a load can fail for reasons of its own (a trace that lost the task, a slow machine)
          for (let attempt = 1; attempt <= 2; attempt++) {
            try {
              if (which === 'ext') res.ext[r] = await extensionOnce(b, res.page, o, mem?.withExt, r === 0);
              else res[which][r] = await baselineOnce(plain, res.page, which, o, which === 'floor' ? mem?.without : undefined, r === 0);
              break;
            } catch (e) {
              res.errors.push(`round ${r + 1} ${which}${attempt === 1 ? '' : ' (retry)'}: ${errorLine(e)}`);
            }
          }
        }
        if (mem?.withExt[0] && mem.without[0]) {
          res.memory.withExt.push(mem.withExt[0]);
          res.memory.without.push(mem.without[0]);
          res.memory.js.push(mem.withExt[0].js - mem.without[0].js);
          res.memory.embedder.push(mem.withExt[0].embedder - mem.without[0].embedder);
        }
      }
    }
  } finally {
    await plain.close();
  }
  return results;
}

const ext = (res: PageResult, f: (s: ExtSummary) => number | undefined) => res.ext.map((s) => (s ? f(s) : undefined));
const defined = (xs: Array<number | undefined>) => xs.filter((x): x is number => x !== undefined && Number.isFinite(x));
const base = (xs: Array<BaselineRun | undefined>, f: (b: BaselineRun) => number) => xs.map((x) => (x ? f(x) : undefined));

/** Content-script time after start-up (CPU): what compares with a baseline whose own code is already loaded. */
export const scanCpu = (s: ExtSummary) => (s.startupCpuMs !== undefined ? s.cpuMs - s.startupCpuMs : undefined);

export function extensionTable(results: PageResult[]): string {
  return table(
    ['page', 'size', 'CPU ms', 'background CPU ms', 'wall ms', 'longest task CPU ms', 'longest task wall ms', 'forced style/layout ms', 'tasks', 'start-up CPU ms', 'after start-up CPU ms', 'first highlight ms', 'all painted ms', 'highlights', 'longest render task ms', 'pre-paint ms'],
    results.map((res) => [
      res.page.name,
      `${(res.page.bytes / 1000).toFixed(0)} kB`,
      spreadMs(defined(ext(res, (s) => s.cpuMs))),
      spreadMs(defined(ext(res, (s) => s.backgroundCpuMs))),
      spreadMs(defined(ext(res, (s) => s.totalMs))),
      spreadMs(defined(ext(res, (s) => s.longestCpuMs))),
      spreadMs(defined(ext(res, (s) => s.longestMs))),
      spreadMs(defined(ext(res, (s) => s.layoutMs))),
      String(median(defined(ext(res, (s) => s.tasks))) || '–'),
      spreadMs(defined(ext(res, (s) => s.startupCpuMs))),
      spreadMs(defined(ext(res, scanCpu))),
      spreadMs(defined(ext(res, (s) => s.firstHighlightMs))),
      spreadMs(defined(ext(res, (s) => s.doneMs))),
      String(median(defined(ext(res, (s) => s.highlights)))),
      spreadMs(defined(ext(res, (s) => s.renderLongestMs))),
      spreadMs(defined(ext(res, (s) => s.prePaintMs))),
    ]),
  );
}

export const xSpread = (xs: number[]) => (xs.length ? `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})` : '–');

export function baselineTable(results: PageResult[]): string {
  return table(
    ['page', 'floor CPU ms (trace)', 'floor ms (in page)', 'mark.js regexp CPU ms (trace)', 'mark.js regexp ms (in page)', 'mark.js keywords ms (in page, extrapolated)', 'floor text nodes', 'mark.js regexp matches'],
    results.map((res) => [
      res.page.name,
      spreadMs(defined(base(res.floor, (b) => b.taskCpuMs))),
      spreadMs(defined(base(res.floor, (b) => b.ms))),
      spreadMs(defined(base(res.markRegexp, (b) => b.taskCpuMs))),
      spreadMs(defined(base(res.markRegexp, (b) => b.ms))),
      spreadMs(defined(base(res.markKeywords, (b) => b.ms)), 0),
      String(median(defined(base(res.floor, (b) => b.count)))),
      String(median(defined(base(res.markRegexp, (b) => b.count)))),
    ]),
  );
}

export function comparisonTable(results: PageResult[]): string {
  return table(
    ['page', 'content script / floor', 'mark.js regexp / content script', 'mark.js regexp / content script after start-up', 'mark.js keywords / content script', '(content script + background) / floor'],
    results.map((res) => {
      const cs = ext(res, (s) => s.cpuMs);
      return [
        res.page.name,
        xSpread(ratios(cs, base(res.floor, (b) => b.taskCpuMs))),
        xSpread(ratios(base(res.markRegexp, (b) => b.taskCpuMs), cs)),
        xSpread(ratios(base(res.markRegexp, (b) => b.taskCpuMs), ext(res, scanCpu))),
        xSpread(ratios(base(res.markKeywords, (b) => b.ms), cs)),
        xSpread(ratios(ext(res, (s) => s.cpuMs + s.backgroundCpuMs), base(res.floor, (b) => b.taskCpuMs))),
      ];
    }),
  );
}

/** Medians the budgets use. */
export function pageStats(res: PageResult) {
  const cs = ext(res, (s) => s.cpuMs);
  const m = (xs: Array<number | undefined>) => (defined(xs).length ? median(defined(xs)) : NaN);
  return {
    floorCpu: m(base(res.floor, (b) => b.taskCpuMs)),
    csOverFloor: m(ratios(cs, base(res.floor, (b) => b.taskCpuMs))),
    regexpOverCs: m(ratios(base(res.markRegexp, (b) => b.taskCpuMs), cs)),
    regexpOverScan: m(ratios(base(res.markRegexp, (b) => b.taskCpuMs), ext(res, scanCpu))),
    keywordsOverCs: m(ratios(base(res.markKeywords, (b) => b.ms), cs)),
    longestCpu: Math.max(...defined(ext(res, (s) => s.longestCpuMs))),
    longestWall: Math.max(...defined(ext(res, (s) => s.longestMs))),
    startupCpu: m(ext(res, (s) => s.startupCpuMs)),
    cpu: m(cs),
  };
}

export const IN_PAGE_NOTES = [
  'How to read these tables:',
  '- Content script: measured from outside, with a Chrome trace of each load. Its tasks are the RunTask events on the',
  '  page\'s main thread that evaluate content.js, call into it, or hold CPU-profile samples with its frames.',
  '  "CPU ms" sums their thread time from script start until the last highlight change is painted; "wall ms" sums their',
  '  durations. Budgets use CPU time, because on a shared 2-core machine wall time mostly measures the other processes.',
  '- The content script sends the page\'s text to the extension\'s background, which scans it (compiled once, warm for',
  '  every page) and answers with the mentions. "background CPU ms" is the thread time of the background\'s threads in',
  '  the same window: not the page\'s main thread, but the machine\'s; "(content script + background) / floor" adds it.',
  '- "start-up" is script start to the first CPU sample inside PageScan.read or a scan method. "first highlight" and',
  '  "all painted" run to the end of the frame (Commit) that first, or last, showed a change in CSS.highlights, seen by a',
  '  rAF observer in the page\'s world.',
  '- "longest render task" is the longest rendering task (style, layout, pre-paint, paint) while the highlights went in,',
  '  and "pre-paint" the pre-paint time summed over those tasks (where Chromium walks the highlight ranges). Neither is',
  '  content-script time.',
  '- Baselines run in a browser without the extension, each on a fresh load of the same page, injected with CDP',
  '  Runtime.evaluate. Ratios use each baseline\'s trace-measured task CPU time, like for like with the content script;',
  '  it includes about 1-5 ms of CDP evaluation overhead. The in-page performance.now() time is shown beside it.',
  '- floor: a TreeWalker over document.body that skips script, style, noscript and template subtrees and reads every',
  '  text node\'s data.',
  `- mark.js ${MARK_JS_VERSION} regexp: markRegExp with one regex of the ${ENTITY_NAMES.length} entity names (longest first, /giu, letter and`,
  `  digit boundaries) and options ${JSON.stringify(MARK_OPTIONS)}. acrossElements is off: that is the faster mode,`,
  '  and it misses split names.',
  `- mark.js keywords: mark(aliases, ${JSON.stringify(MARK_KEYWORD_OPTIONS)}).`,
  `  It runs on every ${KEYWORD_STEP}th alias (${KEYWORD_SAMPLE.length} of ${ENTITY_NAMES.length}) and is scaled by ${KEYWORD_SCALE.toFixed(2)}.`,
  '  It makes one DOM pass per keyword, which takes 30-65 s per real page with all aliases, so it is timed in the page',
  '  only.',
];
