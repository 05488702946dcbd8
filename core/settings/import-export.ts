import { SETTINGS_KEYS, SETTINGS_VERSION, defaultSettings, type Settings } from './defaults.ts';
import { IMPORT_MAX_BYTES } from './limits.ts';
import { checkQuota } from './layout.ts';
import { migrateSettings, versionOf } from './migrations.ts';
import { isPlainObject, validateSettings } from './schema.ts';
import { parseSite } from './sites.ts';

/** The settings as a file: pretty JSON, every field in a stable order, `version` first. */
export function exportSettings(s: Settings): string {
  const ordered = Object.fromEntries(SETTINGS_KEYS.map((k) => [k, k === 'version' ? SETTINGS_VERSION : s[k]]));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export const EXPORT_FILE_NAME = 'aleppo-context-settings.json';

export type ImportErrorCode = 'too-large' | 'not-json' | 'not-object' | 'newer-version' | 'unknown-field' | 'invalid-field';
export type ImportResult =
  | { ok: true; settings: Settings; /** fields (and colours or categories: `colors.place`) the file did not have, set to their defaults */ defaulted: string[] }
  | { ok: false; code: ImportErrorCode; /** the field that was wrong, when there is one */ field?: string; error: string };

/**
 * Reads a settings file. The whole file is refused when any part of it is wrong, with a message
 * that names the field; the caller then changes nothing. What is accepted:
 *   - a file exported by this or an older version (1 ≤ `version` ≤ SETTINGS_VERSION; older files
 *     are migrated). Version 0 (the prototype) had no export, so a file without `version` is refused;
 *   - sites written as URLs or with `www.` (normalised), repeated sites (kept once), colours in
 *     upper case (lower-cased);
 *   - a file that leaves fields out, or some of the colours or categories: those take their
 *     defaults (`defaulted` lists them).
 * What is refused: not JSON, not an object, a newer version, an unknown field, any invalid value,
 * a list longer than the limit.
 */
export function parseSettingsImport(text: string): ImportResult {
  if (text.length > IMPORT_MAX_BYTES) {
    return { ok: false, code: 'too-large', error: `The file is too large to be a settings file (over ${IMPORT_MAX_BYTES / 1_000_000} MB).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // the parser quotes what it met: from a binary file that is control characters, shown as escapes
    // eslint-disable-next-line no-control-regex -- control characters are what this finds
    const why = (e instanceof Error ? e.message : String(e)).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { ok: false, code: 'not-json', error: `The file is not JSON (${why}).` };
  }
  if (!isPlainObject(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
    return { ok: false, code: 'not-object', error: `The file holds ${what}, not a settings object.` };
  }
  if (!Object.hasOwn(data, 'version')) {
    return { ok: false, code: 'invalid-field', field: 'version', error: 'version: is missing (an exported settings file always has one).' };
  }
  if (!(typeof data.version === 'number' && Number.isInteger(data.version) && data.version >= 1)) {
    return { ok: false, code: 'invalid-field', field: 'version', error: `version: ${JSON.stringify(data.version) ?? 'nothing'} is not a settings version.` };
  }
  const from = versionOf(data);
  if (from > SETTINGS_VERSION) {
    return {
      ok: false, code: 'newer-version', field: 'version',
      error: `version: the file is from a newer version of Aleppo Context (settings version ${from}); this one reads version ${SETTINGS_VERSION} or older.`,
    };
  }
  const present = new Set(Object.keys(data));
  const migrated = migrateSettings(data);
  if (migrated.problems.length) return { ok: false, code: 'invalid-field', field: 'version', error: `${migrated.problems[0]}.` };
  const value = migrated.value as Record<string, unknown>;
  const unknown = Object.keys(value).find((k) => !(SETTINGS_KEYS as string[]).includes(k));
  if (unknown !== undefined) {
    return { ok: false, code: 'unknown-field', field: unknown, error: `${JSON.stringify(unknown)} is not a setting of Aleppo Context.` };
  }

  // Forgiving, unambiguous fixes: sites typed as URLs, repeats, upper-case colours.
  const candidate: Record<string, unknown> = { ...defaultSettings(), ...value, version: SETTINGS_VERSION };
  for (const field of ['allowList', 'blockList'] as const) {
    const list = candidate[field];
    if (!Array.isArray(list)) continue;
    const sites: string[] = [];
    for (const [i, entry] of list.entries()) {
      if (typeof entry !== 'string') return fieldError(`${field}.${i}`, `${JSON.stringify(entry) ?? 'nothing'} is not a site name`);
      const r = parseSite(entry);
      if (!r.ok) return fieldError(`${field}.${i}`, r.error);
      if (!sites.includes(r.site)) sites.push(r.site);
    }
    candidate[field] = sites;
  }
  if (Array.isArray(candidate.mutedEntities)) candidate.mutedEntities = [...new Set(candidate.mutedEntities)];
  // A file that names some colours or categories and leaves the others out takes the defaults for
  // those (as for a field left out), so an error names the value that is wrong, not a missing one.
  const defaultedParts: string[] = [];
  for (const field of ['categories', 'colors'] as const) {
    const given = candidate[field];
    if (!isPlainObject(given)) continue;
    const defaults = defaultSettings()[field];
    for (const k of Object.keys(defaults)) if (!Object.hasOwn(given, k)) defaultedParts.push(`${field}.${k}`);
    candidate[field] = { ...defaults, ...given };
  }
  if (isPlainObject(candidate.colors)) {
    candidate.colors = Object.fromEntries(
      Object.entries(candidate.colors).map(([k, c]) => [k, typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) ? c.toLowerCase() : c]),
    );
  }

  const checked = validateSettings(candidate);
  if (!checked.ok) return fieldError(checked.field, checked.error.slice(checked.field.length + 2));
  const quota = checkQuota(checked.settings);
  if (quota) return { ok: false, code: 'invalid-field', field: quota.field, error: `${quota.error}.` };
  const defaulted = [...SETTINGS_KEYS.filter((k) => k !== 'version' && !present.has(k)), ...defaultedParts];
  return { ok: true, settings: checked.settings, defaulted };
}

const fieldError = (field: string, why: string): ImportResult => ({ ok: false, code: 'invalid-field', field, error: `${field}: ${why.replace(/\.$/, '')}.` });
