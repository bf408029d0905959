import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { catalogueModule } from './lib/catalogue/vite-plugin.ts';

// Four suites, one run: pure core in Node; the text map, the UI and the settings in happy-dom
// (with WXT's fake browser and storage); the catalogue's own rules; and the command-line scanner
// as a user runs it. End-to-end browser tests run apart (tests/e2e).
export default defineConfig({
  plugins: [catalogueModule()],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      { extends: true, test: { name: 'catalogue', include: ['tests/catalogue/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
    ],
  },
});
