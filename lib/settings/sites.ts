/** Where EndoLens runs: hostnames as people type them, and the on/off decision for one site. Pure. */
import type { Settings } from './settings.ts';

// One label of a hostname: letters (any script, for internationalised names), digits and inner hyphens.
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/**
 * A hostname from what a person typed or a page address: lower case, without scheme, port, path
 * or a trailing dot ("https://Example.org:8080/a" -> "example.org"). `null` when it is not a
 * hostname (spaces, empty labels, over 253 characters). Internationalised names are kept as typed.
 */
export function normalizeHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^[^/@]*@/, '');
  host = host.split(/[/?#]/)[0]!.replace(/:\d*$/, '').replace(/\.$/, '');
  if (!host || host.length > 253) return null;
  return host.split('.').every((label) => LABEL.test(label)) ? host : null;
}

/** The hostname of an http(s) address, else `null`. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Whether `host` is `site` or one of its subdomains ("news.example.org" is within "example.org"). */
export function isWithin(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Whether EndoLens runs on `host` under `settings`. A page without a hostname (file:) counts as "". */
export function isActiveOn(settings: Pick<Settings, 'siteMode' | 'disabledSites' | 'enabledSites'>, host: string): boolean {
  const h = normalizeHost(host) ?? host;
  if (settings.siteMode === 'only') return settings.enabledSites.some((s) => isWithin(h, s));
  return !settings.disabledSites.some((s) => isWithin(h, s));
}

/**
 * The settings change that turns EndoLens on or off for `host`, in the current mode: in
 * `all-except` mode it edits `disabledSites`, in `only` mode `enabledSites`. Turning a site off
 * also removes the listed parent domains that covered it.
 */
export function siteTogglePatch(
  settings: Pick<Settings, 'siteMode' | 'disabledSites' | 'enabledSites'>,
  host: string,
  on: boolean,
): Partial<Settings> {
  const h = normalizeHost(host);
  if (!h) return {};
  if (settings.siteMode === 'only') {
    const rest = settings.enabledSites.filter((s) => !isWithin(h, s));
    return { enabledSites: on ? [...rest, h] : rest };
  }
  const rest = settings.disabledSites.filter((s) => !isWithin(h, s));
  return { disabledSites: on ? rest : [...rest, h] };
}
