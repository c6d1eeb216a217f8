/**
 * Bibliography sections: a heading from the lexicon ("Daftar Pustaka", "References",
 * "Bibliografía", "Literaturverzeichnis") and the entries under it, including sub-sections
 * ("Buku", "Internet"), until a heading of the same or a higher level that is not a sub-section.
 */
import type { Block, Span } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';

export interface BibliographyEntryBlock {
  index: number;
  section?: string;
}

export interface BibliographyLayout {
  headings: Span[];
  entries: BibliographyEntryBlock[];
}

/** Heading text without markup, numbering ("V.", "7.") or a trailing colon, folded for comparison. */
export function headingKey(text: string): string {
  return foldWord(text.replace(/^[#\s*_]+|[*_\s:.]+$/g, '').replace(/^(?:[IVXLC]+|\d+|[A-Z])[.)]\s+/, '')).replace(/\s+/g, ' ').trim();
}

const looksLikeEntry = (text: string) => /\b(1[5-9]\d\d|20\d\d)\b|https?:\/\/|www\./.test(text);

export function findBibliography(blocks: Block[], lexicon: Lexicon): BibliographyLayout {
  const headingWords = new Set(lexicon.bibliographyHeadings.map(headingKey));
  const subheadingWords = new Set(lexicon.bibliographySubheadings.map(headingKey));
  const layout: BibliographyLayout = { headings: [], entries: [] };
  let open: { depth: number; section?: string } | null = null;

  blocks.forEach((block, index) => {
    if (block.kind === 'code' || block.kind === 'front-matter' || block.footnote !== undefined) return;
    const key = headingKey(block.text);
    const shortBlock = block.text.trim().length <= 60;
    const isHeading = block.kind === 'heading' || (shortBlock && !looksLikeEntry(block.text) && (headingWords.has(key) || subheadingWords.has(key)));
    if (isHeading && headingWords.has(key)) {
      layout.headings.push(block.span);
      open = { depth: block.depth ?? 2 };
      return;
    }
    if (!open) return;
    if (isHeading) {
      if (subheadingWords.has(key)) {
        open.section = block.text.replace(/^[#\s*_]+|[*_\s:]+$/g, '');
        return;
      }
      const depth = block.depth ?? 2;
      if (!looksLikeEntry(block.text) && depth <= open.depth) {
        open = null;
        return;
      }
      if (!looksLikeEntry(block.text)) return; // a deeper heading that is neither entry nor known section
    }
    if (block.text.trim().length === 0) return;
    layout.entries.push({ index, section: open.section });
  });
  return layout;
}
