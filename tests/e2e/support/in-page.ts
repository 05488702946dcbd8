// Functions that run inside a test page (passed to Playwright's or Puppeteer's `evaluate`): they
// must be self-contained, referring to nothing outside their own body.

export interface PaintedRange {
  category: string;
  text: string;
  /** centre of the range's first box, in viewport pixels */
  x: number;
  y: number;
}

/** Every range our highlights paint, read from the page's own world (the registry is shared). */
export function paintedRanges(): PaintedRange[] {
  const out: PaintedRange[] = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('aleppo-context-')) continue;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const box = live.getClientRects()[0];
      out.push({
        category: name.slice('aleppo-context-'.length),
        text: live.toString(),
        x: box ? box.x + box.width / 2 : Number.NaN,
        y: box ? box.y + box.height / 2 : Number.NaN,
      });
    }
  }
  return out;
}
