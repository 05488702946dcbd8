import { SETTINGS_VERSION, defaultSettings } from './defaults.ts';
import { isPlainObject } from './schema.ts';
import { repairSettings, type Repaired } from './repair.ts';
import { siteOf } from './sites.ts';

export { SETTINGS_VERSION };

/**
 * Settings carry a `version`. A value written by an older version is brought up to date by the
 * migrations below, one version at a time, before it is validated and repaired. Migrations are
 * pure functions of plain JSON data and run on every read (they cost microseconds), so a value
 * synced from a device that still runs an older version is always read correctly; the store
 * writes the new shape the next time the reader saves.
 *
 * Version 0 is the unversioned shape of the 0.0.x prototype (which had no `version` field):
 *
 *   { on: boolean,                          // false = paused
 *     mode: 'everywhere' | 'news-only' | 'my-sites',
 *     sites: string[],                      // full URLs as the reader pasted them, for 'my-sites'
 *     ignoredSites: string[],               // host names where the reader turned it off
 *     hidden: string[],                     // muted entity ids
 *     underline: boolean,                   // false = background highlight
 *     delay: number }                       // hover delay in SECONDS (0.35)
 */
export interface Migration {
  from: number;
  to: number;
  what: string;
  migrate: (old: Record<string, unknown>) => Record<string, unknown>;
}

const V0_MODES: Record<string, string> = { everywhere: 'all', 'news-only': 'news', 'my-sites': 'listed' };

/** Sites written as URLs or with `www.`; entries that are not sites are passed on for repair to report. */
const v0Sites = (x: unknown) => (Array.isArray(x) ? x.map((s) => (typeof s === 'string' ? (siteOf(s) ?? s) : s)) : x);

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    what: 'the 0.0.x prototype settings: on, mode, sites, ignoredSites, hidden, underline, delay in seconds',
    migrate: (old) => {
      const { on, mode, sites, ignoredSites, hidden, underline, delay, ...rest } = old;
      const has = (k: string) => Object.hasOwn(old, k);
      // Fields already in the new shape (a value that lost only its version) pass through.
      const next: Record<string, unknown> = { ...defaultSettings(), ...rest, version: 1 };
      if (has('on')) next.enabled = on;
      if (has('mode')) next.siteMode = typeof mode === 'string' ? (V0_MODES[mode] ?? mode) : mode;
      if (has('sites')) next.allowList = v0Sites(sites);
      if (has('ignoredSites')) next.blockList = v0Sites(ignoredSites);
      if (has('hidden')) next.mutedEntities = hidden;
      if (has('underline')) next.highlightStyle = underline === false ? 'background' : underline === true ? 'underline' : underline;
      if (has('delay')) next.hoverDelayMs = typeof delay === 'number' ? Math.round(delay * 1000) : delay;
      return next;
    },
  },
];

export interface Migrated {
  value: unknown;
  /** the version the value was written by (0 when it had none), undefined when it was not an object */
  from: number | undefined;
  problems: string[];
}

/**
 * The version a stored value was written by: its `version` field, 0 when it has none. Anything
 * else (a string, a fraction) is read as the current version, and repair reports it.
 */
export function versionOf(raw: Record<string, unknown>): number {
  if (!Object.hasOwn(raw, 'version')) return 0;
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : SETTINGS_VERSION;
}

/** Brings a value of any version up to SETTINGS_VERSION. Never throws. */
export function migrateSettings(raw: unknown, migrations: readonly Migration[] = MIGRATIONS, target = SETTINGS_VERSION): Migrated {
  if (!isPlainObject(raw)) return { value: raw, from: undefined, problems: [] };
  const from = versionOf(raw);
  if (from > target) {
    // Written by a newer version (synced from another device): read the fields this one knows.
    return { value: { ...raw, version: target }, from, problems: [`version: ${from} is newer than this extension's ${target}; read the settings it knows`] };
  }
  let value: Record<string, unknown> = raw;
  const problems: string[] = [];
  for (let at = from; at < target; ) {
    const step = migrations.find((m) => m.from === at);
    if (!step) {
      problems.push(`version: no migration from version ${at}; read as version ${target}`);
      return { value: { ...value, version: target }, from, problems };
    }
    try {
      const next = step.migrate(value);
      value = { ...next, version: step.to };
    } catch (e) {
      problems.push(`version: the migration from version ${at} failed (${String(e).slice(0, 80)}); read as version ${target}`);
      return { value: { ...value, version: target }, from, problems };
    }
    at = step.to;
  }
  return { value, from, problems };
}

/** Migrates, then validates and repairs: how every stored or synced value is read. Never throws. */
export function readSettings(raw: unknown): Repaired & { from: number | undefined } {
  if (raw === undefined || raw === null) return { ...repairSettings(defaultSettings()), from: undefined };
  const m = migrateSettings(raw);
  const r = repairSettings(m.value);
  return { settings: r.settings, problems: [...m.problems, ...r.problems], from: m.from };
}
