// The settings' storage keys on their own: a content script that only watches for changes imports
// these without the layout's code or the schema's validators.

export const MAIN_KEY = 'settings';
/** WXT's metadata item for the settings ({ v: SETTINGS_VERSION }) */
export const META_KEY = `${MAIN_KEY}$`;
/** The storage area the settings live in: they follow the reader between browsers. */
export const SETTINGS_AREA = 'sync';

/** A storage key that holds part of the settings (a change to it may change them). */
export const isSettingsKey = (key: string): boolean => key === MAIN_KEY || key === META_KEY || key.startsWith(`${MAIN_KEY}.`);
