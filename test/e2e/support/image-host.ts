import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the image host answers one path. */
export type ImageRoute =
  | { kind: 'image'; body: Buffer; type: string }
  /** Served only with one of `pageOrigins` as Referer, as hosts that allow their own pages alone. */
  | { kind: 'own-pages-only'; body: Buffer; type: string }
  | { kind: 'redirect'; to: string; status?: number }
  /** Headers and the first bytes at once, then nothing more until the client gives up. */
  | { kind: 'stall'; type: string; first: Buffer }
  /** `bytes` of an image sent in 1 MiB pieces with no Content-Length (a large file, streamed). */
  | { kind: 'stream'; type: string; head: Buffer; bytes: number };

export interface ImageHostRequest {
  path: string;
  referer: string | null;
  cookie: string | null;
  status: number;
}

export interface ImageHost {
  origin: string;
  port: number;
  /** Every request, in order, with the Referer it carried and how it was answered. */
  requests: ImageHostRequest[];
  /** Changes what a path serves (for a retry that should now succeed). */
  route(path: string, route: ImageRoute): void;
  close(): Promise<void>;
}

/**
 * An image host on 127.0.0.1 with hotlink protection like CSDN's and WeChat's: a request whose
 * Referer is another site's gets 403; one without a Referer is served. `pageOrigins` are the
 * host's own sites, whose pages may embed its images.
 */
export async function serveImageHost(pageOrigins: string[], routes: Record<string, ImageRoute>): Promise<ImageHost> {
  const table = new Map(Object.entries(routes));
  const requests: ImageHostRequest[] = [];
  const stalled = new Set<ServerResponse>();
  const ownPage = (referer: string | null) => !!referer && pageOrigins.some((origin) => referer === origin || referer.startsWith(`${origin}/`));

  function answer(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const referer = req.headers.referer ?? null;
    const log = (status: number) => requests.push({ path, referer, cookie: req.headers.cookie ?? null, status });
    const route = table.get(path);
    if (referer && !ownPage(referer)) {
      log(403);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('hotlinking refused');
      return;
    }
    if (!route) {
      log(404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.kind === 'own-pages-only' && !ownPage(referer)) {
      log(403);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('only on our own pages');
      return;
    }
    switch (route.kind) {
      case 'own-pages-only':
      case 'image':
        log(200);
        res.writeHead(200, { 'content-type': route.type, 'content-length': route.body.length }).end(route.body);
        return;
      case 'redirect':
        log(route.status ?? 302);
        res.writeHead(route.status ?? 302, { location: route.to }).end();
        return;
      case 'stall':
        log(200);
        stalled.add(res);
        res.on('close', () => stalled.delete(res));
        res.writeHead(200, { 'content-type': route.type });
        res.write(route.first);
        return;
      case 'stream': {
        log(200);
        res.writeHead(200, { 'content-type': route.type });
        res.write(route.head);
        let sent = route.head.length;
        const piece = Buffer.alloc(1024 * 1024);
        const more = () => {
          while (sent < route.bytes && !res.destroyed) {
            sent += piece.length;
            if (!res.write(piece)) return void res.once('drain', more);
          }
          res.end();
        };
        res.on('error', () => {});
        more();
      }
    }
  }

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, route) => void table.set(path, route),
    close: () =>
      new Promise((resolve) => {
        for (const res of stalled) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A real 1×1 GIF of one colour: small, valid, and different bytes per colour. */
export function gif(red: number, green: number, blue: number): Buffer {
  return Buffer.from([
    ...Buffer.from('GIF89a'),
    1, 0, 1, 0, 0x80, 0, 0, // 1×1, global colour table of 2
    red, green, blue, 0, 0, 0,
    0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, // image descriptor
    2, 2, 0x44, 1, 0, // LZW data
    0x3b,
  ]);
}
