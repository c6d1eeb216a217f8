import { afterEach, describe, expect, it } from 'vitest';
import { checkUrls } from '../../src/net/index.js';
import {
  delay,
  fakeResolver,
  InFlightTracker,
  send,
  startServer,
  testOptions,
  writeLargeBody,
  type Handler,
  type TestServer,
} from './servers.js';

const started: TestServer[] = [];
async function serve(handler: Handler, globalTracker?: InFlightTracker): Promise<TestServer> {
  const server = await startServer(handler, { globalTracker });
  started.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const slowOk: (ms: number) => Handler = (ms) => async (req, res, srv) => {
  await delay(ms);
  send(200)(req, res, srv);
};
/** Never answers; the test's afterEach closes the sockets. */
const hang: Handler = () => {};

describe('concurrency limits', () => {
  it.each([
    { perHost: 1, concurrency: 16, hosts: 3, urlsPerHost: 6 },
    { perHost: 2, concurrency: 16, hosts: 3, urlsPerHost: 8 },
    { perHost: 3, concurrency: 4, hosts: 3, urlsPerHost: 6 },
  ])('never more than perHost=$perHost per host nor concurrency=$concurrency overall', async (limits) => {
    const global = new InFlightTracker();
    const table: Record<string, string> = {};
    const urls: string[] = [];
    const servers: TestServer[] = [];
    for (let h = 0; h < limits.hosts; h++) {
      const server = await serve(slowOk(25), global);
      servers.push(server);
      table[`h${h}.test`] = '127.0.0.1';
      for (let u = 0; u < limits.urlsPerHost; u++) urls.push(server.url(`/doc/${u}`, `h${h}.test`));
    }
    const results = await checkUrls(urls, testOptions({ ...limits, resolve: fakeResolver(table).resolve }));

    expect([...results.values()].every((outcome) => outcome.kind === 'ok')).toBe(true);
    for (const server of servers) {
      expect(server.count()).toBe(limits.urlsPerHost); // one HEAD per URL, nothing repeated
      expect(server.inFlight.max).toBeLessThanOrEqual(limits.perHost);
    }
    expect(global.max).toBeLessThanOrEqual(limits.concurrency);
    // The limits are also used, not just respected: hosts ran in parallel.
    expect(global.max).toBeGreaterThan(1);
  });
});

describe('rate limiting (429 / Retry-After)', () => {
  it('pauses only the host that asked, honours Retry-After, then succeeds', async () => {
    const limited = await serve((req, res, srv) => {
      if (srv.count() === 1) send(429, { 'retry-after': '1' })(req, res, srv);
      else send(200)(req, res, srv);
    });
    const other = await serve(send(200));
    const resolve = fakeResolver({ 'slow.test': '127.0.0.1', 'fast.test': '127.0.0.1' }).resolve;
    const limitedUrls = [1, 2, 3].map((n) => limited.url(`/p${n}`, 'slow.test'));
    const otherUrls = [1, 2, 3, 4].map((n) => other.url(`/q${n}`, 'fast.test'));

    const results = await checkUrls([...limitedUrls, ...otherUrls], testOptions({ perHost: 1, resolve }));

    for (const url of [...limitedUrls, ...otherUrls]) expect(results.get(url)).toMatchObject({ kind: 'ok' });
    // 1 refused + 1 retry + the 2 other URLs: nobody knocked while the host was paused.
    expect(limited.count()).toBe(4);
    const [first, second] = limited.requests;
    // Lower bound only (timers never fire early by more than clock granularity): no flaky upper bound.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    // The other host was not paused: all its requests arrived before the paused host resumed.
    expect(Math.max(...other.requests.map((r) => r.at))).toBeLessThan(second!.at);
  });

  it('accepts an HTTP-date Retry-After on 503', async () => {
    const server = await serve((req, res, srv) => {
      if (srv.count() === 1) send(503, { 'retry-after': new Date(Date.now() + 1000).toUTCString() })(req, res, srv);
      else send(200)(req, res, srv);
    });
    const url = server.url('/x', 'a.test');
    const results = await checkUrls([url], testOptions({ resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'ok' });
    expect(server.methods('/x')).toEqual(['HEAD', 'HEAD']); // a rate-limit pause, not a HEAD refusal
  });

  it('a host rate-limited past the deadline gives not-verified/rate-limited without waiting', async () => {
    const server = await serve(send(429, { 'retry-after': '3600' }));
    const urls = ['/a', '/b', '/c'].map((p) => server.url(p, 'busy.test'));
    const started = performance.now();
    const results = await checkUrls(
      urls,
      testOptions({ perHost: 1, deadlineMs: 60_000, resolve: fakeResolver({ 'busy.test': '127.0.0.1' }).resolve }),
    );
    for (const url of urls) expect(results.get(url)).toMatchObject({ kind: 'not-verified', reason: 'rate-limited' });
    expect(server.count()).toBe(1); // the other URLs of the host did not ask again
    expect(performance.now() - started).toBeLessThan(30_000); // far below the 3600 s asked for
  });
});

describe('timeouts, deadline and body cap', () => {
  it('a hanging server times out per request, with bounded retries', async () => {
    const server = await serve(hang);
    const url = server.url('/hang', 'a.test');
    const results = await checkUrls(
      [url],
      testOptions({ timeoutMs: 200, retries: 1, resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve }),
    );
    expect(results.get(url)).toMatchObject({ kind: 'unreachable', reason: 'timeout' });
    expect(server.methods('/hang')).toEqual(['HEAD', 'GET']); // the retry does not trust HEAD
  });

  it('the whole run resolves by its deadline even when a server hangs for longer than the timeout', async () => {
    const hanging = await serve(hang);
    const fine = await serve(send(200));
    const resolve = fakeResolver({ 'hang.test': '127.0.0.1', 'fine.test': '127.0.0.1' }).resolve;
    const hangingUrls = ['/1', '/2', '/3'].map((p) => hanging.url(p, 'hang.test'));
    const fineUrl = fine.url('/ok', 'fine.test');
    const deadlineMs = 800;
    const startedAt = performance.now();
    const results = await checkUrls([...hangingUrls, fineUrl], testOptions({ perHost: 1, timeoutMs: 60_000, deadlineMs, resolve }));
    const elapsed = performance.now() - startedAt;

    expect(results.get(fineUrl)).toMatchObject({ kind: 'ok' });
    for (const url of hangingUrls) expect(results.get(url)).toMatchObject({ kind: 'not-verified', reason: 'deadline' });
    expect(hanging.count()).toBe(1); // perHost 1: the others were still queued
    // Generous bound: without the deadline this would take 60 s.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('a DNS lookup that never answers does not stall the run past its deadline', async () => {
    const never = () => new Promise<string[]>(() => {});
    const url = 'http://black-hole.test/paper';
    const startedAt = performance.now();
    const results = await checkUrls([url], testOptions({ resolve: never, deadlineMs: 500, timeoutMs: 60_000 }));
    expect(results.get(url)).toMatchObject({ kind: 'not-verified', reason: 'deadline' });
    expect(performance.now() - startedAt).toBeLessThan(10_000);
  });

  it('a DNS lookup slower than the request timeout is a DNS failure', async () => {
    const never = () => new Promise<string[]>(() => {});
    const url = 'http://black-hole.test/paper';
    const results = await checkUrls([url], testOptions({ resolve: never, timeoutMs: 200 }));
    expect(results.get(url)).toMatchObject({ kind: 'unreachable', reason: 'dns' });
  });

  it('a body that trickles forever is cut off by the request timeout', async () => {
    const server = await serve((req, res, srv) => {
      if (req.method === 'HEAD') return send(405)(req, res, srv);
      res.writeHead(200, { 'content-type': 'text/html' });
      const drip = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(drip));
    });
    const url = server.url('/drip', 'a.test');
    const results = await checkUrls(
      [url],
      testOptions({ timeoutMs: 300, retries: 0, resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve }),
    );
    expect(results.get(url)).toMatchObject({ kind: 'unreachable', reason: 'timeout' });
    expect(server.methods('/drip')).toEqual(['HEAD', 'GET']);
  });

  it('reads at most maxBodyBytes of a 50 MB body', async () => {
    const size = 50 * 1024 * 1024;
    const server = await serve(async (req, res, srv) => {
      if (req.method === 'HEAD') return send(405)(req, res, srv);
      await writeLargeBody(res, srv, size);
    });
    const url = server.url('/huge', 'a.test');
    const results = await checkUrls([url], testOptions({ resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'ok', status: 200 });
    await delay(50); // let the server notice the closed socket
    expect(server.methods('/huge')).toEqual(['HEAD', 'GET']);
    // What the server could push before the client hung up is bounded by socket buffers, not by 50 MB.
    expect(server.bodyBytesWritten).toBeLessThan(16 * 1024 * 1024);
  });
});
