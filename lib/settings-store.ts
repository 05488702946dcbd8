import { browser } from 'wxt/browser';
import { watchStorage } from './storage-watch.ts';
import {
  ALL_KEYS, MAIN_KEY, META_KEY, SETTINGS_AREA, SETTINGS_VERSION, STORE_MAX_WRITES_PER_HOUR, STORE_MAX_WRITES_PER_MINUTE, checkListCounts, checkQuota,
  isSettingsKey,
  defaultSettings, fromStoredItems, readSettings, toStoredItems, validateSettings, type QuotaProblem, type Settings, type StoredItems,
} from '@/core/settings/index.ts';

/**
 * The reader's settings in `storage.sync`, so they follow the reader between browsers.
 *
 * Layout (core/settings/layout.ts): `sync:settings` holds every field but the site lists, and
 * how many chunk items each list has; `sync:settings$` is WXT's metadata ({ v: SETTINGS_VERSION });
 * `sync:settings.allowList.<i>` and `sync:settings.blockList.<i>` hold the lists in chunks of at
 * most 7,000 bytes, so no item comes near the 8 KB per-item quota.
 *
 * Every read is migrated, validated and repaired (core/settings): a corrupt or partial value keeps
 * its valid fields. A save is validated and checked against the quotas before anything is written,
 * and written with one `set` call (the browser applies it whole or not at all), so a failed save
 * leaves the previous settings as they were.
 *
 * Versions: WXT's item `version` records the layout version in `settings$`. Migrations are core's
 * (core/settings/migrations.ts), not WXT's `migrations` option: WXT migrates one item at a time,
 * but a list may span several chunk items, and WXT versions start at 1, while the unversioned
 * prototype shape is version 0. Core's migrations run on the reassembled value on every read,
 * and the next save writes the current shape.
 */

export type SaveErrorCode = 'invalid' | 'quota' | 'rate' | 'read-failed' | 'write-failed';
export type SaveResult =
  | { ok: true; settings: Settings }
  | { ok: false; code: SaveErrorCode; /** the setting at fault, when one is */ field?: string; error: string };

export type SettingsPatch = Partial<Settings>;
export type PatchOrUpdate = SettingsPatch | ((current: Settings) => SettingsPatch);

export interface LoadedSettings {
  settings: Settings;
  /** what was repaired on reading (empty for a healthy value) */
  problems: string[];
}

export interface SettingsStore {
  /** The settings, migrated, validated and repaired. Never rejects: storage errors give the defaults. */
  getSettings(): Promise<Settings>;
  /** Same, with the list of what was repaired. */
  loadSettings(): Promise<LoadedSettings>;
  /**
   * Applies a change (fields to replace, or a function of the current settings, which avoids
   * overwriting a change made meanwhile in another page) and writes it. Saves run one at a time.
   */
  saveSettings(patch: PatchOrUpdate): Promise<SaveResult>;
  /** Puts every setting back to its default (empties both site lists). */
  resetSettings(): Promise<SaveResult>;
  /** Calls `cb` with the new settings whenever they change (here, in another page, or by sync). */
  watchSettings(cb: (settings: Settings) => void): () => void;
}

/** The settings' storage area, reached directly (WXT's storage wrapper would add its code, and its lock, to every context). */
const area = () => browser.storage[SETTINGS_AREA];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The keys read and written. Plain keys, not WXT items defined with a `version`: defining one runs
 * WXT's migration check (a locked storage read and write) in every context that imports this,
 * including the content script on every page. The version is written by `write` below.
 */
const READ_KEYS = [MAIN_KEY, META_KEY, ...ALL_KEYS.slice(1)];

export interface StoreOptions {
  now?: () => number;
  maxWritesPerMinute?: number;
  maxWritesPerHour?: number;
}

