import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scan-'));
const scan = (...files: string[]) => spawnSync(process.execPath, ['scripts/scan.ts', ...files], { encoding: 'utf8' });
const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('npm run scan', () => {
  it('prints one JSON line per file, with offsets that slice to the surface', () => {
    const txt = path.join(dir, 'a.txt');
    const text = 'Russia backed the government.\n\nThe ICRC said 34,000 people were evacuated from Aleppo.';
    writeFileSync(txt, text);
    const r = scan(txt);
    expect(r.status).toBe(0);
    const [res] = lines(r.stdout);
    expect(res.file).toBe(txt);
    expect(res.onTopic).toBe(true);
    for (const m of res.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(res.mentions.map((m: { id: string; shown: boolean }) => `${m.id}:${m.shown}`)).toEqual([
      'russia:true', 'icrc:true', 'evacuated-34000:true', 'aleppo:true',
    ]);
  });

  it('reads HTML as the content script would: visible text only, blocks joined by blank lines', () => {
    const html = path.join(dir, 'b.html');
    writeFileSync(html, `<html><head><title>Aleppo title</title><script>var a = "Aleppo";</script><style>.Aleppo{}</style></head>
      <body><p>Bashar <b>al-Assad</b> in Homs</p><div hidden>Hama</div><div aria-hidden="true">Hama</div>
      <p style="display:none">Latakia</p><template>Latakia</template><p>Latakia</p></body></html>`);
    const [res] = lines(scan(html).stdout);
    expect(res.mentions.map((m: { surface: string }) => m.surface)).toEqual(['Bashar al-Assad', 'Homs', 'Latakia']);
    expect(res.mentions[2].start).toBe('Bashar al-Assad in Homs\n\n'.length);
  });

  it('leaves out what a closed <details> or <dialog> does not display', () => {
    const html = path.join(dir, 'd.html');
    writeFileSync(html, '<p>Homs</p><details><summary>Hama</summary><p>Latakia</p></details><details open><p>Aleppo</p></details><dialog><p>Aleppo</p></dialog>');
    const [res] = lines(scan(html).stdout);
    expect(res.mentions.map((m: { surface: string }) => m.surface)).toEqual(['Homs', 'Hama', 'Aleppo']);
  });

  it('reports an unreadable file on stderr, exits non-zero, and still reports the others', () => {
    const ok = path.join(dir, 'c.txt');
    writeFileSync(ok, 'Aleppo');
    const r = scan(path.join(dir, 'missing.txt'), ok);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt.*ENOENT/);
    expect(lines(r.stdout).map((x) => x.file)).toEqual([ok]);
  });
});
