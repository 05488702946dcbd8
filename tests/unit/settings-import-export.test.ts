import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type Settings } from '../../core/settings/defaults.ts';
import { exportSettings, parseSettingsImport } from '../../core/settings/import-export.ts';

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  siteMode: 'listed',
  allowList: ['bbc.co.uk', 'xn--bcher-kva.de'],
  mutedEntities: ['assad'],
  colors: { ...DEFAULT_SETTINGS.colors, figure: '#ff0000' },
  hoverDelayMs: 0,
};
const file = (o: object) => JSON.stringify(o);

describe('export', () => {
  it('writes pretty JSON with the version first and every field, and reads back the same', () => {
    const text = exportSettings(mine);
    expect(text).toMatch(/^\{\n {2}"version": 1,\n {2}"enabled": false,/);
    expect(Object.keys(JSON.parse(text))).toEqual(SETTINGS_KEYS);
    expect(parseSettingsImport(text)).toEqual({ ok: true, settings: mine, defaulted: [] });
  });
});

describe('import', () => {
  it.each([
    ['', 'not-json', undefined],
    ['{"version": 1,', 'not-json', undefined],
    ['<html></html>', 'not-json', undefined],
    ['[]', 'not-object', undefined],
    ['"settings"', 'not-object', undefined],
    ['null', 'not-object', undefined],
    ['{}', 'invalid-field', 'version'],
    ['{"version": "1"}', 'invalid-field', 'version'],
    ['{"version": 0}', 'invalid-field', 'version'],
    ['{"version": 2}', 'newer-version', 'version'],
    ['{"version": 1, "sparkles": true}', 'unknown-field', 'sparkles'],
    ['{"version": 1, "enabled": "yes"}', 'invalid-field', 'enabled'],
    ['{"version": 1, "siteMode": "everywhere"}', 'invalid-field', 'siteMode'],
    ['{"version": 1, "hoverDelayMs": 2500}', 'invalid-field', 'hoverDelayMs'],
    ['{"version": 1, "hoverDelayMs": "fast"}', 'invalid-field', 'hoverDelayMs'],
    ['{"version": 1, "allowList": "bbc.co.uk"}', 'invalid-field', 'allowList'],
    ['{"version": 1, "allowList": ["bbc.co.uk", "not a site"]}', 'invalid-field', 'allowList.1'],
    ['{"version": 1, "blockList": [3]}', 'invalid-field', 'blockList.0'],
    ['{"version": 1, "mutedEntities": ["mordor"]}', 'invalid-field', 'mutedEntities.0'],
    ['{"version": 1, "categories": {"person": 1}}', 'invalid-field', 'categories.person'],
    ['{"version": 1, "colors": {"person": "purple"}}', 'invalid-field', 'colors.person'],
    // the wrong value is named, not a colour the file leaves out
    ['{"version": 1, "colors": {"place": "red"}}', 'invalid-field', 'colors.place'],
    ['{"version": 1, "categories": {"place": true, "weather": true}}', 'invalid-field', 'categories.weather'],
    ['{"version": 1, "colors": []}', 'invalid-field', 'colors'],
  ])('refuses %j (%s, naming %s)', (text, code, field) => {
    const r = parseSettingsImport(text);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) {
      expect(r.field).toBe(field);
      if (field) expect(r.error.startsWith(`${field}:`) || r.error.includes(`"${field}"`)).toBe(true);
      expect(r.error).toMatch(/\.$/);
    }
  });

  it('refuses a list past the limit, and a huge file before parsing it', () => {
    const allowList = Array.from({ length: 1001 }, (_, i) => `s${i}.com`);
    expect(parseSettingsImport(file({ version: 1, allowList }))).toMatchObject({ ok: false, field: 'allowList', error: 'allowList: must hold at most 1,000 sites.' });
    expect(parseSettingsImport(' '.repeat(1_000_001))).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses lists that fit the count but not the sync quota', () => {
    const long = (i: number) => `${String(i).padStart(4, '0')}${'x'.repeat(58)}.${'y'.repeat(63)}.${'z'.repeat(63)}.com`;
    const allowList = Array.from({ length: 600 }, (_, i) => long(i));
    const r = parseSettingsImport(file({ version: 1, allowList }));
    expect(r).toMatchObject({ ok: false, code: 'invalid-field', field: 'allowList' });
    expect(!r.ok && r.error).toMatch(/too large to sync/);
  });

  it('normalises sites and colours, drops repeats, and defaults the fields a file leaves out', () => {
    const r = parseSettingsImport(file({
      version: 1, enabled: false, allowList: ['https://WWW.BBC.co.uk/news', 'bbc.co.uk', 'lemonde.fr'],
      colors: { ...DEFAULT_SETTINGS.colors, person: '#ABCDEF' }, mutedEntities: ['icrc', 'icrc'],
    }));
    expect(r).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, enabled: false, allowList: ['bbc.co.uk', 'lemonde.fr'], colors: { ...DEFAULT_SETTINGS.colors, person: '#abcdef' }, mutedEntities: ['icrc'] },
      defaulted: ['siteMode', 'blockList', 'categories', 'density', 'highlightStyle', 'hoverDelayMs', 'figureComparison', 'badge'],
    });
  });

  it('gives the colours and categories a file leaves out their defaults, and says which', () => {
    const r = parseSettingsImport(file({ version: 1, categories: { person: false }, colors: { place: '#112233' } }));
    expect(r).toMatchObject({
      ok: true,
      settings: { categories: { ...DEFAULT_SETTINGS.categories, person: false }, colors: { ...DEFAULT_SETTINGS.colors, place: '#112233' } },
    });
    expect(r.ok && r.defaulted).toEqual(expect.arrayContaining(['categories.place', 'categories.figure', 'colors.person', 'colors.figure']));
    expect(r.ok && r.defaulted).not.toContain('colors.place');
    expect(r.ok && r.defaulted).not.toContain('categories.person');
  });

  it('shows the control characters of a binary file as escapes in its message', () => {
    const r = parseSettingsImport('\u0000\u0001PNG\r\n\u001a');
    expect(r).toMatchObject({ ok: false, code: 'not-json' });
    expect([...(!r.ok ? r.error : '')].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
    expect(!r.ok && r.error).toMatch(/^The file is not JSON \(.*\)\.$/);
  });

  it('accepts a byte order mark', () => {
    expect(parseSettingsImport(`\uFEFF${exportSettings(mine)}`)).toMatchObject({ ok: true, settings: mine });
  });
});
