/** The HTML report's tables: the summary per document and rule family, references, and the timeline. */
import { esc, externalLink } from './html-escape.js';
import { familyOf, lineHref, type DocumentView, type HtmlView, type ReferenceRow } from './html-view.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;

export function summaryTable(view: HtmlView): string {
  const head = [...SEVERITIES.map((s) => `<th><span class="sev ${s}">${s}</span></th>`), ...view.families.map((f) => `<th>${esc(f)}</th>`)].join('');
  const rowFor = (label: string, file: string | undefined) => {
    const findings = view.report.findings.filter((f) => file === undefined || f.file === file);
    const cells = [
      ...SEVERITIES.map((s) => findings.filter((f) => f.severity === s).length),
      ...view.families.map((fam) => findings.filter((f) => familyOf(f.ruleId) === fam).length),
    ];
    return `<tr><th>${label}</th>${cells.map((n) => `<td class="num">${n || ''}</td>`).join('')}</tr>`;
  };
  const rows = view.documents.map((d) => {
    const link = d.source !== undefined ? `<a href="#s${d.source}">${esc(d.file)}</a>` : esc(d.file);
    return rowFor(link, d.file);
  });
  // Findings in files that are not audited documents (companion .bib files, unreadable paths).
  const documentFiles = new Set(view.documents.map((d) => d.file));
  const others = [...new Set(view.report.findings.map((f) => f.file).filter((f) => !documentFiles.has(f)))];
  for (const file of others) {
    const source = view.sources.find((s) => s.path === file);
    rows.push(rowFor(source ? `<a href="#s${source.index}">${esc(file)}</a>` : esc(file), file));
  }
  rows.push(rowFor('all files', undefined));
  return `<table id="summary-table"><thead><tr><th>file</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Each manuscript as one unit: its chapters in reading order, with their findings, and its bibliography. */
export function manuscriptsTable(view: HtmlView): string {
  return (view.report.manuscripts ?? [])
    .map((manuscript) => {
      const sourceOf = (file: string) => view.sources.find((s) => s.path === file);
      const link = (file: string) => {
        const source = sourceOf(file);
        return source ? `<a href="#s${source.index}">${esc(file)}</a>` : esc(file);
      };
      const rows = [...manuscript.files.map((file, i) => ({ file, label: `${i + 1}` })), ...manuscript.bibliographies.filter((b) => !manuscript.files.includes(b)).map((file) => ({ file, label: 'bibliography' }))].map(({ file, label }) => {
        const findings = view.report.findings.filter((f) => f.file === file);
        return `<tr><td>${label}</td><th>${link(file)}</th>${SEVERITIES.map((sev) => `<td class="num">${findings.filter((f) => f.severity === sev).length || ''}</td>`).join('')}</tr>`;
      });
      const bibliography = manuscript.bibliographies.length ? manuscript.bibliographies.map(link).join(', ') : 'none';
      return `<h3 class="manuscript">Manuscript ${esc(manuscript.name)}</h3><p class="meta">${manuscript.files.length} chapter(s) read as one text · bibliography: ${bibliography} · found by ${esc(manuscript.detectedBy)}${manuscript.listedIn ? ` (${esc(manuscript.listedIn)})` : ''}</p><table class="manuscript"><thead><tr><th>#</th><th>chapter</th>${SEVERITIES.map((sev) => `<th><span class="sev ${sev}">${sev}</span></th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('');
}

/** "chapter 2 of thesis" for a document that is part of a manuscript. */
export function chapterLabel(view: HtmlView, file: string): string | undefined {
  for (const manuscript of view.report.manuscripts ?? []) {
    const i = manuscript.files.indexOf(file);
    if (i !== -1) return `chapter ${i + 1} of ${manuscript.name}`;
  }
  return undefined;
}

export function countsTable(view: HtmlView): string {
  if (view.documents.length === 0) return '';
  const keys = [...new Set(view.documents.flatMap((d) => Object.keys(d.counts)))];
  const rows = view.documents.map(
    (d) => `<tr><th>${esc(d.file)}</th><td>${esc(d.language)}</td><td>${esc(d.format)}</td>${keys.map((k) => `<td class="num">${d.counts[k] ?? ''}</td>`).join('')}</tr>`,
  );
  return `<table><thead><tr><th>document</th><th>language</th><th>format</th>${keys.map((k) => `<th>${esc(k)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function referenceCells(row: ReferenceRow): string {
  const where = row.href ? `<a href="${row.href}">${esc(row.where)}</a>` : esc(row.where);
  const address = [row.url ? externalLink(row.url) : '', row.doi ? `doi:${esc(row.doi)}` : ''].filter(Boolean).join('<br>');
  const cited = row.citedBy === undefined ? '<span class="empty" title="citations were not extracted for this document">–</span>' : String(row.citedBy);
  return [esc(row.label), esc(row.authors), esc(row.year), esc(row.title), esc(row.container), address, esc(row.accessed), cited, esc(row.urlStatus), where]
    .map((cell, i) => `<td${i === 7 ? ' class="num"' : ''}>${cell}</td>`)
    .join('');
}

export function referencesTable(doc: DocumentView): string {
  if (doc.references.length === 0) return '<p class="empty">No bibliography entries were found.</p>';
  const head = ['#', 'authors', 'year', 'title', 'container / publisher', 'URL / DOI', 'accessed', 'cited', 'URL status', 'where'];
  return `<table class="references"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${doc.references
    .map((row) => `<tr>${referenceCells(row)}</tr>`)
    .join('')}</tbody></table>`;
}

const MAX_TIMELINE_ROWS = 5000;

/** report.timeline (dated events in date order), each row linked to its line and filtered with its document. */
export function timelineSection(view: HtmlView): string {
  const entries = view.report.timeline ?? [];
  if (entries.length === 0) return '';
  const sourceOf = new Map(view.sources.map((s) => [s.path, s.index]));
  const rows = entries.slice(0, MAX_TIMELINE_ROWS).map((e) => {
    const source = sourceOf.get(e.file);
    const date = `${esc(e.date)}${e.until ? `–${esc(e.until)}` : ''}${e.relative || e.approximate ? ' <span title="relative or approximate">≈</span>' : ''}`;
    const where = source !== undefined ? `<a href="${lineHref(source, e.line)}">${esc(e.file)}:${e.line}</a>` : `${esc(e.file)}:${e.line}`;
    return `<tr data-doc-row="${source ?? 'none'}"><td>${date}</td><td>${esc(e.text)}</td><td>${esc(e.sentence)}</td><td>${where}</td></tr>`;
  });
  const cut = entries.length > MAX_TIMELINE_ROWS ? `<p class="meta">The first ${MAX_TIMELINE_ROWS} of ${entries.length} events are shown; all are in report.json.</p>` : '';
  return `<section id="timeline"><h2>Timeline</h2><p class="meta">${entries.length} dated event(s) in date order.</p>${cut}<table><thead><tr><th>date</th><th>written</th><th>sentence</th><th>where</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}
