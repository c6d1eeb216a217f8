/**
 * report.html: one self-contained page (no network, no external assets) for an editor who wants to
 * see the problems in the text: the summary, each file's text with the findings highlighted at their
 * exact spans, side notes, filters, the references table and the timeline.
 * Everything from the input is escaped; a Content-Security-Policy allows only this file's own
 * style sheet and script (by hash), so even a missed escape could not run a script.
 */
import { createHash } from 'node:crypto';
import type { DocModel } from '../model/types.js';
import type { LinkResults } from '../pipeline/url-phase.js';
import type { Report } from '../report/report.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { esc } from './html-escape.js';
import { chapterLabel, countsTable, manuscriptsTable, referencesTable, summaryTable, timelineSection } from './html-tables.js';
import { buildHtmlView, familyOf, lineHref, type FindingView, type HtmlView, type SourceView } from './html-view.js';
import { ruleDoc } from './rule-docs.js';
import { pushTo } from '../util/multimap.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const RANK = { error: 2, warning: 1, info: 0 } as const;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(REPORT_CSS)}`,
    `script-src ${sha256(REPORT_JS)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderHtml(report: Report, docs: readonly DocModel[], links?: LinkResults): string {
  return renderHtmlView(buildHtmlView(report, docs, links));
}

export function renderHtmlView(view: HtmlView): string {
  const { report } = view;
  const { error, warning, info, suppressed, baselined } = report.summary;
  const extras = [suppressed ? `${suppressed} suppressed` : '', baselined !== undefined ? `${baselined} already in the baseline` : ''].filter(Boolean).join(', ');
  const bySource = new Map<number | undefined, FindingView[]>();
  for (const f of view.findings) pushTo(bySource, f.source, f);
  const shownSources = view.sources.filter((s) => s.document !== undefined || bySource.has(s.index));
  const unplaced = bySource.get(undefined) ?? [];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>citecheck report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>citecheck report</h1>
<p class="meta">${report.documents.length} document(s), <span class="sev error">${error} error(s)</span> <span class="sev warning">${warning} warning(s)</span> <span class="sev info">${info} info</span>${extras ? ` (${esc(extras)})` : ''} · citecheck ${esc(report.tool.version)} · ${esc(report.generatedAt)} · showing <span id="shown">${view.findings.length}</span> of ${view.findings.length} findings</p>
${filtersForm(view, shownSources, unplaced.length > 0)}
</header>
<main>
<section id="summary"><h2>Summary</h2>${summaryTable(view)}${countsTable(view)}${manuscriptsTable(view)}</section>
${shownSources.map((s) => sourceSection(view, s, bySource.get(s.index) ?? [])).join('\n')}
${unplaced.length > 0 ? `<section id="other" data-doc-section="none"><h2>Files that were not read</h2><ol class="notes">${unplaced.map(note).join('')}</ol></section>` : ''}
${timelineSection(view)}
</main>
<div id="popover" hidden><div id="popover-body"></div></div>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function checkbox(name: string, value: string, label: string, count: number): string {
  return `<label><input type="checkbox" name="${name}" value="${esc(value)}" checked> ${label} <span class="meta">(${count})</span></label>`;
}

function filtersForm(view: HtmlView, sources: SourceView[], unplaced: boolean): string {
  const count = (test: (f: FindingView) => boolean) => view.findings.filter(test).length;
  const severities = SEVERITIES.map((s) => checkbox('severity', s, `<span class="sev ${s}">${s}</span>`, count((f) => f.finding.severity === s)));
  const families = view.families.map((fam) => checkbox('family', fam, esc(fam), count((f) => familyOf(f.finding.ruleId) === fam)));
  const documents = sources.map((s) => checkbox('document', String(s.index), esc(s.path), count((f) => f.source === s.index)));
  if (unplaced) documents.push(checkbox('document', 'none', 'files not read', count((f) => f.source === undefined)));
  return `<form id="filters">
<fieldset><legend>severity</legend>${severities.join('')}</fieldset>
<fieldset><legend>rule family</legend>${families.length ? families.join('') : '<span class="empty">none</span>'}</fieldset>
<fieldset class="documents"><legend>document</legend>${documents.join('')}</fieldset>
</form>`;
}

function note(view: FindingView): string {
  const f = view.finding;
  const where = view.source !== undefined ? `<a href="#f${view.id}">${f.line}:${f.column}</a>` : `${f.line}:${f.column}`;
  const related = view.related.length
    ? `<div>Related:<ul>${view.related.map((r) => `<li>${r.href ? `<a href="${r.href}">${esc(r.label)}</a>` : esc(r.label)}${r.excerpt ? ` <code>${esc(r.excerpt)}</code>` : ''}</li>`).join('')}</ul></div>`
    : '';
  return `<li class="note sev-${f.severity}" id="n${view.id}" data-finding="${view.id}" data-sev="${f.severity}" data-fam="${esc(familyOf(f.ruleId))}" data-doc="${view.source ?? 'none'}">
