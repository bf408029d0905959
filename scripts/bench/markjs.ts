/**
 * mark.js, the typical highlighter, on the same page and the same surface forms: its usual
 * term-list API, `new Mark(body).mark(forms, options)`, run in an isolated world of a browser
 * without the extension (mark.js rewrites the DOM: it runs last on a load).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { evaluate, isolatedWorld, type Tab } from './browser';
import { markJs } from './in-page';

const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

/** The mark.js version the bench runs (package.json pins it). */
export const MARK_JS_VERSION: string = (require('mark.js/package.json') as { version: string }).version;

/** Terms per `mark()` call: all 1,300 at once overflow the stack inside mark.js. */
const BATCH = 100;

export interface MarkJsRun {
  ms: number;
  marked: number;
}

/** Times one pass of mark.js over the body of the page loaded in `tab`, with `forms`. */
export async function runMarkJs(tab: Tab, forms: readonly string[]): Promise<MarkJsRun> {
  const world = await isolatedWorld(tab.cdp, 'markjs');
  await evaluate(tab.cdp, world, `${MARK_JS};0`);
  return evaluate<MarkJsRun>(tab.cdp, world, markJs(forms, BATCH));
}
