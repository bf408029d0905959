/**
 * Runs the engine in Node on the benchmark's pages: the library in a child process
 * (node-engine.ts), and the command-line scanner as a user runs it (`endolens scan page.html --json`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledCatalogue } from '../../lib/catalogue/types';
import type { BenchPage } from './pages';

export interface NodePage {
  name: string;
  chars: number;
  htmlToTextMs: number;
  termsMs: number;
  candidatesMs: number;
  /** Undefined where the page was not judged. */
  judgeMs?: number;
  terms: number;
  candidates: number;
  myths?: number;
  /** Wall time of one `endolens scan` of the page, ms (generated pages up to 1 MB only). */
  cliMs?: number;
}

export interface NodeResult {
  cold: { importMs: number; catalogueMs: number; firstJudgementMs: number };
  pages: NodePage[];
}

const ROOT = join(import.meta.dirname, '../..');

/** Library timings (medians of `runs`) for every page, and one CLI run on each generated page up to 1 MB. */
export function runNodeEngine(pages: readonly BenchPage[], catalogue: CompiledCatalogue, runs: number): NodeResult {
  const dir = mkdtempSync(join(tmpdir(), 'endolens-bench-pages-'));
  try {
    const list = pages.map((p, i) => {
      const file = join(dir, `${i}.html`);
      writeFileSync(file, p.html);
      return { name: p.name, file, cli: p.generated && p.textChars < 2e6 };
    });
    writeFileSync(join(dir, 'pages.json'), JSON.stringify(list));
    writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
    const script = join(import.meta.dirname, 'node-engine.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, join(dir, 'pages.json'), join(dir, 'catalogue.json'), String(runs)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const result = JSON.parse(out) as NodeResult;
    const cli = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, 'bin/endolens.mjs'), ...args], { cwd: ROOT, maxBuffer: 256 << 20 });
    cli('catalogue', '--json'); // compiles and caches the catalogue when needed: not timed
    for (const page of list.filter((p) => p.cli)) {
      const t0 = performance.now();
      cli('scan', page.file, '--json', '--no-fail');
      result.pages.find((p) => p.name === page.name)!.cliMs = performance.now() - t0;
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
