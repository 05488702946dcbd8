import { batchReaders, type ReaderFactory } from '@/core/detect/page-reader.ts';
import { decodeScans } from '@/core/detect/wire.ts';
import { sendToExtension } from './messaging.ts';

/**
 * Pages whose text the background scans: the content script runs on every page and gets no code
 * cache, so the matcher, its tables and the figure parser would be compiled and run cold on each
 * one; the background compiles them once and keeps them warm. The page's context goes with each
 * batch, so a background that the browser stopped between two batches loses nothing.
 */
export const remoteReaders = (): ReaderFactory =>
  batchReaders(async (context, texts) => {
    const r = await sendToExtension({ type: 'detect', context, texts: texts as string[] });
    if (!r?.context) throw new Error('the background did not scan the page');
    return { context: r.context, scans: decodeScans(texts, r.scans) };
  });
