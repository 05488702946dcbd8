import { defineConfig } from 'vitest/config';

// The Firefox smoke test drives the built Firefox extension in Debian's Firefox ESR (puppeteer-core
// over WebDriver BiDi). It skips, with the reason, on a machine without Firefox.
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
