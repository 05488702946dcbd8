// One load of a page in the browser with the extension, measured from outside: a trace of the whole
// load, and a small observer in the page's own world that watches the highlight registry (shared
// between worlds) once per frame and leaves user-timing marks.
import type { Page } from 'playwright-core';
import type { Browsers, Tab } from './browsers.ts';
import type { BenchPage } from './pages.ts';
import { sleep, within } from './util.ts';
import { firstSampleIn, oursBetween, oursCpuBefore, startTrace, taskAt, threadView, type TraceEvent, type ThreadView } from './trace.ts';

/** What the observer keeps in `window.__bench` (times are performance.now() of the page). */
export interface ObserverState {
  size: number;
  changes: number;
  first: number;
  last: number;
  stop?: boolean;
}

/**
 * Runs at document start in the page's main world: every animation frame, the total size of our
 * highlights. A change seen in a frame is painted in that frame. Marks: bench:observer (once, to map
 * performance.now() to trace time), bench:first-highlight.
 */
export function highlightObserver(prefix: string) {
  const w = window as unknown as { __bench: ObserverState };
  const st: ObserverState = { size: 0, changes: 0, first: -1, last: -1 };
  w.__bench = st;
  performance.mark('bench:observer');
  const total = () => {
    let n = 0;
    for (const [k, h] of CSS.highlights) if (k.startsWith(prefix)) n += h.size;
    return n;
  };
  const tick = () => {
    const n = total();
    if (n !== st.size) {
      const t = performance.now();
      if (st.first < 0 && n > 0) {
        st.first = t;
        performance.mark('bench:first-highlight');
      }
      st.size = n;
      st.last = t;
      st.changes++;
    }
    if (!st.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as unknown as { __benchResume: () => void }).__benchResume = () => {
    if (!st.stop) return;
    st.stop = false;
    requestAnimationFrame(tick);
  };
}

/** Restarts the observer's frame loop (it stops once a load is measured). */
export const resumeObserver = (page: Page) => page.evaluate(() => (window as unknown as { __benchResume: () => void }).__benchResume());

export const HIGHLIGHT_PREFIX = 'aleppo-context-';

export async function observerState(page: Page): Promise<ObserverState & { now: number }> {
  return page.evaluate(() => ({ ...(window as unknown as { __bench: ObserverState }).__bench, now: performance.now() }));
}

/**
 * Waits until the content script is done: its `page-report` message for this page reached the
 * service worker after `since` (it is sent 250 ms after a scan ends), with the highlights unchanged
 * for a moment. Without the report tap, until the highlights have not changed for `quietMs` (or,
 * when there are none, `emptyMs` passed).
 */
export async function waitForDone(
  b: Browsers,
  page: Page,
  opts: { since: number; url: string; quietMs?: number; emptyMs?: number; timeoutMs?: number; reports?: number },
): Promise<ObserverState & { now: number; timedOut: boolean; reported: boolean }> {
  const quiet = opts.quietMs ?? 800;
  const empty = opts.emptyMs ?? 3000;
  const until = Date.now() + (opts.timeoutMs ?? 30_000);
  const base = opts.url.replace(/#.*$/, '');
  const t0 = Date.now();
  let s: (ObserverState & { now: number }) | undefined;
  for (;;) {
    // a page busy in a long task answers late: keep to the deadline all the same
    const got = await within(Promise.all([observerState(page), b.reports(opts.since)]), 1000);
    if (got) {
      const [state, reps] = got;
      s = state;
      const mine = reps?.filter((r) => r.url.replace(/#.*$/, '') === base);
      if (mine && mine.length >= (opts.reports ?? 1) && (s.last < 0 || s.now - s.last >= 100)) return { ...s, timedOut: false, reported: true };
      if (!reps) {
        const calm = s.last >= 0 && s.now - s.last >= quiet;
        if ((s.size > 0 && calm) || (s.size === 0 && Date.now() - t0 >= empty)) return { ...s, timedOut: false, reported: false };
      }
    }
    if (Date.now() > until) return { ...(s ?? { size: 0, changes: 0, first: -1, last: -1, now: 0 }), timedOut: true, reported: false };
    await sleep(50);
  }
}

export interface ExtRun {
  /** main-thread time (wall) of the content script's tasks from its start until the highlights are painted, ms */
  totalMs: number;
  /** thread (CPU) time of the same tasks, ms */
  cpuMs: number;
  /** longest content-script task, wall ms and CPU ms */
  longestMs: number;
  longestCpuMs: number;
  /** style and layout the content script forced inside its tasks, ms */
  layoutMs: number;
  tasks: number;
  /** script start to the first sample in PageScan.read or a scan method (the first block read), wall ms */
  startupMs?: number;
  /** CPU time of the content script before that point, ms */
  startupCpuMs?: number;
  /** script start to the end of the first frame that shows a highlight, ms */
  firstHighlightMs?: number;
  /** script start to the end of the frame that painted the last highlight change, ms (wall) */
  doneMs?: number;
  highlights: number;
  /** longest rendering task (style, layout, pre-paint, paint) while the highlights went in, ms */
  renderLongestMs: number;
  /** pre-paint time summed over those rendering tasks, ms */
  prePaintMs: number;
  /**
   * CPU of the extension's background (its service worker thread) in the same window: it scans the
   * text the content script sends. Not the page's main thread, but the machine's, so reported too.
   */
  backgroundCpuMs: number;
  timedOut: boolean;
  /** the page-report message was seen (else completion was judged from the highlights alone) */
  reported: boolean;
  view: ThreadView;
  events: TraceEvent[];
  startTs: number;
  endTs: number;
}

export interface ExtLoad {
  tab: Tab;
  run: ExtRun;
}

/** A pause (µs) after which a content-script task no longer belongs to the initial scan (the badge timer waits 250 ms). */
const BURST_GAP = 200_000;

export interface LoadOptions {
  /** keep the trace events in the result */
  keepEvents?: boolean;
  /** how long to wait for the content script to finish, ms */
  timeoutMs?: number;
  /** scripts to run at document start in the page's world, before the observer */
  initScripts?: Array<{ fn: (arg: unknown) => void; arg?: unknown }>;
}

/** Loads `page` in a fresh tab with the extension, traced; returns the open tab and the analysis. */
export async function loadWithExtension(b: Browsers, page: BenchPage, opts: LoadOptions = {}): Promise<ExtLoad> {
  const tab = await b.newTab('ext');
  for (const s of opts.initScripts ?? []) await tab.page.addInitScript(s.fn, s.arg);
  await tab.page.addInitScript(highlightObserver, HIGHLIGHT_PREFIX);
  const trace = await startTrace(b.browserCdp);
  let quiet;
  try {
    const since = Date.now();
    await tab.page.goto(page.url, { waitUntil: 'load', timeout: 120_000 });
    quiet = await waitForDone(b, tab.page, { since, url: page.url, timeoutMs: opts.timeoutMs ?? 60_000 });
    await within(
      tab.page.evaluate(() => {
        (window as unknown as { __bench: ObserverState }).__bench.stop = true;
        performance.mark('bench:stable');
      }),
      2000,
    );
  } catch (e) {
    // a crashed page never completes its trace: do not wait for it
    await within(trace.stop(), 5000);
    await within(tab.close(), 5000);
    throw e;
  }
  const run = analyzeExtensionLoad(await trace.stop(), b.contentScriptUrl, quiet);
  if (!opts.keepEvents) run.events = [];
  return { tab, run };
}

/**
 * Thread time (µs) of the work on the background's threads between `from` and `to`: the outermost
 * trace events of every thread where the background's script ran.
 */
export function backgroundCpu(events: TraceEvent[], bgUrl: string, from: number, to: number): number {
  const threads = new Set(events.filter((e) => (e.args?.data?.url ?? e.args?.fileName) === bgUrl).map((e) => `${e.pid}:${e.tid}`));
  let us = 0;
  for (const key of threads) {
    const xs = events
      .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && `${e.pid}:${e.tid}` === key && e.ts >= from && e.ts <= to)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let end = -Infinity;
    for (const e of xs) {
      if (e.ts < end) continue; // inside the previous outermost event
      us += e.tdur ?? e.dur!;
      end = e.ts + e.dur!;
    }
  }
  return us;
}

export function analyzeExtensionLoad(events: TraceEvent[], csUrl: string, quiet: ObserverState & { timedOut: boolean; reported?: boolean }): ExtRun {
  const isCs = (url: string) => url === csUrl;
  const start = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url === csUrl).sort((a, b) => a.ts - b.ts)[0];
  if (!start) throw new Error('the content script did not run (no EvaluateScript of content.js in the trace)');
  // our pages' own scripts are blocked (CSP) or ours (hostile pages): they never use scheduler.yield()
  const view = threadView(events, { pid: start.pid, tid: start.tid }, isCs, { yieldIsOurs: true });
  // the window opens with the task that evaluates the script
  const startTs = taskAt(view, start.ts)?.ts ?? start.ts;
  // Work the script deferred on purpose (a timer of 200 ms or more: the badge report 250 ms after a
  // scan, the 2 s highlight-registry repair) comes after the scan, not in it.
  const deferredTimers = new Set(
    events.filter((e) => e.name === 'TimerInstall' && e.pid === start.pid && (e.args?.data?.timeout ?? 0) >= 200).map((e) => e.args.data.timerId),
  );
  const deferred = new Set(view.ours.filter((t) => t.children.some((c) => c.name === 'TimerFire' && deferredTimers.has(c.args?.data?.timerId))));
  // the initial burst of content-script tasks: it ends at a pause of BURST_GAP between two of them,
  // not counting rendering tasks (painting many highlights can take longer than the pause itself)
  let burstEnd = startTs;
  let k = 0;
  for (const t of view.ours) {
    if (t.ts < startTs || deferred.has(t)) continue;
    let rendering = 0;
    for (; k < view.renderTasks.length && view.renderTasks[k]!.ts < t.ts; k++) {
      const r = view.renderTasks[k]!;
      if (r.ts >= burstEnd) rendering += r.dur;
    }
    if (t.ts - burstEnd - rendering > BURST_GAP) break;
    burstEnd = Math.max(burstEnd, t.ts + t.dur);
  }
  const off = view.nowOffset;
  const lastChange = off !== undefined && quiet.last >= 0 ? quiet.last * 1000 + off : undefined;
  // the frame that painted the last change ends after the observer saw it
  const lastPainted = lastChange !== undefined ? (view.frameEnds.find((f) => f >= lastChange) ?? lastChange) : undefined;
  const endTs = Math.max(burstEnd, lastPainted ?? 0);
  const sum = oursBetween(view, startTs, endTs, deferred);
  const firstMark = view.marks.get('bench:first-highlight')?.[0];
  const firstPainted = firstMark !== undefined ? (view.frameEnds.find((f) => f >= firstMark) ?? firstMark) : undefined;
  const read = firstSampleIn(view, ['read', 'scan', 'scanAll', 'rescan'], startTs);
  const render = view.renderTasks.filter((r) => r.ts >= startTs && r.ts <= endTs + 50_000);
  return {
    totalMs: sum.totalUs / 1000,
    cpuMs: sum.cpuUs / 1000,
    longestMs: sum.longestUs / 1000,
    longestCpuMs: sum.longestCpuUs / 1000,
    layoutMs: sum.layoutUs / 1000,
    tasks: sum.tasks.length,
    startupMs: read !== undefined ? (read - startTs) / 1000 : undefined,
    startupCpuMs: read !== undefined ? oursCpuBefore(view, startTs, read) / 1000 : undefined,
    firstHighlightMs: firstPainted !== undefined ? (firstPainted - startTs) / 1000 : undefined,
    doneMs: lastPainted !== undefined ? (lastPainted - startTs) / 1000 : undefined,
    highlights: quiet.size,
    renderLongestMs: render.reduce((a, r) => Math.max(a, r.dur), 0) / 1000,
    prePaintMs: render.reduce((a, r) => a + r.prePaint, 0) / 1000,
    backgroundCpuMs: backgroundCpu(events, new URL('/background.js', csUrl).href, startTs, endTs) / 1000,
    timedOut: quiet.timedOut,
    reported: quiet.reported ?? false,
    view,
    events,
    startTs,
    endTs,
  };
}
