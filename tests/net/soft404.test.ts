import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls } from '../../src/net/index.js';
import { looksLikeNotFound, pageSignature } from '../../src/net/soft404.js';
import { fakeResolver, html, startServer, testOptions, type Handler, type TestServer } from './servers.js';

const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
const filler = 'Lorem ipsum dolor sit amet. '.repeat(60);

describe('looksLikeNotFound', () => {
  it.each([
    ['English title', page('Page Not Found', '<p>Sorry.</p>'), true],
    ['Indonesian title', page('Halaman tidak ditemukan', ''), true],
    ['bare 404 in the title', page('Error 404', ''), true],
    ['heading says the page does not exist', page('Example Journal', "<h1>Oops! That page doesn't exist</h1>"), true],
    ['Indonesian text near the top', page('Portal Berita', '<p>Maaf, artikel tidak ditemukan.</p>'), true],
    ['an ordinary article', page('The economics of rice', `<p>${filler}</p>`), false],
    ['page numbers are not 404s', page('Proceedings', '<p>See pp. 404–410 of the volume.</p>'), false],
    ['"not found" deep inside an article', page('Field notes', `<p>${filler}</p><p>The artefact was not found in situ.</p>`), false],
    ['"not found" inside a script only', page('Dashboard', '<script>const msg = "not found";</script><p>Welcome</p>'), false],
  ])('%s -> %s', (_name, htmlText, expected) => {
    expect(looksLikeNotFound(pageSignature(htmlText))).toBe(expected);
  });

  it.each([
    ['/doc/404', page('Document /doc/404', '<p>Text of /doc/404.</p>'), false],
    ['/issues/404', page('Issue 404 – Journal of Things', '<h1>Issue 404</h1>'), false],
    ['/missing', page('/missing not found', ''), true],
  ])('ignores echoes of the page path (%s) -> %s', (path, htmlText, expected) => {
    expect(looksLikeNotFound(pageSignature(htmlText, new URL(path, 'http://x.test')))).toBe(expected);
  });
});

const isProbe = (path: string) => path.startsWith('/citecheck-probe-');

describe('soft-404 detection against local sites', () => {
  let soft: TestServer; // answers 200 "not found" for any unknown path
  let echoing: TestServer; // same, but echoes the path in its title
  let honest: TestServer; // real 404s, and an article that talks about 404s
  let searchy: TestServer; // unknown paths show a search page, not the suspect's page
  let catchAll: TestServer; // every path is a normal 200 page titled after its path

  const notFoundPage = html(200, 'Page not found', 'The page you requested could not be found. Try the search box.');
  const byPath = (known: Record<string, Handler>, fallback: Handler): Handler => (req, res, srv) =>
    (known[req.url ?? ''] ?? fallback)(req, res, srv);

  beforeAll(async () => {
    soft = await startServer(byPath({ '/real': html(200, 'Annual report 2021', filler) }, notFoundPage));
    echoing = await startServer((req, res, srv) =>
      html(200, `${req.url} not found`, 'Nothing here. Please check the address.')(req, res, srv),
    );
    honest = await startServer(
      byPath({ '/understanding-404': html(200, 'Understanding 404 Not Found errors', filler) }, (req, res) => {
        res.writeHead(404, { 'content-type': 'text/html' }).end(req.method === 'HEAD' ? undefined : 'nope');
      }),
    );
    searchy = await startServer(
      byPath({ '/missing': notFoundPage }, html(200, 'Search our catalogue', `${filler}${filler}`)),
    );
    catchAll = await startServer((req, res, srv) => html(200, `Document ${req.url}`, `Text of ${req.url}.`)(req, res, srv));
  });
  afterAll(async () => {
    await Promise.all([soft, echoing, honest, searchy, catchAll].map((server) => server.close()));
  });

  const resolve = fakeResolver({
    'soft.test': '127.0.0.1',
    'echo.test': '127.0.0.1',
    'honest.test': '127.0.0.1',
    'search.test': '127.0.0.1',
    'all.test': '127.0.0.1',
  }).resolve;

  it('classifies "not found" pages as broken/soft404 and probes the host once', async () => {
    const missing = ['/missing-1', '/missing-2', '/gone/deeper'].map((p) => soft.url(p, 'soft.test'));
    const real = soft.url('/real', 'soft.test');
    const results = await checkUrls([...missing, real], testOptions({ resolve }));
    for (const url of missing) {
      expect(results.get(url)).toMatchObject({ kind: 'broken', status: 200, soft404: true });
    }
    expect(results.get(real)).toMatchObject({ kind: 'ok', status: 200 });
    expect(soft.requests.filter((r) => isProbe(r.path))).toHaveLength(1);
  });

  it('recognises error pages that echo the requested path in their title', async () => {
    const url = echoing.url('/vol/3/article-17', 'echo.test');
    const results = await checkUrls([url], testOptions({ resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'broken', soft404: true });
  });

  it('keeps a genuine page about 404 errors ok when the site returns real 404s', async () => {
    const url = honest.url('/understanding-404', 'honest.test');
    const results = await checkUrls([url], testOptions({ resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'ok', status: 200 });
    expect(honest.requests.filter((r) => isProbe(r.path))).toHaveLength(1);
  });

  it('stays conservative when the random path shows a different page', async () => {
    const url = searchy.url('/missing', 'search.test');
    const results = await checkUrls([url], testOptions({ resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'ok' });
  });

  it('does not mistake a path echoed in the title ("Document /doc/404") for an error page', async () => {
    const url = catchAll.url('/doc/404', 'all.test');
    const results = await checkUrls([url], testOptions({ resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'ok' });
    expect(catchAll.requests.filter((r) => isProbe(r.path))).toHaveLength(0);
  });

  it('can be switched off (HEAD only, no probe)', async () => {
    const url = soft.url('/missing-3', 'soft.test');
    const before = soft.count();
    const results = await checkUrls([url], testOptions({ resolve, soft404: false }));
    expect(results.get(url)).toMatchObject({ kind: 'ok' });
    expect(soft.requests.slice(before).map((r) => r.method)).toEqual(['HEAD']);
  });
});
