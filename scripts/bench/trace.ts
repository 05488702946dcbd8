// Chrome traces taken over CDP, and what the benchmarks read from them: the main thread's tasks,
// which of them belong to a script (by its URL: trace events that name it, and CPU-profile samples
// whose stack holds one of its frames), user-timing marks, frames, and a per-function profile.
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  s?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- trace arguments are free-form
  args?: any;
}

/** Starts tracing the whole browser; `stop()` ends it and returns every event. */
export async function startTrace(cdp: CDPSession, categories = TRACE_CATEGORIES): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const x of e.value) events.push(x as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The CPU profile inside a trace (ProfileChunk events)

export interface CallFrame {
  functionName: string;
  url?: string;
  scriptId?: number | string;
  lineNumber?: number;
  columnNumber?: number;
  codeType?: string;
}
export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
export interface Sample {
  /** trace time, µs */
  ts: number;
  /** how long this sample stands for (µs): the time to the next one, capped */
  weight: number;
  node: number;
  /** where in the top frame's script the sample fell (1-based; 0 when unknown) */
  line: number;
  column: number;
}
export interface Profile {
  nodes: Map<number, ProfileNode>;
  samples: Sample[];
}

/** The CPU profile of one thread (the renderer main thread the profile was started on). */
export function profileOf(events: TraceEvent[], pid: number, tid: number): Profile {
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  const ids = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const chunks = events.filter((e) => (e.name === 'Profile' || e.name === 'ProfileChunk') && e.pid === pid && ids.has(e.id)).sort((a, b) => a.ts - b.ts);
  for (const id of ids) {
    let t = 0;
    for (const e of chunks) {
      if (e.id !== id) continue;
      const d = e.args?.data;
      if (e.name === 'Profile') {
        t = d.startTime;
        continue;
      }
      for (const n of d?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const s: number[] = d?.cpuProfile?.samples ?? [];
      const deltas: number[] = d?.timeDeltas ?? [];
      const lines: number[] = d?.lines ?? [];
      const columns: number[] = d?.columns ?? [];
      for (let i = 0; i < s.length; i++) {
        t += deltas[i] ?? 0;
        samples.push({ ts: t, weight: 0, node: s[i]!, line: lines[i] ?? 0, column: columns[i] ?? 0 });
      }
    }
  }
  samples.sort((a, b) => a.ts - b.ts);
  const gaps = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts).filter((g) => g > 0).sort((a, b) => a - b);
  const typical = gaps[gaps.length >> 1] ?? 200;
  for (let i = 0; i < samples.length; i++) {
    const next = samples[i + 1];
    samples[i]!.weight = next ? Math.min(Math.max(next.ts - samples[i]!.ts, 0), typical * 3) : typical;
  }
  return { nodes, samples };
}

/** For each profile node: does its stack (it or an ancestor) hold a frame of a script matching `isOurs`? */
export function stackMatcher(p: Profile, isOurs: (url: string) => boolean): (node: number) => boolean {
  const memo = new Map<number, boolean>();
  const test = (id: number): boolean => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const n = p.nodes.get(id);
    const r = !!n && (isOurs(n.callFrame.url ?? '') || (n.parent !== undefined && test(n.parent)));
    memo.set(id, r);
    return r;
  };
  return test;
}

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

// ---------------------------------------------------------------------------------------------
// Main-thread tasks and their attribution to a script

export interface Task {
  ts: number;
  dur: number;
  tdur: number;
  /** the script's share of this task, µs (the whole task when no other JavaScript ran in it) */
  ours: number;
  /** forced style and layout inside the task, µs of thread time */
  layout: number;
  /** garbage collection inside the task (the whole isolate's heap: the page's objects and ours), µs of thread time */
  gc: number;
  /** events inside the task */
  children: TraceEvent[];
}

export interface ThreadView {
  pid: number;
  tid: number;
  /** every top-level task of the thread */
  tasks: Task[];
  /** tasks with any of the script's work, in time order */
  ours: Task[];
  profile: Profile;
  isOursNode: (node: number) => boolean;
  /** user-timing marks: name -> trace times (µs) */
  marks: Map<string, number[]>;
  /** performance.now() (ms) to trace time (µs): ts = startTime * 1000 + offset */
  nowOffset?: number;
  /** frames: end of each main-thread Commit (or Paint) event, µs */
  frameEnds: number[];
  /** PrePaint + Paint durations per rendering task: [task start, µs] */
  renderTasks: Array<{ ts: number; dur: number; prePaint: number; paint: number }>;
}

const isX = (e: TraceEvent) => e.ph === 'X' && typeof e.dur === 'number';
const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.fileName ?? '';

/** The renderer main thread where `isOurs` code ran (the first EvaluateScript / FunctionCall / mark that names it). */
export function findThread(events: TraceEvent[], pick: (e: TraceEvent) => boolean): { pid: number; tid: number } | undefined {
  const e = events.find(pick);
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}

