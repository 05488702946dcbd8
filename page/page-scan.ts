import type { Detector, Mention, PageScanner } from '@/core/detect/types.ts';
import { categoryOf, type Category } from './categories.ts';
import type { Painter } from './highlighter.ts';
import { iterateBlocks, locate, type TextBlock } from './text-blocks.ts';
import { sliceClock } from './yield.ts';

/** What the page scan needs to know of the reader's settings. */
export interface ScanSettings {
  categories: Record<Category, boolean>;
  mutedEntities: readonly string[];
  density: 'first-per-paragraph' | 'every';
}

/** One mention found on the page, with where it is and whether it is painted. */
export interface PageMention {
  mention: Mention;
  block: TextBlock;
  category: Category;
  range: AbstractRange;
  /** highlighted now (after relevance, settings and density) */
  painted: boolean;
}

export interface PageScanOptions {
  doc: Document;
  detector: Detector;
  painter: Painter;
  settings: ScanSettings;
  signal: AbortSignal;
  /** our own UI, never read */
  skip?: (el: Element) => boolean;
  onChange?: () => void;
}

/**
 * Finds and paints the mentions of a document. Reading is sliced so no task runs long; rescans of
 * changed parts replace only the mentions of the blocks inside them.
 */
export class PageScan {
  private page: PageScanner;
  private settings: ScanSettings;
  /** by block element: a rescan of an element replaces the entries of the blocks inside it */
  private readonly byElement = new Map<Element, PageMention[]>();
  /** by text node, for hit-testing (a mention spanning nodes is listed under each) */
  readonly byNode = new Map<Text, PageMention[]>();
  private readonly o: PageScanOptions;
  private running: Promise<void> = Promise.resolve();

  constructor(o: PageScanOptions) {
    this.o = o;
    this.page = o.detector.newPage();
    this.settings = o.settings;
  }

  get onTopic() {
    return this.page.onTopic;
  }

  /** Every mention, in document order. */
  mentions(): PageMention[] {
    const all = [...this.byElement.values()].flat();
    return all.sort((a, b) => compareRanges(a.range, b.range));
  }

  /** Mentions that count: shown by relevance, not switched off, not muted (every occurrence, whatever the density). */
  counted(): PageMention[] {
    return this.mentions().filter((m) => this.visible(m));
  }

  /** Reads the whole document (or `root`) again, from a fresh page context. */
  scanAll(root: Node = this.o.doc.body ?? this.o.doc.documentElement): Promise<void> {
    return this.enqueue(async () => {
      this.clear();
      this.page = this.o.detector.newPage();
      await this.read(root);
    });
  }

  /** Rescans the blocks inside these elements (a batch of mutations). */
  rescan(elements: Iterable<Element>): Promise<void> {
    const list = [...elements];
    return this.enqueue(async () => {
      for (const el of list) {
        if (!el.isConnected) {
          this.forgetUnder(el);
          continue;
        }
        this.forgetUnder(el);
        await this.read(el);
      }
    });
  }

  updateSettings(s: ScanSettings): void {
    this.settings = s;
    this.repaintAll();
  }

  clear(): void {
    this.o.painter.clear();
    this.byElement.clear();
    this.byNode.clear();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.running = this.running.then(task, task).catch((e) => {
      if (!this.o.signal.aborted) console.debug('[aleppo-context] scan failed', e);
    });
    return this.running;
  }

  private async read(root: Node): Promise<void> {
    const { doc, signal } = this.o;
    const clock = sliceClock(doc.defaultView!);
    const becameOnTopic = { value: false };
    for (const block of iterateBlocks(root, { skip: this.o.skip, shadowRoots: true })) {
      if (signal.aborted) return;
      const scan = this.page.scan(block.text);
      if (scan.becameOnTopic) becameOnTopic.value = true;
      if (scan.mentions.length && isVisible(block.element)) this.add(block, scan.mentions);
      if (clock.due()) {
        await clock.yield();
        // the page may have changed under us while we waited: a block we hold may be stale, the
        // mutation observer reports it and it is rescanned
      }
    }
    // Context mentions of earlier blocks become shown once the page turns out to be on-topic.
    if (becameOnTopic.value) this.repaintAll();
    this.o.onChange?.();
  }

  private add(block: TextBlock, mentions: Mention[]) {
    // ::highlight() rules apply inside a shadow tree only from that tree's own stylesheets
    const root = block.nodes[0]?.getRootNode();
    if (root && root.nodeType === 11) this.o.painter.adoptIn(root as ShadowRoot);
    const seen = new Set<string>();
    const entries: PageMention[] = [];
    for (const mention of mentions) {
      const where = locate(block, mention.start, mention.end);
      const range = staticRange(this.o.doc, where.startNode, where.startOffset, where.endNode, where.endOffset);
      const entry: PageMention = { mention, block, category: categoryOf(mention), range, painted: false };
      entries.push(entry);
      for (let i = block.nodes.indexOf(where.startNode); i >= 0 && i < block.nodes.length; i++) {
        const node = block.nodes[i]!;
        let list = this.byNode.get(node);
        if (!list) this.byNode.set(node, (list = []));
        list.push(entry);
        if (node === where.endNode) break;
      }
    }
    const list = this.byElement.get(block.element);
    if (list) list.push(...entries);
    else this.byElement.set(block.element, entries);
    this.paint(this.byElement.get(block.element)!, seen);
  }

  private visible(m: PageMention): boolean {
    return this.page.isShown(m.mention) && this.settings.categories[m.category] && !(m.mention.type === 'entity' && this.settings.mutedEntities.includes(m.mention.id));
  }

  /** Applies relevance, settings and density to one paragraph's mentions. */
  private paint(entries: PageMention[], seen = new Set<string>()) {
    for (const e of entries) {
      let want = this.visible(e);
      if (want && this.settings.density === 'first-per-paragraph' && e.mention.type === 'entity') {
        want = !seen.has(e.mention.id);
        seen.add(e.mention.id);
      }
      if (want !== e.painted) {
        if (want) this.o.painter.add(e.category, e.range);
        else this.o.painter.remove(e.category, e.range);
        e.painted = want;
      }
    }
  }

  repaintAll(): void {
    for (const entries of this.byElement.values()) this.paint(entries);
    this.o.onChange?.();
  }

  private forgetUnder(el: Element) {
    for (const [blockEl, entries] of this.byElement) {
      if (blockEl !== el && !el.contains(blockEl) && blockEl.isConnected) continue;
      for (const e of entries) {
        if (e.painted) this.o.painter.remove(e.category, e.range);
        for (const n of e.block.nodes) this.byNode.delete(n);
      }
      this.byElement.delete(blockEl);
    }
  }
}

/** A StaticRange (cheap: the page's edits need not update it); a live Range where there is none. */
function staticRange(doc: Document, startContainer: Node, startOffset: number, endContainer: Node, endOffset: number): AbstractRange {
  const Ctor = doc.defaultView?.StaticRange;
  if (typeof Ctor === 'function') return new Ctor({ startContainer, startOffset, endContainer, endOffset });
  const r = doc.createRange();
  r.setStart(startContainer, startOffset);
  r.setEnd(endContainer, endOffset);
  return r;
}

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

export function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const pos = a.startContainer.compareDocumentPosition(b.startContainer);
  return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
}
