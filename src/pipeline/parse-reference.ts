/** How a reference's free text becomes CSL-JSON: pattern-read fields every check relies on. */
import type { CslItem } from '../model/types.js';
import type { Lexicons } from '../lang/load.js';
import { basicFields } from '../extract/reference-fields.js';

export function parseReferenceText(raw: string, lexicons: Lexicons): CslItem {
  return basicFields(raw, [...lexicons.values()]);
}
