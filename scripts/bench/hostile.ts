// Hostile pages (issue 8): many text nodes, a very deep DOM, one huge text node, and a page that
// mutates 1,000 times a second for 10 s. For each: the content script's longest task and total
// time (trace), and how late the page's own 10 ms timer fires (a setInterval in the page), with and
// without the extension. Deep and huge structures are built with DOM calls by a script run at
// document start (the HTML parser caps nesting at 512 and splits long text into several nodes).
import type { Browsers, Tab } from './browsers.ts';
import { loadWithExtension, resumeObserver, waitForDone } from './extension.ts';
import type { PageServer, BenchPage } from './pages.ts';
import { newsPageOfSize, newsText } from './synthetic.ts';
import { escapeHtml } from './pages.ts';
import { median, table } from './stats.ts';
import { oursBetween, oursCpu, startTrace, threadView, type Task, type TraceEvent } from './trace.ts';
import { errorLine, runNamed, sleep, within } from './util.ts';

/** The page's own timer: every 10 ms, how late it fired (ms), as [time, lateness] pairs in window.__ping. */
export function timerPing() {
  const samples: number[] = [];
  (window as unknown as { __ping: number[] }).__ping = samples;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    samples.push(now, now - last - 10);
    last = now;
  }, 10);
}

/**
 * At DOMContentLoaded, nests `depth` elements in the body, each with a line of text (a mention every
 * 250): 1,000 <div>s, then <span>s. (A chain of about 3,000 nested <div>s or more crashes Chromium's
 * renderer, with or without the extension.)
 */
export function buildDeep(depth: unknown) {
  document.addEventListener('DOMContentLoaded', () => {
    let parent: Element = document.body;
    for (let i = 0; i < (depth as number); i++) {
      const d = document.createElement(i < 1000 ? 'div' : 'span');
      d.append(i % 250 === 0 ? `Level ${i}: fighting near Aleppo continued, the UN said.` : `level ${i}`);
      parent.append(d);
      parent = d;
    }
  });
}

/** At DOMContentLoaded, joins the text of #big into one text node (the parser splits long text). */
export function joinBigText() {
  document.addEventListener('DOMContentLoaded', () => document.getElementById('big')?.normalize());
}

export interface HostileSpec {
  name: string;
  page: BenchPage;
  init: Array<{ fn: (arg: unknown) => void; arg?: unknown }>;
  /** mutations per second and seconds, for the storm page */
  storm?: { perSecond: number; seconds: number };
  /** a line saying what the page is */
  what: string;
}

