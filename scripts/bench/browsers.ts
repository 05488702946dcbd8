// Two Chromiums for the in-page benchmarks, with the same binary, flags and viewport: one with the
// built extension (a persistent context, as extensions need) and one plain, for the baselines.
// Both refuse every request that is not to 127.0.0.1, so no page waits on the network.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../../tests/e2e/support/browser.ts';
import { removeOnExit, within } from './util.ts';

export const VIEWPORT = { width: 1100, height: 800 };
const COMMON_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check',
  // keep background tabs and timers from being throttled differently in the two browsers
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  // a page left behind must not stay alive in the back-forward cache (it would count in the heap)
  '--disable-features=BackForwardCache',
];
const NOT_LOOPBACK = /^https?:\/\/(?!127\.0\.0\.1[:/])/;

export interface Tab {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A `page-report` message the content script sent to the background (its scan finished and was counted). */
export interface PageReport {
  url: string;
  frameId: number;
  count: number;
  /** Date.now() in the service worker */
  at: number;
}

export interface Browsers {
  ext: BrowserContext;
  plain: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/content-scripts/content.js */
  contentScriptUrl: string;
  extensionDir: string;
  /** the extension browser's own session: a trace started there records every process */
  browserCdp: CDPSession;
  newTab(which: 'ext' | 'plain'): Promise<Tab>;
  /**
   * The content script's `page-report` messages seen by the service worker since `since` (Date.now()),
   * top frames only; undefined when the tap cannot be installed (then callers fall back to watching
   * the highlights). The content script sends one 250 ms after each scan or rescan ends.
   */
  reports(since: number): Promise<PageReport[] | undefined>;
  close(): Promise<void>;
}

/**
 * Copies the built extension to a temporary directory first: other people in the same checkout may
 * rebuild .output/chrome-mv3 while the benchmark runs, and a build empties the directory.
 */
export function snapshotExtension(builtDir: string): string {
  const dir = removeOnExit(mkdtempSync(path.join(os.tmpdir(), 'aleppo-bench-ext-')));
  // a build running in the same checkout empties the directory first: wait for a complete one
  for (let attempt = 0; ; attempt++) {
    const manifest = path.join(builtDir, 'manifest.json');
    const script = path.join(builtDir, 'content-scripts/content.js');
    if (existsSync(manifest) && existsSync(script)) {
      cpSync(builtDir, dir, { recursive: true });
      if (existsSync(path.join(dir, 'manifest.json')) && existsSync(path.join(dir, 'content-scripts/content.js'))) return dir;
    }
    if (attempt >= 10) throw new Error(`${builtDir} has no complete build (someone may be rebuilding it): try again`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}

export async function launchBrowsers(extensionDir: string): Promise<Browsers> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no manifest.json`);
  const profile = removeOnExit(mkdtempSync(path.join(os.tmpdir(), 'aleppo-bench-profile-')));
  const ext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    colorScheme: 'light',
    ignoreDefaultArgs: ['--disable-extensions'],
    // a port beside Playwright's pipe: a second, browser-level connection traces every process
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--remote-debugging-port=0', ...COMMON_ARGS],
  });
  let browser: Browser | undefined;
  let whole: Browser | undefined;
  try {
    // Tracing through a page's session records only the page's processes; the extension's
    // background runs in another one, so its work is traced through the browser's session.
    const port = readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]!;
    whole = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const browserCdp = await whole.newBrowserCDPSession();
    const sw = ext.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await ext.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(sw.url()).host;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: COMMON_ARGS });
    const plain = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
    await ext.route(NOT_LOOPBACK, (r) => r.abort());
    await plain.route(NOT_LOOPBACK, (r) => r.abort());
    const b = browser;
    // Listens, in the service worker, to the messages the content script sends (another listener
    // beside the extension's own; it answers nothing, so the extension's answer is unchanged).
    const tap = async () => {
      const worker = ext.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      if (!worker) return undefined;
      await worker.evaluate(() => {
        const g = globalThis as unknown as { __benchReports?: PageReport[] };
        if (g.__benchReports) return;
        g.__benchReports = [];
        chrome.runtime.onMessage.addListener((m: unknown, sender: { url?: string; frameId?: number }) => {
          const msg = m as { type?: string; count?: number } | undefined;
          if (msg?.type === 'page-report') g.__benchReports!.push({ url: sender.url ?? '', frameId: sender.frameId ?? -1, count: msg.count ?? -1, at: Date.now() });
          return undefined;
        });
      });
      return worker;
    };
    await tap().catch(() => undefined);
    return {
      ext,
      plain,
      extensionId,
      contentScriptUrl: `chrome-extension://${extensionId}/content-scripts/content.js`,
      extensionDir,
      browserCdp,
      async newTab(which) {
        const ctx = which === 'ext' ? ext : plain;
        const page = await ctx.newPage();
        page.on('crash', () => console.error(`bench: the page ${page.url()} crashed`));
        const cdp = await ctx.newCDPSession(page);
        return {
          page,
          cdp,
          async close() {
            await within(cdp.detach(), 5000);
            await within(page.close(), 10_000);
          },
        };
      },
      async reports(since) {
        try {
          const worker = await tap();
          if (!worker) return undefined;
          const all = await worker.evaluate(() => (globalThis as unknown as { __benchReports: PageReport[] }).__benchReports);
          return all.filter((r) => r.at >= since && r.frameId === 0);
        } catch {
          return undefined;
        }
      },
      async close() {
        await whole?.close().catch(() => {});
        await ext.close().catch(() => {});
        await b.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await whole?.close().catch(() => {});
    await ext.close().catch(() => {});
    await browser?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
