// `node scripts/bench/profile-only.ts [page ...]`: only the CPU profile section of the bench, for
// the named pages (default: article, synthetic 1 MB, wikipedia). For working on a hot spot.
import { rmSync } from 'node:fs';
import { launchBrowsers } from './browsers.ts';
import { profileBuild } from './build.ts';
import { benchPages, servePages } from './pages.ts';
import { printProfile, profilePage } from './profile.ts';

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : ['article', 'synthetic 1 MB', 'wikipedia'];
const ps = await servePages();
const dir = profileBuild();
const b = await launchBrowsers(dir);
try {
  for (const p of benchPages(ps, false).pages.filter((x) => names.includes(x.name))) console.log(printProfile(await profilePage(b, p, 3)), '\n');
} finally {
  await b.close();
  await ps.close?.();
  rmSync(dir, { recursive: true, force: true });
}
