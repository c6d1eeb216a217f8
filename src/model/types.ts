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
  /** Source offset of every character of `raw` (entries joined across lines or page breaks). */
  offsets?: Int32Array;
}

/** Text in a bibliography that is not a whole entry: a piece split off another entry. */
export interface ReferenceFragment {
  raw: string;
  span: Span;
  /** Id of the entry this piece most likely belongs to (its URL names that entry's title). */
  belongsTo?: string;
}

/** A companion bibliography file that is named or expected but cannot be used. */
export interface CompanionProblem {
  /** The file as named (relative to the document) or found. */
  path: string;
  message: string;
  /** Where the problem shows: the mention in the document, or the broken entry in the companion. */
  span: Span;
  source: SourceFile;
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
  /** A secondary citation's original author, read through the cited one ("Putnam dalam Keohane 1988"). */
  original?: string[];
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
  /** Ranges and decades ("2008–2012", "1990-an"): the last year (month, day) covered. */
  until?: { year: number; month?: number; day?: number };
  /** Decades and other loose dates ("1990-an", "last week"). */
  approximate?: boolean;
}

/** The document's own date, and where it was read. */
export interface DocumentDate {
  year: number;
  month?: number;
  day?: number;
  precision: 'year' | 'month' | 'day';
  /**
   * front matter `date:`, a dateline near the top ("#Fokus Sepekan l 2020-05-21"), a
   * "Published …" line, or the newest reference date (a lower bound, kept at year precision).
   */
  source: 'front-matter' | 'dateline' | 'published' | 'references';
  span?: Span;
}

export interface UrlMention {
  url: string;
  normalized: string;
  span: Span;
  inCode: boolean;
}

/**
 * A capitalised name in the text: a person, an organisation, or a name not yet told apart. The
 * span covers the name only; a title before it ("Presiden Rusia", "Dr.") is kept apart.
 */
export interface EntityMention {
  /** The name as written ("Vladimir Putin", "Kim Jong-Un", "AlJazeera"). */
  text: string;
  span: Span;
  /** The words of the name, particles included ("Muhammad", "bin", "Salman"). */
  tokens: string[];
  kind: 'person' | 'organisation' | 'name';
  /** Honorific or office words written just before the name. */
  title?: { text: string; span: Span };
  /** Index of the block in doc.blocks, and the name's place in that block's text. */
  block: number;
  blockStart: number;
  blockEnd: number;
  /** Inside quotation marks (a quoted spelling may be intended). */
  quoted: boolean;
  /** Inside a bibliography entry or a footnote. */
  inReference: boolean;
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
  /** Bibliography pieces that are not entries of their own (reference/malformed). */
  referenceFragments?: ReferenceFragment[];
  /** Companion files that are missing or unreadable, and companion entries that cannot be read. */
  companionProblems?: CompanionProblem[];
  /** Person and organisation names (src/extract/entities.ts). */
  entities?: EntityMention[];
  /** Front matter fields (Markdown YAML header), if any. */
  frontMatter?: Record<string, unknown>;
  /** The document's own date (see DocumentDate.source), when one can be found. */
  documentDate?: DocumentDate;
  /** The manuscript this document is a chapter of (src/manuscripts/detect.ts), if any. */
  manuscript?: ManuscriptMembership;
}

/** A document's place in a multi-file manuscript: its name and the chapter's position (0-based). */
export interface ManuscriptMembership {
  name: string;
  chapter: number;
  /**
   * The chapters are joined into one text before notes are read (Manubot; pandoc given several
   * files without --file-scope): Markdown note labels then belong to the whole manuscript.
   */
  joined?: boolean;
}
