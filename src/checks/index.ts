/** Every check, in one explicit list (no registration by import side effect). */
import type { Check } from './types.js';
import { dateInvalid, weekdayMismatch } from './date.js';
import { missingDefinition, numbering, unusedDefinition } from './footnote.js';

export const ALL_CHECKS: readonly Check[] = [
  dateInvalid,
  weekdayMismatch,
  missingDefinition,
  unusedDefinition,
  numbering,
];
