import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls, looksOffline, type UrlOutcome } from '../../src/net/index.js';
import { fakeResolver, html, redirect, routes, send, startServer, testOptions, type TestServer } from './servers.js';

let server: TestServer;
/** URL on the test server under the fake hostname a.test. */
const at = (path: string) => server.url(path, 'a.test');

/** Answers `firstStatus` to the first `times` requests of its path, then 200. */
const failingFirst = (firstStatus: number, times: number) =>
  ((req, res, srv) => {
    const status = srv.count(req.url) <= times ? firstStatus : 200;
    send(status)(req, res, srv);
  }) satisfies Parameters<typeof routes>[0][string];

beforeAll(async () => {
  server = await startServer((req, res, srv) => {
    const chainStep = /^\/chain\/(\d+)$/.exec(req.url ?? '');
    if (chainStep) return redirect(301, `/chain/${Number(chainStep[1]) + 1}`)(req, res, srv);
    return routes({
      '/ok': send(200),
      '/page': html(200, 'Welcome to the archive'),
      '/page2': html(200, 'Annual report'),
      '/page3': html(200, 'Data appendix'),
      '/gone404': send(404),
      '/gone410': send(410),
      '/old': redirect(301, '/mid'),
      '/mid': redirect(308, '/new'),
      '/new': send(200),
      '/temporary': redirect(302, '/new'),
      '/see-other': redirect(303, '/new'),
      '/moved-then-gated': redirect(301, '/gate'),
      '/gate': redirect(302, '/login'),
      '/login': send(200),
      '/moved-to-nothing': redirect(301, '/gone404'),
      '/loop-a': redirect(301, '/loop-b'),
      '/loop-b': redirect(301, '/loop-a'),
      '/to-ftp': redirect(301, 'ftp://files.example/paper.pdf'),
      '/no-head-405': (req, res, srv) => send(req.method === 'HEAD' ? 405 : 200)(req, res, srv),
      '/no-head-501': (req, res, srv) => send(req.method === 'HEAD' ? 501 : 200)(req, res, srv),
      '/503-once': failingFirst(503, 1),
      '/503-twice': failingFirst(503, 2),
      '/500-always': send(500),
      '/403-always': send(403),
      '/reset': (req) => {
        req.socket.resetAndDestroy();
      },
    })(req, res, srv);
  });
});

afterAll(() => server.close());

interface Case {
  name: string;
  path: string;
  expected: (url: (path: string) => string) => Partial<UrlOutcome> & Record<string, unknown>;
  /** Methods the server must have seen, in order, per path. */
  requests: Record<string, string[]>;
}