<div><span class="sev">${f.severity}</span> <span class="rule" title="${esc(ruleDoc(f.ruleId).description)}">${esc(f.ruleId)}</span> ${where}</div>
<p class="msg">${esc(f.message)}</p>${f.excerpt ? `<div>Text: <code class="excerpt">${esc(f.excerpt)}</code></div>` : ''}${f.suggestion !== undefined ? `<div>Suggestion: <code class="suggestion">${esc(f.suggestion)}</code></div>` : ''}${related}</li>`;
}

function sourceSection(view: HtmlView, source: SourceView, findings: FindingView[]): string {
  const doc = source.document !== undefined ? view.documents[source.document] : undefined;
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.finding.severity === s).length] as const).filter(([, n]) => n > 0);
  const label = counts.length ? counts.map(([s, n]) => `<span class="sev ${s}">${n} ${s}</span>`).join(' ') : '<span class="meta">no findings</span>';
  const chapter = doc ? chapterLabel(view, doc.file) : undefined;
  const kind = doc ? `${esc(doc.language)}, ${esc(doc.format)}${chapter ? `, ${esc(chapter)}` : ''}` : 'companion file';
  const notes = findings.length ? `<ol class="notes">${findings.map(note).join('')}</ol>` : '<p class="empty">No findings in this file.</p>';
  return `<section class="doc" id="s${source.index}" data-doc-section="${source.index}">
<details class="source"${findings.length ? ' open' : ''}><summary>${esc(source.path)} <span class="meta">(${kind})</span> ${label}</summary>
<div class="pane"><div class="text" data-source="${source.index}">${highlightedText(source, findings)}</div>${notes}</div>
${doc ? `<h3>References in ${esc(doc.file)}</h3>${referencesTable(doc)}` : ''}
</details>
</section>`;
}

/**
 * The source text, one element per line (id "s<source>-L<line>"), with a <mark> around every piece
 * of text that findings cover. The text is cut at every finding start/end and line start, so marks
 * never overlap or cross lines; a mark lists all the findings covering it in data-f.
 */
export function highlightedText(source: SourceView, findings: readonly FindingView[]): string {
  const text = source.text;
  const cuts = new Set<number>([0, text.length]);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cuts.add(i + 1);
  const startingAt = new Map<number, FindingView[]>();
  for (const f of findings) {
    cuts.add(f.start).add(f.end);
    pushTo(startingAt, f.start, f);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  let active: FindingView[] = [];
  let line = 1;
  const openLine = () => out.push(`<span class="l" id="${lineHref(source.index, line).slice(1)}" data-n="${line}">`);
  openLine();
  for (let k = 0; k < sorted.length; k++) {
    const at = sorted[k]!;
    active = active.filter((f) => f.end > at);
    for (const f of startingAt.get(at) ?? []) {
      if (f.end > f.start) {
        active.push(f);
        out.push(`<span class="anchor" id="f${f.id}"></span>`);
      } else {
        out.push(`<mark class="f pin sev-${f.finding.severity}" id="f${f.id}" data-f="${f.id}" tabindex="0" title="${esc(f.finding.message)}"></mark>`);
      }
    }
    const next = sorted[k + 1];
    if (next === undefined) break;
    let piece = text.slice(at, next);
    const endsLine = piece.endsWith('\n');
    // A carriage return is no visible text, and HTML would turn it into a line break.
    piece = (endsLine ? piece.slice(0, -1) : piece).replace(/\r/g, '');
    if (piece) out.push(active.length ? mark(active, piece) : esc(piece));
    if (endsLine) {
      out.push('</span>');
      line++;
      openLine();
    }
  }
  out.push('</span>');
  return out.join('');
}

function mark(active: FindingView[], piece: string): string {
  const top = active.reduce((a, b) => (RANK[b.finding.severity] > RANK[a.finding.severity] ? b : a));
  const title = active.map((f) => `${f.finding.ruleId}: ${f.finding.message}`).join('\n');
  return `<mark class="f sev-${top.finding.severity}" data-f="${active.map((f) => f.id).join(' ')}" tabindex="0" title="${esc(title)}">${esc(piece)}</mark>`;
}
