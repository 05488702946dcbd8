import { browser } from 'wxt/browser';

export const SITE_ORIGINS = ['http://*/*', 'https://*/*'];

export const hasSiteAccess = () => browser.permissions.contains({ origins: SITE_ORIGINS });

/** Must be called from a user gesture (a click), or the browser refuses. */
export const requestSiteAccess = () => browser.permissions.request({ origins: SITE_ORIGINS });
