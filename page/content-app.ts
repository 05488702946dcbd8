import type { ReaderFactory } from '@/core/detect/page-reader.ts';
import type { EntitySummary, FigureSummary, PageState } from '@/core/protocol.ts';
import type { Category } from './categories.ts';
import { createPainter, HIGHLIGHT_PREFIX, MARK_TAG, type HighlightStyle, type Painter } from './highlighter.ts';
import { mentionAt, liveRange } from './hit-test.ts';
import { isDarkPage, isNewsPage, siteOfLocation } from './page-facts.ts';
import type { PageMention } from './page-mention.ts';
import { PageScan } from './page-scan.ts';
import { watchPage } from './watch.ts';
import { afterNextFrame, readAfterStyle, yieldToPage } from './yield.ts';

/** The settings the page needs; the settings store's type has these fields and more. */
export interface PageSettings {
  enabled: boolean;
  siteMode: 'all' | 'news' | 'listed';
  allowList: readonly string[];
  blockList: readonly string[];
  categories: Record<Category, boolean>;
  mutedEntities: readonly string[];
  density: 'first-per-paragraph' | 'every';
  highlightStyle: 'underline' | 'background' | 'none';
  colors: Record<Category, string>;
  hoverDelayMs: number;
  figureComparison: boolean;
}

export type Status = PageState['status'];

/** Where the card lives; the app tells it what to show and where, it owns the DOM. */
export interface CardPort {
  /** starts following the pointer (once the page has something painted to hover) */
  activate(): void;
  open(m: PageMention, anchor: Range, via: 'hover' | 'keyboard'): void;
  close(): void;
  isOpen(): boolean;
  /** true for the card's own host element */
  owns(node: Node): boolean;
  destroy(): void;
}

export interface HoverPort {
  /** feeds pointer positions; returns a function that stops listening */
  start(onTarget: (m: PageMention | undefined) => void): void;
}

export interface ContentAppOptions {
  doc: Document;
  signal: AbortSignal;
  /** scans the page's text (the content script has the background do it) */
  reader: () => ReaderFactory;
  settings: PageSettings;
  statusFor: (s: PageSettings, facts: { site: string; isNewsPage: boolean }) => Status;
  card?: CardPort;
  /** the page's mentions changed: report the new count (badge) */
  onReport?: (count: number, status: Status) => void;
  entityName: (id: string) => string;
}

/**
 * Everything the content script does on one document: decides whether to run, scans and paints,
 * follows changes, answers the popup. Every listener, observer and timer hangs off `signal`.
 */
export class ContentApp {
  private readonly o: ContentAppOptions;
  private settings: PageSettings;
  private status: Status = 'paused';
  private painter?: Painter;
  private scan?: PageScan;
  private run?: AbortController;
  private starting?: Promise<void>;
  private readonly facts: { site: string; isNewsPage: boolean };
  private cursor = -1;
  private darkPage?: boolean;

  constructor(o: ContentAppOptions) {
    this.o = o;
    this.settings = o.settings;
    // Whether the page is a news article is asked only under "news sites only": finding out can
    // mean querying the whole DOM three times (no <article>, no og:type, no JSON-LD on most pages).
    let news: boolean | undefined;
    this.facts = {
      site: siteOfLocation(o.doc.location),
      get isNewsPage() {
        return (news ??= isNewsPage(o.doc));
      },
    };
    o.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Starts, or stops, according to the settings. */
  async apply(settings: PageSettings = this.settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    this.status = this.o.statusFor(settings, this.facts);
    if (this.status !== 'active') {
      this.stop();
      this.report();
      return;
    }
    if (!this.scan) {
      // One start at a time: settings that change while it waits for the first frame are read after
      // it. A start cancelled meanwhile (paused, then resumed) is followed by a fresh one.
      while (!this.scan && this.status === 'active' && !this.o.signal.aborted) {
        this.starting ??= this.start().finally(() => (this.starting = undefined));
        await this.starting;
      }
      return;
    }
    if (styleChanged(before, settings)) this.painter!.setStyle(this.style());
    this.scan.updateSettings(settings);
  }

  private style(): HighlightStyle {
    return { style: this.settings.highlightStyle, colors: this.settings.colors, darkPage: this.darkPage === true };
  }

  private async start() {
    const { doc } = this.o;
    this.run = new AbortController();
    const signal = AbortSignal.any([this.o.signal, this.run.signal]);
    // Nothing of the page is read before its next frame, so the page paints before we do any work.
    // The background colour is read inside that frame, right after its style and layout pass (read
    // later, a page still settling can make it force a full style recalculation), then we leave it.
    const win = doc.defaultView!;
    if (this.darkPage === undefined) {
      this.darkPage = await readAfterStyle(win, () => isDarkPage(doc));
      await yieldToPage(win);
    } else await afterNextFrame(win);
    if (signal.aborted || this.status !== 'active') return;
    const painter = (this.painter = createPainter(doc, this.style(), signal, () => this.o.card?.activate()));
    // our marks exist only with the fallback painter: with the Highlight API, a mutation's ancestors
    // need no walk (a page may make thousands of changes a second)
    const marks = painter.kind === 'elements';
    const isOwn = (n: Node): boolean => {
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (!el) return false;
      if (marks && (el.localName === MARK_TAG || el.closest?.(MARK_TAG))) return true;
      return this.o.card?.owns(el) === true;
    };
    const scan = (this.scan = new PageScan({
      doc,
      reader: this.o.reader(),
      painter,
      settings: this.settings,
      signal,
      skip: (el) => this.o.card?.owns(el) === true,
      onChange: () => {
        if (painter.kind === 'elements') watcher.takeRecords();
        this.report();
      },
    }));
    const watcher = watchPage({
      doc,
      signal,
      isOwn,
      onBlocks: (els, removed) => void scan.rescan(els, removed),
      onFullRescan: () => {
        this.o.card?.close();
        void scan.scanAll();
      },
    });
    // Setting up and the first slice of reading, which runs cold code, would together make one
    // long task: the page gets a turn in between.
    await yieldToPage(win);
    if (signal.aborted) return;
    await scan.scanAll();
  }

  stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.darkPage = undefined; // judged again at the next start
    this.o.card?.close();
    this.painter?.destroy();
    this.painter = undefined;
    this.scan = undefined;
  }


