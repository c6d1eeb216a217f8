/**
 * Manubot citation-tag definitions, written as Markdown link definitions:
 * `[@tag:Abe]: doi:10.1101/gr.634603`. Each one is a reference entry whose id is the key as
 * cited (`tag:Abe`) and whose identifier becomes a CSL field. The Markdown parser keeps no
 * text for link definitions, so they are read from the lines of the source (outside code).
 */
import type { Block, CslItem, ReferenceEntry, SourceFile } from '../model/types.js';

const DEFINITION = /^\[@([^\]\s]+)\]:[ \t]*(\S+)[ \t]*(?=\r?$)/gm;

/** The CSL field a Manubot identifier fills: doi:, url:, arxiv:, pmid:, pmcid:, isbn:, or a bare URL. */
export function cslFromIdentifier(identifier: string): CslItem {
  const match = /^(doi|url|arxiv|pmid|pmcid|isbn|wikidata):(.+)$/i.exec(identifier);
  if (!match) return /^https?:\/\//i.test(identifier) ? { URL: identifier } : { note: identifier };
  const [, kind, value] = match;
  switch (kind!.toLowerCase()) {
    case 'doi':
      return { DOI: value! };
    case 'url':
      return { URL: value! };
    case 'arxiv':
      return { URL: `https://arxiv.org/abs/${value!}`, number: `arXiv:${value!}` };
    case 'pmid':
      return { PMID: value! };
    case 'pmcid':
      return { PMCID: value! };
    case 'isbn':
      return { ISBN: value! };
    default:
      return { note: identifier };
  }
}

export function extractTagDefinitions(source: SourceFile, blocks: Block[]): ReferenceEntry[] {
  const code = blocks.filter((b) => b.kind === 'code').map((b) => b.span);
  const entries: ReferenceEntry[] = [];
  for (const match of source.text.matchAll(DEFINITION)) {
    const start = match.index!;
    if (code.some((span) => start >= span.start && start < span.end)) continue;
    const id = match[1]!;
    entries.push({
      id,
      origin: 'bibliography',
      raw: match[0],
      span: { start, end: start + match[0].length },
      source,
      csl: { ...cslFromIdentifier(match[2]!), id },
    });
  }
  return entries;
}
