import type { Alias, SurfaceForm } from '../../lib/catalogue/types';
import { surfaceForms } from '../../lib/catalogue/forms';
import { buildTermIndex, findTerms } from '../../lib/match/terms';

/** A small hand-made index, so matcher tests do not move when the catalogue's wording does. */
export function indexOf(entries: Record<string, (string | Partial<Alias> & { text: string })[]>) {
  const forms: SurfaceForm[] = Object.entries(entries).flatMap(([id, aliases]) =>
    surfaceForms(
      id,
      aliases.map((a) =>
        typeof a === 'string'
          ? { text: a, case: 'insensitive', context: false, plural: true, unless: [] }
          : { case: 'insensitive', context: false, plural: true, unless: [], ...a },
      ),
    ),
  );
  return buildTermIndex(forms);
}

/** The matched text and id of each match, for readable expectations. */
export function found(text: string, index: ReturnType<typeof buildTermIndex>): string[] {
  return findTerms(text, index).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}
