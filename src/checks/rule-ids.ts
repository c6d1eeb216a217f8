/** The rule identifiers fixed by the report contract (../shared/spec/report-format.md). */
export const RULE_IDS = [
  'citation/missing-reference',
  'citation/uncited-reference',
  'citation/ambiguous',
  'citation/year-mismatch',
  'citation/name-variant',
  'citation/anachronism',
  'citation/ibid-without-antecedent',
  'citation/malformed',
  'footnote/missing-definition',
  'footnote/unused-definition',
  'footnote/numbering',
  'reference/duplicate',
  'reference/incomplete',
  'reference/malformed',
  'reference/url-date-mismatch',
  'reference/accessed-before-published',
  'reference/accessed-in-future',
  'reference/cross-document-mismatch',
  'date/invalid',
  'date/weekday-mismatch',
  'date/event-conflict',
  'date/interval-mismatch',
  'url/malformed',
  'url/broken',
  'url/unreachable',
  'url/redirected',
  'url/not-verified',
  'url/duplicate',
  'consistency/entity-variant',
  'consistency/count-mismatch',
  'fact/contradiction',
  /** Not a contract rule: files that could not be read are listed as info findings. */
  'input/skipped',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
