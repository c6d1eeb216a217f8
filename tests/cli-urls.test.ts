/**
 * The URL phase end to end: the real CLI (`main`) on a document whose links point at local
 * servers on 127.0.0.1. Each server counts the requests it sees; nothing else is ever contacted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import type { Finding } from '../src/findings/finalize.js';
import { delay, html, redirect, routes, send, startServer, type TestServer } from './net/servers.js';

const work = mkdtempSync(join(tmpdir(), 'citecheck-cli-urls-'));
let site: TestServer; // ok, 404, 410, 301, 403, a hang
let soft: TestServer; // answers 200 "Page not found" for every path
let doi: TestServer; // a stand-in for the doi.org handle API
let refusedUrl: string;

function captureIo(stderrIsTty = false): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTty: false, stderrIsTty };
}

async function run(args: string[], name: string, stderrIsTty = false): Promise<{ code: number; findings: Finding[]; io: ReturnType<typeof captureIo> }> {
  const io = captureIo(stderrIsTty);
  const out = join(work, `out-${name}`);
  const code = await main([...args, '--out', out, '--fail-on', 'never'], io);
  const findings = code === 2 ? [] : (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).findings as Finding[]);
  return { code, findings: findings.filter((f) => f.ruleId.startsWith('url/')), io };
}

function writeDoc(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  site = await startServer(
    routes({
      '/ok': html(200, 'Annual report 2021', 'The report itself, with numbers and tables.'),
      '/new-home': html(200, 'Annual report 2021 (new address)', 'The report, moved.'),
      '/moved': redirect(301, '/new-home'),
      '/gone': send(404),
      '/removed': send(410),
      '/forbidden': send(403),
      '/hang': async (_req, res) => {
        await delay(20_000);
        res.end();
      },
    }),
  );
  soft = await startServer(html(200, 'Page not found', 'Sorry, we could not find that page.'));
  doi = await startServer((req, res) => {
    const found = req.url?.toLowerCase() === '/api/handles/10.1234/good';
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(found ? { responseCode: 1, values: [{ type: 'URL', data: { value: site.url('/ok') } }] } : { responseCode: 100 }));
  });
  const closed = await startServer(send(200));
  refusedUrl = closed.url('/paper');
  await closed.close();
});

afterAll(async () => {
  await Promise.all([site, soft, doi].map((s) => s?.close()));
  rmSync(work, { recursive: true, force: true });
});

const paper = () =>
  [
    '# Notes on links',
    '',
    `The data are [online](${site.url('/ok')}) and at [the old address](${site.url('/moved')}).`,
    '',
    '## References',
    '',
    `1. Doe, J. (2020). Gone page. Accessed 12 March 2021. ${site.url('/gone')}`,
    `2. Roe, R. (2019). Removed page. ${site.url('/removed')}`,
    `3. Poe, P. (2018). Soft page. ${soft.url('/article/123')}`,
    `4. Moe, M. (2017). Closed server. ${refusedUrl}`,
    `5. Loe, L. (2016). Forbidden page. ${site.url('/forbidden')}`,
    '6. Koe, K. (2015). A DOI that exists. doi:10.1234/good',
    '7. Zoe, Z. (2014). A DOI that does not. doi:10.1234/missing',
    '',
  ].join('\n');

const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.excerpt}${f.suggestion ? ` -> ${f.suggestion}` : ''}`);

describe('citecheck URL phase against local servers', () => {
  it('classifies every kind of link outcome', async () => {
    const doc = writeDoc('paper.md', paper());
    const { code, findings, io } = await run([doc, '--allow-private-network', '--no-cache', '--doi-resolver', doi.url('/api/handles/'), '--timeout', '3000'], 'all');
    expect(code).toBe(0);
    expect(io.err.join('')).toBe(''); // no progress line when standard error is not a terminal
    expect(summary(findings).sort()).toEqual(
      [
        `url/broken error ${site.url('/gone')} -> https://web.archive.org/web/20210312/${site.url('/gone')}`,
        `url/broken error ${site.url('/removed')}`,
        `url/broken warning ${soft.url('/article/123')}`,
        'url/broken error 10.1234/missing',
        `url/redirected warning ${site.url('/moved')} -> ${site.url('/new-home')}`,
        `url/unreachable warning ${refusedUrl}`,
        `url/not-verified info ${site.url('/forbidden')}`,
      ].sort(),
    );
    const byExcerpt = new Map(findings.map((f) => [f.excerpt, f]));
    expect(byExcerpt.get(site.url('/gone'))!.message).toMatch(/404 Not Found/);
    expect(byExcerpt.get(site.url('/removed'))!.message).toMatch(/410 Gone/);
    expect(byExcerpt.get(refusedUrl)!.message).toMatch(/refused/);
    expect(byExcerpt.get(site.url('/forbidden'))!.message).toMatch(/HTTP 403/);
    expect(site.count('/ok')).toBeGreaterThan(0);
    expect(doi.count()).toBe(2);
  });

  it('--offline makes no request at all and reports no per-URL noise', async () => {
    const doc = writeDoc('offline.md', paper());
    const before = [site.count(), soft.count(), doi.count()];
    const { findings } = await run([doc, '--offline', '--allow-private-network', '--doi-resolver', doi.url('/api/handles/')], 'offline');
    expect([site.count(), soft.count(), doi.count()]).toEqual(before);
    expect(findings).toEqual([]);
  });

  it('without --allow-private-network a 127.0.0.1 URL is not verified and never requested', async () => {
    const doc = writeDoc('private.md', `# Private\n\nSee [the report](${site.url('/ok')}).\n`);
    const before = site.count();
    const { findings } = await run([doc, '--no-cache'], 'private');
    expect(site.count()).toBe(before);
    expect(summary(findings)).toEqual([`url/not-verified info ${site.url('/ok')}`]);
    expect(findings[0]!.message).toMatch(/private or local network/);
  });

  it('a second run answers from the cache without any request', async () => {
    const doc = writeDoc('cached.md', `# Cached\n\nSee [the report](${site.url('/ok')}) and [this](${site.url('/gone')}).\n`);
    const cache = join(work, 'cache');
    const first = await run([doc, '--allow-private-network', '--cache', cache], 'cache-1');
    const after = site.count();
    const second = await run([doc, '--allow-private-network', '--cache', cache], 'cache-2');
    expect(site.count()).toBe(after);
    expect(summary(second.findings)).toEqual(summary(first.findings));
    expect(summary(second.findings)).toEqual([`url/broken error ${site.url('/gone')}`]);
  });

  it('a hanging server cannot hold the run past --deadline', async () => {
    const doc = writeDoc('hang.md', `# Hang\n\nSee [slow](${site.url('/hang')}) and [fine](${site.url('/ok')}).\n`);
    const started = Date.now();
    const { findings } = await run([doc, '--allow-private-network', '--no-cache', '--deadline', '1500'], 'hang');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(summary(findings)).toEqual([`url/not-verified info ${site.url('/hang')}`]);
  });

  it('draws a progress line on a terminal and wipes it at the end', async () => {
    const doc = writeDoc('progress.md', `# P\n\nSee [one](${site.url('/ok')}) and [two](${site.url('/new-home')}).\n`);
    const { io } = await run([doc, '--allow-private-network', '--no-cache'], 'progress', true);
    const err = io.err.join('');
    expect(err).toMatch(/^\rChecking links \[[#.]{20}\] \d\/2/);
    expect(err).toMatch(/2\/2\x1b\[K/);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  });

  it('rejects bad network flags with exit code 2 and a clear message', async () => {
    for (const [args, message] of [
      [['--concurrency', 'many'], /--concurrency: expected a whole number from 1 to 1024, got "many"/],
      [['--per-host', '0'], /--per-host: expected a whole number from 1 to 256, got 0/],
      [['--timeout', '1.5'], /--timeout: expected a whole number/],
      [['--cache', 'x', '--no-cache'], /--cache and --no-cache cannot be used together/],
      [['--doi-resolver', 'ftp://x'], /--doi-resolver: expected an http\(s\) URL/],
    ] as const) {
      const { code, io } = await run([writeDoc('flags.md', '# x\n'), ...args], 'flags');
      expect(code).toBe(2);
      expect(io.err.join('')).toMatch(message);
    }
  });
});
