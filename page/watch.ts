import { isInlineElement } from './text-blocks.ts';

/**
 * Watches a document for changes and reports the blocks to rescan, in batches. A burst of
 * mutations degrades to one full rescan; a single-page-app navigation triggers one too.
 */
export interface WatchOptions {
  doc: Document;
  signal: AbortSignal;
  /** our own UI and marks: changes there are ours, not the page's */
  isOwn: (node: Node) => boolean;
  /** `removed`: some nodes left the page in this batch (their paragraphs must be forgotten) */
  onBlocks: (elements: Set<Element>, removed: boolean) => void;
  onFullRescan: (reason: 'burst' | 'navigation') => void;
  /** quiet time after the last mutation before a batch is handled */
  debounceMs?: number;
  /** a batch is handled at the latest this long after its first mutation */
  maxWaitMs?: number;
  /** more changed blocks than this in one batch: rescan everything once instead */
  burstBlocks?: number;
}

function blockOf(node: Node): Element | null {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && isInlineElement(n)) n = n.parentNode;
  if (n && n.nodeType === 11) n = (n as ShadowRoot).host ?? null;
  return n && n.nodeType === 1 ? (n as Element) : null;
}

export function watchPage(o: WatchOptions): { takeRecords(): void } {
  const { doc, signal } = o;
  const win = doc.defaultView!;
  const debounce = o.debounceMs ?? 150;
  const maxWait = o.maxWaitMs ?? 1000;
  // past this many changed paragraphs in one batch, reading the whole page again is cheaper
  const burst = o.burstBlocks ?? 1500;
  let pending = new Set<Element>();
  let overflow = false;
  let removed = false;
  let timer: number | undefined;
  let first = 0;

  const flush = () => {
    timer = undefined;
    first = 0;
    if (signal.aborted) return;
    if (overflow) {
      overflow = false;
      pending = new Set();
      removed = false;
      o.onFullRescan('burst');
      return;
    }
    // keep only the outermost elements: rescanning a parent covers its children (found by walking
    // up from each, not by comparing every pair: a batch may hold a thousand paragraphs; and an
    // ancestor once found to have none of the batch above it ends the next walk that meets it)
    const batch = pending;
    const anyRemoved = removed;
    pending = new Set();
    removed = false;
    const outer = new Set<Element>();
    const clear = new Set<Node>();
    for (const el of batch) {
      const climbed: Node[] = [];
      let p = el.parentNode;
      while (p && !batch.has(p as Element) && !clear.has(p)) {
        climbed.push(p);
        p = p.parentNode;
      }
      if (p && !clear.has(p)) continue; // inside another changed element
      outer.add(el);
      for (const a of climbed) clear.add(a);
    }
    if (outer.size) o.onBlocks(outer, anyRemoved);
  };

  // One timer per batch, not one per mutation callback (a storm calls back a hundred times a
  // second): when it fires early, it waits out the rest of the quiet time, or of the longest wait.
  let last = 0;
  const fire = () => {
    timer = undefined;
    const now = win.performance.now();
    const wait = Math.min(debounce - (now - last), maxWait - (now - first));
    if (wait > 0) timer = win.setTimeout(fire, wait);
    else flush();
  };
  const schedule = () => {
    last = win.performance.now();
    if (!first) first = last;
    timer ??= win.setTimeout(fire, debounce);
  };

  const note = (node: Node) => {
    if (overflow || o.isOwn(node)) return;
    const block = blockOf(node);
    if (!block || o.isOwn(block)) return;
    pending.add(block);
    if (pending.size > burst) overflow = true;
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') note(r.target);
      else {
        if (o.isOwn(r.target)) continue;
        if (r.removedNodes.length) removed = true;
        let added = false;
        r.addedNodes.forEach((n) => {
          if (!o.isOwn(n)) {
            note(n.nodeType === 1 ? n : r.target);
            added = true;
          }
        });
        if (!added && r.removedNodes.length) note(r.target);
      }
      if (overflow) break;
    }
    schedule();
  });
  // the document itself, not its root element: document.open() replaces the root (about:blank frames)
  observer.observe(doc, { childList: true, subtree: true, characterData: true });

  // Single-page apps change the URL without a load: the History API in the page's world, which an
  // isolated content script cannot patch, so compare the URL on the navigation signals we can see.
  let url = doc.location.href;
  const checkUrl = () => {
    if (doc.location.href === url) return;
    url = doc.location.href;
    pending = new Set();
    removed = false;
    o.onFullRescan('navigation');
  };
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', checkUrl, { signal });
  win.addEventListener('popstate', checkUrl, { signal });
  win.addEventListener('hashchange', checkUrl, { signal });
  // Navigation API is missing in some browsers: a cheap poll catches pushState there.
  const poll = nav ? undefined : win.setInterval(checkUrl, 1000);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    if (poll !== undefined) win.clearInterval(poll);
  }, { once: true });

  return {
    /** drops records our own DOM writes produced (the fallback painter's marks) */
    takeRecords: () => void observer.takeRecords(),
  };
}
