import type { Mention } from '@/core/detect/types.ts';
import type { PageReader, ReaderFactory } from '@/core/detect/page-reader.ts';
import type { Category } from './categories.ts';
import type { Painter } from './highlighter.ts';
import { iterateBlocks, nodeIndexAt, nodeLength, type ReadOptions, type TextBlock } from './text-blocks.ts';
import { PageMention, Reusable } from './page-mention.ts';
import { sliceClock } from './yield.ts';

/** What the page scan needs to know of the reader's settings. */
export interface ScanSettings {
  categories: Record<Category, boolean>;
  mutedEntities: readonly string[];
  density: 'first-per-paragraph' | 'every';
}

export interface PageScanOptions {
  doc: Document;
  /** scans the page's text, here or in another context */
  reader: ReaderFactory;
  painter: Painter;
  settings: ScanSettings;
  signal: AbortSignal;
  /** our own UI, never read */
  skip?: (el: Element) => boolean;
  /** after a scan or a batch of rescans: what is shown may have changed */
  onChange?: () => void;
}

/**
 * Finds and paints the mentions of a document. Reading is sliced so no task runs long; rescans of
 * changed parts replace only the mentions of the blocks inside them.
 */
export class PageScan {
  private page: PageReader;
  private settings: ScanSettings;
  /** by block element: a rescan of an element replaces the entries of the blocks inside it */
  private readonly byElement = new Map<Element, PageMention[]>();
  /** by text node, for hit-testing (a mention spanning nodes is listed under each) */
  readonly byNode = new Map<Text, PageMention[]>();
  /** how many mentions are painted now: with none, the pointer needs no hit testing */
  private paintedCount = 0;
  /** paragraphs that turned out hidden or shown, checked once, when something there would count */
  private visibility = new WeakMap<Element, boolean>();
  private pending: PageMention[] = [];
  /** blocks with mentions read while the page was not (yet) on-topic */
  private readonly readOffTopic = new Set<Element>();
  private ordered?: PageMention[];
  /** per paragraph, how many of its mentions count; and the paragraphs to count again */
  private readonly counted = new Map<Element, number>();
  private readonly uncounted = new Set<Element>();
  /** per paragraph, the entities whose first mention there is painted (the density rule) */
  private readonly seenIn = new Map<Element, Set<string>>();
  private total = 0;
  private readonly o: PageScanOptions;
  private running: Promise<void> = Promise.resolve();

  constructor(o: PageScanOptions) {
    this.o = o;
    this.page = o.reader.newPage();
    this.settings = o.settings;
  }

  get onTopic() {
    return this.page.onTopic;
  }

  /** Mentions that count, every occurrence whatever the density (the badge's and the popup's number). */
  count(): number {
    for (const el of this.uncounted) this.countBlock(el);
    return this.total;
  }

  /**
   * The same count, in slices: judging visibility reads the page's style, which on a long page is
   * thousands of paragraphs. Run it right after a frame, when that style is already computed. Only
   * paragraphs changed since the last count are counted again (one appended paragraph costs one).
   */
  async countSliced(): Promise<number> {
    const clock = sliceClock(this.o.doc.defaultView!);
    for (const el of this.uncounted) {
      this.countBlock(el);
      if (clock.due()) await clock.yield();
    }
    return this.total;
  }

  private countBlock(el: Element): void {
    this.uncounted.delete(el);
    const entries = this.byElement.get(el);
    if (!entries) return;
    let n = 0;
    for (const e of entries) if (this.counts(e)) n++;
    this.counted.set(el, n);
    this.total += n;
  }

  /** The paragraph's count is stale (it changed, or went away). */
  private recount(el: Element): void {
    const n = this.counted.get(el);
    if (n !== undefined) {
      this.total -= n;
      this.counted.delete(el);
    }
    if (this.byElement.has(el)) this.uncounted.add(el);
    else this.uncounted.delete(el);
  }

  /** Every count is stale (settings, or the page turned on-topic). */
  private recountAll(): void {
    this.counted.clear();
    this.total = 0;
    this.uncounted.clear();
    for (const el of this.byElement.keys()) this.uncounted.add(el);
  }

