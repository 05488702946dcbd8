// `node scripts/screenshots.ts`: the README's and the store listing's screenshots, taken from the
// built extension in Chromium on the project's own demo page. Builds first if needed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { tabIdOf } from '../tests/e2e/support/tabs.ts';
import { restOn } from '../tests/e2e/support/pointer.ts';

const root = path.resolve(import.meta.dirname, '..');
if (!existsSync(path.join(root, '.output/chrome-mv3/manifest.json'))) spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: root });
const out = path.join(root, 'docs/screenshots');
const store = path.join(root, 'store');
mkdirSync(out, { recursive: true });
mkdirSync(store, { recursive: true });
const demo = readFileSync(path.join(root, 'scripts/demo/news.html'), 'utf8');

async function settle(tab: Page) {
  for (let i = 0; i < 40; i++) {
    const n = await tab.evaluate(() => [...CSS.highlights.values()].reduce((a, h) => a + h.size, 0));
    if (n > 10) return;
    await tab.waitForTimeout(100);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  const ext = await launchWithExtension({ colorScheme: scheme });
  const server = await startServer();
  const url = server.page('/demo.html', scheme === 'dark' ? demo.replace('<body>', '<body class="dark">') : demo);
  const tab = await ext.context.newPage();
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.goto(url);
  await settle(tab);
  await restOn(tab, scheme === 'light' ? '50,000' : 'Red Cross');
  await tab.locator('aleppo-context-card [role="dialog"]').waitFor();
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: path.join(out, `card-${scheme}.png`) });
  await tab.screenshot({ path: path.join(store, `chrome-card-${scheme}-1280x800.png`) });

  const id = await tabIdOf(ext, url);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${id}`);
  await popup.waitForTimeout(600);
  await popup.screenshot({ path: path.join(out, `popup-${scheme}.png`) });

  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: path.join(out, `settings-${scheme}.png`) });

  const article = await ext.context.newPage();
  await article.setViewportSize({ width: 1280, height: 800 });
  await article.goto(`chrome-extension://${ext.extensionId}/article.html`);
  await article.waitForTimeout(400);
  await article.screenshot({ path: path.join(store, `chrome-article-${scheme}-1280x800.png`) });
  await ext.close();
  await server.close();
}
console.log(`screenshots written to ${path.relative(root, out)}/ and ${path.relative(root, store)}/`);
