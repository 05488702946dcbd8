import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/browser.ts';

const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const zip = path.join(ROOT, `.output/aleppo-context-${version}-sources.zip`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'aleppo-context-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(root, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(root);
  return out;
}

// a reviewer's shell, not vitest's: vitest sets NODE_ENV=test (and VITEST*), which change a build
const reviewerEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: reviewerEnv });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
};

describe.skipIf(!existsSync(zip))('the sources zip for addons.mozilla.org', () => {
  it('rebuilds, in a clean folder, the same Firefox extension', { timeout: 300_000 }, () => {
    run('unzip', ['-q', zip, '-d', dir], ROOT);
    expect(existsSync(path.join(dir, '.nvmrc'))).toBe(true);
    run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    run('npm', ['run', '--silent', 'build'], dir);
    expect(hashes(path.join(dir, '.output/firefox-mv3'))).toEqual(hashes(path.join(ROOT, '.output/firefox-mv3')));
  });
});
