import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { highlighted } from './support/highlights.ts';

let ext: Launched;
let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  [ext, server, other] = await Promise.all([launchWithExtension(), startServer(), startServer()]);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await other?.close();
});

const doc = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>f</title></head><body>${body}</body></html>`;

/** Highlights inside a frame, read from that frame's own world. */
async function frameHighlights(tab: Page, urlPart: string): Promise<string[] | 'no frame'> {
  const frame = tab.frames().find((f) => f.url().includes(urlPart));
  if (!frame) return 'no frame';
  return frame.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('aleppo-context-') && CSS.highlights.get(k)!.size > 0));
}

describe('frames', () => {
  it('highlights in same-origin and about:blank frames, stays idle in sandboxed and cross-origin ones', async () => {
    server.page('/same.html', doc('<p>Same-origin frame about Homs.</p>'));
    server.page('/sandboxed.html', doc('<p>Sandboxed frame about Hama.</p>'));
    other.page('/cross.html', doc('<p>Cross-origin frame about Latakia.</p>'));
    const url = server.page('/frames.html', doc(`<p>The top page is about Aleppo.</p>
      <iframe src="/same.html"></iframe>
      <iframe src="/sandboxed.html" sandbox="allow-scripts"></iframe>
      <iframe src="${other.origin.replace('127.0.0.1', 'localhost')}/cross.html"></iframe>
      <iframe id="blank"></iframe>
      <script>
        const d = document.getElementById('blank').contentDocument;
        d.open(); d.write('<p>A blank frame mentions Damascus and Aleppo.</p>'); d.close();
      </script>`));
    const tab = await ext.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(url);
    await tab.waitForTimeout(2000);
    expect(await highlighted(tab)).toEqual(['place:Aleppo']);
    expect(await frameHighlights(tab, 'same.html')).toEqual(['aleppo-context-place']);
    expect(await frameHighlights(tab, 'sandboxed.html')).toEqual([]);
    expect(await frameHighlights(tab, 'cross.html')).toEqual([]);
    const blank = tab.frames().find((f) => f.url() === 'about:blank')!;
    const inBlank = await blank.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    expect(inBlank).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
