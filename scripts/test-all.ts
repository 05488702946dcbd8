// The one test command (`npm test`): static checks, the three test tiers, and the Firefox lint.
// It runs every step even after a failure, then ends with a plain `N passed, M failed` line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Tally { passed: number; failed: number; skipped: number }
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const report: string[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'aleppo-context-test-'));
const only = new Set(process.argv.slice(2));
const failures: string[] = [];

interface VitestJson {
  testResults?: { name: string; assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}

/** The failed tests of a run, one line each, so the tail of a CI log says what failed and why. */
function failedTests(step: string, json: VitestJson): string[] {
  const lines: string[] = [];
  for (const file of json.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status !== 'failed') continue;
      const why = (t.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, 300);
      lines.push(`  ${step}: ${path.basename(file.name)} > ${t.fullName}\n      ${why}`);
    }
  }
  return lines;
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  return r.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name: string, cmd: string, args: string[]) {
  if (only.size && !only.has(name)) return;
  console.log(`\n== ${name}: ${[cmd, ...args].join(' ')}`);
  const ok = run(cmd, args);
  if (ok) total.passed++;
  else total.failed++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

/** A vitest run: each test counts. */
function vitest(name: string, args: string[]) {
  if (only.size && !only.has(name)) return;
  const out = path.join(tmp, `${name}.json`);
  console.log(`\n== ${name}: vitest ${args.join(' ')}`);
  const ok = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let t: Tally = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  try {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    t = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    failures.push(...failedTests(name, json));
    // A suite that crashed before its tests ran has no failed test but is a failure all the same.
    if (!ok && t.failed === 0) t.failed = 1;
  } catch {
    /* no report: the run crashed; counted as one failure above */
  }
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
  report.push(`${t.failed ? 'FAIL' : 'ok  '} ${name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
}

check('lint', 'npx', ['eslint', '.']);
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('notices', 'node', ['scripts/notices.ts', '--check']);
vitest('unit+dom', ['--project', 'unit', '--project', 'dom']);
check('build', 'npm', ['run', '--silent', 'build']);
check('zip', 'npx', ['wxt', 'zip', '-b', 'firefox']);
check('firefox-lint', 'node', ['scripts/lint-firefox.ts']);
vitest('e2e', ['-c', 'vitest.e2e.config.ts']);
vitest('e2e-firefox', ['-c', 'vitest.firefox.config.ts']);

rmSync(tmp, { recursive: true, force: true });
if (failures.length) console.log(`\nfailed tests:\n${failures.join('\n')}`);
console.log(`\n${report.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
