import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
const manifest = (browser: string) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

// A reviewed snapshot: a new permission must be argued for and this list changed on purpose.
describe('manifest permissions', () => {
  it.each(['chrome', 'firefox'])('asks %s for storage, activeTab and contextMenus only', (browser) => {
    expect(manifest(browser).permissions).toEqual(['storage', 'activeTab', 'contextMenus']);
  });

  it('asks for access to websites as a host permission in Firefox only (where the person grants it)', () => {
    expect(manifest('firefox').host_permissions).toEqual(['<all_urls>']);
    expect(manifest('chrome').host_permissions).toBeUndefined();
  });

  it('declares the two keyboard commands', () => {
    expect(Object.keys(manifest('chrome').commands as object)).toEqual(['next-finding', 'previous-finding']);
  });
});
