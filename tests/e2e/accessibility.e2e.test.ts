import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, type Launched } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { card, restOn } from './support/pointer.ts';
import { tabIdOf } from './support/tabs.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const demoHtml = readFileSync(path.join(ROOT, 'scripts/demo/news.html'), 'utf8');

interface Violation { id: string; impact: string; help: string; nodes: number }

/** Serious and critical axe violations on the page (or inside `scope`). */
async function violations(page: Page, scope?: string): Promise<Violation[]> {
  await page.evaluate(axeSource); // evaluated over the devtools protocol: the page's CSP does not apply
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }> } }).axe;
    const ctx = sel ? { include: [[sel]] } : document;
    const r = await axe.run(ctx, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, scope);
}

const runs: Array<{ scheme: 'light' | 'dark'; lang?: string }> = [{ scheme: 'light' }, { scheme: 'dark' }, { scheme: 'light', lang: 'ar' }];
const opened: Array<{ ext: Launched; server: TestServer }> = [];
afterAll(async () => {
  for (const o of opened) {
    await o.ext.close();
    await o.server.close();
  }
});

describe.each(runs)('accessibility ($scheme, $lang)', ({ scheme, lang }) => {
  it('the popup, settings page, article page and an open card have no serious or critical axe violation', async () => {
    const ext = await launchWithExtension({ colorScheme: scheme, ...(lang ? { lang } : {}) });
    const server = await startServer();
    opened.push({ ext, server });
    if (lang) {
      // Debian's chromium has other UI languages only with chromium-l10n (.ci/run installs it)
      const ui = await (await ext.serviceWorker()).evaluate(() => chrome.i18n.getUILanguage());
      expect(ui).toBe(lang);
    }
    const url = server.page('/demo.html', scheme === 'dark' ? demoHtml.replace('<body>', '<body class="dark">') : demoHtml);
    const tab = await ext.context.newPage();
    await tab.goto(url);
    await restOn(tab, 'SANA').catch(async () => {
      await tab.waitForTimeout(1000);
      await restOn(tab, 'SANA');
    });
    await card(tab).waitFor({ timeout: 4000 });
    expect(await violations(tab, 'aleppo-context-card'), 'card').toEqual([]);

    for (const pagePath of [`popup.html?tabId=${await tabIdOf(ext, url)}`, 'options.html', 'article.html']) {
      const p = await ext.context.newPage();
      await p.goto(`chrome-extension://${ext.extensionId}/${pagePath}`);
      await p.waitForTimeout(400);
      if (lang === 'ar') {
        expect(await p.evaluate(() => document.documentElement.dir), pagePath).toBe('rtl');
        if (pagePath.startsWith('popup')) expect(await p.locator('[role="status"]').textContent()).toMatch(/^عدد الإشارات: \d+/);
      }
      expect(await violations(p), pagePath).toEqual([]);
      await p.close();
    }
  });
});
