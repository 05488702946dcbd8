import type { Settings } from './defaults.ts';
import {
  CHUNK_MAX_BYTES, LIST_MAX_CHUNKS, LIST_MAX_SITES, SETTINGS_MAX_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, byteLength, itemBytes,
} from './limits.ts';
import { isPlainObject } from './schema.ts';
import { MAIN_KEY } from './keys.ts';

/**
 * How the settings are laid out in `storage.sync` (keys without the `sync:` area prefix):
 *
 *   settings                  every field but the two site lists, plus `chunks`: how many chunk
 *                             items each list has ({ allowList: 2, blockList: 0 })
 *   settings$                 WXT's metadata for the item above ({ v: SETTINGS_VERSION })
 *   settings.allowList.<i>    the allow list, split into chunks of at most 7,000 bytes, i = 0..11
 *   settings.blockList.<i>    the block list, the same way
 *
 * An empty list has no chunk item. A chunk index at or past the count in `chunks` is stale and
 * ignored (the store removes it).
 */
export { MAIN_KEY, META_KEY, SETTINGS_AREA, isSettingsKey } from './keys.ts';
export const LIST_FIELDS = ['allowList', 'blockList'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const chunkKey = (field: ListField, i: number) => `${MAIN_KEY}.${field}.${i}`;
/** Every key the settings may use, main item first. */
export const ALL_KEYS: readonly string[] = [
  MAIN_KEY,
  ...LIST_FIELDS.flatMap((f) => Array.from({ length: LIST_MAX_CHUNKS }, (_, i) => chunkKey(f, i))),
];

/** Splits a list so that each chunk, with its key, takes at most `maxBytes`. */
export function splitList(field: ListField, list: readonly string[], maxBytes = CHUNK_MAX_BYTES): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = 0;
  for (const site of list) {
    const cost = byteLength(JSON.stringify(site)) + 1; // and its comma
    const base = byteLength(chunkKey(field, chunks.length)) + 2; // the key and the brackets
    if (chunk.length && base + bytes + cost > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(site);
    bytes += cost;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

export type StoredItems = Record<string, unknown>;

/** The items that store these settings: every key in ALL_KEYS, unused ones `undefined`. */
export function toStoredItems(s: Settings): StoredItems {
  const { allowList, blockList, ...rest } = s;
  const lists = { allowList, blockList };
  const items: StoredItems = {};
  const chunks: Record<ListField, number> = { allowList: 0, blockList: 0 };
  for (const field of LIST_FIELDS) {
    const parts = splitList(field, lists[field]);
    chunks[field] = parts.length;
    for (let i = 0; i < LIST_MAX_CHUNKS; i++) items[chunkKey(field, i)] = parts[i];
  }
  items[MAIN_KEY] = { ...rest, chunks };
  return items;
}

/** Puts stored items back together as one settings value (for migrations and repair). */
export function fromStoredItems(items: StoredItems): { value: unknown; problems: string[] } {
  const main = items[MAIN_KEY];
  if (!isPlainObject(main) || !Object.hasOwn(main, 'chunks')) return { value: main, problems: [] }; // nothing stored, or version 0
  const { chunks, ...rest } = main;
  const value: Record<string, unknown> = { ...rest };
  const problems: string[] = [];
  for (const field of LIST_FIELDS) {
    const n = isPlainObject(chunks) ? chunks[field] : undefined;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > LIST_MAX_CHUNKS) {
      problems.push(`${field}: the count of stored parts is ${JSON.stringify(n) ?? 'missing'}; reading what is there`);
    }
    const count = typeof n === 'number' && Number.isInteger(n) ? Math.min(Math.max(n, 0), LIST_MAX_CHUNKS) : LIST_MAX_CHUNKS;
    const list: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const part = items[chunkKey(field, i)];
      if (Array.isArray(part)) list.push(...part);
      // A missing part is normal for a moment while sync delivers the items one by one.
      else if (part !== undefined && part !== null) problems.push(`${field}: stored part ${i} is not a list; skipped`);
    }
    value[field] = list;
  }
  return { value, problems };
}

export type QuotaProblem = { field: string; code: 'too-many' | 'too-large'; error: string };

/** Whether each list holds at most LIST_MAX_SITES entries (checked before anything else about a change). */
export function checkListCounts(value: Partial<Record<ListField, unknown>>): QuotaProblem | undefined {
  for (const field of LIST_FIELDS) {
    const list = value[field];
    const n = Array.isArray(list) ? list.length : 0;
    if (n > LIST_MAX_SITES) {
      return { field, code: 'too-many', error: `${field}: ${n.toLocaleString('en')} sites; a list holds at most ${LIST_MAX_SITES.toLocaleString('en')}` };
    }
  }
  return undefined;
}

/** Whether these settings fit the limits in limits.ts; the first problem when they do not. */
export function checkQuota(s: Settings): QuotaProblem | undefined {
  const counts = checkListCounts(s);
  if (counts) return counts;
  for (const field of LIST_FIELDS) {
    if (splitList(field, s[field]).length > LIST_MAX_CHUNKS) {
      return { field, code: 'too-large', error: `${field}: the list is too large to sync; remove some sites` };
    }
  }
  const items = toStoredItems(s);
  let total = 0;
  for (const [key, value] of Object.entries(items)) {
    if (value === undefined) continue;
    const bytes = itemBytes(key, value);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) return { field: key, code: 'too-large', error: `${key}: ${bytes} bytes is more than one sync item holds` };
    total += bytes;
  }
  if (total > SETTINGS_MAX_BYTES) {
    const field = s.allowList.length >= s.blockList.length ? 'allowList' : 'blockList';
    return {
      field, code: 'too-large',
      error: `The site lists are too large to sync: ${kb(total)} KB of the ${kb(SETTINGS_MAX_BYTES)} KB allowed; remove some sites`,
    };
  }
  return undefined;
}

/** The bytes the settings take in storage.sync. */
export function storedBytes(s: Settings): number {
  return Object.entries(toStoredItems(s)).reduce((n, [k, v]) => (v === undefined ? n : n + itemBytes(k, v)), 0);
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
