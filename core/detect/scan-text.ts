import type { Detector, Mention } from './types.ts';

export type ShownMention = Mention & { shown: boolean };

export interface TextScan {
  onTopic: boolean;
  mentions: ShownMention[];
}

/** Paragraphs: blank lines separate blocks, as block elements do on a page. */
const BLOCK_BREAK = /\n[ \t\u00a0]*\n/g;

export function splitBlocks(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let last = 0;
  for (const m of text.matchAll(BLOCK_BREAK)) {
    out.push({ start: last, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  out.push({ start: last, text: text.slice(last) });
  return out;
}

/**
 * Scans a whole text block by block, in order, with one page context. `shown` is the final verdict:
 * a context mention early in a text is shown when an anchor appears later.
 */
export function scanText(detector: Detector, text: string, blocks = splitBlocks(text)): TextScan {
  const page = detector.newPage();
  const mentions: Mention[] = [];
  for (const b of blocks) {
    for (const m of page.scan(b.text).mentions) mentions.push({ ...m, start: m.start + b.start, end: m.end + b.start });
  }
  return { onTopic: page.onTopic, mentions: mentions.map((m) => ({ ...m, shown: page.isShown(m) })) };
}
