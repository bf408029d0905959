/** Settings and local reports: one import for the UI, the content script and the background. */
export * from './settings.ts';
export * from './sites.ts';
export * from './store.ts';
export * from './reports.ts';
