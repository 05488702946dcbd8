/**
 * Reads a page's text as blocks: runs of text nodes not separated by a block-level element, so
 * `Bashar <a>al-Assad</a>` is one string while two paragraphs are two. Tags decide what is inline
 * (computed styles would cost a style lookup per element). Works on any DOM, including happy-dom in
 * Node for the scan command: only nodeType numbers and tag names are used, no globals.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in `text` */
  starts: number[];
  /** nearest block-level ancestor of the first node: the paragraph for density and visibility */
  element: Element;
  /** the open shadow root the text is in, if any (its stylesheets must carry our highlight styles) */
  shadowRoot?: ShadowRoot;
  /**
   * Where a <br> stands in `text`, in order: a LINE_BREAK that no text node holds, right after the
   * node before it (so a node's characters end where the next node starts, less these).
   */
  breaks?: number[];
}

/**
 * A <br> inside a block: a line break, as the page shows it, not the end of the block ("Bachar<br>
 * Al-Assad" is one name, "34,000 people had been<br>evacuated" one sentence). U+2028 (LINE
 * SEPARATOR), because a line break of the source is only white space; the detector reads it as a
 * line end (core/detect/page-reader.ts, asShown).
 */
export const LINE_BREAK = '\u2028';

/** Characters of `text` that node i of a block holds (where the next node starts, less the <br>s before it). */
export function nodeLength(b: TextBlock, i: number): number {
  const from = b.starts[i]!;
  const to = i + 1 < b.starts.length ? b.starts[i + 1]! : b.text.length;
  const breaks = b.breaks;
  if (!breaks) return to - from;
  // by binary search: a block of a thousand lines (a poem, a log, a forum post) is read node by node
  return to - from - (breaksBefore(breaks, to) - breaksBefore(breaks, from));
}

/** How many of the (ordered) break positions are before `pos`. */
function breaksBefore(breaks: readonly number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// localName (lower case, no string made) rather than tagName: this runs for every element of a page
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 'ruby', 'rb', 'rp', 'rt', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt',
  'u', 'var', 'wbr', 'nobr', 'big', 'acronym', 'output', 'meter', 'progress',
]);

/**
 * Custom elements (a hyphen in the name: gu-island, x-link) are inline unless styled otherwise, and
 * sites wrap names in them: `<x-link>Bashar</x-link> <x-link>al-Assad</x-link>` is one name.
 */
const isInlineName = (name: string): boolean => INLINE.has(name) || name.includes('-');

/** An element that continues the text around it (a link, an emphasis) rather than starting a block. */
export const isInlineElement = (n: Node): boolean => n.nodeType === 1 && isInlineName((n as Element).localName);

/** Never read: code, styles, templates, form fields, embedded documents and media. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'button',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title', 'meta', 'link',
]);

/**
 * Blocks longer than this are cut at a sentence end so no single scan step grows without bound: a
 * first scan runs cold (interpreted) code, and 16 kB of it takes a few milliseconds there.
 */
const MAX_BLOCK = 16 * 1024;
/** Characters of text nodes joined before a block is handed over anyway (a cut between two nodes may split a name). */
const NODE_RUN_MAX = 64 * 1024;

export interface ReadOptions {
  /** an element to leave out with everything in it (our own card host) */
  skip?: (el: Element) => boolean;
  /** also read open shadow roots (the content script does; static HTML has none) */
  shadowRoots?: boolean;
  /**
   * How many times the reader has let the page run so far. The walk checks that it still stands in
   * the page after a pause only when this has moved (without it: after every block it hands over).
   */
  pauses?: () => number;
}

/**
 * Every element the attribute checks below could exclude has one of these. Most elements of a page
 * have attributes (a class), and one `matches` costs a content script, running cold, far less than
 * the four attribute reads it saves (measured: 10,520 of Reddit's 11,529 elements have attributes,
 * 661 match this).
 */
const MAY_EXCLUDE = '[hidden],[aria-hidden],[contenteditable],[style]';

