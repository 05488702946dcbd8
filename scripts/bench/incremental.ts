// Incremental work on the 1 MB page after its initial scan, in the same tab and one trace: a full
// rescan (triggered by a same-document navigation, as a single-page app's would), one appended
// paragraph, and 1,000 text mutations within one second. Each step ends when the content script's
// next page-report reached the service worker (it reports 250 ms after every scan or rescan), or
// at a deadline: the step's cost is then at least what was measured ("cut").
import type { Browsers, Tab } from './browsers.ts';
import { loadWithExtension, resumeObserver, waitForDone } from './extension.ts';
import type { BenchPage } from './pages.ts';
import { median, ratios, spreadMs, table } from './stats.ts';
import { oursBetween, startTrace, threadView, type TraceEvent } from './trace.ts';
import { errorLine, runNamed, sleep, within } from './util.ts';

export interface StepCost {
  cpu: number;
  wall: number;
  tasks: number;
  longestCpu: number;
  /** the step had not finished at its deadline: the cost is a lower bound */
  cut: boolean;
}

export interface IncrementalRound {
  initialCpu: number;
  full: StepCost;
  append: StepCost;
  burst?: StepCost;
}

export interface IncrementalResult {
  page: BenchPage;
  rounds: IncrementalRound[];
  errors: string[];
  burstDeadlineS: number;
}

const mark = (tab: Tab, name: string) => within(tab.page.evaluate((n) => void performance.mark(n), name), 2000);

/** Runs `action`, then waits for the content script's next report (or the deadline); returns whether it was cut. */
async function step(b: Browsers, tab: Tab, url: string, name: string, deadlineMs: number, action: () => Promise<number | void>): Promise<boolean> {
  const t0 = Date.now();
  await mark(tab, `bench:${name}`);
  const since = (await action()) ?? t0;
  const left = Math.max(1000, deadlineMs - (Date.now() - t0));
  const done = await waitForDone(b, tab.page, { since, url, timeoutMs: left });
  await mark(tab, `bench:${name}:done`);
  return done.timedOut;
}

/** 1,000 mutations in one second, 10 every 10 ms, each to the text of a different paragraph; resolves (Node time) when the last is made. */
export async function burst(tab: Tab, deadlineMs: number): Promise<number> {
  await runNamed(tab.cdp, 'storm', () => {
    const w = window as unknown as { __storm: { done: boolean } };
    w.__storm = { done: false };
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild).filter((n): n is Text => n?.nodeType === 3);
    let k = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 10; i++, k++) texts[k % texts.length]!.appendData(k % 3 ? ' and more' : ' near Aleppo');
      if (k >= 1000) {
        clearInterval(timer);
        w.__storm.done = true;
      }
    }, 10);
  });
  const until = Date.now() + deadlineMs;
  await sleep(1000);
  while (Date.now() < until) {
    const done = await within(tab.page.evaluate(() => (window as unknown as { __storm: { done: boolean } }).__storm.done), 1000);
    if (done) return Date.now();
    await sleep(100);
  }
  return Date.now();
}

export async function incrementalOnce(b: Browsers, page: BenchPage, withBurst: boolean, burstDeadlineMs: number): Promise<IncrementalRound> {
  const { tab, run } = await loadWithExtension(b, page);
  try {
    await resumeObserver(tab.page);
    const trace = await startTrace(tab.cdp);
    let events: TraceEvent[];
    const cut: Record<string, boolean> = {};
    try {
      await sleep(100);
      cut.full = await step(b, tab, page.url, 'full', 20_000, () => runNamed(tab.cdp, 'navigate', () => void (location.hash = `bench-${Date.now()}`)));
      cut.append = await step(b, tab, page.url, 'append', 20_000, () =>
        runNamed(tab.cdp, 'append', () => {
          const p = document.createElement('p');
          p.textContent = 'Breaking: the evacuation of eastern Aleppo resumed on Thursday, the ICRC said, as 34,000 people left the city.';
          (document.querySelector('article') ?? document.body).append(p);
        }),
      );
      if (withBurst) cut.burst = await step(b, tab, page.url, 'burst', burstDeadlineMs, () => burst(tab, burstDeadlineMs));
    } finally {
      events = await trace.stop();
    }
    const m = (n: string) => events.find((e) => e.name === n && e.cat.includes('blink.user_timing'));
    const first = m('bench:full');
    if (!first) throw new Error('no marks in the incremental trace');
    const view = threadView(events, { pid: first.pid, tid: first.tid }, (u) => u === b.contentScriptUrl, { yieldIsOurs: true });
    const traceEnd = Math.max(...view.tasks.map((t) => t.ts + t.dur));
    const seg = (n: string): StepCost => {
      const s = oursBetween(view, m(`bench:${n}`)!.ts, m(`bench:${n}:done`)?.ts ?? traceEnd);
      return { cpu: s.cpuUs / 1000, wall: s.totalUs / 1000, tasks: s.tasks.length, longestCpu: s.longestCpuUs / 1000, cut: cut[n] ?? false };
    };
    return { initialCpu: run.cpuMs, full: seg('full'), append: seg('append'), ...(withBurst && m('bench:burst') ? { burst: seg('burst') } : {}) };
  } finally {
    await tab.close();
  }
}