export interface ThreadViewOptions {
  /** count scheduler.yield() continuations that hold no other script's samples as ours */
  yieldIsOurs?: boolean;
}

export function threadView(events: TraceEvent[], where: { pid: number; tid: number }, isOurs: (url: string) => boolean, opts: ThreadViewOptions = {}): ThreadView {
  const { pid, tid } = where;
  const own = events.filter((e) => e.pid === pid && e.tid === tid);
  const xs = own.filter(isX).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const profile = profileOf(events, pid, tid);
  const isOursNode = stackMatcher(profile, isOurs);
  const isJsNode = (id: number) => {
    const n = profile.nodes.get(id);
    return !!n && !SPECIAL.has(n.callFrame.functionName) && (n.callFrame.url ?? '') !== '' ;
  };

  // Top-level tasks: RunTask events not inside another RunTask.
  const tasks: Task[] = [];
  let end = -Infinity;
  let current: Task | undefined;
  for (const e of xs) {
    if (e.name === 'RunTask' && e.ts >= end) {
      current = { ts: e.ts, dur: e.dur!, tdur: e.tdur ?? e.dur!, ours: 0, layout: 0, gc: 0, children: [] };
      tasks.push(current);
      end = e.ts + e.dur!;
      continue;
    }
    if (current && e.ts < end) current.children.push(e);
  }

  // Samples per task (both sorted by time).
  const samples = profile.samples;
  let si = 0;
  const ours: Task[] = [];
  for (const t of tasks) {
    while (si < samples.length && samples[si]!.ts < t.ts) si++;
    let oursUs = 0;
    let otherJs = 0;
    for (let k = si; k < samples.length && samples[k]!.ts <= t.ts + t.dur; k++) {
      const s = samples[k]!;
      if (isOursNode(s.node)) oursUs += s.weight;
      else if (isJsNode(s.node)) otherJs += s.weight;
    }
    const calls = t.children.filter((c) => c.name === 'EvaluateScript' || c.name === 'FunctionCall' || c.name === 'v8.compile');
    const named = calls.filter((c) => isOurs(urlOf(c)));
    // the benchmark's own page work runs as named scripts (bench-*.js): a task holding one is shared
    // even when the sampler missed it
    if (calls.some((c) => urlOf(c).includes('bench-') && !isOurs(urlOf(c)))) otherJs = Math.max(otherJs, 1);
    const yieldContinuation = t.children.some((c) => c.name === 'RunYieldContinuation');
    t.layout = t.children.filter((c) => c.name === 'Layout' || c.name === 'UpdateLayoutTree').reduce((a, c) => a + (c.tdur ?? c.dur!), 0);
    t.gc = t.children.filter((c) => c.name === 'MajorGC' || c.name === 'MinorGC').reduce((a, c) => a + (c.tdur ?? 0), 0);
    // A scheduler.yield() continuation with no sample of other scripts is ours when `yieldIsOurs`
    // says so (pages whose own scripts are blocked): under load the sampler misses short tasks.
    const yieldOnly = yieldContinuation && otherJs === 0 && opts.yieldIsOurs === true;
    if (!named.length && oursUs === 0 && !yieldOnly) continue;
    // A frame of the page's rendering in which one of our animation-frame callbacks ran: the frame's
    // style, layout and paint are the page's (they happen with or without us), only our calls are ours.
    const rendering = t.children.some((c) => c.name === 'PrePaint' || c.name === 'Paint' || c.name === 'Commit');
    if ((otherJs === 0 && !rendering) || (yieldContinuation && oursUs > otherJs)) t.ours = t.dur;
    else {
      // shared with other scripts or with the page's rendering: count our named calls (outermost
      // only) or our samples, whichever is more
      let namedUs = 0;
      let namedEnd = -Infinity;
      for (const c of named) {
        if (c.ts >= namedEnd) {
          namedUs += c.dur!;
          namedEnd = c.ts + c.dur!;
        }
      }
      t.ours = Math.max(namedUs, oursUs);
    }
    ours.push(t);
  }

  const marks = new Map<string, number[]>();
  let nowOffset: number | undefined;
  for (const e of own) {
    if (!e.cat.includes('blink.user_timing')) continue;
    const list = marks.get(e.name) ?? [];
    list.push(e.ts);
    marks.set(e.name, list);
    const st = e.args?.data?.startTime;
    if (nowOffset === undefined && typeof st === 'number') nowOffset = e.ts - st * 1000;
  }
  const frameEnds = xs.filter((e) => e.name === 'Commit').map((e) => e.ts + e.dur!);
  const renderTasks = tasks
    .map((t) => ({
      ts: t.ts,
      dur: t.dur,
      prePaint: t.children.filter((c) => c.name === 'PrePaint').reduce((a, c) => a + c.dur!, 0),
      paint: t.children.filter((c) => c.name === 'Paint').reduce((a, c) => Math.max(a, c.dur!), 0),
    }))
    .filter((r) => r.prePaint > 0 || r.paint > 0);
  return { pid, tid, tasks, ours, profile, isOursNode, marks, nowOffset, frameEnds, renderTasks };
}

