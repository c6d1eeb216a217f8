/**
 * The document model. Every extracted item keeps a Span: UTF-16 offsets into the decoded
 * original text of its SourceFile, so findings can always point at the exact characters.
 */
import type { LineIndex } from './line-index.js';
import type { Lexicon } from '../lang/lexicon.js';

export interface Span {
  start: number;
  end: number; // exclusive
}

export interface SourceFile {
  /** The path as given on the command line (relative stays relative). */
  path: string;
  /** Decoded text (UTF-8, byte-order mark removed). */
  text: string;
  lines: LineIndex;
}

export type Format = 'text' | 'markdown' | 'html' | 'bibtex' | 'csl-json' | 'ris';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'footnote-definition'
  | 'code'
  | 'blockquote'
  | 'table-row'
  | 'front-matter';

/**
 * A run of visible text (markup removed) with, for every character, its offset in the original
 * file: offsets[i] is where text[i] came from; offsets[text.length] is the end of the block.
 */
export interface Block {
  kind: BlockKind;
  text: string;
  offsets: Int32Array;
  span: Span;
  /** Heading level (1-6). */
  depth?: number;
  /** Ordered list item number as written ("7." → 7). */
  ordinal?: number;
  /** Label of the footnote this block defines or belongs to. */
  footnote?: string;
}

export type FootnoteStyle = 'gfm' | 'superscript' | 'html' | 'bracket' | 'inline';

export interface FootnoteMarker {
  label: string;
  span: Span;
  style: FootnoteStyle;
}

export interface FootnoteDefinition {
  label: string;
  /** The label as written at the start of the note ("¹", "[^3]:", "[Footnote 3:"). */
  labelSpan: Span;
  /** The whole note, label included. */
  span: Span;
  /** Visible note text without the label. */
  text: string;
  style: FootnoteStyle;
  /** Index of the note's first block in doc.blocks (-1 when the note is not a block). */
  block: number;
}

/** A link as written in the markup (Markdown link, autolink, HTML href). */
export interface LinkMention {
  url: string;
  span: Span;
  /** True for links inside code (not cited, not checked). */
  inCode: boolean;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id?: string;
  type?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: number[][]; literal?: string };
  accessed?: { 'date-parts'?: number[][]; literal?: string };
  title?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  URL?: string;
  DOI?: string;
  [key: string]: unknown;
}

export interface ReferenceEntry {
  /** Stable id: the citation key of a .bib/CSL entry, else "ref-N" in document order. */
  id: string;
  /** Where the entry came from: a bibliography section, a footnote, or a companion file. */
  origin: 'bibliography' | 'footnote' | 'companion';
  raw: string;
  span: Span;
  /** The file the entry lives in (a companion .bib is not the document itself). */
  source: SourceFile;
  /** Number or label as written ("[12]", "3.", a footnote label). */
  label?: string;
  /** Bibliography sub-section heading ("Buku", "Internet"). */
  section?: string;
  csl: CslItem;
}

export type CitationKind = 'author-year' | 'numeric' | 'key' | 'footnote' | 'narrative' | 'ibid';

export interface Citation {
  kind: CitationKind;
  text: string;
  span: Span;
  /** Author-year and narrative: the names as written; key: the key; numeric: the numbers. */
  names?: string[];
  year?: string;
  keys?: string[];
  numbers?: number[];
  locator?: string;
  /** Ids of the ReferenceEntry items this citation resolves to. */
  targets: string[];
}

export interface DateMention {
  text: string;
  span: Span;
  year: number;
  month?: number; // 1-12
  day?: number;
  /** The weekday written with the date, if any: 0 = Monday … 6 = Sunday. */
  weekday?: { index: number; text: string; span: Span };
  precision: 'year' | 'month' | 'day';
  relative: boolean;
  inUrl: boolean;
  /** Language whose month/weekday words were matched. */
  lang: string;
  /** An impossible calendar date (30 February): kept so date/invalid can report it. */
  invalid?: boolean;
}

export interface UrlMention {
  url: string;
  normalized: string;
  span: Span;
  inCode: boolean;
}

export interface DocModel {
  source: SourceFile;
  format: Format;
  language: string;
  lexicon: Lexicon;
  blocks: Block[];
  footnoteMarkers: FootnoteMarker[];
  footnoteDefinitions: FootnoteDefinition[];
  links: LinkMention[];
  /** Headings that open a bibliography section. */
  bibliographyHeadings: Span[];
  references: ReferenceEntry[];
  citations: Citation[];
  dates: DateMention[];
  urls: UrlMention[];
  /** Companion bibliography files read with this document (.bib, CSL-JSON, RIS). */
  companions: SourceFile[];
  /** Front matter fields (Markdown YAML header), if any. */
  frontMatter?: Record<string, unknown>;
}
