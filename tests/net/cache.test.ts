import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkUrls } from '../../src/net/index.js';
import { fakeResolver, redirect, routes, send, startServer, testOptions, type TestServer } from './servers.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let server: TestServer;
let cacheDir: string;
const at = (path: string) => server.url(path, 'a.test');

beforeAll(async () => {
  server = await startServer(
    routes({
      '/ok': send(200),
      '/gone': send(404),
      '/moved': redirect(301, '/ok'),
      '/busy': send(429, { 'retry-after': '3600' }),
    }),
  );
});
afterAll(() => server.close());
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'citecheck-cache-test-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

function options(overrides: Parameters<typeof testOptions>[0] = {}) {
  const dns = fakeResolver({ 'a.test': '127.0.0.1' });
  return { dns, options: testOptions({ cacheDir, resolve: dns.resolve, ...overrides }) };
}

describe('persistent cache', () => {
  it('a second run over the same URLs makes zero requests and zero DNS lookups', async () => {
    const urls = [at('/ok'), at('/gone'), at('/moved'), 'http://nx.test/paper'];
    const first = await checkUrls(urls, options().options);
    const requestsAfterFirst = server.count();

    const { dns, options: second } = options();
    const again = await checkUrls(urls, second);
    expect(server.count()).toBe(requestsAfterFirst);
    expect(dns.calls).toEqual([]);
    expect(again).toEqual(first);
    expect(again.get('http://nx.test/paper')).toMatchObject({ kind: 'unreachable', reason: 'dns' });
  });

  it('never caches not-verified outcomes', async () => {
    await checkUrls([at('/busy')], options().options);
    const before = server.count('/busy');
    const results = await checkUrls([at('/busy')], options().options);
    expect(results.get(at('/busy'))).toMatchObject({ kind: 'not-verified', reason: 'rate-limited' });
    expect(server.count('/busy')).toBe(before + 1);
  });

  it.each([
    { after: 11 * HOUR, refetched: [] },
    { after: 13 * HOUR, refetched: ['/gone'] },
    { after: 8 * DAY, refetched: ['/gone', '/ok', '/moved'] },
  ])('expires entries by outcome class (after $after ms: $refetched)', async ({ after, refetched }) => {
    const start = Date.UTC(2024, 0, 1);
    const urls = ['/ok', '/gone', '/moved'].map(at);
    await checkUrls(urls, options({ now: () => start }).options);
    const before = Object.fromEntries(['/ok', '/gone', '/moved'].map((p) => [p, server.count(p)]));
    await checkUrls(urls, options({ now: () => start + after }).options);
    const fetchedAgain = ['/ok', '/gone', '/moved'].filter((p) => server.count(p) > before[p]!);
    expect(fetchedAgain.sort()).toEqual([...refetched].sort());
  });

  it('does not cache DNS failures of a run that looks offline', async () => {
    const url = server.url('/ok', 'later.test');
    const offline = await checkUrls([url], testOptions({ cacheDir, resolve: fakeResolver({}).resolve }));
    expect(offline.get(url)).toMatchObject({ kind: 'unreachable', reason: 'dns' });
    const online = await checkUrls([url], testOptions({ cacheDir, resolve: fakeResolver({ 'later.test': '127.0.0.1' }).resolve }));
    expect(online.get(url)).toMatchObject({ kind: 'ok' });
  });

  it('a corrupt cache file gives one warning and the run goes on without it', async () => {
    writeFileSync(join(cacheDir, 'urls.sqlite'), 'this is not a database '.repeat(100));
    const { options: opts } = options();
    const results = await checkUrls([at('/ok'), at('/gone')], opts);
    expect(results.get(at('/ok'))).toMatchObject({ kind: 'ok' });
    expect(results.get(at('/gone'))).toMatchObject({ kind: 'broken' });
    expect(opts.warnings).toHaveLength(1);
    expect(opts.warnings[0]).toMatch(/cache/);
  });

  it('an unusable cache directory gives one warning and the run goes on without it', async () => {
    const notADirectory = join(cacheDir, 'file');
    writeFileSync(notADirectory, 'x');
    const { options: opts } = options({ cacheDir: join(notADirectory, 'cache') });
    const results = await checkUrls([at('/ok')], opts);
    expect(results.get(at('/ok'))).toMatchObject({ kind: 'ok' });
    expect(opts.warnings).toHaveLength(1);
  });

  it('cacheDir null disables caching', async () => {
    const { options: opts } = options({ cacheDir: null });
    await checkUrls([at('/ok')], opts);
    const before = server.count('/ok');
    await checkUrls([at('/ok')], opts);
    expect(server.count('/ok')).toBe(before + 1);
    expect(opts.warnings).toEqual([]);
  });
});
