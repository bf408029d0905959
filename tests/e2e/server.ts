import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

const ROOT = join(__dirname, '../fixtures/pages');

/** Serves tests/fixtures/pages on 127.0.0.1 (a free port); no test touches the live web. */
export async function servePages(): Promise<{ url: (page: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(ROOT, path));
      res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const WELLNESS = '2026-11-23-wellness-endorphin-boost.html';
export const DEBUNK = '2026-11-23-debunk-endorphin-myths.html';

/** Reads our highlights from the page's registry: how many ranges, and the text they cover. */
export const READ_HIGHLIGHTS = `(() => {
  const read = (name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => r.toString()) : null;
  };
  return { terms: read('endolens-term'), myths: read('endolens-myth') };
})()`;

export const HOSTILE = '2026-11-23-dynamic-and-hostile.html';

/** Page-side: the centre of the first box of `phrase` in the page's text (for hovering). */
export const CENTRE_OF = `(phrase) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(phrase);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + phrase.length);
    const box = r.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}`;
