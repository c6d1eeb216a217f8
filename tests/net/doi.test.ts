import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDois, checkUrlsAndDois, normalizeDoi } from '../../src/net/index.js';
import { fakeResolver, send, startServer, testOptions, type Handler, type TestServer } from './servers.js';

const json = (status: number, body: unknown): Handler => send(status, { 'content-type': 'application/json' }, JSON.stringify(body));

/** A fake of https://doi.org/api/handles/ knowing a few DOIs. */
const HANDLES: Record<string, Handler> = {
  '/api/handles/10.1234/good': json(200, {
    responseCode: 1,
    handle: '10.1234/good',
    values: [{ index: 1, type: 'URL', data: { format: 'string', value: 'https://publisher.example/article/good' } }],
  }),
  '/api/handles/10.1234/missing': json(404, { responseCode: 100, handle: '10.1234/missing' }),
  '/api/handles/10.1234/novalues': json(200, { responseCode: 200, handle: '10.1234/novalues', values: [] }),
  // A SICI-style suffix: every special character must arrive escaped.
  '/api/handles/10.1002/(sici)1097-4571(199806)49%3A8%3C693%3A%3Aaid-asi4%3E3.0.co%3B2-o': json(200, {
    responseCode: 1,
    values: [{ type: 'URL', data: { value: 'https://onlinelibrary.example/sici' } }],
  }),
  '/api/handles/10.1234/broken-api': send(200, { 'content-type': 'text/html' }, '<html>maintenance</html>'),
};

let resolver: TestServer;
let base: string;

beforeAll(async () => {
  resolver = await startServer((req, res, srv) => {
    const handler = HANDLES[req.url ?? ''];
    if (handler) return handler(req, res, srv);
    json(404, { responseCode: 100 })(req, res, srv);
  });
  base = resolver.url('/api/handles/', 'doi.test');
});
afterAll(() => resolver.close());

const options = () => testOptions({ doiResolverBase: base, resolve: fakeResolver({ 'doi.test': '127.0.0.1' }).resolve });

describe('normalizeDoi', () => {
  it.each([
    ['10.1234/ABC', '10.1234/abc'],
    ['doi:10.1234/abc', '10.1234/abc'],
    ['DOI: 10.1234/abc', '10.1234/abc'],
    ['https://doi.org/10.1234/abc', '10.1234/abc'],
    ['http://dx.doi.org/10.1234/abc', '10.1234/abc'],
    ['https://doi.org/10.1234%2Fabc', '10.1234/abc'],
    ['  10.1234/abc  ', '10.1234/abc'],
    ['10.12/too-short-prefix', null],
    ['not a doi', null],
    ['', null],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDoi(input)).toBe(expected);
  });
});

describe('checkDois via the handle API', () => {
  it.each([
    ['10.1234/good', { kind: 'ok', status: 200, finalUrl: 'https://publisher.example/article/good' }],
    ['10.1234/missing', { kind: 'broken', status: 404, finalUrl: 'https://doi.org/10.1234/missing' }],
    ['10.1234/novalues', { kind: 'not-verified', reason: 'other' }],
    ['10.1234/broken-api', { kind: 'not-verified', reason: 'other' }],
    ['10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O', { kind: 'ok', finalUrl: 'https://onlinelibrary.example/sici' }],
    ['no-doi-here', { kind: 'not-verified', reason: 'invalid-input' }],
  ])('%s', async (doi, expected) => {
    const results = await checkDois([doi], options());
    expect(results.get(doi)).toMatchObject(expected);
  });

  it('asks once for the same DOI written several ways, with GET only', async () => {
    const before = resolver.count('/api/handles/10.1234/good');
    const inputs = ['10.1234/good', 'doi:10.1234/GOOD', 'https://doi.org/10.1234/good'];
    const results = await checkDois(inputs, options());
    for (const input of inputs) expect(results.get(input)).toMatchObject({ kind: 'ok' });
    expect(resolver.methods('/api/handles/10.1234/good').slice(before)).toEqual(['GET']);
  });

  it('refuses a resolver on a private address unless allowed', async () => {
    const before = resolver.count();
    const results = await checkDois(['10.1234/good'], { ...options(), allowPrivateNetwork: false });
    expect(results.get('10.1234/good')).toMatchObject({ kind: 'not-verified', reason: 'private-address' });
    expect(resolver.count()).toBe(before);
  });
});

describe('checkUrlsAndDois', () => {
  it('checks both kinds in one run and keeps their results apart', async () => {
    const progress: number[][] = [];
    const page = resolver.url('/api/handles/10.1234/good', 'doi.test'); // a URL that is also asked as a DOI below
    const { urls, dois } = await checkUrlsAndDois(
      { urls: [page, 'mailto:x@y.z'], dois: ['10.1234/good', '10.1234/missing'] },
      { ...options(), onProgress: (done, total) => progress.push([done, total]) },
    );
    expect([...urls.keys()]).toEqual([page, 'mailto:x@y.z']);
    expect(urls.get(page)).toMatchObject({ kind: 'ok', status: 200 });
    expect(dois.get('10.1234/good')).toMatchObject({ kind: 'ok', finalUrl: 'https://publisher.example/article/good' });
    expect(dois.get('10.1234/missing')).toMatchObject({ kind: 'broken' });
    expect(progress.at(-1)).toEqual([4, 4]);
  });
});
