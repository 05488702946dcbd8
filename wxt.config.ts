import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { polyfillAsEsm } from './scripts/polyfill-as-esm.ts';

// Chrome 105 shipped the CSS Custom Highlight API, Chrome 116 AbortSignal.any (every teardown of
// the content script hangs off combined signals); Firefox 140 has both and is also the first
// version that reads `data_collection_permissions`.
export const MIN_CHROME_VERSION = '116';
export const MIN_FIREFOX_VERSION = '140.0';
export const GECKO_ID = 'aleppo-context@aleppo-context.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Both targets are MV3: one code path (action, service worker / event page, scripting). Firefox
  // MV3 makes site access opt-in, so the background asks for it on first run (see README).
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: restart the content script in tabs already open when the extension is updated
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: MIN_FIREFOX_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: MIN_CHROME_VERSION }),
  }),
  zip: {
    // addons.mozilla.org reviewers rebuild from this: the Node version, not the screenshots
    includeSources: ['**/*', '.nvmrc'],
    excludeSources: ['docs/**', 'store/**', '.cache/**', '.vitest/**', 'coverage/**'],
  },
  hooks: {
    // WXT names the action after the popup's <title>; the toolbar tooltip is translated instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  // Vite's module-preload polyfill fetches chunks with fetch(); extension pages load them natively,
  // and a bundle with no fetch at all is easier to audit (see tests/unit/bundle-privacy.test.ts).
  vite: () => ({ plugins: [preact(), polyfillAsEsm()], build: { modulePreload: { polyfill: false } } }),
});
