/**
 * The URL phase inside runAudit: "no network" (every DNS lookup fails) must never become broken or
 * unreachable; one DNS failure among working hosts is a real unreachable link. Host names are
 * mapped by an injected resolver, so no real DNS lookup and no request beyond 127.0.0.1 happens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/pipeline/run.js';
import { checkLinks } from '../../src/pipeline/url-phase.js';
import { buildDoc, RULES_DIR } from '../helpers/build.js';
import { fakeResolver, html, routes, startServer, testOptions, type TestServer } from '../net/servers.js';

const work = mkdtempSync(join(tmpdir(), 'citecheck-url-phase-'));
let site: TestServer;

beforeAll(async () => {
  site = await startServer(routes({ '/ok': html(200, 'A report', 'With content.') }));
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

async function audit(paths: string[], resolve: (host: string) => Promise<string[]>) {
  const result = await runAudit({ paths, rulesDir: RULES_DIR, today: '2026-11-26', links: { offline: false, check: testOptions({ resolve }) } });
  return { mode: result.links.mode, findings: result.report.findings.filter((f) => f.ruleId.startsWith('url/')) };
}

describe('URL phase', () => {
  it('no network: every lookup failed, so one not-verified note per document and nothing broken', async () => {
    const a = write('a.md', '# A\n\nSee [one](http://one.test/x), [two](http://two.test/y) and doi:10.1234/abc.\n');
    const b = write('b.txt', 'Only one link here: http://three.test/z and nothing else.\n');
    const { mode, findings } = await audit([a, b], fakeResolver({}).resolve);
    expect(mode).toBe('no-network');
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.file.split('/').at(-1)} ${f.excerpt}`)).toEqual([
      'url/not-verified info a.md http://one.test/x',
      'url/not-verified info b.txt http://three.test/z',
    ]);
    expect(findings[0]!.message).toMatch(/No network: no server could be reached \(every lookup or connection failed\), so 3 links/);
  });

  it('no server answered at all (every connection refused): no network, not unreachable', async () => {
    const closed = await startServer(html(200, 'x'));
    const url = closed.url('/paper', 'dead.test');
    await closed.close();
    const a = write('refused.md', `# R\n\nSee [one](${url}) and [two](http://nowhere.test/y).\n`);
    const { mode, findings } = await audit([a], fakeResolver({ 'dead.test': '127.0.0.1' }).resolve);
    expect(mode).toBe('no-network');
    expect(findings.map((f) => `${f.ruleId} ${f.excerpt}`)).toEqual([`url/not-verified ${url}`]);
  });

  it('one unknown host among working ones is unreachable', async () => {
    const a = write('c.md', `# C\n\nSee [one](${site.url('/ok', 'works.test')}) and [two](http://gone.test/y).\n`);
    const { mode, findings } = await audit([a], fakeResolver({ 'works.test': '127.0.0.1' }).resolve);
    expect(mode).toBe('live');
    expect(findings.map((f) => `${f.ruleId} ${f.excerpt}`)).toEqual(['url/unreachable http://gone.test/y']);
    expect(findings[0]!.message).toMatch(/does not resolve/);
  });

  it('is offline (no request, no outcome) unless asked', async () => {
    const doc = buildDoc({ text: `See ${site.url('/ok')} now.` });
    const before = site.count();
    expect(await checkLinks([doc], { offline: true })).toMatchObject({ mode: 'offline' });
    const result = await runAudit({ paths: [write('d.txt', `See ${site.url('/ok')} now.\n`)], rulesDir: RULES_DIR });
    expect(result.links.mode).toBe('offline');
    expect(site.count()).toBe(before);
  });

  it('checks each distinct URL once across documents and hands DOIs to the DOI checker', async () => {
    const resolve = fakeResolver({ 'works.test': '127.0.0.1' }).resolve;
    const docs = [buildDoc({ text: `See ${site.url('/ok', 'works.test')} now.` }), buildDoc({ text: `Also ${site.url('/ok', 'works.test')}, doi:10.5555/xyz.` })];
    const before = site.count('/ok');
    const results = await checkLinks(docs, { offline: false, check: testOptions({ resolve, doiResolverBase: site.url('/handles/', 'works.test') }) });
    expect([...results.urls.keys()]).toEqual([site.url('/ok', 'works.test')]);
    expect([...results.dois.keys()]).toEqual(['10.5555/xyz']);
    expect(site.count('/ok') - before).toBeGreaterThanOrEqual(1);
  });
});
