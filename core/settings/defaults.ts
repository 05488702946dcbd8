/**
 * The reader's settings: one defaults object, and the names, unions and types derived from it.
 * Everything else in core/settings (repair, migrations, import, storage layout) is built on these.
 */

/** The version of the settings shape this build reads and writes (see migrations.ts). */
export const SETTINGS_VERSION = 1;

export const SETTINGS_CATEGORIES = ['person', 'place', 'organisation', 'country', 'group', 'figure'] as const;
export type SettingsCategory = (typeof SETTINGS_CATEGORIES)[number];

export const SITE_MODES = ['all', 'news', 'listed'] as const;
export type SiteMode = (typeof SITE_MODES)[number];
export const DENSITIES = ['first-per-paragraph', 'every'] as const;
export type Density = (typeof DENSITIES)[number];
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

const DEFAULTS = {
  version: SETTINGS_VERSION,
  /** false = "Pause everywhere" */
  enabled: true,
  /** all sites, only news pages, or only the sites in `allowList` */
  siteMode: 'all' as SiteMode,
  /** sites for 'listed' mode */
  allowList: [] as string[],
  /** sites where the reader turned highlighting off ("Highlight on this site" off) */
  blockList: [] as string[],
  categories: { person: true, place: true, organisation: true, country: true, group: true, figure: true },
  /** entity ids from core/pack/schema.ts ENTITY_IDS */
  mutedEntities: [] as string[],
  density: 'first-per-paragraph' as Density,
  highlightStyle: 'underline' as HighlightStyle,
  colors: { person: '#7c3aed', place: '#0f766e', organisation: '#1d4ed8', country: '#b45309', group: '#be123c', figure: '#15803d' },
  /** integer, HOVER_DELAY_MIN_MS..HOVER_DELAY_MAX_MS */
  hoverDelayMs: 350,
  figureComparison: true,
  badge: true,
};

export type Settings = typeof DEFAULTS;
export type SettingsKey = keyof Settings;
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

/** Every field, in the order the settings are shown and exported. */
export const SETTINGS_KEYS = Object.keys(DEFAULTS) as SettingsKey[];

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** The defaults. Frozen: take a copy with `defaultSettings()` to change one. */
export const DEFAULT_SETTINGS: Settings = deepFreeze(DEFAULTS);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return cloneSettings(DEFAULT_SETTINGS);
}

/** A deep copy (settings are plain JSON data). */
export function cloneSettings(s: Settings): Settings {
  return {
    ...s,
    allowList: [...s.allowList],
    blockList: [...s.blockList],
    categories: { ...s.categories },
    mutedEntities: [...s.mutedEntities],
    colors: { ...s.colors },
  };
}
