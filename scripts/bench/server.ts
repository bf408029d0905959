/**
 * Serves the benchmark's pages on 127.0.0.1 (a free port), from memory: no page touches the live
 * web. Anything else (images, style sheets the frozen pages name) answers 404.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchPage } from './pages';

export interface PageServer {
  url: (page: BenchPage) => string;
  close: () => Promise<void>;
}

/** Starts the server for `pages`. */
export async function servePages(pages: readonly BenchPage[]): Promise<PageServer> {
  const byPath = new Map(pages.map((p) => [`/${p.path}`, Buffer.from(p.html)]));
  const server = createServer((req, res) => {
    const body = byPath.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page.path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
