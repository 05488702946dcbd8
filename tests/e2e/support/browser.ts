import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  close: () => Promise<void>;
}

/** Starts Chromium with the built extension in a fresh profile. */
export interface LaunchOptions {
  lang?: string;
  colorScheme?: 'light' | 'dark';
  extraArgs?: string[];
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Launched> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build\` first`);
  }
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'aleppo-context-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    ignoreDefaultArgs: ['--disable-extensions'],
    // Chromium on Linux takes its UI language from the environment; --lang alone is not enough
    ...(opts.lang ? { locale: opts.lang, env: { ...process.env, LANGUAGE: opts.lang, LC_ALL: '', LANG: `${opts.lang}.UTF-8` } } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--no-default-browser-check',
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      ...(opts.extraArgs ?? []),
    ],
  });
  const serviceWorker = async () => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
