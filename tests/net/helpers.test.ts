import { describe, expect, it } from 'vitest';
import { looksOffline, markOffline, waybackUrl, type UrlOutcome } from '../../src/net/index.js';
import { classifyNetworkError } from '../../src/net/fetch-status.js';
import { backoffDelay, parseRetryAfter, seededRandom } from '../../src/net/retry.js';

describe('waybackUrl', () => {
  const url = 'https://example.org/report.pdf?id=3';
  it.each([
    ['ISO date string', '2023-05-04', 'https://web.archive.org/web/20230504/https://example.org/report.pdf?id=3'],
    ['ISO date-time string (no zone shift)', '2023-05-04T23:30:00-08:00', 'https://web.archive.org/web/20230504/https://example.org/report.pdf?id=3'],
    ['unpadded ISO-like string', '2023-5-4', 'https://web.archive.org/web/20230504/https://example.org/report.pdf?id=3'],
    ['Date object (UTC day)', new Date(Date.UTC(2021, 11, 31, 12)), 'https://web.archive.org/web/20211231/https://example.org/report.pdf?id=3'],
    ['unreadable date: undated form', 'sometime last spring', 'https://web.archive.org/web/https://example.org/report.pdf?id=3'],
  ])('%s', (_name, accessed, expected) => {
    expect(waybackUrl(url, accessed)).toBe(expected);
  });

  it('reads a written-out date on its own calendar day', () => {
    expect(waybackUrl(url, 'May 4, 2023')).toBe('https://web.archive.org/web/20230504/https://example.org/report.pdf?id=3');
  });
});

describe('looksOffline / markOffline', () => {
  const dns: UrlOutcome = { kind: 'unreachable', reason: 'dns', detail: 'EAI_AGAIN' };
  const ok: UrlOutcome = { kind: 'ok', status: 200, finalUrl: 'https://x.test/' };
  const refused: UrlOutcome = { kind: 'unreachable', reason: 'refused', detail: 'ECONNREFUSED' };
  const mailto: UrlOutcome = { kind: 'not-verified', reason: 'unsupported-scheme', detail: '' };

  it.each([
    ['all DNS failures', [dns, dns], true],
    ['DNS failures plus inputs that needed no network', [dns, mailto], true],
    ['one host answered', [dns, ok], false],
    ['a refused connection proves routing works', [dns, refused], false],
    ['nothing networked', [mailto], false],
    ['empty', [], false],
  ])('%s -> %s', (_name, outcomes, expected) => {
    expect(looksOffline(outcomes as UrlOutcome[])).toBe(expected);
  });

  it('markOffline turns DNS failures into not-verified/offline and leaves the rest', () => {
    const marked = markOffline(new Map<string, UrlOutcome>([['a', dns], ['b', mailto]]));
    expect(marked.get('a')).toMatchObject({ kind: 'not-verified', reason: 'offline' });
    expect(marked.get('b')).toBe(mailto);
  });
});

describe('retry helpers', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0], // in the past
    ['soon', undefined],
    [undefined, undefined],
  ])('Retry-After %s -> %s ms', (header, expected) => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter(header, now)).toBe(expected);
  });

  it('backs off exponentially, with jitter within [step/2, step], capped', () => {
    const random = seededRandom(7);
    for (let attempt = 1; attempt <= 20; attempt++) {
      const step = Math.min(30_000, 100 * 2 ** (attempt - 1));
      const delay = backoffDelay(attempt, 100, random);
      expect(delay).toBeGreaterThanOrEqual(step / 2);
      expect(delay).toBeLessThanOrEqual(step);
    }
    expect(backoffDelay(3, 100, () => 0)).toBe(200);
    expect(backoffDelay(3, 100, () => 1)).toBe(400);
  });

  it('seeded randomness is reproducible', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('classifyNetworkError', () => {
  const withCode = (code: string, cause?: unknown) => Object.assign(new Error(`failed: ${code}`), { code, cause });
  it.each([
    [withCode('ENOTFOUND'), 'dns'],
    [withCode('EAI_AGAIN'), 'dns'],
    [withCode('ECONNREFUSED'), 'refused'],
    [withCode('ECONNRESET'), 'reset'],
    [withCode('UND_ERR_SOCKET'), 'reset'],
    [withCode('UND_ERR_CONNECT_TIMEOUT'), 'timeout'],
    [withCode('CERT_HAS_EXPIRED'), 'tls'],
    [withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls'],
    [withCode('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls'],
    [new TypeError('fetch failed', { cause: withCode('ECONNREFUSED') }), 'refused'],
    [new Error('something odd'), 'other'],
  ])('%s -> %s', (error, reason) => {
    expect(classifyNetworkError(error).failure).toBe(reason);
  });
});
