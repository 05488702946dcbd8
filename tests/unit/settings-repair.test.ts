import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, defaultSettings, type Settings } from '../../core/settings/defaults.ts';
import { repairSettings } from '../../core/settings/repair.ts';
import { validateSettings } from '../../core/settings/schema.ts';

const custom: Settings = {
  version: 1,
  enabled: false,
  siteMode: 'listed',
  allowList: ['bbc.co.uk', 'aljazeera.com'],
  blockList: ['example.org'],
  categories: { person: false, place: true, organisation: true, country: false, group: true, figure: false },
  mutedEntities: ['icrc', 'russia'],
  density: 'every',
  highlightStyle: 'background',
  colors: { person: '#000000', place: '#111111', organisation: '#222222', country: '#333333', group: '#444444', figure: '#555555' },
  hoverDelayMs: 1200,
  figureComparison: false,
  badge: false,
};

describe('repairSettings', () => {
  it('keeps a valid value exactly, with no problems', () => {
    expect(repairSettings(custom)).toEqual({ settings: custom, problems: [] });
    expect(repairSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('returns fresh objects, never the frozen defaults', () => {
    const { settings } = repairSettings(undefined);
    settings.allowList.push('example.com');
    settings.colors.place = '#000000';
    expect(DEFAULT_SETTINGS.allowList).toEqual([]);
    expect(DEFAULT_SETTINGS.colors.place).toBe('#0f766e');
  });

  it('turns a wonky object into the defaults field by field, naming every field', () => {
    const wonky = {
      version: 'one', enabled: 'yes', siteMode: 'everywhere', allowList: 'bbc.co.uk', blockList: { 0: 'x.com' },
      categories: [true], mutedEntities: 'assad', density: 2, highlightStyle: null, colors: '#ffffff', hoverDelayMs: 'fast',
      figureComparison: 0, badge: [],
    };
    const { settings, problems } = repairSettings(wonky);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    for (const key of SETTINGS_KEYS) expect(problems.some((p) => p.startsWith(`${key}: `)), key).toBe(true);
  });

  it('keeps every valid field of a partly corrupt value', () => {
    const { settings, problems } = repairSettings({ ...custom, hoverDelayMs: 'slow', density: 'sometimes' });
    expect(settings).toEqual({ ...custom, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs, density: DEFAULT_SETTINGS.density });
    expect(problems).toEqual([expect.stringMatching(/^density: "sometimes" is not one of/), expect.stringMatching(/^hoverDelayMs: "slow"/)]);
  });

  it('clamps and rounds the hover delay', () => {
    expect(repairSettings({ ...custom, hoverDelayMs: 5000 }).settings.hoverDelayMs).toBe(2000);
    expect(repairSettings({ ...custom, hoverDelayMs: -20 }).settings.hoverDelayMs).toBe(0);
    expect(repairSettings({ ...custom, hoverDelayMs: 412.6 }).settings.hoverDelayMs).toBe(413);
    expect(repairSettings({ ...custom, hoverDelayMs: Number.NaN }).settings.hoverDelayMs).toBe(350);
    expect(repairSettings({ ...custom, hoverDelayMs: Infinity }).settings.hoverDelayMs).toBe(350);
    expect(repairSettings({ ...custom, hoverDelayMs: 5000 }).problems).toEqual(['hoverDelayMs: 5000 is not a whole number from 0 to 2000; using 2000']);
  });

  it('repairs lists entry by entry: normalises sites, drops garbage and repeats', () => {
    const { settings, problems } = repairSettings({
      ...custom, allowList: ['bbc.co.uk', 'HTTPS://WWW.BBC.CO.UK/news', 42, 'not a site', 'lemonde.fr', 'lemonde.fr'],
    });
    expect(settings.allowList).toEqual(['bbc.co.uk', 'lemonde.fr']);
    expect(problems).toEqual(['allowList: dropped 2 entries that are not a site; normalised 1 site; removed 2 repeated sites']);
  });

  it('drops unknown entity ids and repeats from the muted list', () => {
    const { settings, problems } = repairSettings({ ...custom, mutedEntities: ['icrc', 'mordor', 'icrc', 7, 'russia'] });
    expect(settings.mutedEntities).toEqual(['icrc', 'russia']);
    expect(problems).toEqual(['mutedEntities: dropped 2 unknown entity ids; removed 1 repeated']);
  });

  it('repairs categories and colours one by one', () => {
    const { settings, problems } = repairSettings({
      ...custom,
      categories: { ...custom.categories, person: 'no', extra: true },
      colors: { ...custom.colors, place: 'teal', group: '#ABCDEF', figure: '#abc' },
    });
    expect(settings.categories).toEqual({ ...custom.categories, person: true });
    expect(settings.colors).toEqual({ ...custom.colors, place: '#0f766e', group: '#abcdef', figure: '#aabbcc' });
    expect(problems).toEqual([
      'categories.person: "no" is not true or false; using the default',
      'categories.extra: not a category; dropped',
      'colors.place: "teal" is not a colour; using the default',
      'colors.group: "#ABCDEF" written in lower case',
      'colors.figure: "#abc" written as #aabbcc',
    ]);
  });

  it('drops unknown fields and reports missing ones', () => {
    const { version: _v, badge: _b, ...partial } = custom;
    const { settings, problems } = repairSettings({ ...partial, version: 1, theme: 'dark' });
    expect(settings).toEqual({ ...custom, badge: true });
    expect(settings).not.toHaveProperty('theme');
    expect(problems).toEqual(['badge: missing; using the default', 'theme: not a setting; dropped']);
  });

  it.each([null, undefined, 42, 'settings', [], [custom], true, new Date(0)])('gives the defaults for %p', (raw) => {
    const r = repairSettings(raw);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems).toEqual([expect.stringMatching(/^settings: /)]);
  });

  it('never throws, even on a value whose getters throw', () => {
    const evil = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getPrototypeOf: () => Object.prototype });
    expect(repairSettings(evil).settings).toEqual(defaultSettings());
  });
});

describe('validateSettings (strict)', () => {
  it('accepts a valid value and names the first wrong field otherwise', () => {
    expect(validateSettings(custom)).toEqual({ ok: true, settings: custom });
    expect(validateSettings({ ...custom, hoverDelayMs: 2001 })).toMatchObject({ ok: false, field: 'hoverDelayMs' });
    expect(validateSettings({ ...custom, colors: { ...custom.colors, place: 'red' } })).toMatchObject({ ok: false, field: 'colors.place' });
    expect(validateSettings({ ...custom, allowList: ['a.com', 'A B'] })).toMatchObject({ ok: false, field: 'allowList.1' });
    expect(validateSettings({ ...custom, allowList: ['a.com', 'a.com'] })).toMatchObject({ ok: false, field: 'allowList' });
    expect(validateSettings({ ...custom, zoom: 2 })).toMatchObject({ ok: false, field: 'zoom' });
    const { badge: _b, ...noBadge } = custom;
    expect(validateSettings(noBadge)).toEqual({ ok: false, field: 'badge', error: 'badge: is missing' });
  });
});
