// Local HTTP servers for the link-checker tests. Everything listens on loopback only, and
// hostnames are mapped to loopback by an injected resolver: no test ever performs real DNS.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from '../../src/net/retry.js';
import type { CheckOptions } from '../../src/net/index.js';

export interface RecordedRequest {
  method: string;
  path: string;
  /** performance.now() at arrival, for ordering assertions. */
  at: number;
}

/** Counts requests in flight, across any number of servers sharing it. */
export class InFlightTracker {
  current = 0;
  max = 0;
  enter(): void {
    this.current++;
    this.max = Math.max(this.max, this.current);
  }
  leave(): void {
    this.current--;
  }
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => void | Promise<void>;

export interface TestServer {
  readonly host: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Requests in flight on this server (max over its lifetime in `inFlight.max`). */
  readonly inFlight: InFlightTracker;
  /** Body bytes the handler managed to hand to the socket (see writeLargeBody). */
  bodyBytesWritten: number;
  /** `http://<hostname>:<port><path>`, hostname defaulting to the address it listens on. */
  url(path: string, hostname?: string): string;
  /** Requests seen for a path (all paths when omitted). */
  count(path?: string): number;
  methods(path: string): string[];
  close(): Promise<void>;
}

export interface ServerOptions {
  host?: string;
  /** Shared tracker to measure concurrency across servers (global limit). */
  globalTracker?: InFlightTracker;
}

export async function startServer(handler: Handler, options: ServerOptions = {}): Promise<TestServer> {
  const host = options.host ?? '127.0.0.1';
  const inFlight = new InFlightTracker();
  const server = http.createServer();
  const testServer: TestServer = {
    host,
    port: 0,
    requests: [],
    inFlight,
    bodyBytesWritten: 0,
    url: (path, hostname = host) => `http://${hostname}:${testServer.port}${path}`,
    count: (path) => testServer.requests.filter((r) => path === undefined || r.path === path).length,
    methods: (path) => testServer.requests.filter((r) => r.path === path).map((r) => r.method),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req, res) => {
    testServer.requests.push({ method: req.method ?? '', path: req.url ?? '', at: performance.now() });
    inFlight.enter();
    options.globalTracker?.enter();
    res.on('close', () => {
      inFlight.leave();
      options.globalTracker?.leave();
    });
    Promise.resolve(handler(req, res, testServer)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  (testServer as { port: number }).port = (server.address() as AddressInfo).port;
  return testServer;
}

/** Routes by path; unknown paths get a plain 404. */
export function routes(table: Record<string, Handler>): Handler {
  return (req, res, server) => {
    const route = table[req.url ?? ''];
    if (route) return route(req, res, server);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
  };
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function send(status: number, headers: http.OutgoingHttpHeaders = {}, body = ''): Handler {
  return (req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export function html(status: number, title: string, text = 'Some content.', extraHeaders: http.OutgoingHttpHeaders = {}): Handler {
  const body = `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
  return send(status, { 'content-type': 'text/html; charset=utf-8', ...extraHeaders }, body);
}

export function redirect(status: number, location: string): Handler {
  return send(status, { location });
}

/** Writes `totalBytes` of HTML honouring back-pressure, counting what the socket accepted. */
export async function writeLargeBody(res: http.ServerResponse, server: TestServer, totalBytes: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(totalBytes) });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let written = 0;
  while (written < totalBytes && !res.destroyed) {
    const size = Math.min(chunk.length, totalBytes - written);
    const accepted = res.write(size === chunk.length ? chunk : chunk.subarray(0, size));
    written += size;
    server.bodyBytesWritten = written;
    if (!accepted) {
      await new Promise<void>((resolve) => {
        const resume = () => {
          res.off('drain', resume);
          res.off('close', resume);
          resolve();
        };
        res.on('drain', resume);
        res.on('close', resume);
      });
    }
  }
  if (!res.destroyed) res.end();
}

/** A resolver mapping fake hostnames (a.test, ...) to fixed addresses; unknown names fail like real DNS. */
export function fakeResolver(table: Record<string, string | string[]>) {
  const calls: string[] = [];
  const resolve = async (host: string): Promise<string[]> => {
    calls.push(host);
    const answer = table[host];
    if (answer === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    }
    return Array.isArray(answer) ? answer : [answer];
  };
  return { resolve, calls };
}

/** Options for tests: loopback allowed, no cache, fast and reproducible backoff, captured warnings. */
export function testOptions(overrides: CheckOptions = {}): CheckOptions & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    allowPrivateNetwork: true,
    cacheDir: null,
    retryBaseMs: 5,
    random: seededRandom(42),
    timeoutMs: 3_000,
    deadlineMs: 15_000,
    resolve: fakeResolver({}).resolve,
    warn: (message) => warnings.push(message),
    ...overrides,
    warnings,
  };
}
