import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../lib/settings/reports';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { OptionsApp, type OptionsAppProps } from '../../lib/ui/options/OptionsApp';
import { button, catalogueOf, click, control, mount, mythOf, textOf, type } from './helpers';

const catalogue = catalogueOf([], [
  mythOf('happiness-chemical', { claim: 'Endorphins are the happiness chemical.', verdict: 'oversimplification' }),
  mythOf('endorphin-foods', { claim: 'Foods boost endorphins.', verdict: 'overstated' }),
]);
const reports: Report[] = [
  { mythId: 'happiness-chemical', sentence: 'Older sentence.', url: 'https://a.example.org/x', at: Date.UTC(2026, 0, 1) },
  { mythId: 'gone-myth', sentence: 'Newer sentence.', url: 'not a url', at: Date.UTC(2026, 0, 2) },
];

function options(settings: Partial<Settings> = {}, props: Partial<OptionsAppProps> = {}) {
  const onChange = vi.fn();
  const all: OptionsAppProps = {
    catalogue, settings: { ...DEFAULT_SETTINGS, ...settings }, reports, onChange, onExportReports: vi.fn(), onClearReports: vi.fn(), ...props,
  };
  return { c: mount(<OptionsApp {...all} />), ...all, onChange };
}

describe('options: sites', () => {
  it.each([
    ['all-except', 'Sites where EndoLens is off', 'disabledSites'],
    ['only', 'Sites where EndoLens runs', 'enabledSites'],
  ] as const)('in %s mode edits its own list', (siteMode, title, key) => {
    const { c, onChange } = options({ siteMode, [key]: ['a.org', 'b.org'] });
    expect(textOf(c)).toContain(title);
    expect([...c.querySelectorAll('.el-sites__host')].map(textOf)).toEqual(['a.org', 'b.org']);
    click(button(c, 'Remove a.org'));
    expect(onChange).toHaveBeenLastCalledWith({ [key]: ['b.org'] });
    type(control(c, 'Add a site'), 'https://News.Example.com/page');
    click(button(c, 'Add'));
    expect(onChange).toHaveBeenLastCalledWith({ [key]: ['a.org', 'b.org', 'news.example.com'] });
  });

  it.each([
    ['not a site name', 'not a site', '“not a site” is not a site name. Type one like example.org.'],
    ['nothing', '   ', 'Type a site name, like example.org.'],
    ['a site already listed', 'A.org', 'a.org is already in the list.'],
  ])('explains instead of adding %s', (_, text, message) => {
    const { c, onChange } = options({ disabledSites: ['a.org'] });
    const input = control(c, 'Add a site');
    type(input, text);
    click(button(c, 'Add'));
    expect(onChange).not.toHaveBeenCalled();
    expect(textOf(c.querySelector('[role=alert]'))).toBe(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(c.querySelector('[role=alert]')!.id);
  });

  it('switches to "only on these sites"', () => {
    const { c, onChange } = options();
    click(control(c, 'Only on the sites listed below'));
    expect(onChange).toHaveBeenCalledWith({ siteMode: 'only' });
  });
});

describe('options: what is marked and how', () => {
  it.each([
    ['Explain terms', { terms: false }],
    ['Flag myths', { myths: false }],
  ])('turns "%s" off', (label, patch) => {
    const { c, onChange } = options();
    click(control(c, new RegExp(`^${label}`)));
    expect(onChange).toHaveBeenCalledWith(patch);
  });

  it.each([
    ['turns one myth off', [], { disabledMyths: ['endorphin-foods'] }],
    ['turns one myth back on', ['happiness-chemical', 'endorphin-foods'], { disabledMyths: ['happiness-chemical'] }],
  ])('%s', (_, disabledMyths, patch) => {
    const { c, onChange } = options({ disabledMyths });
    click(control(c, /^“Foods boost endorphins”/));
    expect(onChange).toHaveBeenCalledWith(patch);
  });

  it('disables the list of myths while myths are off', () => {
    const { c } = options({ myths: false });
    const fieldset = [...c.querySelectorAll('fieldset')].find((f) => textOf(f.querySelector('legend')) === 'Myths to flag')!;
    expect(fieldset.disabled).toBe(true);
  });

  it.each([
    ['Every mention', { density: 'all' }],
    [/^None/, { density: 'none' }],
    ['Background tint', { highlightStyle: 'background' }],
  ] as const)('chooses "%s"', (label, patch) => {
    const { c, onChange } = options();
    click(control(c, label));
    expect(onChange).toHaveBeenCalledWith(patch);
  });

  it('sets the tooltip delay in milliseconds, 200 to 1500', () => {
    const { c, onChange } = options({ hoverDelayMs: 600 });
    const range = control(c, 'Tooltip delay');
    expect([range.type, range.min, range.max, range.value]).toEqual(['range', '200', '1500', '600']);
    expect(textOf(c.querySelector('output'))).toBe('600 ms');
    type(range, '900');
    expect(onChange).toHaveBeenCalledWith({ hoverDelayMs: 900 });
  });

  it('shows that it is loading until the settings arrive', () => {
    const { c } = options({}, { settings: undefined });
    expect(textOf(c.querySelector('[role=status]'))).toBe('Loading settings…');
    expect(c.querySelector('input[type=checkbox]')).toBeNull();
  });
});

describe('options: reports and privacy', () => {
  it('lists reports newest first with their myth and site', () => {
    const items = [...options().c.querySelectorAll('.el-reports li')].map((li) => [...li.querySelectorAll('p')].map(textOf));
    expect(items[0]).toEqual(['“Newer sentence.”', 'Flagged as: gone-myth', expect.stringMatching(/^A page · \S/)]);
    expect(items[1]).toEqual(['“Older sentence.”', 'Flagged as: “Endorphins are the happiness chemical”', expect.stringMatching(/^a\.example\.org · \S/)]);
  });

  it('exports the reports', () => {
    const { c, onExportReports } = options();
    click(button(c, 'Export as JSON'));
    expect(onExportReports).toHaveBeenCalledOnce();
  });

  it.each([
    ['clears after asking', 'Clear', 1],
    ['keeps them when the clear is cancelled', 'Cancel', 0],
  ])('%s', (_, choice, calls) => {
    const { c, onClearReports } = options();
    click(button(c, 'Clear all…'));
    expect(textOf(c.querySelector('.el-confirm'))).toContain('Clear 2 reports?');
    click(button(c, choice));
    expect(onClearReports).toHaveBeenCalledTimes(calls);
    expect(c.querySelector('.el-confirm')).toBeNull();
  });

  it('offers no export or clear without reports', () => {
    const { c } = options({}, { reports: [] });
    expect(textOf(c)).toContain('No reports yet.');
    expect(button(c, 'Export as JSON').disabled).toBe(true);
    expect(button(c, 'Clear all…').disabled).toBe(true);
  });

  it('says what it reads, that nothing is sent, and that pages can notice it', () => {
    const privacy = textOf([...options().c.querySelectorAll('section')].find((s) => textOf(s.querySelector('h2')) === 'Privacy'));
    expect(privacy).toContain('reads the text of the pages you open, on your computer');
    expect(privacy).toContain('It sends nothing anywhere');
    expect(privacy).toContain('Pages can notice that EndoLens is installed');
  });
});
