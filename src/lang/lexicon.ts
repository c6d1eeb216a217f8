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
  /** Headings of endnote lists ("Notes", "Catatan"): read as a bibliography, keeping only reference-like items. */
  notesHeadings: words.default([]),
  ibid: words.default([]),
  opCit: words.default([]),
  retrievedFrom: words.default([]),
  /** "No date" abbreviations in references ("n.d.", "t.t.", "s.f."). */
  noDate: words.default([]),
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
  /** Abbreviations whose final period does not end a sentence ("Dr.", "hlm.", "e.g."). */
  abbreviations: words.default([]),
  /** Words before a number that is not a year ("Resolution No. 1718", "Nr. 2001"). */
  numberSigns: words.default([]),
  /** Words before a bare year that make it a date, not a count ("in 2019", "sejak 2019"; not "2019 participants"). */
  yearPrepositions: words.default([]),
  /** A word that may stand between a month and its year ("Juli tahun 2000"). */
  yearWords: words.default([]),
  /** Words that name a website instead of giving its address ("Diunduh dari laman resmi Kemlu", "Retrieved from the ILO website"). */
  websiteWords: words.default([]),
  /** Words between a document's number and its year ("Resolution No. 1718 of 2006"); yearWords count too ("Nomor 6 Tahun 2014"). */
  numberedYearWords: words.default([]),
  /** Decades: "1990-an", "1990s" (suffixes) and "años 1990", "années 1990" (prefixes). */
  decadeSuffixes: words.default([]),
  decadePrefixes: words.default([]),
  /** Words that introduce a document's own date ("Published", "Diterbitkan"). */
  documentDateWords: words.default([]),
  /**
   * Relative dates as templates: {month}, {day} and {n} (a number, digits or words) are filled
   * in; unit/offset say how to move from the anchor (the document's date, or with
   * from: previous the date mentioned just before); unit "past" is the latest such month/day
   * not after the anchor ("9 Mei lalu").
   */
  relativeDates: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        unit: z.enum(['day', 'week', 'month', 'year', 'past']),
        offset: z.number().int().default(0),
        from: z.enum(['document', 'previous']).default('document'),
      }),
    )
    .default([]),
  /** Stated spans between two dates: templates with {n} and {unit} ("after {n} {unit}"). */
  intervalPhrases: words.default([]),
  intervalUnits: z.strictObject({ year: words.default([]), decade: words.default([]) }).default({ year: [], decade: [] }),
  /** Words just before a date that make it a deadline or limit, not a dated event ("by 2030", "hingga 2030"). */
  futureWords: words.default([]),
  /** Words that make a whole sentence a plan or forecast ("will", "akan", "memprediksi"). */
  forecastWords: words.default([]),
  /** Function words left out when comparing what two sentences are about. */
  stopwords: words.default([]),
  /** Lower-case words inside personal names ("bin", "van", "de"); a trailing "-" marks a prefix ("al-"). */
  nameParticles: words.default([]),
  /** Titles and honorifics written before a name ("Presiden", "Menteri Luar Negeri", "Dr."). */
  honorifics: words.default([]),
  /** Words that make a capitalised name an organisation ("Universitas", "Agency", "Ministerio"). */
  organisationWords: words.default([]),
  /** Words that end a stated period before a year ("sampai", "until", "hasta"). */
  untilWords: words.default([]),
  /** Words that start a stated period before a year ("sejak", "since", "desde"). */
  sinceWords: words.default([]),
  /** Words before a title that put the office in the past ("mantan", "former"). */
  formerWords: words.default([]),
  /** Introducers after which a sentence lists every item itself ("tiga negara, yaitu A, B dan C"; not "such as"). */
  inlineListIntroducers: words.default([]),
  /** Words that end a sentence announcing a list ("yaitu", "as follows", "siguientes"). */
  listIntroducers: words.default([]),
  /** Units after a number that count amounts, not list items ("5 tahun", "10 percent"). */
  unitWords: words.default([]),
  /** Words that open the last item of an enumeration ("Terakhir,", "Finally,"). */
  lastItemWords: words.default([]),
  /** Shapes of capitalised common nouns that never start a name (Indonesian "Ke…an": "Kebijakan"). */
  commonNounPatterns: z
    .array(z.string().refine((p) => { try { new RegExp(p, 'u'); return true; } catch { return false; } }, 'a valid regular expression'))
    .default([]),
  /** Words that introduce a cited author in prose ("menurut", "according to", "según"). */
  citationCues: words.default([]),
  /** Words that may precede a citation inside its brackets ("see", "lihat", "cf."). */
  citationPrefixes: words.default([]),
  /** How "no date" is written in a citation or entry ("n.d.", "t.t.", "s.f."). */
  noDateMarks: words.default([]),
  /** A secondary citation: "(Sugiyono dalam Moleong 2006)", "(as cited in Smith 2010)". */
  citedIn: words.default([]),
  /** Personal communications ("interview", "wawancara"): cited in the text, never in the reference list. */
  personalCommunications: words.default([]),
});

export type Lexicon = z.infer<typeof LexiconSchema>;

/** Lower-case, accent-free form used to compare words from text with lexicon entries. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The word lists a document may borrow from other languages. Reference lists and citations follow
 * their own style, which may be another language's ("Retrieved from" in an Indonesian thesis);
 * titles of any language may appear in any document ("President" in an Indonesian text). Name
 * particles stay per language ("di" joins Italian names but is a preposition in Indonesian).
 */
const MERGED_LISTS = [
  'bibliographyHeadings', 'bibliographySubheadings', 'notesHeadings', 'ibid', 'opCit', 'retrievedFrom', 'websiteWords',
  'noDate', 'accessed', 'pageAbbreviations', 'and', 'etAl', 'abbreviations', 'yearPrepositions', 'honorifics',
  'organisationWords', 'citationCues', 'citationPrefixes', 'noDateMarks', 'citedIn', 'personalCommunications',
] as const satisfies readonly (keyof Lexicon)[];

/** Merge several lexicons (the document's language first) into one, deduplicating forms. */
export function mergeLexicons(primary: Lexicon, others: Lexicon[]): Lexicon {
  const uniq = (lists: string[][]) => [...new Set(lists.flat())];
  const merged: Lexicon = { ...primary };
  for (const other of others) {
    merged.months = merged.months.map((forms, i) => uniq([forms, other.months[i]!]));
    merged.weekdays = merged.weekdays.map((forms, i) => uniq([forms, other.weekdays[i]!]));
    for (const key of MERGED_LISTS) merged[key] = uniq([merged[key], other[key]]);
    merged.numberWords = { ...other.numberWords, ...merged.numberWords };
    merged.ordinalWords = { ...other.ordinalWords, ...merged.ordinalWords };
  }
  return merged;
}
