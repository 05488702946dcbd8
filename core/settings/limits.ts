/**
 * Limits on what the settings may hold, chosen so that everything fits `storage.sync` with room
 * to spare. The browser's own quotas (Chrome's, which Firefox matches):
 *
 *   QUOTA_BYTES                      102,400 bytes in all (keys + JSON of the values)
 *   QUOTA_BYTES_PER_ITEM               8,192 bytes per item (its key + the JSON of its value)
 *   MAX_ITEMS                            512 items
 *   MAX_WRITE_OPERATIONS_PER_MINUTE      120 (each set/remove call counts once)
 *   MAX_WRITE_OPERATIONS_PER_HOUR      1,800
 *
 * What we allow:
 *   - a site is at most 253 characters (the longest possible host name);
 *   - each site list holds at most 1,000 sites;
 *   - each list is stored in chunks of at most 7,000 bytes (under the 8,192 per item), at most
 *     12 chunks per list, so the settings use at most 1 + 2 × 12 items (+ WXT's version item);
 *   - all the settings together may take at most 90,000 bytes, leaving 12 KB of the sync area to
 *     the rest of the extension. Two lists of 1,000 ordinary sites (~20 characters) take ~46 KB;
 *     only lists of very long host names reach the byte limit before the count limit;
 *   - muted entities: at most the 19 entities of the pack (unknown ids are dropped);
 *   - the store writes at most 60 times a minute and 900 times an hour (half the browser's
 *     limits, since the popup and other pages write too); the form debounces the slider.
 */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;
export const SYNC_MAX_WRITES_PER_MINUTE = 120;

export const SITE_MAX_LENGTH = 253;
export const LIST_MAX_SITES = 1_000;
export const CHUNK_MAX_BYTES = 7_000;
export const LIST_MAX_CHUNKS = 12;
export const SETTINGS_MAX_BYTES = 90_000;
export const STORE_MAX_WRITES_PER_MINUTE = 60;
export const STORE_MAX_WRITES_PER_HOUR = 900;
/** An import file larger than this is refused before it is read (an export is ~1–50 KB). */
export const IMPORT_MAX_BYTES = 1_000_000;

/** UTF-8 byte length, as the browser counts a stored string. */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What one item costs against the quota: its key plus the JSON of its value. */
export const itemBytes = (key: string, value: unknown) => byteLength(key) + byteLength(JSON.stringify(value));
