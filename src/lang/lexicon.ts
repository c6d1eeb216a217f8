/**
 * Language word lists (months, weekdays, bibliography headings, note words) live in
 * rules/lang/<code>.yaml. This file holds their schema; src/config/rules-files.ts loads them.
 */
import { z } from 'zod';

const words = z.array(z.string().min(1));
/** Each entry lists the accepted spellings of one month/weekday; the first is the canonical one. */
const wordForms = z.union([z.string().min(1), words.min(1)]).transform((v) => (typeof v === 'string' ? [v] : v));

export const LexiconSchema = z.strictObject({
  kind: z.literal('lexicon'),
  language: z.string().regex(/^[a-z]{2}$/, 'a two-letter ISO 639-1 code'),
  name: z.string(),
  months: z.array(wordForms).length(12),
  weekdays: z.array(wordForms).length(7).describe('Monday first'),
  bibliographyHeadings: words,
  bibliographySubheadings: words.default([]),
  ibid: words.default([]),
  opCit: words.default([]),
  retrievedFrom: words.default([]),
  accessed: words.default([]),
  pageAbbreviations: words.default([]),
  numberWords: z.record(z.string(), z.number().int().nonnegative()).default({}),
  ordinalWords: z.record(z.string(), z.number().int().positive()).default({}),
  /** Words that may stand between a weekday and its date ("tanggal"). */
  dateFillers: words.default([]),
  /** Words that join day, month and year ("14 de abril de 2018"). */
  dateConnectors: words.default([]),
  /** Month and weekday names are written in lower case ("14 de abril"): match them case-insensitively. */
  lowercaseDateWords: z.boolean().default(false),
  /** Words for "and" between author names ("dan", "y", "und"). */
  and: words.default([]),
  /** "et al." equivalents ("dkk.", "y otros"). */
  etAl: words.default([]),
});

export type Lexicon = z.infer<typeof LexiconSchema>;

/** Lower-case, accent-free form used to compare words from text with lexicon entries. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Merge several lexicons (the document's language first) into one, deduplicating forms. */
export function mergeLexicons(primary: Lexicon, others: Lexicon[]): Lexicon {
  const uniq = (lists: string[][]) => [...new Set(lists.flat())];
  const merged: Lexicon = { ...primary };
  for (const other of others) {
    merged.months = merged.months.map((forms, i) => uniq([forms, other.months[i]!]));
    merged.weekdays = merged.weekdays.map((forms, i) => uniq([forms, other.weekdays[i]!]));
    merged.bibliographyHeadings = uniq([merged.bibliographyHeadings, other.bibliographyHeadings]);
    merged.bibliographySubheadings = uniq([merged.bibliographySubheadings, other.bibliographySubheadings]);
    merged.ibid = uniq([merged.ibid, other.ibid]);
    merged.opCit = uniq([merged.opCit, other.opCit]);
    merged.retrievedFrom = uniq([merged.retrievedFrom, other.retrievedFrom]);
    merged.accessed = uniq([merged.accessed, other.accessed]);
    merged.pageAbbreviations = uniq([merged.pageAbbreviations, other.pageAbbreviations]);
    merged.numberWords = { ...other.numberWords, ...merged.numberWords };
    merged.ordinalWords = { ...other.ordinalWords, ...merged.ordinalWords };
    merged.and = uniq([merged.and, other.and]);
    merged.etAl = uniq([merged.etAl, other.etAl]);
  }
  return merged;
}
