import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../lib/settings/settings';
import { loadSettings, saveSettings, settingsItem, watchSettings } from '../../lib/settings/store';
import { MAX_REPORTS, addReport, clearReports, listReports, reportsToJson, type Report } from '../../lib/settings/reports';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('repairing stored settings', () => {
  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', []],
    ['a number', 42],
  ])('gives the defaults for %s', (_, raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it.each<[keyof Settings, unknown]>([
    ['siteMode', 'sometimes'],
    ['siteMode', 1],
    ['disabledSites', 'example.org'],
    ['enabledSites', { 0: 'example.org' }],
    ['terms', 'yes'],
    ['myths', 0],
    ['disabledMyths', null],
    ['density', 'some'],
    ['hoverDelayMs', '400'],
    ['hoverDelayMs', Number.NaN],
    ['hoverDelayMs', Infinity],
    ['highlightStyle', 'blink'],
  ])('falls back to the default for a corrupt %s (%j) and keeps the other fields', (field, value) => {
    const valid: Settings = {
      siteMode: 'only', disabledSites: ['a.org'], enabledSites: ['b.org'], terms: false, myths: false,
      disabledMyths: ['happiness-chemical'], density: 'all', hoverDelayMs: 800, highlightStyle: 'background',
    };
    expect(sanitizeSettings({ ...valid, [field]: value })).toEqual({ ...valid, [field]: DEFAULT_SETTINGS[field] });
  });

  it.each<[string, unknown, Partial<Settings>]>([
    ['clamps a short hover delay', { hoverDelayMs: 10 }, { hoverDelayMs: 200 }],
    ['clamps a long hover delay', { hoverDelayMs: 99999 }, { hoverDelayMs: 1500 }],
    ['rounds the hover delay', { hoverDelayMs: 450.7 }, { hoverDelayMs: 451 }],
    ['drops invalid hostnames and keeps valid ones', { disabledSites: ['Example.ORG', 'not a host', 5, ''] }, { disabledSites: ['example.org'] }],
    ['turns addresses into hostnames', { enabledSites: ['https://news.example.org:8080/a?b'] }, { enabledSites: ['news.example.org'] }],
    ['removes duplicate sites', { disabledSites: ['a.org', 'A.org', 'a.org.'] }, { disabledSites: ['a.org'] }],
    ['drops myth ids that are not ids', { disabledMyths: ['happiness-chemical', '<b>x</b>', null] }, { disabledMyths: ['happiness-chemical'] }],
    ['ignores unknown fields', { theme: 'dark' }, {}],
  ])('%s', (_, raw, expected) => {
    expect(sanitizeSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });
});

describe('settings in storage', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and keeps the other fields', async () => {
    await saveSettings({ density: 'all' });
    await saveSettings({ hoverDelayMs: 900 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'all', hoverDelayMs: 900 });
  });

  it('keeps both of two changes made at once', async () => {
    await Promise.all([saveSettings({ terms: false }), saveSettings({ myths: false })]);
    expect(await loadSettings()).toMatchObject({ terms: false, myths: false });
  });

  it('stores in local storage, never sync', async () => {
    await saveSettings({ terms: false });
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({ settings: { terms: false } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('repairs a corrupt stored value when loading it', async () => {
    await fakeBrowser.storage.local.set({ settings: { density: 'lots', terms: false } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, terms: false });
  });

  it('repairs an invalid patch instead of storing it', async () => {
    await saveSettings({ hoverDelayMs: -5, density: 'x' as never });
    expect(await settingsItem.getValue()).toMatchObject({ hoverDelayMs: 200, density: DEFAULT_SETTINGS.density });
  });

  it('tells watchers about changes until they unwatch', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSettings({ highlightStyle: 'background' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ highlightStyle: 'background' })));
    unwatch();
    await saveSettings({ highlightStyle: 'underline' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('"not a myth here" reports', () => {
  const report = (i: number): Report => ({ mythId: 'happiness-chemical', sentence: `Sentence ${i}.`, url: `https://example.org/${i}`, at: 1_700_000_000_000 + i });

  it('lists reports in the order they were added', async () => {
    await addReport(report(1));
    await addReport(report(2));
    expect((await listReports()).map((r) => r.sentence)).toEqual(['Sentence 1.', 'Sentence 2.']);
  });

  it(`keeps the newest ${MAX_REPORTS}`, async () => {
    await fakeBrowser.storage.local.set({ reports: Array.from({ length: MAX_REPORTS }, (_, i) => report(i)) });
    await addReport(report(MAX_REPORTS));
    const reports = await listReports();
    expect(reports).toHaveLength(MAX_REPORTS);
    expect(reports[0]!.sentence).toBe('Sentence 1.');
    expect(reports.at(-1)!.sentence).toBe(`Sentence ${MAX_REPORTS}.`);
  });

  it('keeps every one of several reports added at once', async () => {
    await Promise.all([1, 2, 3].map((i) => addReport(report(i))));
    expect(await listReports()).toHaveLength(3);
  });

  it('clears every report', async () => {
    await addReport(report(1));
    await clearReports();
    expect(await listReports()).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['without a myth id', { ...report(1), mythId: '' }],
    ['without a sentence', { ...report(1), sentence: undefined }],
    ['with a text date', { ...report(1), at: '2026-01-01' }],
    ['that is not an object', 'report'],
  ])('refuses a report %s', async (_, bad) => {
    await expect(addReport(bad as Report)).rejects.toThrow(TypeError);
    expect(await listReports()).toEqual([]);
  });

  it('skips corrupt stored reports and shortens long sentences', async () => {
    await fakeBrowser.storage.local.set({ reports: [report(1), null, { mythId: 1 }, { ...report(2), sentence: 'x'.repeat(5000) }] });
    const reports = await listReports();
    expect(reports.map((r) => r.sentence.length)).toEqual(['Sentence 1.'.length, 1000]);
  });

  it('exports reports as JSON with readable dates', () => {
    const json = JSON.parse(reportsToJson([report(1)]));
    expect(json).toEqual({
      format: 'endolens-reports',
      version: 1,
      reports: [{ mythId: 'happiness-chemical', sentence: 'Sentence 1.', url: 'https://example.org/1', at: '2023-11-14T22:13:20.001Z' }],
    });
  });
});
