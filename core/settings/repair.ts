import { ENTITY_IDS } from '../pack/schema.ts';
import {
  DEFAULT_SETTINGS, DENSITIES, HIGHLIGHT_STYLES, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, SETTINGS_CATEGORIES, SETTINGS_KEYS,
  SETTINGS_VERSION, SITE_MODES, defaultSettings, type Settings, type SettingsKey,
} from './defaults.ts';
import { LIST_MAX_SITES } from './limits.ts';
import { COLOR_PATTERN, isPlainObject } from './schema.ts';
import { isSite, parseSite } from './sites.ts';

export interface Repaired {
  settings: Settings;
  /** one line per repaired field, starting with its name: `hoverDelayMs: 5000 is above 2000; using 2000` */
  problems: string[];
}

/**
 * Validates and repairs a settings value of any shape. Never throws. Every valid field is kept as
 * it is; an invalid one falls back to its default (or, where the intent is clear, is fixed: a
 * delay out of range is clamped, a list keeps its good entries). Unknown fields are dropped.
 * Migrations (migrations.ts) run before this; it expects the current version's shape.
 */
export function repairSettings(raw: unknown): Repaired {
  try {
    return repair(raw);
  } catch (e) {
    // Only an exotic value (a throwing getter, a proxy) gets here.
    return { settings: defaultSettings(), problems: [`settings: could not be read (${String(e).slice(0, 80)}); using the defaults`] };
  }
}

function repair(raw: unknown): Repaired {
  const settings = defaultSettings();
  if (!isPlainObject(raw)) {
    return { settings, problems: [`settings: ${describe(raw)} is not a settings object; using the defaults`] };
  }
  const problems: string[] = [];
  const out = settings as Record<SettingsKey, unknown>;
  for (const key of SETTINGS_KEYS) {
    const present = Object.hasOwn(raw, key);
    const value = present ? raw[key] : undefined;
    const fixed = FIXERS[key](value, key, problems);
    out[key] = fixed.value;
    if (fixed.problem) problems.push(`${key}: ${present ? fixed.problem : 'missing; using the default'}`);
  }
  for (const key of Object.keys(raw)) {
    if (!(SETTINGS_KEYS as string[]).includes(key)) problems.push(`${key}: not a setting; dropped`);
  }
  return { settings, problems };
}

type Fix<T> = { value: T; problem?: string };
/** Repairs one field; a problem about the whole field is returned, problems about its parts are pushed to `problems`. */
type Fixer<T> = (value: unknown, key: SettingsKey, problems: string[]) => Fix<T>;

const fallback = <K extends SettingsKey>(key: K): Settings[K] => defaultSettings()[key];

const bool: Fixer<boolean> = (value, key) =>
  typeof value === 'boolean' ? { value } : { value: fallback(key) as boolean, problem: `${describe(value)} is not true or false; using the default` };

const oneOf = (options: readonly string[]): Fixer<string> => (value, key) =>
  typeof value === 'string' && options.includes(value)
    ? { value }
    : { value: fallback(key) as string, problem: `${describe(value)} is not one of ${options.join(', ')}; using the default` };

function siteList(value: unknown): Fix<string[]> {
  if (!Array.isArray(value)) return { value: [], problem: `${describe(value)} is not a list; using an empty list` };
  const seen = new Set<string>();
  let dropped = 0;
  let fixed = 0;
  let repeated = 0;
  for (const entry of value) {
    let site: string | undefined;
    if (isSite(entry)) site = entry;
    else if (typeof entry === 'string') {
      const r = parseSite(entry);
      if (r.ok) {
        site = r.site;
        fixed++;
      }
    }
    if (site === undefined) dropped++;
    else if (seen.has(site)) repeated++;
    else seen.add(site);
  }
  let list = [...seen];
  const over = Math.max(0, list.length - LIST_MAX_SITES);
  list = list.slice(0, LIST_MAX_SITES);
  const notes = [
    dropped && `dropped ${dropped} ${dropped === 1 ? 'entry that is' : 'entries that are'} not a site`,
    fixed && `normalised ${fixed} ${fixed === 1 ? 'site' : 'sites'}`,
    repeated && `removed ${repeated} repeated ${repeated === 1 ? 'site' : 'sites'}`,
    over && `kept the first ${LIST_MAX_SITES} sites, dropped ${over}`,
  ].filter(Boolean);
  return notes.length ? { value: list, problem: notes.join('; ') } : { value: list };
}

