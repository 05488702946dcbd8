import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type Launched } from './support/browser.ts';

let ext: Launched;
beforeAll(async () => { ext = await launchWithExtension(); });
afterAll(async () => { await ext?.close(); });

describe('the built extension in Chromium', () => {
  it('is a Manifest V3 extension with a content script, a popup and an options page', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts?.[0]?.js?.length).toBeGreaterThan(0);
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(manifest.options_ui?.page).toBe('options.html');
    expect(manifest.browser_specific_settings).toBeUndefined();
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(116); // AbortSignal.any
  });

  it('starts its service worker', async () => {
    const sw = await ext.serviceWorker();
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(await sw.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.0');
  });

  it('renders the popup with the article card', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h2').textContent(), { timeout: 15_000 }).toBe('Syrian Govt Seizes Control of Aleppo');
    expect(await page.locator('.article-card__date').textContent()).toContain('22 December 2016');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect.poll(() => page.locator('h1').count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
