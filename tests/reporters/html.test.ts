/** report.html as text: self-contained, escaped, CSP by hash, marks at the exact spans. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { weekdayMismatch } from '../../src/checks/date.js';
import { esc, externalLink } from '../../src/reporters/html-escape.js';
import { renderHtml, renderHtmlView } from '../../src/reporters/html.js';
import { buildHtmlView } from '../../src/reporters/html-view.js';
import { auditFiles } from './audit-files.js';
import { buildHtmlFixture, MARKUP_NAME, visibleExcerpt, type HtmlFixture } from './html-fixture.js';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Text of the marks of finding `id`, in document order (a static reading of the markup). */
function markedText(html: string, id: number): string {
  return [...html.matchAll(/<mark class="f [^"]*" data-f="([\d ]+)"[^>]*>([^<]*)<\/mark>/g)]
    .filter((m) => m[1]!.split(' ').includes(String(id)))
    .map((m) => unescape(m[2]!))
    .join('');
}

describe('report.html', () => {
  let fixture: HtmlFixture;
  beforeAll(async () => {
    fixture = await buildHtmlFixture();
  });

  it('loads nothing from outside: no external script, style, image, font or frame', () => {
    const { html } = fixture;
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|svg|video|audio|base)\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
  });

  it('escapes every payload: no input-made tag, handler or javascript: link', () => {
    const { html } = fixture;
    const tags = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
    for (const tag of tags) expect(tag, tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = &#39;heading-script&#39;&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;');
    expect(html).toContain(esc(MARKUP_NAME));
    expect(html).not.toContain(MARKUP_NAME);
  });

  it('allows exactly its own style sheet and script by hash', () => {
    const { html } = fixture;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('marks every finding with its source at exactly its excerpt', () => {
    const { html, report } = fixture;
    const placed = report.findings.filter((f) => f.ruleId !== 'input/skipped');
    expect(placed.length).toBeGreaterThan(5);
    report.findings.forEach((f, id) => {
      if (f.excerpt === '') return;
      expect(markedText(html, id), `${f.file}:${f.line} ${f.ruleId}`).toBe(visibleExcerpt(f.excerpt));
      expect(html).toContain(`id="f${id}"`);
      expect(html).toContain(`id="n${id}"`);
    });
  });

  it('keeps astral characters and CRLF lines intact', () => {
    const { html, report } = fixture;
    const id = report.findings.findIndex((f) => f.file.endsWith('crlf.txt') && f.ruleId === 'date/weekday-mismatch');
    expect(report.findings[id]).toMatchObject({ line: 2, column: 28 }); // 😀 is two UTF-16 code units
    expect(markedText(html, id)).toBe('Tuesday, 14 April 2018');
    expect(html).not.toContain('\r');
  });

  it('lists references with their parsed fields and never links a javascript: URL', () => {
    const { html } = fixture;
    expect(html).toMatch(/<table class="references">[\s\S]*<td>2019<\/td>[\s\S]*href="#s\d+-L17">line 17<\/a>/);
    expect(html).toContain('javascript:window.__pwned=&#39;ref-url&#39;');
    expect(externalLink("javascript:alert('x')")).toBe('javascript:alert(&#39;x&#39;)');
    expect(externalLink('https://example.org/a"b')).toBe('<a href="https://example.org/a%22b" rel="noopener noreferrer nofollow">https://example.org/a&quot;b</a>');
    expect(externalLink('data:text/html,<script>')).not.toMatch(/<a /);
  });

  it('has the filters for every severity, rule family and document', () => {
    const { html, report } = fixture;
    for (const sev of ['error', 'warning', 'info']) expect(html).toContain(`name="severity" value="${sev}"`);
    for (const family of new Set(report.findings.map((f) => f.ruleId.split('/')[0]))) expect(html).toContain(`name="family" value="${family}"`);
    expect(html.match(/name="document"/g)!.length).toBeGreaterThanOrEqual(report.documents.length);
  });
});

describe('report.html parts', () => {
  it('renders the timeline when the report has one, escaped, with links to the lines', async () => {
    const { report, docs } = await auditFiles({ 'a.md': 'The meeting was held on Tuesday, 14 April 2018.\n' }, { checks: [weekdayMismatch] });
    const file = report.documents[0]!.file;
    const entry = { date: '2018-04-14', text: 'Tuesday, 14 April 2018', relative: false, approximate: true, file, line: 1, column: 25, endLine: 1, endColumn: 47, sentence: 'The <b>meeting</b>.' };
    const html = renderHtmlView(buildHtmlView({ ...report, timeline: [entry] }, docs));
    expect(html).toMatch(/<section id="timeline">[\s\S]*<tr data-doc-row="0"><td>2018-04-14 <span[^>]*>≈<\/span><\/td><td>Tuesday, 14 April 2018<\/td><td>The &lt;b&gt;meeting&lt;\/b&gt;\.<\/td><td><a href="#s0-L1">/);
    expect(renderHtml({ ...report, timeline: [] }, docs)).not.toContain('id="timeline"');
  });

  it('shows the parsed fields, the citation count and the URL status of each entry', async () => {
    const text = 'As shown (Smith 2019), the meeting was held on Tuesday, 14 April 2018.\n\n## References\n\n1. Smith, J. (2019). A title. Journal. https://example.org/a\n';
    const { report, docs } = await auditFiles({ 'a.md': text }, { checks: [weekdayMismatch] });
    const doc = docs[0]!;
    const ref = doc.references[0]!;
    const csl = { ...ref.csl, author: [{ family: 'Smith', given: 'J.' }, { literal: '<Team>' }], title: 'A <i>title</i>', 'container-title': 'Journal', issued: { 'date-parts': [[2019, 3]] }, accessed: { 'date-parts': [[2020, 1, 2]] }, URL: 'https://example.org/a', DOI: '10.1/x' };
    const citation = { kind: 'author-year' as const, text: 'Smith 2019', span: { start: 10, end: 20 }, targets: [ref.id] };
    const edited = { ...doc, references: [{ ...ref, csl }], citations: [citation, citation] };
    const [row] = buildHtmlView(report, [edited]).documents[0]!.references;
    expect(row).toMatchObject({ authors: 'Smith, J.; <Team>', year: '2019-03', title: 'A <i>title</i>', container: 'Journal', url: 'https://example.org/a', doi: '10.1/x', accessed: '2020-01-02', citedBy: 2, urlStatus: 'no finding' });
    const offline = buildHtmlView(report, [edited], { mode: 'offline', urls: new Map(), dois: new Map() }).documents[0]!.references[0]!;
    expect(offline.urlStatus).toBe('not checked (--offline)');
    const broken = { kind: 'broken' as const, status: 404, finalUrl: 'https://example.org/a' };
    const live = buildHtmlView(report, [edited], { mode: 'live', urls: new Map([['https://example.org/a', broken]]), dois: new Map() }).documents[0]!.references[0]!;
    expect(live.urlStatus).toBe('broken (404)');
    const html = renderHtmlView(buildHtmlView(report, [edited]));
    expect(html).toContain('<td>A &lt;i&gt;title&lt;/i&gt;</td>');
    expect(html).toContain('<td class="num">2</td>');
    // Without extracted citations the count is unknown, not zero.
    expect(buildHtmlView(report, [{ ...edited, citations: [] }]).documents[0]!.references[0]!.citedBy).toBeUndefined();
  });

  it('marks an empty span with a pin, and overlapping findings with one mark listing both', async () => {
    const { report, docs } = await auditFiles({ 'a.md': 'The meeting was held on Tuesday, 14 April 2018.\n' }, { checks: [weekdayMismatch] });
    const f = report.findings[0]!;
    const overlapping = { ...f, ruleId: 'date/invalid' as const, severity: 'error' as const, column: f.column + 9, excerpt: f.excerpt.slice(9) };
    const empty = { ...f, ruleId: 'url/malformed' as const, endColumn: f.column, excerpt: '' };
    const html = renderHtml({ ...report, findings: [f, overlapping, empty] }, docs);
    expect(html).toMatch(/<mark class="f pin sev-warning" id="f2" data-f="2"[^>]*><\/mark>/);
    expect(html).toContain('<mark class="f sev-warning" data-f="0"');
    expect(html).toMatch(/<mark class="f sev-error" data-f="0 1"[^>]*>14 April 2018<\/mark>/);
  });
});
