import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@/core/settings/index.ts';
import {
  createSettingsStore, getSettings, loadSettings, resetSettings, saveSettings, watchSettings,
} from '@/lib/settings-store.ts';

const sync = () => fakeBrowser.storage.sync;
const stored = () => sync().get(null) as Promise<Record<string, unknown>>;
/** n distinct sites of `len` characters, in labels of at most 60 */
const sites = (n: number, len = 40) =>
  Array.from({ length: n }, (_, i) => `${String(i).padStart(5, '0')}${'x'.repeat(len - 9)}`.replace(/(.{60})/g, '$1.').replace(/\.$/, '') + '.com');
/** What each item costs against the 8 KB per-item quota: key + JSON of the value. */
const bytes = (k: string, v: unknown) => new TextEncoder().encode(k + JSON.stringify(v)).length;

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('round-trips a change, and records the version for WXT', async () => {
    const r = await saveSettings({ enabled: false, siteMode: 'listed', allowList: ['bbc.co.uk'], hoverDelayMs: 900 });
    const want: Settings = { ...DEFAULT_SETTINGS, enabled: false, siteMode: 'listed', allowList: ['bbc.co.uk'], hoverDelayMs: 900 };
    expect(r).toEqual({ ok: true, settings: want });
    expect(await getSettings()).toEqual(want);
    const raw = await stored();
    expect(raw['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(raw['settings']).toMatchObject({ enabled: false, chunks: { allowList: 1, blockList: 0 } });
    expect(raw['settings.allowList.0']).toEqual(['bbc.co.uk']);
  });

  it('applies a function of the current settings, one save after another', async () => {
    await Promise.all([
      saveSettings((cur) => ({ blockList: [...cur.blockList, 'a.com'] })),
      saveSettings((cur) => ({ blockList: [...cur.blockList, 'b.com'] })),
      saveSettings((cur) => ({ mutedEntities: [...cur.mutedEntities, 'icrc'] })),
    ]);
    expect(await getSettings()).toMatchObject({ blockList: ['a.com', 'b.com'], mutedEntities: ['icrc'] });
  });

  it('repairs a corrupt stored value on read, keeping its valid fields', async () => {
    await saveSettings({ badge: false, density: 'every', allowList: ['bbc.co.uk'] });
    const raw = await stored();
    await sync().set({
      settings: { ...(raw['settings'] as object), hoverDelayMs: 'slow', colors: { person: 'purple' }, junk: 1 },
      'settings.allowList.0': ['bbc.co.uk', 42, 'WWW.LeMonde.fr'],
    });
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, badge: false, density: 'every', allowList: ['bbc.co.uk', 'lemonde.fr'] });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'allowList', 'colors.person', 'colors.place', 'colors.organisation', 'colors.country', 'colors.group', 'colors.figure', 'hoverDelayMs', 'junk',
    ]);
  });

  it('reads garbage in storage as the defaults, and a version 0 value by migrating it', async () => {
    await sync().set({ settings: 'garbage' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await sync().set({ settings: { on: false, mode: 'news-only', ignoredSites: ['https://www.example.org/'], delay: 1 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, siteMode: 'news', blockList: ['example.org'], hoverDelayMs: 1000 });
    // The next save writes the current layout.
    await saveSettings({ badge: false });
    const raw = await stored();
    expect(raw['settings']).toMatchObject({ version: 1, enabled: false, badge: false, chunks: { allowList: 0, blockList: 1 } });
    expect(raw['settings']).not.toHaveProperty('on');
    expect(raw['settings.blockList.0']).toEqual(['example.org']);
  });

  it('splits long lists across items under 8 KB, and removes parts left over when a list shrinks', async () => {
    const allowList = sites(1000);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await saveSettings({ allowList, blockList: sites(200, 120) })).toMatchObject({ ok: true });
    expect(set).toHaveBeenCalledOnce(); // one write operation, applied whole or not at all
    set.mockRestore();
    const raw = await stored();
    const keys = Object.keys(raw);
    expect(keys.filter((k) => k.startsWith('settings.allowList.')).length).toBeGreaterThan(4);
    for (const [k, v] of Object.entries(raw)) expect(bytes(k, v), k).toBeLessThanOrEqual(8192);
    expect(Object.entries(raw).reduce((n, [k, v]) => n + bytes(k, v), 0)).toBeLessThan(102_400);
    expect((await getSettings()).allowList).toEqual(allowList);

    await saveSettings({ allowList: ['bbc.co.uk'], blockList: [] });
    const after = await stored();
    expect(Object.keys(after).sort()).toEqual(['settings', 'settings$', 'settings.allowList.0']);
    expect(await getSettings()).toMatchObject({ allowList: ['bbc.co.uk'], blockList: [] });
  });

  it('refuses lists over the limits with a message, losing nothing already saved', async () => {
    await saveSettings({ allowList: ['bbc.co.uk'] });
    const before = await stored();
    const tooMany = await saveSettings({ allowList: sites(1001) });
    expect(tooMany).toMatchObject({ ok: false, code: 'quota', field: 'allowList' });
    expect(!tooMany.ok && tooMany.error).toBe('allowList: 1,001 sites; a list holds at most 1,000. Nothing was saved; your settings are as they were.');
    const tooBig = await saveSettings({ allowList: sites(600, 200), blockList: sites(300, 200) });
    expect(tooBig).toMatchObject({ ok: false, code: 'quota' });
    expect(!tooBig.ok && tooBig.error).toMatch(/too large to sync/);
    expect(await stored()).toEqual(before);
  });

  it('refuses an invalid change, naming the field', async () => {
    const r = await saveSettings({ hoverDelayMs: 5000 });
    expect(r).toEqual({ ok: false, code: 'invalid', field: 'hoverDelayMs', error: 'hoverDelayMs: must be from 0 to 2000. Nothing was saved.' });
    expect(await saveSettings({ colour: 'red' } as Partial<Settings>)).toMatchObject({ ok: false, field: 'colour' });
    expect(await stored()).toEqual({});
  });

  it('keeps the previous value when the browser refuses the write, and says so', async () => {
    await saveSettings({ badge: false });
    const before = await stored();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await saveSettings({ badge: true, enabled: false });
    expect(r).toEqual({
      ok: false, code: 'write-failed',
      error: 'The browser did not save the change (QUOTA_BYTES quota exceeded). Your settings are as they were.',
    });
    expect(set).toHaveBeenCalledOnce();
    set.mockRestore();
    expect(await stored()).toEqual(before);
    expect(await getSettings()).toMatchObject({ badge: false, enabled: true });
  });

  it('writes nothing when nothing changes, and writes a change with one set call', async () => {
    await saveSettings({ allowList: sites(300) });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await saveSettings({ allowList: sites(300) })).toMatchObject({ ok: true });
    expect(set).not.toHaveBeenCalled();
    await saveSettings({ badge: false });
    expect(set).toHaveBeenCalledOnce();
    expect(Object.keys(set.mock.calls[0]![0] as object)).toEqual(['sync:settings'.slice(5)]); // only the changed item
    set.mockRestore();
  });

  it('stays under the write quota: refuses past the per-minute limit until a minute has passed', async () => {
    let now = 1_000_000;
    const store = createSettingsStore({ now: () => now, maxWritesPerMinute: 3 });
    for (const ms of [100, 200, 300]) expect(await store.saveSettings({ hoverDelayMs: ms })).toMatchObject({ ok: true });
    const r = await store.saveSettings({ hoverDelayMs: 400 });
    expect(r).toMatchObject({ ok: false, code: 'rate' });
    expect((await store.getSettings()).hoverDelayMs).toBe(300);
    now += 60_001;
    expect(await store.saveSettings({ hoverDelayMs: 400 })).toMatchObject({ ok: true });
  });

  it('gives the defaults when storage cannot be read, and does not write then', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is down'));
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: ['storage: could not be read (sync is down); using the defaults'] });
    expect(await saveSettings({ badge: false })).toMatchObject({ ok: false, code: 'read-failed' });
    get.mockRestore();
    expect(await stored()).toEqual({});
  });

  it('resets to the defaults, emptying the lists', async () => {
    await saveSettings({ enabled: false, allowList: sites(400), mutedEntities: ['assad'] });
    expect(await resetSettings()).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(await stored()).sort()).toEqual(['settings', 'settings$']);
  });

  it('tells watchers about every change, from this page or another, once, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ badge: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ badge: false });
    // Another page (or sync) writes the storage directly.
    await sync().set({ 'settings.blockList.0': ['x.com'], settings: { ...((await stored())['settings'] as object), chunks: { allowList: 0, blockList: 1 } } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ badge: false, blockList: ['x.com'] });
    // Unrelated keys and no-op writes are ignored.
    await sync().set({ somethingElse: 1 });
    await saveSettings({ badge: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
    unwatch();
    await saveSettings({ badge: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });
});
