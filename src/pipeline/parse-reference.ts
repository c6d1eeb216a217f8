/**
 * How a reference's free text becomes CSL-JSON: the trained parser (src/refparse) reads the
 * whole entry (authors, title, container, volume, pages, publisher …); the plain patterns of
 * basicFields read the URL, DOI, access date and year, which many checks rely on and which
 * they read more reliably (a URL split by a line break, a year after "Diunduh"/"Diakses"
 * that is an access date, not the date of publication). Where both have a value, the
 * pattern's wins; the parser fills the gaps ("Agency.2017." has no year for the patterns).
 */
import type { CslItem } from '../model/types.js';
import type { Lexicons } from '../lang/load.js';
import { basicFields } from '../extract/reference-fields.js';
import { parseReference } from '../refparse/index.js';

/** Fields read by patterns; the parser's value is kept only when the patterns found none. */
const PATTERN_FIELDS = ['URL', 'DOI', 'issued'] as const;

export function parseReferenceText(raw: string, lexicons: Lexicons): CslItem {
  const patterns = basicFields(raw, [...lexicons.values()]);
  return mergeParsedFields(parseReference(raw) as CslItem, patterns);
}

/** The parser's item, with the pattern-read fields put in place of its own. */
export function mergeParsedFields(parsed: CslItem, patterns: CslItem): CslItem {
  const merged: CslItem = { ...parsed };
  for (const field of PATTERN_FIELDS) {
    const value = patterns[field];
    if (value !== undefined) Object.assign(merged, { [field]: value });
  }
  // The patterns leave out an access date on purpose when it is only a year ("Accessed 2024"):
  // a year cannot show that a source was read before it was published.
  if (patterns.accessed !== undefined) merged.accessed = patterns.accessed;
  else delete merged.accessed;
  // The parser may leave a URL inside another field ("A note with https://…" read as a title).
  if (typeof patterns.URL === 'string') removeText(merged, patterns.URL);
  return merged;
}

/** Removes `text` from every text field other than URL and DOI; drops fields left empty. */
function removeText(item: CslItem, text: string): void {
  for (const [field, value] of Object.entries(item)) {
    if (field === 'URL' || field === 'DOI' || typeof value !== 'string' || !value.includes(text)) continue;
    const rest = value.replace(text, ' ').replace(/\s+/g, ' ').replace(/^[\s<>.,;:]+|[\s<>.,;:]+$/g, '');
    if (rest === '') delete item[field];
    else item[field] = rest;
  }
}