export async function runIncremental(b: Browsers, page: BenchPage, rounds: number, log: (l: string) => void, burstDeadlineS = 20): Promise<IncrementalResult> {
  const res: IncrementalResult = { page, rounds: [], errors: [], burstDeadlineS };
  let withBurst = true;
  for (let r = 0; r < rounds; r++) {
    log(`incremental: round ${r + 1}/${rounds}`);
    try {
      const round = await incrementalOnce(b, page, withBurst, burstDeadlineS * 1000);
      res.rounds.push(round);
      // a burst that ran into its deadline would again: later rounds measure the other steps only
      if (round.burst?.cut) withBurst = false;
    } catch (e) {
      res.errors.push(`round ${r + 1}: ${errorLine(e)}`);
    }
  }
  return res;
}

export function incrementalStats(res: IncrementalResult) {
  const r = res.rounds;
  const bursts = r.filter((x) => x.burst);
  return {
    append: median(r.map((x) => x.append.cpu)),
    appendShare: median(ratios(r.map((x) => x.append.cpu), r.map((x) => x.full.cpu))),
    burstOverFull: bursts.length ? median(ratios(bursts.map((x) => x.burst!.cpu), bursts.map((x) => x.full.cpu))) : NaN,
    burstCut: bursts.some((x) => x.burst!.cut),
    burstLongest: bursts.length ? Math.max(...bursts.map((x) => x.burst!.longestCpu)) : NaN,
    full: median(r.map((x) => x.full.cpu)),
  };
}

export function incrementalTable(res: IncrementalResult): string {
  const r = res.rounds;
  const bursts = r.filter((x) => x.burst);
  const pct = (xs: number[]) => (xs.length ? `${(100 * median(xs)).toFixed(1)}% (${(100 * Math.min(...xs)).toFixed(1)}–${(100 * Math.max(...xs)).toFixed(1)})` : '–');
  const row = (label: string, xs: StepCost[], full: number[], digits = 1): string[] => [
    label + (xs.some((x) => x.cut) ? ` (cut at the deadline: at least)` : ''),
    spreadMs(xs.map((x) => x.cpu), digits),
    spreadMs(xs.map((x) => x.wall), digits),
    spreadMs(xs.map((x) => x.longestCpu), digits),
    spreadMs(xs.map((x) => x.tasks), 0),
    pct(ratios(xs.map((x) => x.cpu), full)),
  ];
  const rows = [
    ['initial load and scan', spreadMs(r.map((x) => x.initialCpu)), '', '', '', ''],
    row('full rescan (same-document navigation)', r.map((x) => x.full), r.map((x) => x.full.cpu)),
    row('append one paragraph', r.map((x) => x.append), r.map((x) => x.full.cpu), 2),
  ];
  if (bursts.length) rows.push(row('1,000 text mutations in 1 s', bursts.map((x) => x.burst!), bursts.map((x) => x.full.cpu)));
  return table([`step (${res.page.name} page, after its initial scan)`, 'content-script CPU ms', 'wall ms', 'longest task CPU ms', 'tasks', 'share of a full rescan (CPU)'], rows);
}
