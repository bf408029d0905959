import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageSummary } from '../../lib/extension/messages';
import { addReport, listReports, type Report } from '../../lib/settings/reports';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import { OptionsContainer } from '../../lib/ui/options/OptionsContainer';
import { PopupContainer } from '../../lib/ui/popup/PopupContainer';
import { button, catalogueOf, click, control, mount, mythOf, settle, termOf, textOf } from './helpers';

const catalogue = catalogueOf([termOf('endorphin', { name: 'Endorphin' })], [mythOf('happiness-chemical')]);
const summary: PageSummary = {
  terms: [{ id: 'endorphin', count: 2 }],
  termTotal: 2,
  myths: [{ id: 'happiness-chemical', verdict: 'oversimplification', sentence: 'Endorphins make you happy.' }],
  host: 'from-summary.example',
};

beforeEach(() => {
  fakeBrowser.reset();
});

/** The background, as far as the popup sees it: answers summary requests for `tabId`. */
function answerSummaries(tabId: number, answer: PageSummary | null = summary) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    seen.push(message);
    const m = message as { type?: string; tabId?: number };
    return m.type === 'endolens:summary' ? Promise.resolve(m.tabId === tabId ? answer : null) : undefined;
  });
  return seen;
}

async function openPopup(url: string | undefined, how: 'param' | 'active' = 'param', answer: PageSummary | null = summary) {
  const tab = await fakeBrowser.tabs.create({ url });
  // The fake browser keeps no active tab: the popup's own query is answered here.
  if (how === 'active') vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) => (q.active && q.currentWindow ? [tab] : []));
  const seen = answerSummaries(tab.id!, answer);
  const c = mount(<PopupContainer catalogue={catalogue} search={how === 'param' ? `?tab=${tab.id}` : ''} />);
  await settle();
  return { c, tabId: tab.id!, seen };
}

describe('popup container', () => {
  it.each(['param', 'active'] as const)('shows the summary the background keeps for the tab (%s)', async (how) => {
    const { c, tabId, seen } = await openPopup('https://news.example.org/a', how);
    expect(seen).toEqual([{ type: 'endolens:summary', tabId }]);
    expect(textOf(c.querySelector('[data-testid=summary]'))).toBe('2 terms, 1 myth on this page.');
  });

  it('turns EndoLens off for the tab’s site and back on', async () => {
    const { c } = await openPopup('https://news.example.org/a');
    click(c.querySelector('[role=switch]')!);
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['news.example.org']);
    expect(c.querySelector('[role=switch]')!.getAttribute('aria-checked')).toBe('false');
    click(c.querySelector('[role=switch]')!);
    await settle();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('uses the summary’s hostname when the tab’s address is hidden', async () => {
    const { c } = await openPopup(undefined);
    click(c.querySelector('[role=switch]')!);
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['from-summary.example']);
  });

  it('follows a change of settings made elsewhere', async () => {
    const { c } = await openPopup('https://news.example.org/a');
    await saveSettings({ disabledSites: ['example.org'] });
    await settle();
    expect(c.querySelector('[role=switch]')!.getAttribute('aria-checked')).toBe('false');
  });

  it('asks the tab to show a finding', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const { c, tabId } = await openPopup('https://news.example.org/a');
    click(button(c, /^Endorphin twice/));
    expect(send).toHaveBeenCalledWith(tabId, { type: 'endolens:reveal', kind: 'term', index: 0 });
  });

  it.each([
    ['a browser page', 'chrome://settings', /^EndoLens does not read this page/],
    ['a page it has not read', 'https://news.example.org/a', /^EndoLens has not read this page/],
  ])('says when it has nothing for %s', async (_, url, message) => {
    const { c } = await openPopup(url, 'param', null);
    expect(textOf(c.querySelector('[role=status]'))).toMatch(message);
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const { c } = await openPopup('https://news.example.org/a');
    click([...c.querySelectorAll('a')].find((a) => textOf(a) === 'Settings')!);
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('options container', () => {
  const report: Report = { mythId: 'happiness-chemical', sentence: 'A sentence.', url: 'https://a.org/', at: Date.UTC(2026, 0, 1) };

  async function openOptions() {
    const c = mount(<OptionsContainer catalogue={catalogue} />);
    await settle();
    return c;
  }

  it('shows the stored settings and saves a change at once', async () => {
    await saveSettings({ density: 'none' });
    const c = await openOptions();
    expect(control(c, /^None/).checked).toBe(true);
    click(control(c, 'Every mention'));
    expect(control(c, 'Every mention').checked).toBe(true);
    await settle();
    expect((await loadSettings()).density).toBe('all');
  });

  it('shows reports added elsewhere, and clears them', async () => {
    const c = await openOptions();
    expect(textOf(c)).toContain('No reports yet.');
    await addReport(report);
    await settle();
    expect(textOf(c.querySelector('.el-reports'))).toContain('A sentence.');
    click(button(c, 'Clear all…'));
    click(button(c, 'Clear'));
    await settle();
    expect(await listReports()).toEqual([]);
    expect(textOf(c)).toContain('No reports yet.');
  });

  it('exports the reports as a JSON file', async () => {
    await addReport(report);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:endolens'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const c = await openOptions();
    click(button(c, 'Export as JSON'));
    expect(clicked[0]!.download).toMatch(/^endolens-reports-\d{4}-\d{2}-\d{2}\.json$/);
    expect(blobs[0]!.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text()).reports).toEqual([{ ...report, at: '2026-01-01T00:00:00.000Z' }]);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
