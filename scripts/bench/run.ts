/**
 * `npm run bench`: the cost of EndoLens on generated pages of 200 KB, 1 MB and 5 MB of text, a page
 * with nothing to find and the frozen pages, in headless Chromium with the built extension, against
 * the floor (one TreeWalker pass) and mark.js; the background's judgement; the engine in Node.
 * Prints the tables and writes docs/benchmarks.md. `--quick` (npm run bench:quick): one run of the
 * small page, nothing written, no assertion on time; exits non-zero only when the harness breaks.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR, loadCatalogue } from '../../lib/catalogue/load-node';
import { measureBackground } from './background';
import { EXTENSION_DIR, launch } from './browser';
import { measuredSection, writeDoc } from './docs';
import { runBaseline, runWithExtension } from './extension';
import { contentScriptSize, describeCatalogue, describeMachine, isChangedSinceBuild } from './machine';
import { MARK_JS_VERSION, runMarkJs } from './markjs';
import { runNodeEngine } from './node';
import { benchPages, type BenchPage } from './pages';
import { targets } from './report';
import { rowOf, type BenchResult, type PageResult } from './results';
import { servePages } from './server';

const quick = process.argv.includes('--quick');
const started = performance.now();
const loadAtStart = loadavg()[0]!;
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/**
 * Runs per page, for the medians: the whole bench must stay under 10 minutes on 2 cores, and a run
 * of the 5 MB page takes about a minute, so it gets two; the small frozen pages two, the page with
 * nothing to find three.
 */
const runsOf = (page: BenchPage) => (quick ? 1 : page.textChars > 2e6 ? 2 : page.name === 'nothing-1m' ? 3 : page.generated ? 4 : 2);
/** mark.js takes about 20 s per 200 KB with the catalogue's 1,300 forms: one run, on the 200 KB and 1 MB pages only. */
const markJsOn = (page: BenchPage) => page.name === 'wellness-200k' || page.name === 'wellness-1m';

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run `npm run build` first');
  if (isChangedSinceBuild(DATA_DIR)) log(`warning: ${DATA_DIR} changed after the last build; the extension and the pages, mark.js and Node use different catalogues: run \`npm run build\``);
  const catalogue = loadCatalogue();
  log(`catalogue: ${describeCatalogue(catalogue)}`);
  const forms = [...new Set(catalogue.forms.map((f) => f.text))];
  const pages = benchPages(catalogue, quick);
  const results: PageResult[] = pages.map((p) => ({ page: { name: p.name, textChars: p.textChars, generated: p.generated }, runs: [] }));
  const server = await servePages(pages);
  try {
    const withExtension = await launch(true);
    let background;
    try {
      if (!quick) await runWithExtension(withExtension, server, pages[0]!, true); // warm-up, not counted
      for (const [i, page] of pages.entries()) {
        for (let run = 0; run < runsOf(page); run++) results[i]!.runs.push(await runWithExtension(withExtension, server, page, true));
        log(`extension ${page.name}: ${results[i]!.runs.map((r) => r.scanToPainted.toFixed(0)).join(', ')} ms to painted`);
      }
      const judged = pages.find((p) => p.name === 'wellness-1m') ?? pages[0]!;
      background = { page: judged.name, ...(await measureBackground(withExtension, server, judged, catalogue, quick ? 1 : 3)) };
      log(`background: ${background.candidates} candidates, warm ${background.warmAll.toFixed(0)} ms, cold one ${background.coldOne.toFixed(0)} ms`);
    } finally {
      await withExtension.close();
    }
    const without = await launch(false);
    try {
      for (const [i, page] of pages.entries()) {
        const { after: markjs, ...baseline } = await runBaseline(without, server, page, 300, markJsOn(page) ? (tab) => runMarkJs(tab, forms) : undefined);
        Object.assign(results[i]!, { baseline, markjs });
        if (markjs) log(`mark.js ${page.name}: ${markjs.ms.toFixed(0)} ms, ${markjs.marked} marks`);
      }
    } finally {
      await without.close();
    }
    const node = runNodeEngine(pages, catalogue, quick ? 1 : 3);
    log('engine in Node: done');
    const result: BenchResult = {
      quick,
      pages: results,
      background,
      node,
      size: contentScriptSize(catalogue),
      machine: describeMachine(loadAtStart),
      catalogue: describeCatalogue(catalogue),
      markJsVersion: MARK_JS_VERSION,
      seconds: (performance.now() - started) / 1000,
    };
    const rows = results.map(rowOf);
    const section = measuredSection(result, rows, targets(result, rows));
    console.log(`\n${section}\n`);
    if (!quick) writeDoc(section);
    log(quick ? 'quick run: nothing written' : 'written to docs/benchmarks.md');
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
