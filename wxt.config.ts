import { defineConfig } from 'wxt';
import { catalogueModule } from './lib/catalogue/vite-plugin.ts';

// Manifest and build settings for Chrome (MV3) and Firefox (MV3).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // No display on CI and on the team's machines: `wxt dev` must not try to open a browser.
  // A developer with a display opts in through a git-ignored web-ext.config.ts.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [catalogueModule()],
  }),
  manifest: ({ browser }) => ({
    name: 'EndoLens',
    description:
      'Explains the terms of the body’s own opioid system on the pages you read, and flags common myths about endorphins.',
    // storage: settings and "not a myth here" reports, kept locally. activeTab: the popup may read
    // the address of the tab it was opened on (for "On this site"), and only that one.
    // contextMenus: "Look up in EndoLens" on selected text.
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // Rebindable in the browser's shortcut settings (chrome://extensions/shortcuts, about:addons).
    commands: {
      'next-finding': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next term or myth on the page' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous term or myth on the page' },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox lets the person grant this (MV3); the welcome page explains why and asks.
          // 140 is the ESR that Debian ships, and the first with the CSS Custom Highlight API.
          host_permissions: ['<all_urls>'],
          browser_specific_settings: {
            gecko: {
              id: 'endolens@endolens.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
