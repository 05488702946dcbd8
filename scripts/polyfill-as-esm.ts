import type { Plugin } from 'vite';

/**
 * Serves webextension-polyfill's UMD file as an ES module whose default export is the object the
 * polyfill makes (Chrome's and Firefox's own `browser` where they have one, the wrapped `chrome`
 * otherwise).
 *
 * Why: imported as CommonJS, the bundler's interop (`__toESM`) copies every own property of that
 * object onto a namespace object, asking each one's property descriptor on the way. On Chrome's
 * native `browser` that instantiates every API binding (dom, extension, i18n, runtime, scripting,
 * storage) in every page the content script runs in: 1.5-3.7 ms of its start-up, for nothing.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'aleppo:webextension-polyfill-as-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/.test(id.split('?')[0]!)) return undefined;
      // the UMD wrapper takes its CommonJS branch when `exports` is defined
      return { code: `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}
