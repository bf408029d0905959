/**
 * `endolens`: the command-line scanner. Exit status 0 when no myth was found, 1 when one was
 * (unless --no-fail), 2 for bad input or usage, with a one-line message on standard error.
 */
import { createInterface } from 'node:readline';
import { loadCatalogueCached as loadCatalogue } from '../catalogue/load-node';
import { CatalogueError } from '../catalogue/schema';
import { createEngine, scanText, type Engine } from '../match/engine';
import { htmlToText } from './html-text';
import { InputError, readInput } from './input';
import { catalogueJson, formatCatalogue, formatReport, toJson } from './report';

export const USAGE = `Usage:
  endolens scan <file.html | file.txt | url | -> [--json] [--no-fail]
  endolens scan --jsonl [--no-fail]      lines {"id", "text"} or {"id", "html"} on standard input
  endolens catalogue [--json]

Exit status: 0 no myth found, 1 a myth found (0 with --no-fail), 2 bad input.`;

export interface Io {
  stdin: NodeJS.ReadableStream;
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const flags = new Set<string>();
  const args: string[] = [];
  for (const a of argv) {
    if (a.startsWith('--')) flags.add(a.slice(2));
    else args.push(a);
  }
  const known = new Set(['json', 'jsonl', 'no-fail', 'help']);
  for (const f of flags) if (!known.has(f)) throw new UsageError(`unknown option --${f}`);
  return { command: args[0], args: args.slice(1), flags };
}

async function scanJsonl(engine: Engine, io: Io): Promise<boolean> {
  let found = false;
  let n = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; html?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      throw new InputError(`line ${n}: not valid JSON`);
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new InputError(`line ${n}: expected an object`);
    if (typeof item.text !== 'string' && typeof item.html !== 'string') {
      throw new InputError(`line ${n}: needs a "text" or an "html" string`);
    }
    const text = typeof item.text === 'string' ? item.text : htmlToText(item.html as string);
    const result = scanText(engine, text);
    found ||= result.myths.length > 0;
    io.out(JSON.stringify({ id: item.id ?? null, ...toJson(text, result) }));
  }
  return found;
}

/** Runs the CLI; returns the exit status. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { command, args, flags } = parseArgs(argv);
    if (flags.has('help') || command === 'help' || !command) {
      (command ? io.out : io.err)(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'catalogue') {
      const catalogue = loadCatalogue();
      io.out(flags.has('json') ? JSON.stringify(catalogueJson(catalogue), null, 2) : formatCatalogue(catalogue));
      return 0;
    }
    if (command !== 'scan') throw new UsageError(`unknown command ${command}`);
    if (flags.has('jsonl') ? args.length > 0 : args.length !== 1) {
      throw new UsageError(flags.has('jsonl') ? '--jsonl reads standard input and takes no file' : 'scan takes one input');
    }
    const engine = createEngine(loadCatalogue());
    let found: boolean;
    if (flags.has('jsonl')) found = await scanJsonl(engine, io);
    else {
      const doc = await readInput(args[0]!, io.stdin);
      const result = scanText(engine, doc.text);
      found = result.myths.length > 0;
      io.out(flags.has('json') ? JSON.stringify(toJson(doc.text, result)) : formatReport(doc.label, doc.text, result, engine.catalogue));
    }
    return found && !flags.has('no-fail') ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`endolens: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`endolens: ${error.message}`);
      return 2;
    }
    if (error instanceof CatalogueError) {
      io.err(`endolens: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