const cases: Case[] = [
  { name: '200 (not HTML: HEAD suffices)', path: '/ok', expected: (u) => ({ kind: 'ok', status: 200, finalUrl: u('/ok') }), requests: { '/ok': ['HEAD'] } },
  { name: '200 HTML page (GET for the soft-404 check)', path: '/page', expected: () => ({ kind: 'ok', status: 200 }), requests: { '/page': ['HEAD', 'GET'] } },
  { name: '404 (confirmed by GET)', path: '/gone404', expected: (u) => ({ kind: 'broken', status: 404, finalUrl: u('/gone404') }), requests: { '/gone404': ['HEAD', 'GET'] } },
  { name: '410', path: '/gone410', expected: () => ({ kind: 'broken', status: 410 }), requests: { '/gone410': ['HEAD', 'GET'] } },
  {
    name: '301 + 308 chain ending OK',
    path: '/old',
    expected: (u) => ({ kind: 'redirected', status: 200, finalUrl: u('/new'), chain: [u('/old'), u('/mid'), u('/new')] }),
    requests: { '/old': ['HEAD'], '/mid': ['HEAD'], '/new': ['HEAD'] },
  },
  { name: '302 ending OK is ok', path: '/temporary', expected: (u) => ({ kind: 'ok', status: 200, finalUrl: u('/new') }), requests: { '/temporary': ['HEAD'], '/new': ['HEAD'] } },
  { name: '303 ending OK is ok', path: '/see-other', expected: (u) => ({ kind: 'ok', finalUrl: u('/new') }), requests: { '/see-other': ['HEAD'] } },
  {
    name: '301 then 302: moved to the permanent target, not to the login page',
    path: '/moved-then-gated',
    expected: (u) => ({ kind: 'redirected', finalUrl: u('/gate'), chain: [u('/moved-then-gated'), u('/gate'), u('/login')] }),
    requests: { '/gate': ['HEAD'], '/login': ['HEAD'] },
  },
  { name: '301 to a 404', path: '/moved-to-nothing', expected: (u) => ({ kind: 'broken', status: 404, finalUrl: u('/gone404') }), requests: { '/moved-to-nothing': ['HEAD'] } },
  { name: 'redirect loop', path: '/loop-a', expected: () => ({ kind: 'not-verified', reason: 'too-many-redirects' }), requests: { '/loop-a': ['HEAD'], '/loop-b': ['HEAD'] } },
  {
    name: 'redirect chain longer than maxRedirects (10)',
    path: '/chain/0',
    expected: () => ({ kind: 'not-verified', reason: 'too-many-redirects' }),
    requests: { '/chain/10': ['HEAD'], '/chain/11': [] },
  },
  { name: 'redirect to ftp:', path: '/to-ftp', expected: () => ({ kind: 'not-verified', reason: 'unsupported-scheme' }), requests: { '/to-ftp': ['HEAD'] } },
  { name: 'HEAD 405 -> GET', path: '/no-head-405', expected: () => ({ kind: 'ok', status: 200 }), requests: { '/no-head-405': ['HEAD', 'GET'] } },
  { name: 'HEAD 501 -> GET', path: '/no-head-501', expected: () => ({ kind: 'ok', status: 200 }), requests: { '/no-head-501': ['HEAD', 'GET'] } },
  { name: '503 once, then 200', path: '/503-once', expected: () => ({ kind: 'ok', status: 200 }), requests: { '/503-once': ['HEAD', 'GET'] } },
  { name: '503 twice, then 200 (retried with backoff)', path: '/503-twice', expected: () => ({ kind: 'ok', status: 200 }), requests: { '/503-twice': ['HEAD', 'GET', 'GET'] } },
  {
    name: 'persistent 500: retries bounded, not called broken',
    path: '/500-always',
    expected: () => ({ kind: 'not-verified', reason: 'http-status', status: 500 }),
    requests: { '/500-always': ['HEAD', 'GET', 'GET', 'GET'] },
  },
  { name: '403 (bot wall) is not broken', path: '/403-always', expected: () => ({ kind: 'not-verified', reason: 'http-status', status: 403 }), requests: { '/403-always': ['HEAD', 'GET'] } },
  { name: 'connection reset: retried (with GET), then unreachable', path: '/reset', expected: () => ({ kind: 'unreachable', reason: 'reset' }), requests: { '/reset': ['HEAD', 'GET', 'GET'] } },
];

