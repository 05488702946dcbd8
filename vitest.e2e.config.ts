import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium; they run one file at a time
// because each launches a browser and the machine has two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
