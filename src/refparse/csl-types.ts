/** CSL-JSON types produced by the reference parser (loose, like CSL-JSON itself). */

export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

/**
 * A CSL date. `date-parts` holds [[year, month?, day?]] (a second inner array
 * for a range); `literal` keeps text that is not a calendar date ("n.d.", "forthcoming").
 */
export interface CslDate {
  'date-parts'?: number[][];
  literal?: string;
  season?: number;
}

export interface CslItem {
  id?: string;
  type: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  director?: CslName[];
  producer?: CslName[];
  issued?: CslDate;
  'original-date'?: CslDate;
  accessed?: CslDate;
  title?: string;
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  'number-of-pages'?: string;
  'number-of-volumes'?: string;
  edition?: string;
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  medium?: string;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  note?: string;
  'citation-number'?: string;
  [key: string]: unknown;
}

/** A stretch of the input that the tagger gave one label (labels are AnyStyle's, see gold/README.md). */
export interface LabelledSpan {
  label: string;
  text: string;
  /** Offsets into the raw input string; `text === raw.slice(start, end)`. */
  start: number;
  end: number;
}
