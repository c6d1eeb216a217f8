/**
 * The HTML report's test input: the payload fixtures (script tags, event handlers, javascript: URLs,
 * a CRLF file with astral characters), a file whose name is itself markup, and a copy of seed 000.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main.js';
import type { Report } from '../../src/report/report.js';
import { SHARED_DIR } from '../helpers/build.js';
import { tmp } from './audit-files.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports');
export const MARKUP_NAME = 'a&b <i>"x".md';

export interface HtmlFixture {
  dir: string;
  out: string;
  html: string;
  report: Report;
}

export async function buildHtmlFixture(): Promise<HtmlFixture> {
  const dir = tmp('citecheck-html-');
  cpSync(FIXTURES, join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'docs', MARKUP_NAME), 'The meeting was held on Tuesday, 14 April 2018.\n');
  cpSync(join(SHARED_DIR, 'seeds', '000_94f03f8c890e53d0.txt'), join(dir, 'docs', 'seed-000.txt'));
  const out = join(dir, 'out');
  const io: Io = { stdout: () => {}, stderr: () => {}, isTty: false };
  const code = await main([join(dir, 'docs'), '--out', out, '--offline', '--format', 'json,html', '--fail-on', 'never'], io);
  if (code !== 0) throw new Error(`citecheck exited ${code}`);
  return {
    dir,
    out,
    html: readFileSync(join(out, 'report.html'), 'utf8'),
    report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report,
  };
}

/** The text a finding's marks should show: its excerpt without line breaks (lines are elements). */
export const visibleExcerpt = (excerpt: string) => excerpt.replace(/\r?\n/g, '').replace(/\r/g, '');
