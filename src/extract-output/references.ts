/**
 * references.json (CSL-JSON, one item per entry, with where the entry was read) and
 * references.bib (the same items written by citation-js, so a reference manager can import them).
 */
import { citationJs } from '../companions/citation-js.js';
import type { CslItem, DocModel, ReferenceEntry } from '../model/types.js';
import { rangeOf, type Range } from './positions.js';

export interface ReferencePosition extends Range {
  /** The file the entry was read from: the document, or its companion .bib/.json/.ris. */
  file: string;
  raw: string;
  origin: ReferenceEntry['origin'];
  label?: string;
  section?: string;
}

export type ReferenceRecord = CslItem & { id: string; type: string; citecheck: ReferencePosition };

/** A citation key BibTeX and biber accept: no spaces, braces, commas, quotes, "#", "%" or "~". */
export function bibtexKey(id: string): string {
  return id.replace(/[^\p{L}\p{N}_:.\-+/]/gu, '_') || 'ref';
}

function cslOf(entry: ReferenceEntry): CslItem & { id: string; type: string } {
  const item: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry.csl)) if (value !== undefined) item[key] = value;
  return { ...item, id: entry.id, type: typeof entry.csl.type === 'string' ? entry.csl.type : 'document' } as CslItem & { id: string; type: string };
}

export function referenceRecords(doc: DocModel): ReferenceRecord[] {
  return doc.references.map((entry) => {
    const position: ReferencePosition = { file: entry.source.path, ...rangeOf(entry.source, entry.span), raw: entry.raw, origin: entry.origin };
    if (entry.label !== undefined) position.label = entry.label;
    if (entry.section !== undefined) position.section = entry.section;
    return { ...cslOf(entry), citecheck: position };
  });
}

/**
 * BibTeX through citation-js. Keys are the entries' ids (a companion's own keys stay as they
 * were); an entry the reader could not split into fields keeps its text in `note`.
 */
export function referencesBibtex(records: ReferenceRecord[]): string {
  if (records.length === 0) return '';
  const items = records.map(({ citecheck, ...csl }) => ({
    ...csl,
    'citation-key': bibtexKey(csl.id),
    ...(csl.title === undefined && csl.note === undefined ? { note: citecheck.raw } : {}),
  }));
  const format = citationJs().plugins.config.get('@bibtex')['format'] as { checkLabel: boolean };
  const checkLabel = format.checkLabel;
  format.checkLabel = false; // keep "Kay:1977:PDM" and "ref-3" as written instead of inventing keys
  try {
    return new (citationJs())(items, { forceType: '@csl/list+object' }).format('bibtex', { format: 'text' });
  } finally {
    format.checkLabel = checkLabel;
  }
}
