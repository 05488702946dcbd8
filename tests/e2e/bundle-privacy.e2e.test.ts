import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './support/browser.ts';

const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/**
 * Addresses that are text, never fetched: XML namespace names Preact compares against, and the
 * documentation links inside WXT's storage error messages.
 */
const NOT_REQUESTS = new Set([
  'http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML',
  'https://github.com/wxt-dev/wxt/issues/371', 'https://wxt.dev/guide/go-further/testing.html',
]);

describe.each([['chrome', EXTENSION_DIR], ['firefox', FIREFOX_DIR]])('the %s build', (_name, dir) => {
  it('contains no network API and no remote URL', () => {
    const found: string[] = [];
    for (const f of files(dir).filter((x) => /\.(js|html|css|json)$/.test(x))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|navigator\.connection|\bimportScripts\(/g)) {
        found.push(`${path.relative(dir, f)}: ${m[0]}`);
      }
      for (const m of text.matchAll(/(?:https?|wss?):\/\/[^\s"'`)]+/g)) {
        // match patterns (http://*/*) name the sites we may read, and `http://${site}` parses what a
        // reader typed into the settings: neither is an address
        if (!NOT_REQUESTS.has(m[0]) && !m[0].includes('*') && !m[0].includes('${')) found.push(`${path.relative(dir, f)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('asks only for storage, scripting and site access, with no remote code and the default CSP', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

describe('the content script bundle', () => {
  it("does not copy the browser namespace's properties (CommonJS interop would bind every API on every page)", () => {
    // The bundler's `__toESM` helper lists and describes every property of a CommonJS module's
    // exports; for webextension-polyfill that is Chrome's own `browser`, whose properties are API
    // bindings made on first touch. scripts/polyfill-as-esm.ts serves the polyfill as an ES module.
    const script = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(script).not.toMatch(/getOwnPropertyNames/);
  });
});

describe('the Firefox manifest', () => {
  it('declares the gecko id, a minimum version with the Highlight API, and no data collection', () => {
    const m = JSON.parse(readFileSync(path.join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.minimum_chrome_version).toBeUndefined();
  });
});
