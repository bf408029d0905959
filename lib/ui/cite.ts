/** Citations of the bibliography, as people read them: short in tooltips, full in entries. Pure. */
import type { Source } from '../catalogue/types.ts';

// A person as the bibliography writes one: "Boecker H", "Di Chiara G", "Dunbar RIM".
const PERSON = /^(.+?)\s+\p{Lu}{1,4}$/u;

/** The surnames of `authors` and whether the list goes on ("et al."); `null` for an organisation. */
function surnames(authors: string): { names: string[]; more: boolean } | null {
  const parts = authors.split(',').map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
  const more = parts.some((p) => /^et al$/i.test(p));
  const people = parts.filter((p) => !/^et al$/i.test(p));
  const names = people.map((p) => PERSON.exec(p)?.[1]);
  if (!names.length || names.some((n) => n === undefined)) return null;
  return { names: names as string[], more };
}

/** "Boecker", "Berridge and Kringelbach", "Boecker et al.", or an organisation's short name. */
function shortAuthors(authors: string): string {
  const people = surnames(authors);
  if (!people) {
    const org = authors.trim().replace(/\.$/, '');
    return /\(([^)]+)\)$/.exec(org)?.[1] ?? org; // "European … Addiction (EMCDDA)" -> "EMCDDA"
  }
  const [first, second] = people.names;
  if (people.more || people.names.length > 2) return `${first} et al.`;
  return second ? `${first} and ${second}` : first!;
}

/**
 * A source as text. `short`: "Boecker et al., 2008". `full`: "Boecker H, Sprenger T, … (2008).
 * The runner's high … Cerebral Cortex, 18(11):2523-2531." The link is not part of the text: see
 * `sourceLink` and `linkLabel`.
 */
export function formatCitation(source: Source, form: 'short' | 'full' = 'short'): string {
  if (form === 'short') return `${shortAuthors(source.authors)}, ${source.year}`;
  // "Bruchas MR." and "(EMCDDA)." lose the period before " (year)"; "et al." and "Inc." keep it.
  const authors = source.authors.trim().replace(/(?<=[\p{Lu})])\.$/u, '');
  const title = source.title.trim().replace(/[.]$/, '');
  const where = [source.container, source.details].filter(Boolean).join(', ');
  return `${authors} (${source.year}). ${title}.${where ? ` ${where}.` : ''}`;
}

/** Where to read a source: https://doi.org/DOI, else its PubMed page, else its own http(s) address; `undefined` when it has none. */
export function sourceLink(source: Source): string | undefined {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(source.pmid)}/`;
  if (source.url && /^https?:\/\//i.test(source.url)) return source.url;
  return undefined;
}

/** The visible text of a source's link: "doi:10.…", "PubMed 123", or the site's hostname. */
export function linkLabel(source: Source): string | undefined {
  if (source.doi) return `doi:${source.doi}`;
  if (source.pmid) return `PubMed ${source.pmid}`;
  const link = sourceLink(source);
  return link ? new URL(link).hostname.replace(/^www\./, '') : undefined;
}
