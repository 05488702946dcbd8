// What the benchmarks load: the production build in .output/chrome-mv3 (rebuilt with `npx wxt build`
// when it is missing or older than the sources), and, for the CPU profile only, a build of the same
// code that is not minified and has source maps, written to a temporary directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../tests/e2e/support/browser.ts';
import { removeOnExit } from './util.ts';

export const BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');
export const CONTENT_SCRIPT = 'content-scripts/content.js';
const SOURCES = ['assets', 'components', 'core', 'entrypoints', 'lib', 'page', 'public', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const f of readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, f)));
  return max;
}

/** Builds .output/chrome-mv3 if it is missing or older than a source file; returns a line to print. */
export function ensureBuild(): string {
  const out = path.join(BUILD_DIR, CONTENT_SCRIPT);
  const built = existsSync(out) ? statSync(out).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (built && built >= newest) return `build: ${path.relative(ROOT, BUILD_DIR)} is up to date`;
  const why = built ? 'older than the sources' : 'missing';
  const t0 = performance.now();
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', CI: '1' } });
  if (r.status !== 0) throw new Error(`npx wxt build failed (${why}):\n${r.stdout}\n${r.stderr}`);
  return `build: ${path.relative(ROOT, BUILD_DIR)} was ${why}; ran \`npx wxt build\` (${((performance.now() - t0) / 1000).toFixed(1)} s)`;
}

/**
 * The same extension, not minified and with source maps, for function-level profiles. Written to a
 * temporary directory (an absolute outDirTemplate leaves .output and .wxt/tsconfig.json alone).
 */
export function profileBuild(): string {
  const dir = removeOnExit(mkdtempSync(path.join(os.tmpdir(), 'aleppo-bench-profile-build-')));
  const script = `
    import { build } from 'wxt';
    await build({ root: ${JSON.stringify(ROOT)}, browser: 'chrome', outDirTemplate: ${JSON.stringify(dir)},
      vite: () => ({ build: { minify: false, sourcemap: true } }) });`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', CI: '1' } });
  if (r.status !== 0 || !existsSync(path.join(dir, CONTENT_SCRIPT))) throw new Error(`profile build failed:\n${r.stdout}\n${r.stderr}`);
  return dir;
}
