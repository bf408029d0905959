import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (npm run build) in Debian's Chromium and Firefox ESR.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
