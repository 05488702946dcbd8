import { isShownOn, type BlockScan, type Detector, type Mention, type PageContext } from './types.ts';

/**
 * A page's scanner seen from the page: blocks go out in batches, in document order, and come back
 * scanned. The detector may run in another context (the content script hands its blocks to the
 * extension's background, where the matcher stays compiled and warm between pages): only the
 * page's context travels with each batch, so either side can be restarted between two batches.
 */
export interface PageReader {
  scan(texts: readonly string[]): Promise<BlockScan[]>;
  readonly onTopic: boolean;
  isShown(m: Mention): boolean;
}

export interface ReaderFactory {
  newPage(): PageReader;
}

/** Scans a batch from a context and returns the batch's scans with the context after it. */
export type ScanBatch = (context: PageContext, texts: readonly string[]) => Promise<{ context: PageContext; scans: BlockScan[] }>;

/** Pages whose batches are scanned by `scanBatch`, wherever that runs. */
export function batchReaders(scanBatch: ScanBatch): ReaderFactory {
  return {
    newPage() {
      let context: PageContext = { onTopic: false, family: [] };
      return {
        get onTopic() {
          return context.onTopic;
        },
        isShown: (m) => isShownOn(context.onTopic, m),
        async scan(texts) {
          if (!texts.length) return [];
          const r = await scanBatch(context, texts);
          if (r.scans.length !== texts.length) throw new Error(`scanned ${r.scans.length} of ${texts.length} blocks`);
          context = r.context;
          return r.scans;
        },
      };
    },
  };
}

/**
 * A page's text as it is shown: a line break, tab or form feed of the source inside a block is a
 * space on screen ("said 34,000 people had been⏎evacuated" is one sentence), and a <br>, which the
 * page reader writes as U+2028 (page/text-blocks.ts, LINE_BREAK), is a line end, read as in a text
 * file. One for one, so offsets hold. Done where the detector runs, not in the page: there it cost
 * 7-12 ms on Wikipedia and Reddit.
 */
export function asShown(text: string): string {
  if (!/[\n\r\t\f\u2028]/.test(text)) return text;
  const shown = text.replace(/[\n\r\t\f\u2028]/g, (c) => (c === '\u2028' ? '\n' : ' '));
  // the white space between two <br>s ("<br>⏎<br>" in the source) is the blank line they make:
  // a paragraph's end, "\n\n", for the rules that read one
  return text.includes('\u2028') ? shown.replace(/\n[ \u00a0]+(?=\n)/g, (m) => '\n'.repeat(m.length)) : shown;
}

/** A detector's batches scanned here, in this context (the background; the tests). */
export function scanWith(detector: () => Detector): ScanBatch {
  return async (context, texts) => {
    const page = detector().newPage(context);
    const scans = texts.map((t) => page.scan(asShown(t)));
    return { context: page.context(), scans };
  };
}
