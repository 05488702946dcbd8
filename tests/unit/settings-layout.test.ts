import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/defaults.ts';
import { ALL_KEYS, MAIN_KEY, checkQuota, chunkKey, fromStoredItems, splitList, storedBytes, toStoredItems } from '../../core/settings/layout.ts';
import { CHUNK_MAX_BYTES, LIST_MAX_CHUNKS, SETTINGS_MAX_BYTES, SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, byteLength, itemBytes } from '../../core/settings/limits.ts';
import { readSettings } from '../../core/settings/migrations.ts';

const sites = (n: number, len = 20) => Array.from({ length: n }, (_, i) => `${String(i).padStart(5, '0')}${'a'.repeat(Math.max(0, len - 9))}.com`);
const withLists = (allowList: string[], blockList: string[] = []): Settings => ({ ...DEFAULT_SETTINGS, allowList, blockList });
const roundTrip = (s: Settings) => readSettings(fromStoredItems(JSON.parse(JSON.stringify(toStoredItems(s)))).value);

describe('storage layout', () => {
  it('keeps the limits inside the browser quotas', () => {
    expect(CHUNK_MAX_BYTES).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(SETTINGS_MAX_BYTES).toBeLessThan(SYNC_QUOTA_BYTES);
    expect(ALL_KEYS.length + 1).toBeLessThan(SYNC_MAX_ITEMS);
    expect(ALL_KEYS).toHaveLength(1 + 2 * LIST_MAX_CHUNKS);
  });

  it('counts bytes as UTF-8', () => {
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('é')).toBe(2);
    expect(byteLength('حلب')).toBe(6);
    expect(byteLength('🇸🇾')).toBe(8);
    expect(itemBytes('k', ['a'])).toBe(1 + 5);
  });

  it('stores the defaults as one main item and no chunks', () => {
    const items = toStoredItems(DEFAULT_SETTINGS);
    expect(Object.entries(items).filter(([, v]) => v !== undefined).map(([k]) => k)).toEqual([MAIN_KEY]);
    expect(items[MAIN_KEY]).toMatchObject({ chunks: { allowList: 0, blockList: 0 }, hoverDelayMs: 350 });
    expect(items[MAIN_KEY]).not.toHaveProperty('allowList');
    expect(roundTrip(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], from: 1 });
  });

  it('splits long lists into chunks that each fit an item, and puts them back in order', () => {
    const s = withLists(sites(1000, 40), sites(300, 60));
    const items = toStoredItems(s);
    const used = Object.entries(items).filter(([, v]) => v !== undefined);
    expect(used.length).toBeGreaterThan(3);
    for (const [key, value] of used) expect(itemBytes(key, value)).toBeLessThanOrEqual(CHUNK_MAX_BYTES);
    expect(items[chunkKey('allowList', 0)]).toEqual(expect.arrayContaining(['00000aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com']));
    expect(roundTrip(s).settings).toEqual(s);
    expect(roundTrip(s).problems).toEqual([]);
  });

  it('splits at the byte limit exactly', () => {
    const chunks = splitList('blockList', sites(50, 100), 1000);
    for (const [i, c] of chunks.entries()) expect(itemBytes(chunkKey('blockList', i), c)).toBeLessThanOrEqual(1000);
    expect(chunks.flat()).toEqual(sites(50, 100));
    expect(splitList('allowList', [])).toEqual([]);
  });

  it('ignores chunks past the stored count (left over from a longer list), and reads what is there when a part is missing or bad', () => {
    const items = toStoredItems(withLists(['a.com']));
    items[chunkKey('allowList', 1)] = ['stale.com'];
    expect(fromStoredItems(items).value).toMatchObject({ allowList: ['a.com'] });
    const main = items[MAIN_KEY] as Record<string, unknown>;
    const bad = { ...items, [MAIN_KEY]: { ...main, chunks: { allowList: 2, blockList: 'x' } }, [chunkKey('allowList', 0)]: 'oops' };
    const r = fromStoredItems(bad);
    expect(r.value).toMatchObject({ allowList: ['stale.com'], blockList: [] });
    expect(r.problems).toEqual(['allowList: stored part 0 is not a list; skipped', 'blockList: the count of stored parts is "x"; reading what is there']);
  });

  it('passes a value that is not in this layout (nothing stored, version 0) through untouched', () => {
    expect(fromStoredItems({})).toEqual({ value: undefined, problems: [] });
    const v0 = { on: true, sites: ['a.com'] };
    expect(fromStoredItems({ [MAIN_KEY]: v0 }).value).toBe(v0);
  });
});

describe('quota', () => {
  it('accepts two full lists of ordinary sites', () => {
    const s = withLists(sites(1000), sites(1000));
    expect(checkQuota(s)).toBeUndefined();
    expect(storedBytes(s)).toBeLessThan(SETTINGS_MAX_BYTES);
  });

  it('refuses a list of more than 1,000 sites, naming it', () => {
    expect(checkQuota(withLists([], sites(1001)))).toEqual({
      field: 'blockList', code: 'too-many', error: 'blockList: 1,001 sites; a list holds at most 1,000',
    });
  });

  it('refuses lists of very long names that would not fit the sync area', () => {
    const r = checkQuota(withLists(sites(700, 200), sites(200, 200)));
    expect(r).toMatchObject({ code: 'too-large', field: 'allowList' });
    expect(r!.error).toMatch(/too large to sync/);
    const both = checkQuota(withLists(sites(300, 200), sites(300, 200)));
    expect(both).toMatchObject({ code: 'too-large' });
    expect(both!.error).toMatch(/^The site lists are too large to sync: \d+\.\d KB of the 90\.0 KB allowed/);
  });
});
