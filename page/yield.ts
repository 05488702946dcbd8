type Scheduler = { postTask?: (cb: () => void, o: { priority: 'background' | 'user-visible' }) => Promise<void> };

/**
 * Gives the page a turn: a background-priority task where the Prioritized Task Scheduling API
 * exists (the page's own tasks, timers and input go first), else a zero-delay timer. Not
 * scheduler.yield(): its continuation runs ahead of everything the page has queued.
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Resolves after the page's next frame (its first paint at load). A hidden tab draws no frames:
 * there it resolves at once; `maxMs` only guards against a frame that never comes.
 */
export function afterNextFrame(win: Window, maxMs = 2000): Promise<void> {
  if (win.document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(done, maxMs);
    win.requestAnimationFrame(() => win.setTimeout(done, 0));
  });
}

/** Work in slices: `due()` says when the current slice has run long enough to yield. */
export function sliceClock(win: Window, budgetMs = 8) {
  let start = win.performance.now();
  return {
    due: () => win.performance.now() - start > budgetMs,
    async yield() {
      await yieldToPage(win);
      start = win.performance.now();
    },
    /** a new slice: the caller was away (awaiting a reply runs the rest in a task of its own) */
    restart() {
      start = win.performance.now();
    },
  };
}

/**
 * `read()`'s result, computed where the page's style and layout are fresh: in a ResizeObserver's
 * first callback, which a frame delivers right after its own style and layout pass. Reading
 * computed style anywhere else can force a full style recalculation of a page that is still
 * settling (seen: 180 ms on a large page). A hidden tab draws no frames: there `read` runs at once.
 */
export function readAfterStyle<T>(win: Window, read: () => T, maxMs = 2000): Promise<T> {
  const doc = win.document;
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (doc.visibilityState === 'hidden' || !RO) return Promise.resolve(read());
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      ro.disconnect();
      win.clearTimeout(timer);
      resolve(read());
    };
    const ro = new RO(finish);
    const timer = win.setTimeout(finish, maxMs);
    ro.observe(doc.documentElement);
  });
}
