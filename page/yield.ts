/** Gives the page's own tasks a turn: scheduler.yield() where it exists, else a macrotask. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
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
  };
}
