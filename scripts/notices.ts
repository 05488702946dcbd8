// Writes THIRD_PARTY_NOTICES.md: the licence of every package whose code ships inside the
// extension (the production dependency tree plus WXT's small runtime helpers).
// `node scripts/notices.ts --check` fails when the file is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkgDir = (name: string) => path.join(root, 'node_modules', name);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** The shipped packages: production dependencies and theirs, plus WXT's runtime (wxt/utils, wxt/browser). */
export function shippedPackages(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !existsSync(pkgDir(name))) return;
    seen.add(name);
    const meta = readJson(path.join(pkgDir(name), 'package.json'));
    for (const dep of Object.keys(meta.dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(readJson(path.join(root, 'package.json')).dependencies ?? {})) visit(dep);
  // Bundled from devDependencies: WXT's content-script context, define* helpers and browser shim.
  seen.add('wxt');
  seen.add('@wxt-dev/browser');
  seen.delete('typescript'); // valibot's optional peer, types only
  return [...seen].sort();
}

function licenceText(name: string): string {
  const dir = pkgDir(name);
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((f) => path.join(dir, f)).find(existsSync);
  return file ? readFileSync(file, 'utf8').trim() : `(no licence file shipped; package.json declares ${readJson(path.join(dir, 'package.json')).license})`;
}

export function renderNotices(): string {
  const parts = ['# Third-party notices', '',
    'Aleppo Context bundles the following packages. Each is used unmodified; the source of every',
    'package is available from the npm registry under the name and version given.', ''];
  for (const name of shippedPackages()) {
    const meta = readJson(path.join(pkgDir(name), 'package.json'));
    parts.push(`## ${name} ${meta.version} (${meta.license})`, '', '```', licenceText(name), '```', '');
  }
  return parts.join('\n');
}

const out = path.join(root, 'THIRD_PARTY_NOTICES.md');
if (process.argv.includes('--check')) {
  if (!existsSync(out) || readFileSync(out, 'utf8') !== renderNotices()) {
    console.error('THIRD_PARTY_NOTICES.md is out of date: run `node scripts/notices.ts`');
    process.exit(1);
  }
} else if (import.meta.main) {
  writeFileSync(out, renderNotices());
  console.log(`wrote ${path.relative(root, out)} (${shippedPackages().length} packages)`);
}
