/** Every check, in one explicit list (no registration by import side effect). */
import type { Check } from './types.js';
import { dateInvalid, weekdayMismatch } from './date.js';
import { accessedBeforePublished, accessedInFuture, urlDateMismatch } from './reference-dates.js';
import { citationAnachronism } from './citation-anachronism.js';
import { eventConflict } from './date-event-conflict.js';
import { intervalMismatch } from './date-interval.js';
import { missingDefinition, numbering, unusedDefinition } from './footnote.js';
import { urlDuplicate, urlMalformed } from './url.js';
import { ambiguous, ibidWithoutAntecedent, malformed, missingReference, nameVariant, uncitedReference, yearMismatch } from './citation.js';
import { crossDocumentMismatch, duplicate, incomplete, malformed as referenceMalformed } from './reference.js';
import { entityVariant } from './entity-variant.js';
import { factContradiction } from './fact.js';
import { countMismatch } from './count-mismatch.js';

export const ALL_CHECKS: readonly Check[] = [
  dateInvalid,
  weekdayMismatch,
  eventConflict,
  intervalMismatch,
  urlDateMismatch,
  accessedBeforePublished,
  accessedInFuture,
  citationAnachronism,
  missingDefinition,
  unusedDefinition,
  numbering,
  urlMalformed,
  urlDuplicate,
  missingReference,
  nameVariant,
  yearMismatch,
  ambiguous,
  malformed,
  uncitedReference,
  ibidWithoutAntecedent,
  duplicate,
  incomplete,
  referenceMalformed,
  crossDocumentMismatch,
  entityVariant,
  factContradiction,
  countMismatch,
];
