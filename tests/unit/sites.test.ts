import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { isActiveOn, normalizeHost, siteTogglePatch } from '../../lib/settings/sites';

describe('hostnames as people type them', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  Example.ORG ', 'example.org'],
    ['https://news.example.org/path?q=1#x', 'news.example.org'],
    ['http://localhost:8080', 'localhost'],
    ['example.org.', 'example.org'],
    ['user@example.org', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'bücher.de'],
    ['', null],
    ['not a host', null],
    ['exa..mple.org', null],
    ['-bad.org', null],
    [`${'a'.repeat(64)}.org`, null],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });
});

describe('where EndoLens runs', () => {
  const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
  const only = { ...DEFAULT_SETTINGS, siteMode: 'only' as const, enabledSites: ['example.org'] };

  it.each([
    ['runs on a site not listed', off, 'other.org', true],
    ['is off on a listed site', off, 'example.org', false],
    ['is off on a subdomain of a listed site', off, 'news.example.org', false],
    ['does not treat a look-alike as a subdomain', off, 'badexample.org', true],
    ['in "only" mode runs on a listed site', only, 'example.org', true],
    ['in "only" mode runs on its subdomains', only, 'www.example.org', true],
    ['in "only" mode is off elsewhere', only, 'other.org', false],
    ['compares hostnames without case', off, 'EXAMPLE.org', false],
  ])('%s', (_, settings, host, expected) => {
    expect(isActiveOn(settings, host)).toBe(expected);
  });

  it.each([
    ['turns a site off by listing it', DEFAULT_SETTINGS, 'a.org', false, { disabledSites: ['a.org'] }],
    ['turns a site on by unlisting it and the domains above it', off, 'news.example.org', true, { disabledSites: [] }],
    ['in "only" mode turns a site on by listing it', only, 'b.org', true, { enabledSites: ['example.org', 'b.org'] }],
    ['in "only" mode turns a site off by unlisting it', only, 'example.org', false, { enabledSites: [] }],
    ['ignores what is not a hostname', DEFAULT_SETTINGS, 'not a host', false, {}],
  ])('%s', (_, settings, host, on, patch) => {
    expect(siteTogglePatch(settings, host, on)).toEqual(patch);
  });
});
