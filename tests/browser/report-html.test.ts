/**
 * report.html in a real browser: headless Debian Chromium driven by playwright-core, loaded from a
 * file: URL. Checks the highlights, the filters, the popover, and that none of the payloads in the
 * manuscripts ran. Skipped when /usr/bin/chromium is absent (CI installs it: apt-get install chromium).
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHtmlFixture, visibleExcerpt, type HtmlFixture } from '../reporters/html-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

declare global {
  interface Window {
    __pwned?: unknown;
    __csp: string[];
  }
}

describe.skipIf(!existsSync(CHROMIUM))('report.html in headless Chromium', () => {
  let fixture: HtmlFixture;
  let context: BrowserContext;
  let page: Page;
  const seen = { dialogs: [] as string[], errors: [] as string[], requests: [] as string[] };

  beforeAll(async () => {
    fixture = await buildHtmlFixture();
    const { chromium } = await import('playwright-core');
    // A fresh profile each run (playwright passes it as --user-data-dir).
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'citecheck-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => seen.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') seen.errors.push(message.text());
    });
    page.on('request', (request) => seen.requests.push(request.url()));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__csp.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(pathToFileURL(join(fixture.out, 'report.html')).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  }, 60000);

  afterAll(async () => {
    await context?.close();
  });

  it('runs its own script and nothing from the manuscripts', async () => {
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    // Nothing was even attempted: a blocked inline script would show up as a CSP violation.
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(seen.requests).toEqual([pathToFileURL(join(fixture.out, 'report.html')).href]);
    const dom = await page.evaluate(() => ({
      scripts: document.scripts.length,
      embedded: document.querySelectorAll('img, svg, iframe, object, embed, base, link').length,
      jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      literal: document.body.textContent!.includes("<script>window.__pwned = 'heading-script'</script>"),
    }));
    expect(dom).toEqual({ scripts: 1, embedded: 0, jsLinks: 0, handlers: 0, literal: true });
  });

  it('highlights every finding at exactly its excerpt', async () => {
    const expected = fixture.report.findings.map((f) => visibleExcerpt(f.excerpt));
    const marked = await page.evaluate((count) => {
      const texts: string[] = [];
      for (let id = 0; id < count; id++) {
        const marks = [...document.querySelectorAll<HTMLElement>('mark.f')].filter((m) => m.dataset['f']!.split(' ').includes(String(id)));
        texts.push(marks.map((m) => m.textContent).join(''));
      }
      return texts;
    }, expected.length);
    expect(marked).toEqual(expected);
    const weekday = page.locator('mark.f', { hasText: 'Selasa, 14 April 2018' });
    await weekday.scrollIntoViewIfNeeded();
    await expect.poll(() => weekday.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('shows the message, suggestion and rule in a popover when a highlight is clicked', async () => {
    const weekday = page.locator('mark.f', { hasText: 'Selasa, 14 April 2018' });
    await weekday.click();
    const popover = page.locator('#popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    const text = await popover.textContent();
    expect(text).toContain('14 April 2018 was a Saturday');
    expect(text).toContain('Sabtu, 14 April 2018');
    expect(text).toContain('date/weekday-mismatch');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png') });
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
  });

  const state = () =>
    page.evaluate(() => ({
      shown: Number(document.getElementById('shown')!.textContent),
      visibleNotes: [...document.querySelectorAll<HTMLElement>('[data-finding]')].filter((n) => !n.hidden).map((n) => n.dataset['finding']),
      litMarks: new Set([...document.querySelectorAll<HTMLElement>('mark.f:not(.off)')].flatMap((m) => m.dataset['f']!.split(' '))).size,
      hiddenSections: [...document.querySelectorAll<HTMLElement>('[data-doc-section]')].filter((s) => s.hidden).length,
    }));
  const toggle = (name: string, value: string) => page.locator(`#filters input[name="${name}"][value="${value}"]`).click();
  const ids = (test: (f: HtmlFixture['report']['findings'][number]) => boolean) =>
    fixture.report.findings.flatMap((f, i) => (test(f) ? [String(i)] : []));

  it('shows the timeline of dated events', async () => {
    expect(fixture.report.timeline!.length).toBeGreaterThan(0);
    expect(await page.locator('#timeline tbody tr').count()).toBe(fixture.report.timeline!.length);
  });

  it('filters by severity', async () => {
    const all = await state();
    expect(all.shown).toBe(fixture.report.findings.length);
    await toggle('severity', 'warning');
    const filtered = await state();
    expect(filtered.visibleNotes).toEqual(ids((f) => f.severity !== 'warning'));
    expect(filtered.shown).toBe(filtered.visibleNotes.length);
    expect(filtered.litMarks).toBe(ids((f) => f.severity !== 'warning' && f.excerpt !== '').length);
    await toggle('severity', 'warning');
    expect((await state()).shown).toBe(all.shown);
  });

  it('filters by rule family', async () => {
    await toggle('family', 'date');
    expect((await state()).visibleNotes).toEqual(ids((f) => !f.ruleId.startsWith('date/')));
    await toggle('family', 'date');
  });

  it('filters by document, hiding its text', async () => {
    const file = fixture.report.documents.find((d) => d.file.endsWith('payload.md'))!.file;
    const index = await page.locator('#filters input[name="document"]').evaluateAll(
      (boxes, path) => boxes.find((b) => b.parentElement!.textContent!.includes(path))!.getAttribute('value'),
      file,
    );
    await toggle('document', index!);
    const filtered = await state();
    expect(filtered.visibleNotes).toEqual(ids((f) => f.file !== file));
    expect(filtered.hiddenSections).toBe(1);
    expect(await page.locator(`[data-doc-section="${index}"]`).isVisible()).toBe(false);
    // Its timeline rows go too; the other documents' rows stay.
    expect(await page.locator(`tr[data-doc-row="${index}"]:visible`).count()).toBe(0);
    expect(await page.locator('tr[data-doc-row]:visible').count()).toBe(fixture.report.timeline!.filter((e) => e.file !== file).length);
    await toggle('document', index!);
    expect((await state()).hiddenSections).toBe(0);
  });

  it('links only to places that exist in the page', async () => {
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
    );
    expect(broken).toEqual([]);
    await page.locator('.note a[href^="#f"]').first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#f\d+$/);
  });
});
