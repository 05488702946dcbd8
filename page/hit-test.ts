import type { PageMention } from './page-mention.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The painted mention under a point. Highlights get no events of their own, so a pointer position
 * is turned into a text position (caretPositionFromPoint), looked up among the mentions of that text
 * node, and confirmed against the mention's boxes: the caret APIs snap to the nearest character even
 * over margins.
 */
export function mentionAt(doc: Document, byNode: ReadonlyMap<Text, PageMention[]>, x: number, y: number): PageMention | undefined {
  const d = doc as CaretDoc;
  let node: Node | undefined;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) {
      node = r.startContainer;
      offset = r.startOffset;
    }
  }
  if (!node || node.nodeType !== 3) return undefined;
  const list = byNode.get(node as Text);
  if (!list) return undefined;
  for (const m of list) {
    if (!m.painted) continue;
    const r = m.range;
    const from = r.startContainer === node ? r.startOffset : 0;
    const to = r.endContainer === node ? r.endOffset : (node as Text).data.length;
    if (offset < from || offset > to) continue;
    if (pointIn(liveRange(doc, m), x, y)) return m;
  }
  return undefined;
}

export function liveRange(doc: Document, m: PageMention): Range {
  const r = doc.createRange();
  r.setStart(m.range.startContainer, m.range.startOffset);
  r.setEnd(m.range.endContainer, m.range.endOffset);
  return r;
}

function pointIn(r: Range, x: number, y: number): boolean {
  for (const box of Array.from(r.getClientRects())) {
    if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return true;
  }
  return false;
}