const KNOWN_ENTITIES: ReadonlySet<string> = new Set(ENTITY_IDS);

function entityList(value: unknown): Fix<string[]> {
  if (!Array.isArray(value)) return { value: [], problem: `${describe(value)} is not a list; using an empty list` };
  const kept = [...new Set(value.filter((id): id is string => typeof id === 'string' && KNOWN_ENTITIES.has(id)))];
  if (kept.length === value.length) return { value: kept };
  const unknown = value.filter((id) => !(typeof id === 'string' && KNOWN_ENTITIES.has(id))).length;
  const repeated = value.length - unknown - kept.length;
  const notes = [unknown && `dropped ${unknown} unknown entity ${unknown === 1 ? 'id' : 'ids'}`, repeated && `removed ${repeated} repeated`];
  return { value: kept, problem: notes.filter(Boolean).join('; ') };
}

/** Repairs each category's value on its own; problems come out as `colors.place: ...` lines. */
function perCategory<T>(value: unknown, key: 'categories' | 'colors', problems: string[], fix: (v: unknown, d: T) => Fix<T>): Fix<Record<string, T>> {
  const defaults = DEFAULT_SETTINGS[key] as unknown as Record<string, T>;
  if (!isPlainObject(value)) return { value: { ...defaults }, problem: `${describe(value)} is not an object; using the defaults` };
  const out: Record<string, T> = {};
  for (const c of SETTINGS_CATEGORIES) {
    const present = Object.hasOwn(value, c);
    const r = fix(present ? value[c] : undefined, defaults[c]!);
    out[c] = r.value;
    if (r.problem) problems.push(`${key}.${c}: ${present ? r.problem : 'missing; using the default'}`);
  }
  for (const k of Object.keys(value)) {
    if (!(SETTINGS_CATEGORIES as readonly string[]).includes(k)) problems.push(`${key}.${k}: not a category; dropped`);
  }
  return { value: out };
}

function color(value: unknown, d: string): Fix<string> {
  if (typeof value === 'string') {
    if (COLOR_PATTERN.test(value)) return { value };
    const long = /^#([0-9a-f]{6})$/i.exec(value);
    if (long) return { value: `#${long[1]!.toLowerCase()}`, problem: `${describe(value)} written in lower case` };
    const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
    if (short) {
      const full = `#${short.slice(1).map((h) => h + h).join('')}`.toLowerCase();
      return { value: full, problem: `${describe(value)} written as ${full}` };
    }
  }
  return { value: d, problem: `${describe(value)} is not a colour; using the default` };
}

function delay(value: unknown): Fix<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { value: DEFAULT_SETTINGS.hoverDelayMs, problem: `${describe(value)} is not a number of milliseconds; using the default` };
  }
  const fixed = Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(value)));
  if (fixed === value) return { value };
  return { value: fixed, problem: `${describe(value)} is not a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}; using ${fixed}` };
}

const FIXERS: { [K in SettingsKey]: Fixer<unknown> } = {
  version: (value) => (value === SETTINGS_VERSION ? { value } : { value: SETTINGS_VERSION, problem: `${describe(value)} read as version ${SETTINGS_VERSION}` }),
  enabled: bool,
  siteMode: oneOf(SITE_MODES),
  allowList: siteList,
  blockList: siteList,
  categories: (value, _key, problems) => perCategory<boolean>(value, 'categories', problems, (x, d) =>
    typeof x === 'boolean' ? { value: x } : { value: d, problem: `${describe(x)} is not true or false; using the default` }),
  mutedEntities: entityList,
  density: oneOf(DENSITIES),
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  colors: (value, _key, problems) => perCategory<string>(value, 'colors', problems, color),
  hoverDelayMs: delay,
  figureComparison: bool,
  badge: bool,
};

/** A short description of a value for a problem line. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `a ${typeof value}`;
}
