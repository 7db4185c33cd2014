import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

/** A page the test server answers with, by path. */
export interface ServedPage {
  path: string;
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
  /** Send the head and this body, then hold the response open until the server closes: a page still loading. */
  holdOpen?: boolean;
}

/** Serves pages on 127.0.0.1 at a free port; nothing else is ever a target. */
export async function serve(pages: ServedPage[]): Promise<{ origin: string; port: number; close: () => Promise<void>; server: Server }> {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const held = new Set<import('node:http').ServerResponse>();
  const server = createServer((req, res) => {
    const page = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers });
    if (!page.holdOpen) return void res.end(page.body);
    res.write(page.body);
    held.add(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, port, server, close: () => {
      for (const res of held) res.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A fixture's page HTML without its first-line URL comment. */
export async function fixturePage(name: string): Promise<string> {
  const html = await readFile(new URL(`../../fixtures/${name}/source.html`, import.meta.url), 'utf8');
  return html.replace(/^<!--.*?-->\n/, '');
}
