// `npm start`: builds the extension, then opens Chromium with it loaded on the project's own demo
// news page. With a display, a browser window opens and stays until you close it. Without one, it
// runs headless, saves a screenshot of an open card, and prints what was found.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);
const chromeDir = path.join(root, '.output/chrome-mv3');
console.log(`
Aleppo Context is built.
  Chrome / Chromium: chrome://extensions, Developer mode, "Load unpacked" -> ${chromeDir}
  Firefox:           about:debugging#/runtime/this-firefox, "Load Temporary Add-on" -> ${path.join(root, '.output/firefox-mv3')}/manifest.json
`);

const html = readFileSync(path.join(root, 'scripts/demo/news.html'), 'utf8');
const server = createServer((req, res) => {
  if (req.url?.startsWith('/favicon')) return void res.writeHead(204).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demo.html`;

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = mkdtempSync(path.join(os.tmpdir(), 'aleppo-context-demo-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1100, height: 820 } : null,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${chromeDir}`, `--load-extension=${chromeDir}`, '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(headless ? ['--no-sandbox', '--disable-gpu'] : [])],
  });
} catch (e) {
  console.error(`Could not start Chromium at ${executablePath} (set CHROMIUM_PATH): ${(e as Error).message.split('\n')[0]}`);
  server.close();
  process.exit(1);
}
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo page: ${url}`);

if (!headless) {
  console.log('A Chromium window is open with the extension loaded. Close it to finish.');
  await new Promise((r) => context.on('close', r));
} else {
  // Wait for the highlights, then hover a mention long enough for its card to open.
  let found: string[] = [];
  for (let i = 0; i < 40 && !found.length; i++) {
    await page.waitForTimeout(250);
    found = await page.evaluate(() => [...CSS.highlights].flatMap(([name, h]) => [...h].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return `${name.replace('aleppo-context-', '')}: ${live.toString()}`;
    })));
  }
  const box = await page.evaluate(() => {
    for (const h of CSS.highlights.values()) for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() === '50,000') {
        const b = live.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  });
  if (box) {
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(900);
  }
  const shot = path.join(root, '.output/demo.png');
  await page.screenshot({ path: shot });
  console.log(`Found ${found.length} highlighted mentions:\n  ${found.join('\n  ')}`);
  console.log(`Screenshot: ${shot}`);
  await context.close();
}
server.close();
rmSync(profile, { recursive: true, force: true });