  /** The mentions that count, in document order (sorted on demand, then kept until the next change). */
  mentions(): PageMention[] {
    this.ordered ??= this.inDocumentOrder();
    return this.ordered.filter((e) => this.counts(e));
  }

  /** Reads the whole document (or `root`) again, from a fresh page context. */
  scanAll(root: Node = this.o.doc.body ?? this.o.doc.documentElement): Promise<void> {
    return this.enqueue(async () => {
      this.clear();
      this.page = this.o.reader.newPage();
      await this.read([root]);
    });
  }

  /**
   * Rescans the blocks inside these elements (a batch of mutations). `removed`: nodes may have left
   * the page elsewhere too, so every known paragraph is checked (a batch that only added or edited
   * text skips that walk over all of them).
   */
  rescan(elements: Iterable<Element>, removed = true): Promise<void> {
    const list = [...elements];
    return this.enqueue(async () => {
      if (removed) this.forgetDisconnected();
      // The paragraphs' mentions stay painted while they are read again: one found again at the
      // same place keeps its range and its highlight (no garbage, no repaint), the rest go after.
      // (Not with the fallback painter: its marks are elements, which a read must not meet.)
      // The elements are disjoint (the watcher keeps only the outermost), so they are read as one
      // stream of blocks: a thousand small paragraphs go out in a few batches, not a thousand.
      const keep = this.o.painter.kind === 'highlight-api';
      // one clock for the whole batch: a thousand small paragraphs are sliced like one long page
      const clock = sliceClock(this.o.doc.defaultView!);
      const forgotten: PageMention[] = [];
      for (const el of list) {
        for (const e of this.forgetUnder(el, keep)) forgotten.push(e);
        if (clock.due()) await clock.yield();
      }
      const before = new Reusable(forgotten, (e) => this.unpaint(e));
      try {
        await this.read(list, clock, before);
      } finally {
        for (const e of before.leftovers()) this.unpaint(e);
      }
    });
  }

  updateSettings(s: ScanSettings): void {
    this.settings = s;
    this.recountAll();
    this.repaintAll();
    this.flush();
    this.o.onChange?.();
  }

  /** Whether any mention is painted (hovering can find something). */
  get anyPainted(): boolean {
    return this.paintedCount > 0;
  }

  clear(): void {
    for (const entries of this.byElement.values()) for (const e of entries) e.painted = false;
    this.paintedCount = 0;
    this.o.painter.clear();
    this.byElement.clear();
    this.seenIn.clear();
    this.byNode.clear();
    this.pending = [];
    this.readOffTopic.clear();
    this.ordered = undefined;
    this.visibility = new WeakMap();
    this.recountAll();
  }

