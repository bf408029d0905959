/**
 * The settings in the extension's local storage (never synced: nothing leaves the machine).
 * Every read goes through `sanitizeSettings`, so a corrupt or older value never reaches the UI.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings.ts';

/**
 * Version of the stored shape. WXT runs `settingsMigrations` when the extension updates; the next
 * change of shape (a renamed or restructured field) bumps this and adds `[n]: (old) => new`.
 * Added or removed fields need no migration: every read goes through `sanitizeSettings`.
 */
export const SETTINGS_VERSION = 1;

export const settingsMigrations: Record<number, (old: unknown) => unknown> = {};

/** The storage item; exported for tests and for code that needs WXT's own API. */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

/** The current settings, repaired field by field when storage holds something invalid. */
export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

// Writes from one page are chained so that two quick changes never overwrite each other.
let pending: Promise<unknown> = Promise.resolve();

/**
 * Applies `patch` to the stored settings and returns the settings as stored. Invalid fields in the
 * patch are replaced by their defaults, like any stored value.
 */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const write = pending.then(async () => {
    const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  pending = write.catch(() => undefined);
  return write;
}

/** Calls `callback` with the repaired settings whenever they change (in any page of the extension). Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value)));
}
