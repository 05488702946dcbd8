// `npm start`: builds the extension for Chrome and Firefox and says where to load each build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const out = (dir: string) => path.resolve('.output', dir);
console.log(`
Aleppo Context is built.
  Chrome / Chromium: open chrome://extensions, switch on Developer mode, "Load unpacked" -> ${out('chrome-mv3')}
  Firefox:           open about:debugging#/runtime/this-firefox, "Load Temporary Add-on" -> ${out('firefox-mv3')}/manifest.json
`);
