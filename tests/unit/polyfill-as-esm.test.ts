import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsm } from '../../scripts/polyfill-as-esm.ts';

const require = createRequire(import.meta.url);
const POLYFILL = require.resolve('webextension-polyfill/dist/browser-polyfill.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'polyfill-esm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = polyfillAsEsm().transform as unknown as Transform;

let n = 0;
/** Imports the polyfill as the plugin serves it, with `chrome` and `browser` set as given. */
async function load(globals: { chrome: object; browser?: object }): Promise<unknown> {
  const out = transform(readFileSync(POLYFILL, 'utf8'), POLYFILL);
  if (!out) throw new Error('the polyfill was not transformed');
  const file = path.join(dir, `polyfill-${n++}.mjs`);
  writeFileSync(file, out.code);
  Object.assign(globalThis, globals);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  delete (globalThis as { browser?: unknown }).browser;
});

describe('webextension-polyfill served as an ES module', () => {
  it("passes the browser's own `browser` through without reading its properties", async () => {
    // Chrome's and Firefox's `browser`: every property a lazily made API binding
    const asked: string[] = [];
    const native = new Proxy({ runtime: { id: 'x' }, storage: {}, i18n: {}, dom: {} } as Record<string, unknown>, {
      ownKeys: (t) => (asked.push('ownKeys'), Reflect.ownKeys(t)),
      getOwnPropertyDescriptor: (t, k) => (asked.push(`descriptor ${String(k)}`), Reflect.getOwnPropertyDescriptor(t, k)),
      get: (t, k, r) => (asked.push(`get ${String(k)}`), Reflect.get(t, k, r)),
    });
    const chromeRead: string[] = [];
    const chrome = new Proxy({ runtime: { id: 'x' } }, { get: (t, k, r) => (chromeRead.push(String(k)), Reflect.get(t, k, r)) });
    const browser = await load({ chrome, browser: native });
    expect(browser).toBe(native);
    // the polyfill's factory (which starts by reading chrome.runtime.id) was not even called
    expect(chromeRead).toEqual([]);
    // the polyfill's own test (browser.runtime.id), and no listing or descriptor of any property
    expect(asked).toContain('get runtime');
    expect(asked.filter((a) => !a.startsWith('get '))).toEqual([]);
  });

  it('wraps `chrome` where the browser has no `browser`', async () => {
    const chrome = { runtime: { id: 'x', sendMessage: () => undefined, lastError: undefined }, storage: { local: {} } };
    const browser = (await load({ chrome })) as { runtime: { id: string } };
    expect(browser).not.toBe(chrome);
    expect(browser.runtime.id).toBe('x');
  });

  it('leaves every other module alone', () => {
    expect(transform('export default 1;', '/x/node_modules/preact/dist/preact.mjs')).toBeUndefined();
    expect(transform('export default 1;', '/x/lib/browser-polyfill.js')).toBeUndefined();
  });
});