  /** One task at a time; the page hears about changes once per task, not once per block. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = async () => {
      await task();
      this.flush();
      this.ordered = undefined;
      if (!this.o.signal.aborted) this.o.onChange?.();
    };
    this.running = this.running.then(run, run).catch((e) => {
      if (!this.o.signal.aborted) console.debug('[aleppo-context] scan failed', e);
    });
    return this.running;
  }

  private async read(roots: Node[], clock = sliceClock(this.o.doc.defaultView!), before?: Reusable): Promise<void> {
    const { signal } = this.o;
    let becameOnTopic = false;
    let flushed = false;
    let batch: TextBlock[] = [];
    let chars = 0;
    // each await below lets the page run (and change what the walk stands on): the walk checks then
    let pauses = 0;
    // Blocks go out in batches; the answer comes back in a task of its own, so a batch sent is
    // also a turn for the page.
    const send = async () => {
      const blocks = batch;
      batch = [];
      chars = 0;
      pauses++;
      const scans = await this.page.scan(blocks.map((b) => b.text));
      if (signal.aborted) return;
      for (let i = 0; i < blocks.length; i++) {
        const scan = scans[i]!;
        if (scan.becameOnTopic) becameOnTopic = true;
        // the page may have edited the block while it was away: the watcher will have it read
        // again, and until then its offsets may point past its text
        if (scan.mentions.length && unchanged(blocks[i]!)) this.add(blocks[i]!, scan.mentions, before);
      }
    };
    // the clock is read every CLOCK_CHARS characters (and at each pause of the walk, every 1,024
    // nodes), not after every block: a page has thousands of short ones
    let unclocked = 0;
    for (const block of blocksOf(roots, { skip: this.o.skip, shadowRoots: true, pauses: () => pauses })) {
      if (signal.aborted) return;
      if (block) {
        batch.push(block);
        chars += block.text.length;
        if (chars >= BATCH_CHARS || batch.length >= BATCH_BLOCKS) {
          await send();
          clock.restart();
        }
        unclocked += block.text.length;
        if (unclocked < CLOCK_CHARS) continue;
      }
      unclocked = 0;
      if (clock.due()) {
        if (batch.length) await send();
        if (signal.aborted) return;
        // what is found so far is painted once, early; the rest at the end, in one go (every
        // frame in which highlights change pays for all of them again). Not with the fallback
        // painter: its marks would move the text nodes the walk stands on.
        if (!flushed && this.o.painter.kind === 'highlight-api') {
          this.flush();
          flushed = true;
        }
        pauses++;
        await clock.yield();
      }
    }
    if (batch.length) await send();
    if (signal.aborted) return;
    // Context mentions of earlier blocks become shown once the page turns out to be on-topic: only
    // blocks read before that moment can hold any (on a long page, a few among thousands).
    if (becameOnTopic) {
      this.recountAll();
      for (const el of this.readOffTopic) {
        const entries = this.byElement.get(el);
        if (entries) this.seenIn.set(el, this.paint(entries));
      }
      this.readOffTopic.clear();
    }
  }

  private add(block: TextBlock, mentions: Mention[], before?: Reusable) {
    // ::highlight() rules apply inside a shadow tree only from that tree's own stylesheets
    if (block.shadowRoot) this.o.painter.adoptIn(block.shadowRoot);
    const entries: PageMention[] = [];
    for (const mention of mentions) {
      const entry = before?.take(block, mention) ?? new PageMention(this.o.doc, mention, block, this.o.painter.kind === 'elements');
      entries.push(entry);
      // the nodes it spans, by binary search (a paragraph may hold thousands of text nodes)
      const last = nodeIndexAt(block.starts, Math.max(mention.start, mention.end - 1));
      for (let i = nodeIndexAt(block.starts, mention.start); i <= last; i++) {
        const node = block.nodes[i]!;
        let list = this.byNode.get(node);
        if (!list) this.byNode.set(node, (list = []));
        list.push(entry);
      }
    }
    if (!this.page.onTopic) this.readOffTopic.add(block.element);
    const el = block.element;
    const list = this.byElement.get(el);
    if (!list) {
      this.byElement.set(el, entries);
      this.recount(el);
      this.seenIn.set(el, this.paint(entries));
      return;
    }
    this.recount(el);
    // A paragraph too long for one block arrives in pieces: paint only the new piece, going on from
    // what the earlier pieces showed (repainting all of them each time would be quadratic).
    const from = list.length;
    for (const e of entries) list.push(e);
    this.seenIn.set(el, this.paint(list, from, this.seenIn.get(el) ?? this.paint(list.slice(0, from))));
  }

  /** Shown by relevance, its kind switched on, not muted. */
  private wanted(m: PageMention): boolean {
    return this.page.isShown(m.mention) && this.settings.categories[m.category] && !(m.mention.type === 'entity' && this.settings.mutedEntities.includes(m.mention.id));
  }

  /** Wanted and in a paragraph the reader can see (checked only then: it may need the page's style). */
  private counts(m: PageMention): boolean {
    return this.wanted(m) && this.blockVisible(m.block.element);
  }

  private blockVisible(el: Element): boolean {
    let v = this.visibility.get(el);
    if (v === undefined) this.visibility.set(el, (v = isVisible(el)));
    return v;
  }

  /**
   * Applies relevance, settings and density to one paragraph's mentions. Not visibility: a hidden
   * paragraph paints nothing anyway, and is highlighted the moment it is shown ("read more"), while
   * asking would make the scan read the page's style (a forced style and layout, mid-load).
   */
  private paint(entries: PageMention[], from = 0, seen = new Set<string>()): Set<string> {
    for (let i = from; i < entries.length; i++) {
      const e = entries[i]!;
      let want = this.wanted(e);
      if (want && this.settings.density === 'first-per-paragraph' && e.mention.type === 'entity') {
        want = !seen.has(e.mention.id);
        seen.add(e.mention.id);
      }
      if (want === e.painted) continue;
      e.painted = want;
      this.paintedCount += want ? 1 : -1;
      // the range is made now, within the reading's time slices, so the final flush only hands it over
      if (want) this.pending.push(e.prepared());
      else this.o.painter.remove(e.category, e.range);
    }
    return seen;
  }

