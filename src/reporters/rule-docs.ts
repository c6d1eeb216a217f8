/**
 * One line per rule id, for SARIF rule metadata and the HTML report. A check's own `description`
 * wins when the check exists; this table also covers rules that are not checks (url/*, input/skipped)
 * and rules whose check is not written yet. tests/reporters/rule-docs.test.ts keeps it complete.
 */
import { ALL_CHECKS } from '../checks/index.js';
import { RULE_IDS, type Severity } from '../checks/rule-ids.js';

const CONTRACT_DESCRIPTIONS: Partial<Record<string, string>> = {
  'citation/missing-reference': 'An in-text citation (author-year, numeric, pandoc key, narrative) with no bibliography entry.',
  'citation/uncited-reference': 'A bibliography entry that nothing cites.',
  'citation/ambiguous': 'A citation that matches more than one bibliography entry.',
  'citation/year-mismatch': "The cited year differs from the matching entry's year.",
  'citation/name-variant': "The cited name is a misspelling or variant of an entry's author.",
  'citation/anachronism': 'The cited source is dated before an event that the citing sentence dates.',
  'citation/ibid-without-antecedent': 'Ibid. or op. cit. with nothing before it to refer to.',
  'citation/malformed': 'Something shaped like a citation that cannot be read (no year, broken brackets).',
  'footnote/missing-definition': 'A footnote marker with no footnote text.',
  'footnote/unused-definition': 'Footnote text that no marker points to.',
  'footnote/numbering': 'Footnote numbers that skip, repeat or run out of order.',
  'reference/duplicate': 'The same work listed more than once.',
  'reference/incomplete': 'An entry missing what its kind needs (year, title, the URL after "Retrieved from").',
  'reference/malformed': 'An entry that is broken (a fragment split off another entry, text that is not an entry).',
  'reference/url-date-mismatch': "The entry's date disagrees with a date inside its URL.",
  'reference/accessed-before-published': 'An access date earlier than the publication date.',
  'reference/accessed-in-future': "An access date later than the document's own date or today.",
  'reference/cross-document-mismatch': 'The same work described differently in two documents (pages, year, title).',
  'date/invalid': 'A date that does not exist (30 February).',
  'date/weekday-mismatch': 'A weekday that does not fall on the stated date.',
  'date/event-conflict': 'One event given different dates, or two dated events that look like one.',
  'date/interval-mismatch': 'A stated span ("after 24 years") that the dates do not support.',
  'url/malformed': 'A URL that cannot be valid (bad scheme, spaces, no such top-level domain, cut off).',
  'url/broken': 'The server answers 404, 410 or similar.',
  'url/unreachable': 'DNS failure, refused connection, TLS failure or time-out.',
  'url/redirected': 'A permanent redirect; the finding gives the final address.',
  'url/not-verified': 'A URL that could not be checked (offline, excluded, rate-limited to the end).',
  'url/duplicate': 'The same resource cited under different spellings of its URL.',
  'consistency/entity-variant': 'One person or organisation named in different ways.',
  'consistency/count-mismatch': 'An announced number of items that the list does not have.',
  'fact/contradiction': 'A statement that contradicts a fact in the rule files (a name, an office\'s dates).',
  'input/skipped': 'A file that could not be audited (unreadable, binary, not UTF-8, too large).',
};

const FAMILY_HELP: Record<string, string> = {
  citation: 'Citations are matched to the bibliography (or companion .bib/CSL-JSON file) by key, number or author and year.',
  footnote: 'Footnote markers and footnote texts are paired by label.',
  reference: 'Bibliography entries are parsed into fields (authors, year, title, URL, dates) and compared.',
  date: 'Dates are read with the word lists in rules/lang/ (month and weekday names per language).',
  url: 'URLs are checked live unless --offline is given; a URL that could not be checked is reported as not verified, never as broken.',
  consistency: 'Names and counts are compared across the document.',
  fact: 'Statements are compared with the facts in the rule files.',
  input: 'Files are read as UTF-8 text; see the message for why this one was not.',
};

export interface RuleDoc {
  id: string;
  description: string;
  help: string;
  severity: Severity;
}

/** Documentation for one rule id (also for ids this table does not know: never empty). */
export function ruleDoc(id: string): RuleDoc {
  const check = ALL_CHECKS.find((c) => c.id === id);
  const description = check?.description ?? CONTRACT_DESCRIPTIONS[id] ?? `Findings of the ${id} rule.`;
  const family = id.split('/')[0] ?? id;
  const help = [CONTRACT_DESCRIPTIONS[id] ?? description, FAMILY_HELP[family], `Switch it off for one line with <!-- citecheck-disable-next-line ${id} --> (or "% citecheck-disable-next-line ${id}" in plain text).`]
    .filter(Boolean)
    .join(' ');
  return { id, description, help, severity: check?.severity ?? (id === 'input/skipped' ? 'info' : 'warning') };
}

export const KNOWN_RULE_IDS: readonly string[] = RULE_IDS;
export const hasContractDescription = (id: string) => CONTRACT_DESCRIPTIONS[id] !== undefined;
