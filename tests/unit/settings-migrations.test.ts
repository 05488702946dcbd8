import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../core/settings/defaults.ts';
import { MIGRATIONS, migrateSettings, readSettings, versionOf, type Migration } from '../../core/settings/migrations.ts';

const v0 = {
  on: false,
  mode: 'my-sites',
  sites: ['https://www.bbc.co.uk/news/world', 'aljazeera.com'],
  ignoredSites: ['WWW.Example.org'],
  hidden: ['icrc'],
  underline: false,
  delay: 0.8,
};

describe('settings migrations', () => {
  it('has one step from each version to the next, up to the current one', () => {
    expect(SETTINGS_VERSION).toBe(1);
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i);
      expect(m.to).toBe(i + 1);
    });
    expect(MIGRATIONS.at(-1)!.to).toBe(SETTINGS_VERSION);
  });

  it('reads an unversioned value as version 0', () => {
    expect(versionOf({ on: true })).toBe(0);
    expect(versionOf({ version: 1 })).toBe(1);
    expect(versionOf({ version: 'x' })).toBe(SETTINGS_VERSION);
  });

  it('migrates the version 0 prototype shape, field by field', () => {
    const r = readSettings(v0);
    expect(r.from).toBe(0);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      siteMode: 'listed',
      allowList: ['bbc.co.uk', 'aljazeera.com'],
      blockList: ['example.org'],
      mutedEntities: ['icrc'],
      highlightStyle: 'background',
      hoverDelayMs: 800,
    });
  });

  it('maps every version 0 mode and keeps defaults for what version 0 did not have', () => {
    expect(readSettings({ on: true, mode: 'everywhere' }).settings.siteMode).toBe('all');
    expect(readSettings({ on: true, mode: 'news-only' }).settings.siteMode).toBe('news');
    expect(readSettings({ on: true }).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('hands bad version 0 values to repair, which names them', () => {
    const r = readSettings({ on: 'maybe', mode: 'sometimes', delay: 99, sites: ['ok.com', 'not a site'] });
    expect(r.settings.enabled).toBe(true);
    expect(r.settings.siteMode).toBe('all');
    expect(r.settings.hoverDelayMs).toBe(2000);
    expect(r.settings.allowList).toEqual(['ok.com']);
    expect(r.problems.map((p) => p.split(':')[0])).toEqual(['enabled', 'siteMode', 'allowList', 'hoverDelayMs']);
  });

  it('keeps the fields of a current value that only lost its version', () => {
    const { version: _v, ...rest } = { ...DEFAULT_SETTINGS, badge: false, density: 'every' as const };
    expect(readSettings(rest).settings).toMatchObject({ badge: false, density: 'every', version: 1 });
  });

  it('leaves a current value alone', () => {
    const current = { ...DEFAULT_SETTINGS, enabled: false };
    expect(migrateSettings(current)).toEqual({ value: current, from: 1, problems: [] });
  });

  it('reads a value from a newer version for the fields it knows', () => {
    const r = readSettings({ ...DEFAULT_SETTINGS, version: 7, badge: false, sparkles: true });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, badge: false });
    expect(r.problems[0]).toMatch(/^version: 7 is newer/);
    expect(r.problems).toContain('sparkles: not a setting; dropped');
  });

  it('runs several steps in order, and survives a missing or failing step', () => {
    const steps: Migration[] = [
      { from: 0, to: 1, what: 'a', migrate: (o) => ({ ...o, a: 1 }) },
      { from: 1, to: 2, what: 'b', migrate: (o) => ({ ...o, b: Number(o.a) + 1 }) },
    ];
    expect(migrateSettings({ x: 0 }, steps, 2)).toEqual({ value: { x: 0, a: 1, b: 2, version: 2 }, from: 0, problems: [] });
    expect(migrateSettings({ version: 1 }, steps.slice(0, 1), 2).problems).toEqual(['version: no migration from version 1; read as version 2']);
    const failing: Migration[] = [{ from: 0, to: 1, what: 'x', migrate: () => { throw new Error('nope'); } }];
    expect(migrateSettings({}, failing, 1).problems[0]).toMatch(/^version: the migration from version 0 failed/);
  });

  it('gives the defaults, with no problems, when nothing is stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], from: undefined });
    expect(readSettings(null).problems).toEqual([]);
  });
});
