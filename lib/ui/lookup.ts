/** Lookups over the compiled catalogue that the UI needs. Pure. */
import type { CompiledCatalogue, Entry, Myth, Source } from '../catalogue/types.ts';
import { quoteClaim } from './labels.ts';

/** The parts of the catalogue the UI reads. */
export type CatalogueView = Pick<CompiledCatalogue, 'terms' | 'myths' | 'sources'>;

/** The term or myth with this id, or `undefined`. */
export function entryById(catalogue: CatalogueView, id: string): Entry | undefined {
  return catalogue.terms.find((t) => t.id === id) ?? catalogue.myths.find((m) => m.id === id);
}

/** The entries an entry's `related` list names, in its order; unknown ids are skipped. */
export function relatedEntries(catalogue: CatalogueView, entry: Entry): Entry[] {
  return entry.related.flatMap((id) => entryById(catalogue, id) ?? []);
}

/** Myths whose `related` list names the term `termId`. */
export function mythsAbout(catalogue: CatalogueView, termId: string): Myth[] {
  return catalogue.myths.filter((m) => m.related.includes(termId));
}

/** The cited sources of an entry with what each supports there; citations of unknown sources are skipped. */
export function citedSources(catalogue: CatalogueView, entry: Entry): { source: Source; supports: string }[] {
  return entry.sources.flatMap((c) => {
    const source = catalogue.sources[c.id];
    return source ? [{ source, supports: c.supports }] : [];
  });
}

/** A short title for an entry: the term's name, or the myth's claim in quotation marks. */
export function entryTitle(entry: Entry): string {
  return entry.kind === 'term' ? entry.name : quoteClaim(entry.claim);
}
