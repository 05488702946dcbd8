// `node scripts/bench/profile-append.ts [rounds] [burst]`: where the content script spends its time
// when one paragraph is appended to the 1 MB page after its initial scan (the incremental
// benchmark's append step), or, with `burst`, during its 1,000 mutations in one second; from an
// unminified build with source maps. For working on those two budgets.
import { rmSync } from 'node:fs';
import { launchBrowsers } from './browsers.ts';
import { profileBuild } from './build.ts';
import { loadWithExtension, resumeObserver, waitForDone } from './extension.ts';
import { benchPages, servePages } from './pages.ts';
import { functionCosts, oursBetween, startTrace, threadView } from './trace.ts';
import { runNamed, sleep } from './util.ts';
import { burst } from './incremental.ts';
import { costMapper } from './profile.ts';
import { table } from './stats.ts';

const rounds = Number(process.argv[2] ?? 5);
const storm = process.argv[3] === 'burst';
const ps = await servePages();
const dir = profileBuild();
const b = await launchBrowsers(dir);
const { where } = costMapper(b.extensionDir);
const rows = new Map<string, { self: number; total: number }>();
let cpu = 0;
try {
  const page = benchPages(ps, false).pages.find((x) => x.name === 'synthetic 1 MB')!;
  for (let r = 0; r < rounds; r++) {
    const { tab } = await loadWithExtension(b, page);
    await resumeObserver(tab.page);
    const trace = await startTrace(tab.cdp);
    await sleep(300);
    const since = Date.now();
    await tab.page.evaluate(() => performance.mark('append'));
    let after = since;
    if (storm) after = await burst(tab, 20_000);
    else
      await runNamed(tab.cdp, 'append', () => {
        const p = document.createElement('p');
        p.textContent = 'Breaking: the evacuation of eastern Aleppo resumed on Thursday, the ICRC said, as 34,000 people left the city.';
        (document.querySelector('article') ?? document.body).append(p);
      });
    await waitForDone(b, tab.page, { since: after, url: page.url, timeoutMs: 20_000 });
    await tab.page.evaluate(() => performance.mark('append:done'));
    const events = await trace.stop();
    await tab.close();
    const m = (n: string) => events.find((e) => e.name === n && e.cat.includes('blink.user_timing'))!;
    const view = threadView(events, { pid: m('append').pid, tid: m('append').tid }, (u) => u === b.contentScriptUrl, { yieldIsOurs: true });
    const s = oursBetween(view, m('append').ts, m('append:done').ts);
    cpu += s.cpuUs / 1000;
    console.log(`round ${r + 1}: ${(s.cpuUs / 1000).toFixed(2)} ms CPU in ${s.tasks.length} tasks`);
    for (const c of functionCosts(view, m('append').ts, m('append:done').ts).costs) {
      const k = where(c);
      const row = rows.get(k) ?? { self: 0, total: 0 };
      row.self += c.selfUs / 1000 / rounds;
      row.total += c.totalUs / 1000 / rounds;
      rows.set(k, row);
    }
  }
  console.log(`mean ${(cpu / rounds).toFixed(2)} ms CPU per ${storm ? 'burst' : 'append'}`);
  const by = (k: 'self' | 'total') => [...rows].sort((a, c) => c[1][k] - a[1][k]).slice(0, 25).map(([w, v]) => [w, v.self.toFixed(3), v.total.toFixed(3)]);
  console.log(table(['function (by self)', 'self ms', 'total ms'], by('self')));
  console.log(table(['function (by total)', 'self ms', 'total ms'], by('total')));
} finally {
  await b.close();
  await ps.close?.();
  rmSync(dir, { recursive: true, force: true });
}
