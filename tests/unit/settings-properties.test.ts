import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../core/pack/schema.ts';
import {
  DENSITIES, HIGHLIGHT_STYLES, SETTINGS_CATEGORIES, SETTINGS_KEYS, SITE_MODES, type Settings, type SettingsKey,
} from '../../core/settings/defaults.ts';
import { exportSettings, parseSettingsImport } from '../../core/settings/import-export.ts';
import { fromStoredItems, toStoredItems } from '../../core/settings/layout.ts';
import { LIST_MAX_SITES, SYNC_QUOTA_BYTES_PER_ITEM, itemBytes } from '../../core/settings/limits.ts';
import { readSettings } from '../../core/settings/migrations.ts';
import { repairSettings } from '../../core/settings/repair.ts';
import { isValidField, validateSettings } from '../../core/settings/schema.ts';
import { isSite, parseSite, siteOf } from '../../core/settings/sites.ts';

const perCategory = <T>(arb: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(SETTINGS_CATEGORIES.map((c) => [c, arb])) as Record<(typeof SETTINGS_CATEGORIES)[number], fc.Arbitrary<T>>);
const site = fc.domain().filter(isSite);
const color = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

/** A valid value for each field. */
const VALID: { [K in SettingsKey]: fc.Arbitrary<Settings[K]> } = {
  version: fc.constant(1),
  enabled: fc.boolean(),
  siteMode: fc.constantFrom(...SITE_MODES),
  allowList: fc.uniqueArray(site, { maxLength: 20 }),
  blockList: fc.uniqueArray(site, { maxLength: 20 }),
  categories: perCategory(fc.boolean()),
  mutedEntities: fc.uniqueArray(fc.constantFrom(...ENTITY_IDS)),
  density: fc.constantFrom(...DENSITIES),
  highlightStyle: fc.constantFrom(...HIGHLIGHT_STYLES),
  colors: perCategory(color),
  hoverDelayMs: fc.integer({ min: 0, max: 2000 }),
  figureComparison: fc.boolean(),
  badge: fc.boolean(),
};
const validSettings = fc.record(VALID) as fc.Arbitrary<Settings>;

/** Near misses: values of the wrong type, or of the right type but out of bounds. */
const wrong = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.double(),
  fc.array(fc.oneof(site, fc.string(), fc.constantFrom(...ENTITY_IDS), fc.integer())),
  fc.constantFrom('#ABCDEF', '#abc', 'red', -1, 2001, 1.5, 'news', 'every', 'WWW.Example.com', null),
  perCategory(fc.oneof(fc.boolean(), color, fc.string())),
);

/** An object with each field valid, wrong or missing, and extra fields. */
const mixed = fc
  .record(
    Object.fromEntries(SETTINGS_KEYS.map((k) => [k, fc.oneof(VALID[k] as fc.Arbitrary<unknown>, wrong)])) as Record<SettingsKey, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  )
  .chain((o) => fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }).map((extra) => ({ ...extra, ...o })));

const expectValid = (s: Settings) => {
  expect(validateSettings(s)).toEqual({ ok: true, settings: s });
  expect(Object.keys(s)).toEqual(SETTINGS_KEYS);
};

describe('settings properties', () => {
  it('repair never throws on any value, and always gives valid settings', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), (raw) => {
        const r = repairSettings(raw);
        expectValid(r.settings);
        expectValid(readSettings(raw).settings);
      }),
      { numRuns: 500 },
    );
  });

  it('repair keeps every field that was valid unchanged, and names every field it changed', () => {
    fc.assert(
      fc.property(mixed, (raw) => {
        const { settings, problems } = repairSettings(raw);
        expectValid(settings);
        for (const key of SETTINGS_KEYS) {
          if (Object.hasOwn(raw, key) && isValidField(key, raw[key])) expect(settings[key]).toEqual(raw[key]);
          else expect(problems.some((p) => p.startsWith(`${key}: `) || p.startsWith(`${key}.`)), key).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a valid value comes back from repair exactly, with no problems', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        expect(repairSettings(s)).toEqual({ settings: s, problems: [] });
      }),
    );
  });

  it('huge lists are cut to the limit, keeping only sites, each once', () => {
    const entry = fc.oneof(site, fc.string(), fc.constantFrom('bbc.co.uk', 'WWW.BBC.CO.UK', 'https://bbc.co.uk/x'), fc.integer());
    fc.assert(
      fc.property(fc.array(entry, { minLength: 900, maxLength: 3000 }), (list) => {
        const { settings } = repairSettings({ ...validSettingsSample, allowList: list });
        expect(settings.allowList.length).toBeLessThanOrEqual(LIST_MAX_SITES);
        expect(new Set(settings.allowList).size).toBe(settings.allowList.length);
        expect(settings.allowList.every(isSite)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('site normalisation is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), site.map((d) => `WWW.${d.toUpperCase()}/path`)), (text) => {
        const r = parseSite(text);
        if (r.ok) {
          expect(isSite(r.site)).toBe(true);
          expect(siteOf(r.site)).toBe(r.site);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('import never throws on any text, and what it accepts is valid', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.anything().map((x) => JSON.stringify(x) ?? 'undefined'),
      mixed.map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseSettingsImport(t);
        if (r.ok) expectValid(r.settings);
        else expect(r.error.length).toBeGreaterThan(5);
      }),
      { numRuns: 500 },
    );
  });

  it('export then import gives the same settings', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        expect(parseSettingsImport(exportSettings(s))).toEqual({ ok: true, settings: s, defaulted: [] });
      }),
    );
  });

  it('the storage layout keeps every item under the per-item quota and reads back the same settings', () => {
    const bigSettings = fc.record({ ...VALID, allowList: fc.uniqueArray(site, { maxLength: 1000 }), blockList: fc.uniqueArray(site, { maxLength: 300 }) });
    fc.assert(
      fc.property(bigSettings, (s) => {
        const items = JSON.parse(JSON.stringify(toStoredItems(s))) as Record<string, unknown>;
        for (const [k, v] of Object.entries(items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
        expect(readSettings(fromStoredItems(items).value)).toEqual({ settings: s, problems: [], from: 1 });
      }),
      { numRuns: 25 },
    );
  });
});

const validSettingsSample: Settings = fc.sample(validSettings, { numRuns: 1, seed: 1 })[0]!;
