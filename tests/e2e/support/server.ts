import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | void;

export interface TestServer {
  origin: string;
  /** Serves `html` at `path` (with optional headers) until the server closes. */
  page: (path: string, html: string, headers?: Record<string, string>) => string;
  close: () => Promise<void>;
}

/** A loopback HTTP server for test pages; every request it did not expect gets a 404. */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = pages.get(url.pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, body, headers = {}) {
      pages.set(path, { body, headers });
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
