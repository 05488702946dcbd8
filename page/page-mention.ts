import type { Mention } from '@/core/detect/types.ts';
import { categoryOf, type Category } from './categories.ts';
import { locate, type TextBlock } from './text-blocks.ts';

/**
 * One mention found on the page. Its DOM range is made only when it is needed (painting, hit
 * testing, scrolling to it): most mentions of a long off-topic page are never shown.
 */
export class PageMention {
  /** updated when a rescan finds the same mention again (its block and offsets are new objects) */
  mention: Mention;
  block: TextBlock;
  readonly category: Category;
  /** highlighted now (after relevance, settings, density and visibility) */
  painted = false;
  private staticRange?: AbstractRange;
  private readonly doc: Document;
  private readonly live: boolean;

  /**
   * `live`: a live Range, which follows the DOM's edits. The fallback painter needs it: wrapping one
   * mention in a mark splits the text node the next mention's offsets point into.
   */
  constructor(doc: Document, mention: Mention, block: TextBlock, live = false) {
    this.doc = doc;
    this.live = live;
    this.mention = mention;
    this.block = block;
    this.category = categoryOf(mention);
  }

  /** This mention with its range made (ahead of painting). */
  prepared(): this {
    if (!this.staticRange) void this.range;
    return this;
  }

  get range(): AbstractRange {
    if (!this.staticRange) {
      const at = locate(this.block, this.mention.start, this.mention.end);
      this.staticRange = staticRange(this.doc, at.startNode, at.startOffset, at.endNode, at.endOffset, this.live);
    }
    return this.staticRange;
  }
}

/**
 * The mentions of paragraphs being read again, by the text node they start in: a mention found
 * again with the same name at the same place of the same nodes is the same highlight.
 */
export class Reusable {
  private readonly byStart = new Map<Text, PageMention[]>();
  /** `drop` takes (unpaints) at once those whose text has changed under them: no stale highlight while the paragraphs are read again */
  constructor(entries: PageMention[], drop: (e: PageMention) => void) {
    for (const e of entries) {
      if (!stillReads(e)) {
        drop(e);
        continue;
      }
      const node = locate(e.block, e.mention.start, e.mention.end).startNode;
      const list = this.byStart.get(node);
      if (list) list.push(e);
      else this.byStart.set(node, [e]);
    }
  }

  take(block: TextBlock, m: Mention): PageMention | undefined {
    const at = locate(block, m.start, m.end);
    const list = this.byStart.get(at.startNode);
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      const was = locate(e.block, e.mention.start, e.mention.end);
      if (e.mention.type !== m.type || e.mention.id !== m.id || e.mention.surface !== m.surface) continue;
      if (was.startOffset !== at.startOffset || was.endNode !== at.endNode || was.endOffset !== at.endOffset) continue;
      list.splice(i, 1);
      e.mention = m;
      e.block = block;
      return e;
    }
    return undefined;
  }

  *leftovers(): Generator<PageMention> {
    for (const list of this.byStart.values()) yield* list;
  }
}

/** Whether the DOM still holds the mention's text where its range says (the page may have edited it). */
function stillReads(e: PageMention): boolean {
  const { block, mention: m } = e;
  const at = locate(block, m.start, m.end);
  if (!at.startNode.isConnected) return false;
  if (at.startNode === at.endNode) return at.startNode.data.slice(at.startOffset, at.endOffset) === m.surface;
  let text = at.startNode.data.slice(at.startOffset);
  let i = block.nodes.indexOf(at.startNode) + 1;
  for (; i < block.nodes.length && block.nodes[i] !== at.endNode; i++) text += linesBefore(block, i) + block.nodes[i]!.data;
  return text + linesBefore(block, i) + at.endNode.data.slice(0, at.endOffset) === m.surface;
}

/** The line breaks (<br>) right before node i of a block, as the detector read them (a "\n" each: asShown). */
function linesBefore(block: TextBlock, i: number): string {
  if (!block.breaks || i >= block.nodes.length) return '';
  const n = block.starts[i]! - block.starts[i - 1]! - block.nodes[i - 1]!.length;
  return n > 0 ? '\n'.repeat(n) : '';
}

/** The document whose StaticRange constructor was looked up last (a page makes thousands of ranges in one document). */
let lastCtor: { doc: Document; Ctor: typeof StaticRange | undefined } | undefined;

/** A StaticRange (cheap: the page's edits need not update it); a live Range where there is none. */
function staticRange(doc: Document, startContainer: Node, startOffset: number, endContainer: Node, endOffset: number, live: boolean): AbstractRange {
  if (lastCtor?.doc !== doc) lastCtor = { doc, Ctor: doc.defaultView?.StaticRange };
  const Ctor = lastCtor.Ctor;
  if (!live && typeof Ctor === 'function') return new Ctor({ startContainer, startOffset, endContainer, endOffset });
  const r = doc.createRange();
  r.setStart(startContainer, startOffset);
  r.setEnd(endContainer, endOffset);
  return r;
}