/** CPU (thread) time of our share of a task, µs. */
export const oursCpu = (t: Task) => (t.ours >= t.dur ? t.tdur : t.dur > 0 ? (t.ours * t.tdur) / t.dur : 0);

/** Our tasks in [from, to) (µs), with totals: wall time (`totalUs`, `longestUs`) and thread time (`cpuUs`, `longestCpuUs`). */
export function oursBetween(v: ThreadView, from: number, to: number, except?: Set<Task>) {
  const list = v.ours.filter((t) => t.ts >= from && t.ts < to && !except?.has(t));
  return {
    tasks: list,
    totalUs: list.reduce((a, t) => a + t.ours, 0),
    cpuUs: list.reduce((a, t) => a + oursCpu(t), 0),
    longestUs: list.reduce((a, t) => Math.max(a, t.ours), 0),
    longestCpuUs: list.reduce((a, t) => Math.max(a, oursCpu(t)), 0),
    layoutUs: list.reduce((a, t) => a + t.layout, 0),
  };
}

/** Thread time of our tasks before trace time `ts` (a task that holds `ts` counts in proportion). */
export function oursCpuBefore(v: ThreadView, from: number, ts: number): number {
  let us = 0;
  for (const t of v.ours) {
    if (t.ts < from || t.ts >= ts) continue;
    us += t.ts + t.dur <= ts ? oursCpu(t) : (oursCpu(t) * (ts - t.ts)) / t.dur;
  }
  return us;
}

/** The task that holds trace time `ts` (a mark made inside it, say). */
export function taskAt(v: ThreadView, ts: number): Task | undefined {
  return v.tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);
}

/** The outermost complete event on the thread that holds `ts` when no RunTask does (a task the trace cut). */
export function eventAt(events: TraceEvent[], where: { pid: number; tid: number }, ts: number, name = 'EvaluateScript'): TraceEvent | undefined {
  return events.find((e) => e.pid === where.pid && e.tid === where.tid && e.name === name && isX(e) && e.ts <= ts && ts <= e.ts + e.dur!);
}

/** First sample time (µs) at or after `from` whose stack holds a frame named `fn` of our script. */
export function firstSampleIn(v: ThreadView, fnNames: string[], from = -Infinity): number | undefined {
  const names = new Set(fnNames);
  const memo = new Map<number, boolean>();
  const has = (id: number): boolean => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const n = v.profile.nodes.get(id);
    const r = !!n && ((names.has(n.callFrame.functionName) && v.isOursNode(id)) || (n.parent !== undefined && has(n.parent)));
    memo.set(id, r);
    return r;
  };
  return v.profile.samples.find((s) => s.ts >= from && has(s.node))?.ts;
}

// ---------------------------------------------------------------------------------------------
// Per-function profile of our script

export interface FunctionCost {
  key: string;
  functionName: string;
  url: string;
  line: number;
  column: number;
  selfUs: number;
  totalUs: number;
}

/**
 * Self and total (inclusive) time per function of our script, from samples in [from, to). Time in
 * the browser's own functions called from ours (DOM calls, regular expressions, GC) is listed under
 * their own names with url "" and counted in their callers' total.
 */
export function functionCosts(v: ThreadView, from = -Infinity, to = Infinity): { costs: FunctionCost[]; oursUs: number; positions: Array<{ url: string; line: number; column: number; us: number }> } {
  const positions: Array<{ url: string; line: number; column: number; us: number }> = [];
  const costs = new Map<string, FunctionCost>();
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName}@${n.callFrame.url ?? ''}:${n.callFrame.lineNumber ?? -1}:${n.callFrame.columnNumber ?? -1}`;
  const get = (n: ProfileNode) => {
    const key = keyOf(n);
    let c = costs.get(key);
    if (!c) {
      c = { key, functionName: n.callFrame.functionName || '(anonymous)', url: n.callFrame.url ?? '', line: n.callFrame.lineNumber ?? -1, column: n.callFrame.columnNumber ?? -1, selfUs: 0, totalUs: 0 };
      costs.set(key, c);
    }
    return c;
  };
  let oursUs = 0;
  for (const s of v.profile.samples) {
    if (s.ts < from || s.ts >= to || !v.isOursNode(s.node)) continue;
    oursUs += s.weight;
    let n = v.profile.nodes.get(s.node);
    if (!n) continue;
    get(n).selfUs += s.weight;
    if (n.callFrame.url && s.line > 0) positions.push({ url: n.callFrame.url, line: s.line, column: s.column, us: s.weight });
    const seen = new Set<string>();
    for (; n; n = n.parent !== undefined ? v.profile.nodes.get(n.parent) : undefined) {
      if (SPECIAL.has(n.callFrame.functionName)) continue;
      const c = get(n);
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      c.totalUs += s.weight;
    }
  }
  return { costs: [...costs.values()], oursUs, positions };
}