describe('checkUrls classification against a local server', () => {
  it.each(cases)('$name', async ({ path, expected, requests }) => {
    const before = new Map(Object.keys(requests).map((p) => [p, server.methods(p).length]));
    const options = testOptions({ resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve });
    const results = await checkUrls([at(path)], options);
    expect(results.get(at(path))).toMatchObject(expected(at));
    for (const [p, methods] of Object.entries(requests)) {
      expect(server.methods(p).slice(before.get(p)), `requests for ${p}`).toEqual(methods);
    }
  });

  it('checks the same URL once per run (fragments ignored) and keys results by input', async () => {
    const before = server.count('/new');
    const inputs = [at('/new'), at('/new'), `${at('/new')}#section-2`, `  ${at('/new')}`];
    const options = testOptions({ resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve });
    const results = await checkUrls(inputs, options);
    expect(server.count('/new') - before).toBe(1);
    expect([...results.keys()].sort()).toEqual([...new Set(inputs)].sort());
    for (const outcome of results.values()) expect(outcome).toMatchObject({ kind: 'ok' });
  });

  it('once a host has served HTML, its next pages start with GET (the soft-404 check needs the body)', async () => {
    const paths = ['/page', '/page2', '/page3'];
    const before = paths.map((p) => server.methods(p).length);
    const options = testOptions({ perHost: 1, resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve });
    const results = await checkUrls(paths.map(at), options);
    for (const p of paths) expect(results.get(at(p))).toMatchObject({ kind: 'ok' });
    expect(paths.map((p, i) => server.methods(p).slice(before[i]))).toEqual([['HEAD', 'GET'], ['GET'], ['GET']]);
  });

  it('never rejects for bad inputs and reports each one', async () => {
    const options = testOptions({ resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve });
    const results = await checkUrls(['not a url', 'mailto:someone@example.org', 'ftp://x/y', at('/ok')], options);
    expect(results.get('not a url')).toMatchObject({ kind: 'not-verified', reason: 'invalid-input' });
    expect(results.get('mailto:someone@example.org')).toMatchObject({ kind: 'not-verified', reason: 'unsupported-scheme' });
    expect(results.get('ftp://x/y')).toMatchObject({ kind: 'not-verified', reason: 'unsupported-scheme' });
    expect(results.get(at('/ok'))).toMatchObject({ kind: 'ok' });
  });

  it('a refused connection is unreachable/refused, not retried', async () => {
    const closed = await startServer(send(200));
    const url = closed.url('/', 'gone.test');
    await closed.close();
    const options = testOptions({ resolve: fakeResolver({ 'gone.test': '127.0.0.1' }).resolve });
    const results = await checkUrls([url], options);
    expect(results.get(url)).toMatchObject({ kind: 'unreachable', reason: 'refused' });
  });

  it('DNS failures are unreachable/dns, never broken, and all-DNS-failed looks offline', async () => {
    const dns = fakeResolver({ 'a.test': '127.0.0.1' });
    const urls = ['http://nowhere.test/a', 'http://nowhere-else.test/b'];
    const results = await checkUrls(urls, testOptions({ resolve: dns.resolve }));
    for (const url of urls) expect(results.get(url)).toMatchObject({ kind: 'unreachable', reason: 'dns' });
    expect(looksOffline(results)).toBe(true);
    // One host answering proves the network works.
    const mixed = await checkUrls([...urls, at('/ok')], testOptions({ resolve: dns.resolve }));
    expect(looksOffline(mixed)).toBe(false);
  });

  it('reports progress up to the number of distinct URLs', async () => {
    const progress: Array<[number, number]> = [];
    const options = testOptions({
      resolve: fakeResolver({ 'a.test': '127.0.0.1' }).resolve,
      onProgress: (done, total) => progress.push([done, total]),
    });
    await checkUrls([at('/ok'), at('/new'), at('/ok'), 'not a url'], options);
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3]);
  });
});

/** A self-signed certificate made with the openssl CLI, or null where it is not installed. */
function selfSignedCertificate(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=tls.test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const certificate = selfSignedCertificate();

describe.skipIf(certificate === null)('TLS', () => {
  it('an untrusted certificate is unreachable/tls (connection pinned to the vetted address)', async () => {
    let requests = 0;
    const server = https.createServer(certificate!, (_req, res) => {
      requests++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://tls.test:${(server.address() as AddressInfo).port}/paper`;
    try {
      const results = await checkUrls([url], testOptions({ resolve: fakeResolver({ 'tls.test': '127.0.0.1' }).resolve }));
      expect(results.get(url)).toMatchObject({ kind: 'unreachable', reason: 'tls' });
      expect(requests).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