  private reporting = false;
  private reportAgain = false;

  /**
   * Tells the badge what counts, once the scan's burst is over: a quarter second later (the page's style
   * is computed by then, so judging visibility forces nothing) and in slices. Reports asked for
   * meanwhile fold into one more round. A timer, not requestAnimationFrame: a frame callback would
   * run inside the page's rendering task.
   */
  private report() {
    if (this.reporting) {
      this.reportAgain = true;
      return;
    }
    this.reporting = true;
    const win = this.o.doc.defaultView!;
    void (async () => {
      try {
        do {
          this.reportAgain = false;
          await new Promise((resolve) => win.setTimeout(resolve, REPORT_AFTER_MS));
          if (this.o.signal.aborted) return;
          const n = this.scan ? await this.scan.countSliced() : 0;
          if (this.o.signal.aborted) return;
          if (!this.reportAgain) this.o.onReport?.(n, this.status);
        } while (this.reportAgain);
      } finally {
        this.reporting = false;
      }
    })();
  }

  state(): PageState {
    const counted = this.scan?.mentions() ?? [];
    const entities = new Map<string, EntitySummary>();
    const figures: FigureSummary[] = [];
    for (const { mention: m } of counted) {
      if (m.type === 'figure') {
        figures.push({ id: m.id, surface: m.surface, value: m.value, comparison: m.comparison });
        continue;
      }
      const e = entities.get(m.id);
      if (e) e.count++;
      else entities.set(m.id, { id: m.id, name: this.o.entityName(m.id), kind: m.kind, count: 1, firstSurface: m.surface });
    }
    return {
      status: this.status,
      site: this.facts.site,
      onTopic: this.scan?.onTopic ?? false,
      total: counted.length,
      entities: [...entities.values()],
      figures,
    };
  }

  /** Scrolls to the first painted mention of an entity or figure and opens its card. */
  reveal(id: string): boolean {
    const list = this.scan?.mentions().filter((m) => m.painted) ?? [];
    const i = list.findIndex((m) => m.mention.id === id);
    if (i < 0) return false;
    this.cursor = i;
    this.focus(list[i]!);
    return true;
  }

  /** The keyboard command: the next painted mention after the last one visited. */
  next(backwards = false): boolean {
    const list = this.scan?.mentions().filter((m) => m.painted) ?? [];
    if (!list.length) return false;
    this.cursor = backwards ? (this.cursor <= 0 ? list.length - 1 : this.cursor - 1) : (this.cursor + 1) % list.length;
    this.focus(list[this.cursor]!);
    return true;
  }

  private focus(m: PageMention) {
    const range = liveRange(this.o.doc, m);
    const el = m.block.element as HTMLElement;
    const reduce = this.o.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.o.card?.open(m, range, 'keyboard');
  }

  /** The painted mention at a point, for the hover logic. */
  mentionAt(x: number, y: number): PageMention | undefined {
    // nothing painted, nothing to find: no hit test (it can make the page lay itself out)
    return this.scan?.anyPainted ? mentionAt(this.o.doc, this.scan.byNode, x, y) : undefined;
  }

  liveRange(m: PageMention): Range {
    return liveRange(this.o.doc, m);
  }
}

/**
 * Long enough for the page to have drawn what changed (its style is then computed, so judging
 * visibility forces nothing), and the badge's rate limit: one report a quarter second at most.
 */
const REPORT_AFTER_MS = 250;

function styleChanged(a: PageSettings, b: PageSettings): boolean {
  return a.highlightStyle !== b.highlightStyle || JSON.stringify(a.colors) !== JSON.stringify(b.colors);
}

export { HIGHLIGHT_PREFIX };