/** Editors and explicitly hidden subtrees, whose text we never touch (SKIP covers the tags). */
function excludedByAttributes(el: Element): boolean {
  if (!el.hasAttributes() || !el.matches(MAY_EXCLUDE)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function readBlocks(root: Node, opts: ReadOptions = {}): TextBlock[] {
  return [...iterateBlocks(root, opts)].filter((b) => b !== null);
}

/** Nodes visited between two chances for the reader to yield, even inside one long block. */
const NODES_PER_STEP = 1024;

/**
 * The blocks under `root`, in document order, produced lazily: the content script reads a slice,
 * yields to the page, and resumes where it stopped. Every NODES_PER_STEP nodes it also produces
 * `null`, so a paragraph of 200,000 text nodes can be read across several slices.
 */
export function* iterateBlocks(root: Node, opts: ReadOptions = {}): Generator<TextBlock | null, void, undefined> {
  let visited = 0;
  let parts: string[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let breaks: number[] = [];
  let len = 0;
  let element: Element | null = null;
  const pending: TextBlock[] = [];
  const discard = () => {
    parts = [];
    nodes = [];
    starts = [];
    breaks = [];
    len = 0;
    element = null;
  };
  const flush = () => {
    if (nodes.length) pushBlock(pending, parts.join(''), nodes, starts, element!, shadow, breaks);
    discard();
  };
  const isInline = isInlineElement;
  const blockOf = (n: Node): Element => {
    let p = n.parentNode;
    while (p && isInline(p)) p = p.parentNode;
    return (p && p.nodeType === 1 ? p : (n.ownerDocument?.documentElement ?? n.parentNode)) as Element;
  };
  // A stack of roots: the document, then open shadow roots met on the way.
  const stack: Node[] = [root];
  let shadow: ShadowRoot | undefined;
  while (stack.length) {
    const start = stack.pop()!;
    // one walk up per root read, not one per block (a page may be thousands of levels deep)
    const top = start.nodeType === 11 ? start : start.getRootNode?.();
    shadow = top && top.nodeType === 11 ? (top as ShadowRoot) : undefined;
    // The walk reads each DOM property once per node (every read is a call into the browser, and
    // this code runs cold on every page): what kind of node, its name, its first child, and on the
    // way out its next sibling. The elements entered on the way down, and whether each is a block,
    // are kept on a stack, so climbing out reads nothing again.
    const path: Node[] = [];
    const entered: boolean[] = [];
    let pauses = opts.pauses?.() ?? 0;
    let node: Node | null = start.firstChild;
    while (node) {
      const type = node.nodeType;
      let descend = false;
      let isBlock = false;
      if (type === 3) {
        const data = (node as Text).data;
        // white space opens no block, but inside one it separates words: <b>Bashar</b> <i>al-Assad</i>
        if (data.length && (nodes.length !== 0 || /\S/.test(data))) {
          element ??= blockOf(node);
          starts.push(len);
          parts.push(data);
          nodes.push(node as Text);
          len += data.length;
          // a paragraph of thousands of text nodes is handed over in pieces, so the reader can yield
          // (rarely: pushBlock then cuts each piece at sentence ends), between words, never between
          // two inline elements that may hold one name (<b>Bashar</b><i>al-Assad</i>), unless a
          // run of them never pauses
          if (len > NODE_RUN_MAX && (len > 2 * NODE_RUN_MAX || /[\s.!?]$/.test(data))) flush();
        }
      } else if (type === 1) {
        const el = node as Element;
        const name = el.localName;
        if (name === 'br') {
          // a line break inside the block (none before its first text: white space opens no block)
          if (nodes.length) {
            breaks.push(len);
            parts.push(LINE_BREAK);
            len += 1;
            if (len > NODE_RUN_MAX) flush();
          }
        } else {
          // leaving a block element, read or not (a <script>, a <button>), ends the block
          isBlock = !isInlineName(name);
        }
        if (name !== 'br' && !SKIP.has(name) && !excludedByAttributes(el) && !opts.skip?.(el)) {
          if (isBlock) flush();
          if (opts.shadowRoots) {
            const sr = el.shadowRoot;
            if (sr) stack.push(sr);
          }
          descend = true;
        }
      }
      let paused = false;
      if (pending.length) {
        yield* pending.splice(0);
        paused = true;
      } else if (++visited >= NODES_PER_STEP) {
        visited = 0;
        yield null;
        paused = true;
      }
      if (paused && (opts.pauses === undefined || opts.pauses() !== pauses)) {
        pauses = opts.pauses?.() ?? 0;
        if (!node.isConnected && start.isConnected) {
          // The page removed what was being read while the reader let it run: go on after the
          // nearest ancestor still in it (the watcher reads that ancestor's paragraph again), or stop.
          discard(); // text of nodes no longer in the page
          while (path.length && !path[path.length - 1]!.isConnected) {
            path.pop();
            entered.pop();
          }
          if (!path.length) break;
          descend = false;
          node = path.pop()!;
          isBlock = entered.pop()!;
        }
      }
      // read after the pause: the page may have changed the element's children meanwhile
      const child = descend ? node.firstChild : null;
      if (child !== null) {
        path.push(node);
        entered.push(isBlock);
        node = child;
        continue;
      }
      // next node in document order, closing blocks as we climb out of block elements
      for (;;) {
        if (isBlock) flush();
        const next: Node | null = node.nextSibling;
        if (next !== null) {
          node = next;
          break;
        }
        if (path.length === 0) {
          node = null; // back at the root
          break;
        }
        node = path.pop()!;
        isBlock = entered.pop()!;
      }
    }
    flush();
    if (pending.length) yield* pending.splice(0);
  }
}

function pushBlock(blocks: TextBlock[], text: string, nodes: Text[], starts: number[], element: Element, shadowRoot: ShadowRoot | undefined, breaks: number[]): void {
  if (text.length <= MAX_BLOCK) {
    const b: TextBlock = shadowRoot ? { text, nodes, starts, element, shadowRoot } : { text, nodes, starts, element };
    if (breaks.length) b.breaks = breaks;
    blocks.push(b);
    return;
  }
  // Cut at a sentence end or line break after each MAX_BLOCK characters; nodes are shared as needed.
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_BLOCK);
    if (to < text.length) {
      const window = text.slice(to, to + 4096);
      // a <br> (U+2028) is a line's end too: a forum post of thousands of lines has no full stops
      // (failing both, between two words: never inside one, which may be half a name)
      const m = /[.!?]\s|[\n\u2028]/.exec(window) ?? /\s/.exec(window);
      to = m ? to + m.index + 1 : to;
    }
    const first = nodeIndexAt(starts, from);
    const last = nodeIndexAt(starts, Math.max(from, to - 1));
    const inside = breaks.slice(breaksBefore(breaks, from), breaksBefore(breaks, to)).map((at) => at - from);
    blocks.push({
      text: text.slice(from, to),
      nodes: nodes.slice(first, last + 1),
      starts: starts.slice(first, last + 1).map((s) => s - from),
      element,
      ...(shadowRoot ? { shadowRoot } : {}),
      ...(inside.length ? { breaks: inside } : {}),
    });
    from = to;
  }
}

/** Index of the node holding offset `pos` of a block (the last node starting at or before it). */
export function nodeIndexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where block offsets [start, end) lie in the DOM: start and end nodes with offsets inside them. */
export function locate(block: TextBlock, start: number, end: number) {
  const a = nodeIndexAt(block.starts, start);
  const b = nodeIndexAt(block.starts, Math.max(start, end - 1));
  return {
    startNode: block.nodes[a]!,
    startOffset: start - block.starts[a]!,
    endNode: block.nodes[b]!,
    endOffset: end - block.starts[b]!,
  };
}
