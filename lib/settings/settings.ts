/**
 * The person's settings: their one shape, the defaults, and the repair of whatever storage holds.
 * Pure: no browser API (storage lives in store.ts).
 */
import { normalizeHost } from './sites.ts';

/** How many mentions of one term on a page get marked. */
export const DENSITIES = ['first-per-section', 'all', 'none'] as const;
export type Density = (typeof DENSITIES)[number];

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** `all-except`: runs everywhere but `disabledSites`; `only`: runs on `enabledSites` alone. */
export const SITE_MODES = ['all-except', 'only'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const HOVER_DELAY_MIN = 200;
export const HOVER_DELAY_MAX = 1500;

export interface Settings {
  siteMode: SiteMode;
  /** Hostnames (lower case, no port) where EndoLens is off, in `all-except` mode. */
  disabledSites: string[];
  /** Hostnames where EndoLens runs, in `only` mode. */
  enabledSites: string[];
  /** Mark terms of the catalogue. */
  terms: boolean;
  /** Flag myths. */
  myths: boolean;
  /** Myth ids not to flag (when `myths` is on). */
  disabledMyths: string[];
  density: Density;
  /** Milliseconds the pointer rests on a mark before its tooltip opens, 200–1500. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  siteMode: 'all-except',
  disabledSites: [],
  enabledSites: [],
  terms: true,
  myths: true,
  disabledMyths: [],
  density: 'first-per-section',
  hoverDelayMs: 400,
  highlightStyle: 'underline',
});

const MAX_LIST = 1000;

function oneOf<T extends string>(values: readonly T[]) {
  return (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
}

/** A list of strings, each cleaned by `clean` (dropped when it returns null), without duplicates. */
function cleanList(value: unknown, clean: (s: string) => string | null): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = new Set<string>();
  for (const item of value) {
    const cleaned = typeof item === 'string' ? clean(item) : null;
    if (cleaned) out.add(cleaned);
  }
  return [...out].slice(0, MAX_LIST);
}

const isId = (s: string) => (/^[a-z0-9][a-z0-9-]{0,80}$/.test(s) ? s : null);

/**
 * Settings from any stored value: every field that is valid is kept, every missing or corrupt one
 * falls back to its default. Lists drop their invalid items; the hover delay is clamped to
 * 200–1500 ms and rounded. Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const delay = r.hoverDelayMs;
  return {
    siteMode: oneOf(SITE_MODES)(r.siteMode) ? r.siteMode : d.siteMode,
    disabledSites: cleanList(r.disabledSites, normalizeHost) ?? [...d.disabledSites],
    enabledSites: cleanList(r.enabledSites, normalizeHost) ?? [...d.enabledSites],
    terms: typeof r.terms === 'boolean' ? r.terms : d.terms,
    myths: typeof r.myths === 'boolean' ? r.myths : d.myths,
    disabledMyths: cleanList(r.disabledMyths, isId) ?? [...d.disabledMyths],
    density: oneOf(DENSITIES)(r.density) ? r.density : d.density,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, delay)))
        : d.hoverDelayMs,
    highlightStyle: oneOf(HIGHLIGHT_STYLES)(r.highlightStyle) ? r.highlightStyle : d.highlightStyle,
  };
}
