// Starts Debian's Firefox ESR (or $FIREFOX_PATH) headless with puppeteer-core over WebDriver BiDi and
// installs the built Firefox extension (.output/firefox-mv3) as a temporary add-on. puppeteer-core
// never downloads a browser: without a Firefox on the machine, the tests that use this skip.
import puppeteer, { type Browser } from 'puppeteer-core';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxUnavailable(): string | null {
  try {
    accessSync(FIREFOX, constants.X_OK);
    return null;
  } catch {
    return `no Firefox at ${FIREFOX} (Debian: apt-get install firefox-esr; or set FIREFOX_PATH): Firefox tests skipped`;
  }
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id the browser reports (the manifest's gecko id). */
  extensionId: string;
  /** The URLs of every top-level tab, extension pages included (puppeteer's pages() leaves those out). */
  tabUrls: () => Promise<string[]>;
  /** Evaluates `expression` (awaited, JSON-serialisable) in the first tab whose URL contains `urlPart`, extension pages included. */
  evaluateInTab: <T>(urlPart: string, expression: string) => Promise<T>;
  /** A real (trusted) click at viewport point (x, y) of the first tab whose URL contains `urlPart`. */
  clickInTab: (urlPart: string, x: number, y: number) => Promise<void>;
  close: () => Promise<void>;
}

interface BidiConnection { send(method: string, params: object): Promise<{ result: unknown }> }
interface TreeContext { context: string; url: string }

/**
 * Site access: Firefox MV3 host permissions can be withheld or revoked by the reader; Firefox 127 and
 * later list a manifest's host_permissions in the install prompt and grant them at install, unless
 * the pref `extensions.originControls.grantByDefault` is false (its default is true in 153 ESR's
 * greprefs.js; a temporary add-on gets them the same way). The launcher sets it explicitly, so a test states
 * which case it runs: `grantSiteAccess: false` is a reader who has not (or no longer) granted access.
 * `acceptPermissionRequests` sets `extensions.webextOptionalPermissionPrompts` to false: a
 * `permissions.request()` made from a real click is then granted without the doorhanger, which lives
 * in the browser's own UI where WebDriver BiDi cannot click.
 */
export async function launchFirefoxWithExtension(opts: { grantSiteAccess?: boolean; acceptPermissionRequests?: boolean } = {}): Promise<LaunchedFirefox> {
  const missing = firefoxUnavailable();
  if (missing) throw new Error(missing);
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_EXTENSION_DIR} is missing: run \`npm run build\` first`);
  }
  // puppeteer writes a fresh profile (with these prefs) to the temp dir and removes it on close
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': opts.grantSiteAccess ?? true,
      'extensions.webextOptionalPermissionPrompts': !opts.acceptPermissionRequests,
      // keep the test machine quiet: no update checks, no telemetry, light colour scheme
      'app.update.auto': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'layout.css.prefers-color-scheme.content-override': 1,
    },
  });
  try {
    // WebDriver BiDi webExtension.install with an unpacked directory: a temporary add-on
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    // puppeteer has no public handle on moz-extension:// tabs, and BiDi refuses to navigate to them;
    // its connection reaches them all the same
    const conn = (browser as unknown as { connection: BidiConnection }).connection;
    const contexts = async () => ((await conn.send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: TreeContext[] }).contexts;
    const tabAt = async (urlPart: string) => {
      const tab = (await contexts()).find((c) => c.url.includes(urlPart));
      if (!tab) throw new Error(`no tab at ${urlPart}`);
      return tab;
    };
    return {
      browser,
      extensionId,
      tabUrls: async () => (await contexts()).map((c) => c.url),
      async evaluateInTab<T>(urlPart: string, expression: string): Promise<T> {
        const tab = await tabAt(urlPart);
        const r = (await conn.send('script.evaluate', {
          expression: `(async () => JSON.stringify(await (${expression})))()`,
          target: { context: tab.context },
          awaitPromise: true,
        })).result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
        if (r.type !== 'success') throw new Error(`evaluation failed in ${tab.url}: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
        return JSON.parse(r.result?.value ?? 'null') as T;
      },
      async clickInTab(urlPart, x, y) {
        const { context } = await tabAt(urlPart);
        await conn.send('browsingContext.activate', { context });
        await conn.send('input.performActions', {
          context,
          actions: [{
            type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
            actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
          }],
        });
      },
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
