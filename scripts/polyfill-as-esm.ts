import type { Plugin } from 'vite';

/**
 * Serves webextension-polyfill's UMD file as an ES module whose default export is the object the
 * polyfill makes: the browser's own `browser` where it has one (Firefox, Chrome since it added the
 * namespace), the wrapped `chrome` otherwise.
 *
 * Why: imported as CommonJS, the bundler's interop (`__toESM`) copies every own property of that
 * object onto a namespace object, asking each one's property descriptor on the way. On Chrome's
 * own `browser` that makes every API binding (dom, extension, i18n, runtime, scripting, storage) in
 * every page the content script runs in. And the polyfill's own first test (is there a `browser`
 * with a runtime id?) is made before its factory is called, so where the answer is yes its 9.6 kB
 * factory is never compiled: in a content script, nothing is cached between pages.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'aleppo:webextension-polyfill-as-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/.test(id.split('?')[0]!)) return undefined;
      // The UMD wrapper takes its CommonJS branch when `exports` is defined. All that is added goes
      // on the file's first line, so its own lines keep their numbers (`map: null` keeps its map).
      const test = 'globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id';
      return {
        code: `var module = { exports: {} }, exports = module.exports; if (${test}) module.exports = globalThis.browser; else { ${code}\n}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
