// Lints the Firefox build with Mozilla's addons-linter (through web-ext) and fails on any error.
// Warnings are printed; each one that remains is explained in the README.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = '.output/firefox-mv3';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`${dir} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let result: { summary: { errors: number; warnings: number; notices: number }; errors: Msg[]; warnings: Msg[] };
interface Msg { code: string; message: string; file?: string }
try {
  result = JSON.parse(r.stdout);
} catch {
  console.error(`web-ext lint printed no report:\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
for (const m of [...result.errors, ...result.warnings]) console.log(`${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
console.log(`web-ext lint ${dir}: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`);
process.exit(result.summary.errors ? 1 : 0);
