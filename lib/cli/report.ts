/**
 * What the CLI prints: the readable report, the JSON shapes, and the catalogue listing.
 */
import type { CompiledCatalogue, Myth, Term } from '../catalogue/types';
import type { ScanResult } from '../match/engine';

/** The `--json` and `--jsonl` shape of one scan. */
export function toJson(text: string, result: ScanResult) {
  return {
    terms: result.terms.map((t) => ({ id: t.id, text: text.slice(t.start, t.end), start: t.start, end: t.end })),
    myths: result.myths.map((m) => ({ id: m.id, verdict: m.verdict, start: m.start, end: m.end, sentence: m.sentence })),
  };
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The human-readable report of one scan. */
export function formatReport(label: string, text: string, result: ScanResult, catalogue: CompiledCatalogue): string {
  const terms = new Map(catalogue.terms.map((t) => [t.id, t]));
  const myths = new Map(catalogue.myths.map((m) => [m.id, m]));
  const out: string[] = [`EndoLens scan of ${label}: ${text.length.toLocaleString('en')} characters of text`, ''];
  out.push(result.myths.length ? `Myths (${result.myths.length})` : 'Myths: none found');
  for (const m of result.myths) {
    const myth = myths.get(m.id);
    out.push(`  ${m.id} (${m.verdict}) at ${m.start}-${m.end}`);
    out.push(wrap(`“${m.sentence.replace(/\s+/g, ' ')}”`, 96, '    '));
    if (myth) out.push(wrap(`Correction: ${myth.correction}`, 96, '    '));
    out.push('');
  }
  const counts = new Map<string, number>();
  for (const t of result.terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  if (!result.myths.length) out.push('');
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  out.push(counts.size ? `Terms (${n(counts.size, 'term')}, ${n(result.terms.length, 'mention')})` : 'Terms: none found');
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [id, count] of sorted) out.push(`  ${String(count).padStart(5)}  ${terms.get(id)?.name ?? id} (${id})`);
  return out.join('\n');
}

function listing(entry: Term | Myth) {
  return entry.kind === 'term'
    ? {
        id: entry.id,
        kind: entry.kind,
        name: entry.name,
        category: entry.category,
        aliases: entry.aliases.map((a) => a.text),
        summary: entry.summary,
        sources: entry.sources.map((s) => s.id),
      }
    : {
        id: entry.id,
        kind: entry.kind,
        claim: entry.claim,
        verdict: entry.verdict,
        correction: entry.correction,
        sources: entry.sources.map((s) => s.id),
      };
}

/** `endolens catalogue --json`: every entry, terms then myths. */
export function catalogueJson(catalogue: CompiledCatalogue) {
  return [...catalogue.terms, ...catalogue.myths].map(listing);
}

/** `endolens catalogue`: a readable listing. */
export function formatCatalogue(catalogue: CompiledCatalogue): string {
  const out = [`EndoLens catalogue: ${catalogue.terms.length} terms, ${catalogue.myths.length} myths`, ''];
  for (const t of catalogue.terms) {
    out.push(`${t.id} [term, ${t.category}] ${t.name}`);
    out.push(`  aliases: ${t.aliases.map((a) => a.text).join(', ')}`);
    out.push(wrap(t.summary, 96, '  '));
    out.push(`  sources: ${t.sources.map((s) => s.id).join(', ')}`, '');
  }
  for (const m of catalogue.myths) {
    out.push(`${m.id} [myth, ${m.verdict}] ${m.claim}`);
    out.push(wrap(m.correction, 96, '  '));
    out.push(`  sources: ${m.sources.map((s) => s.id).join(', ')}`, '');
  }
  return out.join('\n');
}