export function hostilePages(ps: PageServer, quick: boolean): HostileSpec[] {
  const spans = quick ? 10_000 : 100_000;
  const words = newsText(spans * 8, 7).split(/\s+/);
  const nodes = Array.from({ length: spans }, (_, i) => `<span>${escapeHtml(words[i % words.length]!)}</span>`).join(' ');
  const big = newsText(quick ? 1_000_000 : 10_000_000, 11).replace(/\n\n/g, ' ');
  const wrap = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title></head><body>${body}</body></html>`;
  const storm = quick ? { perSecond: 1000, seconds: 1 } : { perSecond: 1000, seconds: 10 };
  return [
    {
      name: 'text nodes',
      page: ps.add('text nodes', '/hostile-text-nodes.html', wrap(`<div>${nodes}</div>`)),
      init: [],
      what: `${(2 * spans).toLocaleString('en')} text nodes (${spans.toLocaleString('en')} <span>s and the spaces between) in one <div>: one block`,
    },
    {
      name: 'deep DOM',
      page: ps.add('deep DOM', '/hostile-deep.html', wrap('<p>A deep page.</p>')),
      init: [{ fn: buildDeep, arg: 5000 }],
      what: 'DOM depth 5,000 (1,000 nested <div>s, then 4,000 nested <span>s), each with a line of text, built with DOM calls at DOMContentLoaded',
    },
    {
      name: 'huge text node',
      page: ps.add('huge text node', '/hostile-big-text.html', wrap(`<p id="big">${escapeHtml(big)}</p>`)),
      init: [{ fn: joinBigText }],
      what: `one text node of ${(big.length / 1e6).toFixed(0)} M characters (news prose with mentions)`,
    },
    {
      name: 'mutation storm',
      page: ps.add('mutation storm', '/hostile-storm.html', newsPageOfSize(quick ? 100_000 : 1_000_000, 5)),
      init: [],
      storm,
      what: `${quick ? '100 kB' : '1 MB'} synthetic page, then ${storm.perSecond.toLocaleString('en')} text mutations a second for ${storm.seconds} s (10 every 10 ms, each to a different paragraph)`,
    },
  ];
}

export interface PingStats {
  max: number;
  p99: number;
  /** timer callbacks more than 50 ms late */
  over50: number;
  samples: number;
}

export interface HostileRound {
  longestCpu: number;
  longestWall: number;
  /** forced style/layout inside the longest task, ms */
  longestLayout: number;
  /** garbage collection inside the longest task, ms (V8 collects the page's objects there too) */
  longestGc: number;
  /** the longest task's CPU less the garbage collection inside it, ms: the longest stretch of our own code */
  longestOwnCpu: number;
  cpu: number;
  tasks: number;
  cut: boolean;
  /** longest rendering task (style, layout, pre-paint, paint) meanwhile: the page's, with our highlights to paint */
  renderLongest: number;
  ping?: PingStats;
  plainPing?: PingStats;
}

export interface HostileResult {
  spec: HostileSpec;
  rounds: HostileRound[];
  errors: string[];
  /** the timer was also measured without the extension */
  withPlain: boolean;
}

function pingStats(samples: number[] | undefined, from: number, to: number): PingStats | undefined {
  if (!samples) return undefined; // the page did not answer within 5 s
  const late: number[] = [];
  for (let i = 0; i + 1 < samples.length; i += 2) if (samples[i]! >= from && samples[i]! <= to) late.push(samples[i + 1]!);
  if (!late.length) return { max: NaN, p99: NaN, over50: 0, samples: 0 };
  late.sort((a, b) => a - b);
  return { max: late[late.length - 1]!, p99: late[Math.min(late.length - 1, Math.floor(late.length * 0.99))]!, over50: late.filter((x) => x > 50).length, samples: late.length };
}

/** The ping samples and the end of the page's load event (page time, ms). */
const readPing = (tab: Tab) =>
  within(
    tab.page.evaluate(() => ({
      samples: [...(window as unknown as { __ping: number[] }).__ping],
      loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0,
    })),
    5000,
  );

/** Starts the storm in the page; returns its start (page time, ms). */
function startStorm(tab: Tab, storm: { perSecond: number; seconds: number }): Promise<number> {
  return runNamed(tab.cdp, 'storm', ({ perSecond, seconds }: { perSecond: number; seconds: number }) => {
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild).filter((n): n is Text => n?.nodeType === 3);
    const perTick = Math.max(1, Math.round(perSecond / 100));
    const total = perSecond * seconds;
    let k = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < perTick && k < total; i++, k++) texts[k % texts.length]!.appendData(k % 3 ? ' and more' : ' near Aleppo');
      if (k >= total) clearInterval(timer);
    }, 10);
    return performance.now();
  }, storm);
}

/**
 * The longest of our tasks once the garbage collection inside each is taken out, ms. A collection
 * is the whole isolate's (the page's world and ours share one heap): on a page that allocates
 * heavily (a storm of edits, 200,000 text nodes) one lands inside any task, whoever runs it.
 */
function longestWithoutGc(tasks: Task[]): number {
  return tasks.reduce((a, t) => Math.max(a, oursCpu(t) - Math.min(t.gc, oursCpu(t))), 0) / 1000;
}

async function extensionRound(b: Browsers, spec: HostileSpec, deadlineMs: number): Promise<HostileRound> {
  const init = [{ fn: timerPing as (a: unknown) => void }, ...spec.init];
  const { tab, run } = await loadWithExtension(b, spec.page, { initScripts: init, timeoutMs: spec.storm ? 60_000 : deadlineMs });
  try {
    if (!spec.storm) {
      // every task of ours in the window, deferred ones (the badge report) included: the longest,
      // and the longest less its garbage collection, are taken over the same tasks
      const s = oursBetween(run.view, run.startTs, run.endTs + 1);
      const longest = [...s.tasks].sort((a, b) => oursCpu(b) - oursCpu(a))[0];
      const ping = await readPing(tab);
      return {
        longestCpu: s.longestCpuUs / 1000,
        longestWall: s.longestUs / 1000,
        longestLayout: (longest?.layout ?? 0) / 1000,
        longestGc: (longest?.gc ?? 0) / 1000,
        longestOwnCpu: longestWithoutGc(s.tasks),
        cpu: run.cpuMs,
        tasks: run.tasks,
        cut: run.timedOut,
        renderLongest: run.renderLongestMs,
        ping: pingStats(ping?.samples, ping?.loaded ?? 0, Infinity),
      };
    }
    // the storm starts once the initial scan is done
    await resumeObserver(tab.page);
    const trace = await startTrace(tab.cdp);
    let events: TraceEvent[];
    let t0 = 0;
    let cut = false;
    try {
      await tab.page.evaluate(() => performance.mark('bench:storm'));
      t0 = await startStorm(tab, spec.storm);
      await sleep(spec.storm.seconds * 1000);
      const since = Date.now();
      const done = await waitForDone(b, tab.page, { since, url: spec.page.url, timeoutMs: deadlineMs });
      cut = done.timedOut;
      await within(tab.page.evaluate(() => performance.mark('bench:storm:done')), 2000);
    } finally {
      events = await trace.stop();
    }
    const ping = await readPing(tab);
    const m = (n: string) => events.find((e) => e.name === n && e.cat.includes('blink.user_timing'));
    const start = m('bench:storm')!;
    const view = threadView(events, { pid: start.pid, tid: start.tid }, (u) => u === b.contentScriptUrl, { yieldIsOurs: true });
    const end = m('bench:storm:done')?.ts ?? Math.max(...view.tasks.map((t) => t.ts + t.dur));
    const s = oursBetween(view, start.ts, end);
    const longest = [...s.tasks].sort((a, b) => oursCpu(b) - oursCpu(a))[0];
    return {
      longestCpu: s.longestCpuUs / 1000,
      longestWall: s.longestUs / 1000,
      longestLayout: (longest?.layout ?? 0) / 1000,
      longestGc: (longest?.gc ?? 0) / 1000,
      longestOwnCpu: longestWithoutGc(s.tasks),
      cpu: s.cpuUs / 1000,
      tasks: s.tasks.length,
      cut,
      renderLongest: view.renderTasks.filter((x) => x.ts >= start.ts && x.ts <= end).reduce((a, x) => Math.max(a, x.dur), 0) / 1000,
      ping: pingStats(ping?.samples, t0, Infinity),
    };
  } finally {
    await tab.close();
  }
}

async function plainPing(b: Browsers, spec: HostileSpec): Promise<PingStats | undefined> {
  const tab = await b.newTab('plain');
  try {
    await tab.page.addInitScript(timerPing);
    for (const s of spec.init) await tab.page.addInitScript(s.fn, s.arg);
    await tab.page.goto(spec.page.url, { waitUntil: 'load', timeout: 120_000 });
    if (!spec.storm) {
      await sleep(3000);
      const p = await readPing(tab);
      return pingStats(p?.samples, p?.loaded ?? 0, Infinity);
    }
    await sleep(500);
    const t0 = await startStorm(tab, spec.storm);
    await sleep(spec.storm.seconds * 1000 + 2000);
    return pingStats((await readPing(tab))?.samples, t0, Infinity);
  } finally {
    await tab.close();
  }
}

/** `withPlain`: also measure the timer without the extension (the baseline; skipped by --quick). */
export async function runHostile(b: Browsers, specs: HostileSpec[], rounds: number, log: (l: string) => void, withPlain = true, deadlineS = 20): Promise<HostileResult[]> {
  const results: HostileResult[] = specs.map((spec) => ({ spec, rounds: [], errors: [], withPlain }));
  for (let r = 0; r < rounds; r++) {
    for (const res of results) {
      // a page that ran into its deadline would again: one round of it is enough
      if (res.rounds.some((x) => x.cut)) continue;
      log(`hostile: round ${r + 1}/${rounds}, ${res.spec.name}`);
      try {
        const [first, second] = r % 2 ? (['plain', 'ext'] as const) : (['ext', 'plain'] as const);
        let round: HostileRound | undefined;
        let plain: PingStats | undefined;
        for (const which of [first, second]) {
          if (which === 'ext') round = await extensionRound(b, res.spec, deadlineS * 1000);
          else if (withPlain) plain = await plainPing(b, res.spec);
        }
        res.rounds.push({ ...round!, plainPing: plain });
      } catch (e) {
        res.errors.push(`round ${r + 1}: ${errorLine(e)}`);
      }
    }
  }
  return results;
}

export function hostileTable(results: HostileResult[]): string {
  const ms = (xs: number[], d = 1) => (xs.length ? (xs.length > 1 ? `${median(xs).toFixed(d)} (max ${Math.max(...xs).toFixed(d)})` : xs[0]!.toFixed(d)) : '–');
  return table(
    ['page', 'longest content-script task CPU ms', 'its wall ms', 'of which forced style/layout ms', 'of which garbage collection ms', 'longest less garbage collection ms', 'content-script CPU ms', 'tasks', 'longest render task ms', 'page timer lateness after load, max / p99 ms: with the extension', 'without'],
    results.map((res) => {
      const r = res.rounds;
      const cut = r.some((x) => x.cut) ? ' (cut at deadline: at least)' : '';
      const ping = (f: (x: HostileRound) => PingStats | undefined, measured = true) => {
        if (!measured || !r.length) return '–';
        const p = r.map(f).filter((x): x is PingStats => !!x && x.samples > 0);
        return p.length ? `${median(p.map((x) => x.max)).toFixed(0)} / ${median(p.map((x) => x.p99)).toFixed(0)}` : 'page did not answer';
      };
      return [
        res.spec.name + cut,
        ms(r.map((x) => x.longestCpu)),
        ms(r.map((x) => x.longestWall)),
        ms(r.map((x) => x.longestLayout)),
        ms(r.map((x) => x.longestGc)),
        ms(r.map((x) => x.longestOwnCpu)),
        ms(r.map((x) => x.cpu), 0),
        ms(r.map((x) => x.tasks), 0),
        ms(r.map((x) => x.renderLongest), 0),
        ping((x) => x.ping),
        ping((x) => x.plainPing, res.withPlain),
      ];
    }),
  );
}