  /** Hands the newly painted ranges to the painter, all at once. */
  private flush() {
    for (const e of this.pending) if (e.painted) this.o.painter.add(e.category, e.range);
    this.pending = [];
  }

  private repaintAll(): void {
    for (const [el, entries] of this.byElement) this.seenIn.set(el, this.paint(entries));
  }

  /**
   * Forgets the blocks inside `el` (found by walking its subtree, so a batch of small rescans costs
   * what the changed paragraphs hold, not the whole page each) and those no longer in the page.
   */
  private forgetUnder(el: Element, keepPainted = false): PageMention[] {
    const doomed: Element[] = [];
    if (this.byElement.has(el)) doomed.push(el);
    // most changed elements are paragraphs with no block inside: no walker for them
    if (el.firstElementChild !== null) {
      const walker = this.o.doc.createTreeWalker(el, 1 /* SHOW_ELEMENT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (this.byElement.has(n as Element)) doomed.push(n as Element);
    }
    const forgotten: PageMention[] = [];
    for (const blockEl of doomed) for (const e of this.forget(blockEl, keepPainted)) forgotten.push(e);
    this.ordered = undefined;
    return forgotten;
  }

  private forgetDisconnected() {
    for (const blockEl of this.byElement.keys()) if (!blockEl.isConnected) this.forget(blockEl);
  }

  /** Drops a paragraph's mentions (unpainted, unless the caller may reuse them); returns them. */
  private forget(blockEl: Element, keepPainted = false): PageMention[] {
    const entries = this.byElement.get(blockEl) ?? [];
    for (const e of entries) {
      if (!keepPainted) this.unpaint(e);
      for (const n of e.block.nodes) this.byNode.delete(n);
    }
    this.byElement.delete(blockEl);
    this.seenIn.delete(blockEl);
    this.recount(blockEl);
    this.readOffTopic.delete(blockEl);
    return entries;
  }

  private unpaint(e: PageMention): void {
    if (!e.painted) return;
    this.o.painter.remove(e.category, e.range);
    e.painted = false;
    this.paintedCount--;
  }

  /** Block elements in document order with one walk over the DOM (comparing nodes pairwise is slow). */
  private inDocumentOrder(): PageMention[] {
    const rank = new Map<Element, number>();
    const doc = this.o.doc;
    const walker = doc.createTreeWalker(doc.documentElement, 1 /* SHOW_ELEMENT */);
    let i = 0;
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) if (this.byElement.has(n as Element)) rank.set(n as Element, i++);
    const elements = [...this.byElement.keys()].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
    return elements.flatMap((el) => this.byElement.get(el)!);
  }
}

/** A batch's size: large enough that the messages cost little, small enough to answer within a frame or two. */
const BATCH_CHARS = 48 * 1024;
/** About a tenth of a millisecond of reading, warm */
const CLOCK_CHARS = 4096;
const BATCH_BLOCKS = 1024;

/** The block's text nodes still hold as many characters as when it was read. */
function unchanged(b: TextBlock): boolean {
  const last = b.nodes.length - 1;
  if (b.breaks) {
    for (let i = 0; i < last; i++) if (b.nodes[i]!.length !== nodeLength(b, i)) return false;
    return b.nodes[last]!.length >= nodeLength(b, last);
  }
  for (let i = 0; i < last; i++) if (b.nodes[i]!.length !== b.starts[i + 1]! - b.starts[i]!) return false;
  return b.nodes[last]!.length >= b.text.length - b.starts[last]!;
}

/** The blocks of each root still in the page, one root after the other. */
function* blocksOf(roots: readonly Node[], opts: ReadOptions): Generator<TextBlock | null> {
  for (const root of roots) if (root.isConnected) yield* iterateBlocks(root, opts);
}

const VISIBILITY_CHECK = { visibilityProperty: true };

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, VISIBILITY_CHECK) : true;
}
