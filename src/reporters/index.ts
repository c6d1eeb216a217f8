/** The report files, by --format name: each renders a run's result to the text of report.<format>. */
import type { RunResult } from '../pipeline/run.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';

type Renderable = Pick<RunResult, 'report' | 'docs' | 'suppressed'> & Partial<Pick<RunResult, 'links'>>;

export const FILE_RENDERERS: Record<'json' | 'md' | 'html' | 'sarif', (result: Renderable) => string> = {
  json: (r) => renderJson(r.report),
  md: (r) => renderMarkdown(r.report),
  html: (r) => renderHtml(r.report, r.docs, r.links),
  sarif: (r) => renderSarif(r.report, { suppressed: r.suppressed, baseline: r.report.summary.baselined !== undefined }),
};

/** Formats that are files in --out (github annotations go to standard output instead). */
export const isFileFormat = (format: string): format is keyof typeof FILE_RENDERERS => Object.hasOwn(FILE_RENDERERS, format);
