import type {
  Block,
  FootnoteDefinition,
  FootnoteMarker,
  Format,
  LinkMention,
  SourceFile,
  Span,
} from '../model/types.js';

/** What a reader found in one file: visible text blocks plus what the markup itself declares. */
export interface ReadResult {
  format: Format;
  blocks: Block[];
  /** Footnotes the markup declares (GFM [^n], HTML #fn links); text conventions are found later. */
  footnoteMarkers: FootnoteMarker[];
  footnoteDefinitions: FootnoteDefinition[];
  links: LinkMention[];
  frontMatter?: Record<string, unknown>;
  /** Citation keys given in markup (Distill <d-cite key="a,b">). */
  keyCitations: { keys: string[]; span: Span }[];
  /** Companion bibliography files the document names (front matter, <d-bibliography src>). */
  bibliographyFiles: string[];
}

export interface Reader {
  format: Format;
  extensions: string[];
  read(source: SourceFile): ReadResult;
}

export function emptyResult(format: Format): ReadResult {
  return {
    format,
    blocks: [],
    footnoteMarkers: [],
    footnoteDefinitions: [],
    links: [],
    keyCitations: [],
    bibliographyFiles: [],
  };
}
