import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls, isNonPublicAddress } from '../../src/net/index.js';
import { fakeResolver, redirect, routes, send, startServer, testOptions, type TestServer } from './servers.js';

describe('isNonPublicAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true], // cloud metadata
    ['100.64.0.1', true], // CGNAT
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['::', true],
    ['::1', true],
    ['[::1]', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true], // IPv4-mapped loopback
    ['::ffff:7f00:1', true],
    ['2002:7f00:1::', true], // 6to4 wrapping 127.0.0.1
    ['64:ff9b::a00:1', true], // NAT64 wrapping 10.0.0.1
    ['not-an-ip', true],
    ['fe80::1%eth0', true],
    ['93.184.216.34', false],
    ['172.32.0.1', false],
    ['100.128.0.1', false],
    ['8.8.8.8', false],
    ['2606:4700::1111', false],
    ['::ffff:8.8.8.8', false],
  ])('%s -> %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });
});

describe('SSRF guard in checkUrls', () => {
  // `internal` plays an intranet service on 127.0.0.1. `trusted` plays an ordinary public site:
  // it listens on 127.0.0.2 and that single address is exempted with `allowAddresses`, the way an
  // operator would allow one known mirror, so the rest of the guard runs unchanged.
  let internal: TestServer;
  let trusted: TestServer;
  const trustedOnly = { allowPrivateNetwork: false, allowAddresses: ['127.0.0.2'] };

  beforeAll(async () => {
    internal = await startServer(send(200, {}, 'secret'));
    trusted = await startServer(
      (req, res, srv) =>
        routes({
          '/ok': send(200),
          '/ok2': send(200),
          '/to-internal-name': redirect(302, internal.url('/admin', 'intranet.test')),
          '/to-internal-literal': redirect(301, internal.url('/admin', '127.0.0.1')),
          '/to-ipv6-loopback': redirect(301, `http://[::1]:${internal.port}/admin`),
          '/to-hex-ip': redirect(301, `http://0x7f.1:${internal.port}/admin`),
        })(req, res, srv),
      { host: '127.0.0.2' },
    );
  });
  afterAll(async () => {
    await internal.close();
    await trusted.close();
  });

  const resolver = () =>
    fakeResolver({
      'public.test': '127.0.0.2',
      'intranet.test': '127.0.0.1',
      'mixed.test': ['127.0.0.2', '127.0.0.1'],
    });

  it('the exempted address is reachable (the setup is sound)', async () => {
    const url = trusted.url('/ok', 'public.test');
    const results = await checkUrls([url], testOptions({ ...trustedOnly, resolve: resolver().resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'ok' });
  });

  it.each([
    ['a name resolving to 127.0.0.1', () => internal.url('/admin', 'intranet.test')],
    ['a 127.0.0.1 literal', () => internal.url('/admin', '127.0.0.1')],
    ['a name with one public and one private answer', () => internal.url('/admin', 'mixed.test')],
    ['a redirect to a name resolving to 127.0.0.1', () => trusted.url('/to-internal-name', 'public.test')],
    ['a redirect to a 127.0.0.1 literal', () => trusted.url('/to-internal-literal', 'public.test')],
    ['a redirect to [::1]', () => trusted.url('/to-ipv6-loopback', 'public.test')],
    ['a redirect to 0x7f.1 (hex IPv4)', () => trusted.url('/to-hex-ip', 'public.test')],
  ])('refuses %s: not-verified/private-address, internal server untouched', async (_name, makeUrl) => {
    const before = internal.count();
    const url = makeUrl();
    const results = await checkUrls([url], testOptions({ ...trustedOnly, resolve: resolver().resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'not-verified', reason: 'private-address' });
    expect(internal.count()).toBe(before);
  });

  it('with allowPrivateNetwork false and no exemption, loopback is refused before any request', async () => {
    const url = internal.url('/admin', 'intranet.test');
    const before = internal.count();
    const results = await checkUrls([url], testOptions({ allowPrivateNetwork: false, resolve: resolver().resolve }));
    expect(results.get(url)).toMatchObject({ kind: 'not-verified', reason: 'private-address' });
    expect(internal.count()).toBe(before);
  });

  it('connects to the address it vetted, even if DNS later answers differently (rebinding)', async () => {
    let calls = 0;
    const rebinding = async (host: string) => {
      if (host !== 'rebind.test') throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
      return ++calls === 1 ? ['127.0.0.2'] : ['127.0.0.1'];
    };
    // Had the second URL been resolved again, it would have got 127.0.0.1 and been refused.
    const urls = [trusted.url('/ok', 'rebind.test'), trusted.url('/ok2', 'rebind.test')];
    const beforeInternal = internal.count();
    const results = await checkUrls(urls, testOptions({ ...trustedOnly, resolve: rebinding }));
    for (const url of urls) expect(results.get(url)).toMatchObject({ kind: 'ok' });
    expect(calls).toBe(1);
    expect(internal.count()).toBe(beforeInternal);
  });
});
