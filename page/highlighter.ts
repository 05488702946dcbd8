import { CATEGORIES, type Category } from './categories.ts';

export interface HighlightStyle {
  style: 'underline' | 'background' | 'none';
  colors: Record<Category, string>;
  /** judged from the page's actual background, not from the reader's system theme */
  darkPage: boolean;
}

/** Paints ranges; `clear` forgets them all, `destroy` also removes every trace from the page. */
export interface Painter {
  readonly kind: 'highlight-api' | 'elements';
  add(category: Category, range: AbstractRange): void;
  remove(category: Category, range: AbstractRange): void;
  clear(): void;
  setStyle(style: HighlightStyle): void;
  /** re-registers our highlights if the page removed them (CSS.highlights.clear()) */
  repair(): void;
  /** styles our highlights inside an open shadow root that holds mentions (its own stylesheets) */
  adoptIn(root: ShadowRoot): void;
  destroy(): void;
}

export const HIGHLIGHT_PREFIX = 'aleppo-context-';

/** Our colours, lightened on dark pages so a dotted underline stays visible without shouting. */
export function cssFor(s: HighlightStyle, selector: (c: Category) => string): string {
  const rules = CATEGORIES.map((c) => {
    const color = s.darkPage ? lighten(s.colors[c], 0.45) : s.colors[c];
    const body =
      s.style === 'none'
        ? 'text-decoration: none;'
        : s.style === 'background'
          ? `background-color: ${withAlpha(color, s.darkPage ? 0.32 : 0.18)}; text-decoration: underline dotted ${color};`
          : `text-decoration: underline dotted ${color}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
    return `${selector(c)} { ${body} }`;
  });
  // Forced colours: the system's colours, a solid underline as the non-colour cue, and an outline for backgrounds.
  const forced = CATEGORIES.map((c) =>
    s.style === 'none' ? '' : `${selector(c)} { text-decoration: underline solid LinkText; background-color: transparent; color: inherit; }`,
  ).join('\n');
  const print = CATEGORIES.map((c) => `${selector(c)} { text-decoration: underline dotted currentColor; background-color: transparent; }`).join('\n');
  return `${rules.join('\n')}\n@media (forced-colors: active) {\n${forced}\n}\n@media print {\n${print}\n}`;
}

function parseHex(hex: string): [number, number, number] {
  const h = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '1d4ed8';
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}
function lighten(hex: string, amount: number): string {
  const [r, g, b] = parseHex(hex).map((x) => Math.round(x + (255 - x) * amount));
  return `rgb(${r}, ${g}, ${b})`;
}
function withAlpha(color: string, a: number): string {
  const [r, g, b] = color.startsWith('#') ? parseHex(color) : (color.match(/\d+/g) ?? []).map(Number);
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}

/** The CSS Custom Highlight API: one Highlight per category, styled by an adopted stylesheet. */
export function createHighlightPainter(doc: Document, style: HighlightStyle): Painter {
  const win = doc.defaultView!;
  const registry = win.CSS.highlights;
  const HighlightCtor = win.Highlight;
  const highlights = new Map<Category, Highlight>();
  for (const c of CATEGORIES) {
    const h = new HighlightCtor();
    h.priority = 1; // above the page's own highlights of priority 0
    highlights.set(c, h);
  }
  const sheet = new win.CSSStyleSheet();
  const register = () => {
    for (const [c, h] of highlights) if (registry.get(HIGHLIGHT_PREFIX + c) !== h) registry.set(HIGHLIGHT_PREFIX + c, h);
  };
  const adopt = (root: Document | ShadowRoot) => {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  const roots = new Set<Document | ShadowRoot>([doc]);
  register();
  adopt(doc);
  const painter: Painter = {
    kind: 'highlight-api',
    add(c, r) {
      highlights.get(c)!.add(r);
    },
    remove(c, r) {
      highlights.get(c)!.delete(r);
    },
    clear() {
      for (const h of highlights.values()) h.clear();
    },
    setStyle(s) {
      sheet.replaceSync(cssFor(s, (c) => `::highlight(${HIGHLIGHT_PREFIX}${c})`));
    },
    repair() {
      register();
      for (const r of roots) adopt(r);
    },
    adoptIn(root) {
      roots.add(root);
      adopt(root);
    },
    destroy() {
      for (const [c, h] of highlights) {
        h.clear();
        if (registry.get(HIGHLIGHT_PREFIX + c) === h) registry.delete(HIGHLIGHT_PREFIX + c);
      }
      for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
      roots.clear();
    },
  };
  painter.setStyle(style);
  return painter;
}

export const MARK_TAG = 'aleppo-context-mark';

/**
 * Fallback where the Highlight API is missing: wraps each range in a custom element. Text nodes
 * split to wrap are joined again on teardown, so the page's DOM returns exactly to how it was.
 */
export function createElementPainter(doc: Document, style: HighlightStyle): Painter {
  const marks = new Map<AbstractRange, HTMLElement[]>();
  const styleOf = (c: Category, s: HighlightStyle) => {
    const rule = cssFor(s, (x) => `.${x}`).split('\n').find((line) => line.startsWith(`.${c} {`));
    return rule ? rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}')).trim() : '';
  };
  let current = style;

  const wrap = (c: Category, r: AbstractRange) => {
    // Our ranges start and end in text nodes; collect those from start to end in document order.
    const start = r.startContainer as Text;
    const end = r.endContainer as Text;
    const nodes: Text[] = [start];
    if (start !== end) {
      const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
      walker.currentNode = start;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        if (n === end) break;
      }
    }
    const out: HTMLElement[] = [];
    // Wrap from the last piece back, so the offsets of earlier pieces stay valid.
    for (let i = nodes.length - 1; i >= 0; i--) {
      let target = nodes[i]!;
      const s = i === 0 ? r.startOffset : 0;
      const e = target === end ? r.endOffset : target.data.length;
      if (e <= s) continue;
      if (e < target.data.length) target.splitText(e);
      if (s > 0) target = target.splitText(s);
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('style', styleOf(c, current));
      mark.dataset.category = c;
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      out.push(mark);
    }
    marks.set(r, out);
  };

  const unwrap = (els: HTMLElement[]) => {
    for (const mark of els) {
      const parent = mark.parentNode;
      if (!parent) continue;
      const text = mark.firstChild as Text | null;
      mark.replaceWith(...Array.from(mark.childNodes));
      // rejoin the pieces we split off
      if (text?.nodeType === 3) {
        const prev = text.previousSibling;
        if (prev?.nodeType === 3) {
          (prev as Text).appendData(text.data);
          text.remove();
          const next = prev.nextSibling;
          if (next?.nodeType === 3) {
            (prev as Text).appendData((next as Text).data);
            next.remove();
          }
        } else {
          const next = text.nextSibling;
          if (next?.nodeType === 3) {
            text.appendData((next as Text).data);
            next.remove();
          }
        }
      }
    }
  };

  return {
    kind: 'elements',
    add: wrap,
    remove(_c, r) {
      const els = marks.get(r);
      if (els) unwrap(els);
      marks.delete(r);
    },
    clear() {
      for (const els of marks.values()) unwrap(els);
      marks.clear();
    },
    setStyle(s) {
      current = s;
      for (const els of marks.values()) for (const m of els) m.setAttribute('style', styleOf(m.dataset.category as Category, s));
    },
    repair() {},
    adoptIn() {},
    destroy() {
      this.clear();
    },
  };
}

/**
 * The painter for a page: the Highlight API where the browser has it (created on the first range
 * painted: most pages mention nothing, and then get no stylesheet, no highlight and no timer from
 * us), else marks. A page script that clears the highlight registry (CSS.highlights.clear()) gets
 * ours back within two seconds; that check runs only once something is painted, until `signal`.
 * `onFirstPaint` is called when the first range is painted.
 */
export function createPainter(doc: Document, style: HighlightStyle, signal?: AbortSignal, onFirstPaint?: () => void): Painter {
  const win = doc.defaultView;
  const supported = !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights && 'adoptedStyleSheets' in doc;
  if (!supported) {
    const marks = createElementPainter(doc, style);
    const add = marks.add.bind(marks);
    let first = true;
    marks.add = (c, r) => {
      if (first) onFirstPaint?.();
      first = false;
      add(c, r);
    };
    return marks;
  }
  let current = style;
  let inner: Painter | undefined;
  let timer: number | undefined;
  const stopRepairs = () => {
    if (timer !== undefined) win.clearInterval(timer);
    timer = undefined;
  };
  signal?.addEventListener('abort', stopRepairs, { once: true });
  const made = (): Painter => {
    if (inner) return inner;
    inner = createHighlightPainter(doc, current);
    if (!signal?.aborted) timer = win.setInterval(() => inner?.repair(), REPAIR_EVERY_MS);
    onFirstPaint?.();
    return inner;
  };
  return {
    kind: 'highlight-api',
    add: (c, r) => made().add(c, r),
    remove: (c, r) => inner?.remove(c, r),
    clear: () => inner?.clear(),
    setStyle(s) {
      current = s;
      inner?.setStyle(s);
    },
    repair: () => inner?.repair(),
    adoptIn: (root) => made().adoptIn(root),
    destroy() {
      stopRepairs();
      inner?.destroy();
      inner = undefined;
    },
  };
}

const REPAIR_EVERY_MS = 2000;
