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

  constructor(doc: Document, mention: Mention, block: TextBlock) {
    this.doc = doc;
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
      this.staticRange = staticRange(this.doc, at.startNode, at.startOffset, at.endNode, at.endOffset);
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
  constructor(entries: PageMention[]) {
    for (const e of entries) {
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

/** A StaticRange (cheap: the page's edits need not update it); a live Range where there is none. */
function staticRange(doc: Document, startContainer: Node, startOffset: number, endContainer: Node, endOffset: number): AbstractRange {
  const Ctor = doc.defaultView?.StaticRange;
  if (typeof Ctor === 'function') return new Ctor({ startContainer, startOffset, endContainer, endOffset });
  const r = doc.createRange();
  r.setStart(startContainer, startOffset);
  r.setEnd(endContainer, endOffset);
  return r;
}
