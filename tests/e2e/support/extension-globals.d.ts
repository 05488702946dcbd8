// Code passed to `worker.evaluate()` / `page.evaluate()` runs inside the extension, where the
// `chrome` global exists; this declares it for the type check only.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