export function createSettingsStore(o: StoreOptions = {}): SettingsStore {
  const now = o.now ?? Date.now;
  const perMinute = o.maxWritesPerMinute ?? STORE_MAX_WRITES_PER_MINUTE;
  const perHour = o.maxWritesPerHour ?? STORE_MAX_WRITES_PER_HOUR;
  const writes: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  /** Everything the settings use, in one `get`: the main item, its metadata, every chunk. */
  async function readStored(): Promise<{ items: StoredItems; meta: unknown }> {
    const got: Record<string, unknown> = await area().get(READ_KEYS);
    const items: StoredItems = {};
    let meta: unknown;
    for (const k of READ_KEYS) {
      const value = got[k] ?? undefined;
      if (k === META_KEY) meta = value;
      else items[k] = value;
    }
    return { items, meta };
  }

  function settingsFrom(items: StoredItems): LoadedSettings {
    const assembled = fromStoredItems(items);
    const read = readSettings(assembled.value);
    return { settings: read.settings, problems: [...assembled.problems, ...read.problems] };
  }

  async function loadSettings(): Promise<LoadedSettings> {
    try {
      return settingsFrom((await readStored()).items);
    } catch (e) {
      return { settings: defaultSettings(), problems: [`storage: could not be read (${message(e)}); using the defaults`] };
    }
  }

  /** Room for one more write under our share of the browser's write quotas? */
  function rateLimited(): boolean {
    const t = now();
    while (writes.length && writes[0]! <= t - HOUR) writes.shift();
    const lastMinute = writes.filter((w) => w > t - MINUTE).length;
    return lastMinute >= perMinute || writes.length >= perHour;
  }

  async function write(update: (current: Settings) => Settings): Promise<SaveResult> {
    let stored: { items: StoredItems; meta: unknown };
    try {
      stored = await readStored();
    } catch (e) {
      return { ok: false, code: 'read-failed', error: `The settings could not be read (${message(e)}), so nothing was saved.` };
    }
    const current = settingsFrom(stored.items).settings;
    let candidate: unknown;
    try {
      candidate = { ...update(current), version: SETTINGS_VERSION };
    } catch (e) {
      return { ok: false, code: 'invalid', error: `${message(e)}. Nothing was saved.` };
    }
    const quota = checkListCounts(candidate as Partial<Settings>);
    if (quota) return tooMuch(quota);
    const valid = validateSettings(candidate);
    if (!valid.ok) return { ok: false, code: 'invalid', field: valid.field, error: `${valid.error}. Nothing was saved.` };
    const overQuota = checkQuota(valid.settings);
    if (overQuota) return tooMuch(overQuota);

    const wanted = toStoredItems(valid.settings);
    const changed: Record<string, unknown> = {};
    const stale: string[] = [];
    for (const [k, value] of Object.entries(wanted)) {
      const before = stored.items[k];
      if (value === undefined) {
        if (before !== undefined) stale.push(k);
      } else if (JSON.stringify(value) !== JSON.stringify(before)) changed[k] = value;
    }
    const meta = stored.meta as { v?: unknown } | null | undefined;
    if (meta?.v !== SETTINGS_VERSION) changed[META_KEY] = { ...(meta ?? {}), v: SETTINGS_VERSION };
    if (!Object.keys(changed).length && !stale.length) return { ok: true, settings: valid.settings };

    if (rateLimited()) {
      return {
        ok: false, code: 'rate',
        error: 'Too many changes in a short time for the browser to sync. Wait a minute and try again; your settings are as they were.',
      };
    }
    if (Object.keys(changed).length) {
      try {
        writes.push(now());
        await area().set(changed); // one set call: the browser applies all of it or none
      } catch (e) {
        return { ok: false, code: 'write-failed', error: `The browser did not save the change (${message(e)}). Your settings are as they were.` };
      }
    }
    if (stale.length) {
      // Parts of a list that got shorter: past the count in the main item they are ignored, so a
      // failure here loses nothing; the next save tries again.
      try {
        writes.push(now());
        await area().remove(stale);
      } catch {
        /* ignored, see above */
      }
    }
    return { ok: true, settings: valid.settings };
  }

  /** Saves run one after another, each on the result of the one before. */
  function serial(update: (current: Settings) => Settings): Promise<SaveResult> {
    const run = queue.then(() => write(update));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    loadSettings,
    async getSettings() {
      return (await loadSettings()).settings;
    },
    saveSettings(patch) {
      return serial((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
    },
    resetSettings() {
      return serial(() => defaultSettings());
    },
    watchSettings(cb) {
      return watchStorage(SETTINGS_AREA, isSettingsKey, async () => (await loadSettings()).settings, cb);
    },
  };
}

const tooMuch = (q: QuotaProblem): SaveResult =>
  ({ ok: false, code: 'quota', field: q.field, error: `${q.error}. Nothing was saved; your settings are as they were.` });
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

const store = createSettingsStore();
export const getSettings = store.getSettings;
export const loadSettings = store.loadSettings;
export const saveSettings = store.saveSettings;
export const resetSettings = store.resetSettings;
export const watchSettings = store.watchSettings;
