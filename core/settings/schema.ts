import * as v from 'valibot';
import { ENTITY_IDS } from '../pack/schema.ts';
import {
  DENSITIES, HIGHLIGHT_STYLES, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, SETTINGS_CATEGORIES, SETTINGS_VERSION, SITE_MODES,
  type Settings, type SettingsCategory, type SettingsKey,
} from './defaults.ts';
import { LIST_MAX_SITES } from './limits.ts';
import { isSite } from './sites.ts';

/** The exact rules for each field: a value passes only when it is valid as it stands. */

const unique = <T>(a: T[]) => new Set(a).size === a.length;
const oneOf = (options: readonly string[]) => `must be one of ${options.map((o) => `"${o}"`).join(', ')}`;

const Bool = v.boolean('must be true or false');
export const COLOR_PATTERN = /^#[0-9a-f]{6}$/;
const Color = v.pipe(v.string('must be a colour such as #1d4ed8'), v.regex(COLOR_PATTERN, 'must be a colour such as #1d4ed8'));
const perCategory = <T extends v.GenericSchema>(schema: T, what: string) => {
  const message = `must be an object with ${what} for each of ${SETTINGS_CATEGORIES.join(', ')}`;
  // a list is an object too, and would otherwise be reported as missing its first category
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, message),
    v.strictObject(Object.fromEntries(SETTINGS_CATEGORIES.map((c) => [c, schema])) as Record<SettingsCategory, T>, message),
  );
};
const SiteList = v.pipe(
  v.array(v.custom<string>(isSite, 'is not a site name such as example.com'), 'must be a list of sites'),
  // the message is built only on failure: number formatting at load would wake the Intl
  // machinery (tens of milliseconds) on every page the content script starts on
  v.maxLength(LIST_MAX_SITES, () => `must hold at most ${LIST_MAX_SITES.toLocaleString('en')} sites`),
  v.check(unique, 'must not list a site twice'),
);

export const FIELD_SCHEMAS = {
  version: v.literal(SETTINGS_VERSION, `must be ${SETTINGS_VERSION}`),
  enabled: Bool,
  siteMode: v.picklist(SITE_MODES, oneOf(SITE_MODES)),
  allowList: SiteList,
  blockList: SiteList,
  categories: perCategory(Bool, 'true or false'),
  mutedEntities: v.pipe(
    v.array(v.picklist(ENTITY_IDS, 'is not one of the known entity ids'), 'must be a list of entity ids'),
    v.check(unique, 'must not list an entity twice'),
  ),
  density: v.picklist(DENSITIES, oneOf(DENSITIES)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES, oneOf(HIGHLIGHT_STYLES)),
  colors: perCategory(Color, 'a colour such as #1d4ed8'),
  hoverDelayMs: v.pipe(
    v.number('must be a number of milliseconds'),
    v.integer('must be a whole number of milliseconds'),
    v.minValue(HOVER_DELAY_MIN_MS, `must be from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`),
    v.maxValue(HOVER_DELAY_MAX_MS, `must be from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`),
  ),
  figureComparison: Bool,
  badge: Bool,
} satisfies Record<SettingsKey, v.GenericSchema>;

export const SettingsSchema = v.strictObject(FIELD_SCHEMAS, 'settings must be an object');

/** Whether one field's value is valid as it stands. */
export const isValidField = (key: SettingsKey, value: unknown): boolean => v.is(FIELD_SCHEMAS[key], value);

export type Validated = { ok: true; settings: Settings } | { ok: false; field: string; error: string };

/** Strict check of a whole settings object: the first problem, named by its field (`colors.place`, `allowList.3`). */
export function validateSettings(value: unknown): Validated {
  if (!isPlainObject(value)) return { ok: false, field: 'settings', error: 'settings: must be an object' };
  const unknown = Object.keys(value).find((k) => !Object.hasOwn(FIELD_SCHEMAS, k));
  if (unknown !== undefined) return { ok: false, field: unknown, error: `${JSON.stringify(unknown)}: is not a setting` };
  const r = v.safeParse(SettingsSchema, value);
  if (r.success) return { ok: true, settings: r.output as Settings };
  const issue = r.issues[0];
  const field = (issue && v.getDotPath(issue)) || 'settings';
  const missing = issue?.received === 'undefined' && issue.kind === 'schema';
  return { ok: false, field, error: `${field}: ${missing ? 'is missing' : (issue?.message ?? 'is not valid')}` };
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
