import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface RecordedRequest {
  host: string;
  method: string;
  path: string;
  body: string;
  time: number;
}

/**
 * One HTTP server on 127.0.0.1 that plays every test host: the browser maps all hostnames to loopback
 * and the server picks the answer by the Host header. Tries port 80 (real-looking URLs such as
 * http://coupang-refund.test/) and falls back to a random port.
 */
export class TestServer {
  private server: Server | null = null;
  private readonly pages = new Map<string, Map<string, { type: string; body: string | Buffer }>>();
  private readonly routes = new Map<string, Handler>();
  readonly requests: RecordedRequest[] = [];
  port = 0;

  /** http://host[:port]/path for a test host. */
  url(host: string, path = '/'): string {
    return `http://${host}${this.port === 80 ? '' : `:${this.port}`}${path}`;
  }

  /** Serve fixed content at host+path. */
  page(host: string, path: string, body: string | Buffer, type = 'text/html; charset=utf-8'): this {
    const key = host.toLowerCase();
    if (!this.pages.has(key)) this.pages.set(key, new Map());
    this.pages.get(key)!.set(path, { type, body });
    return this;
  }

  /** Handle every request for a host (after fixed pages). */
  route(host: string, handler: Handler): this {
    this.routes.set(host.toLowerCase(), handler);
    return this;
  }

  unroute(host: string): void {
    this.routes.delete(host.toLowerCase());
    this.pages.delete(host.toLowerCase());
  }

  requestsFor(host: string): RecordedRequest[] {
    return this.requests.filter((r) => r.host === host.toLowerCase());
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    const listen = (port: number) =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
    try {
      await listen(80);
    } catch {
      await listen(0);
    }
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    this.requests.push({ host, method: req.method ?? 'GET', path, body, time: Date.now() });
    try {
      const fixed = this.pages.get(host)?.get(path.split('?')[0] ?? '/');
      if (fixed) {
        res.writeHead(200, { 'content-type': fixed.type, 'cache-control': 'no-store' });
        res.end(fixed.body);
        return;
      }
      const route = this.routes.get(host);
      if (route) {
        await route(req, res, body);
        return;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host}</title></head>` +
          `<body><h1>Test page on ${host}</h1><p>Nothing to see here.</p></body></html>`,
      );
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  }
}
