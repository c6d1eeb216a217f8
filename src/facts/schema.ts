/**
 * rules/facts.yaml: people, the offices they held and when, and the words that name offices and
 * countries in each language. Validated with zod on load; errors name file:line (exit 2).
 */
import { z } from 'zod';

const words = z.array(z.string().min(1));
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a date that exists');
/** Words per language: { en: [President], id: [Presiden] }. */
const perLanguage = z.record(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'), words);

const OfficeSchema = z.strictObject({
  /** English name used in messages ("President"). */
  name: z.string().min(1),
  /** Words that name the office in each language (capitalisation does not matter). */
  words: perLanguage,
  /** The holder leads the country: "Rusia dipimpin oleh …" refers to this office. */
  leads: z.boolean().default(false),
});

const CountrySchema = z.strictObject({
  name: z.string().min(1),
  /** Names and adjectives in every language ("Russia", "Russian", "Rusia", "Rusia"). */
  words: words.min(1),
});

const TermSchema = z.strictObject({
  office: z.string().min(1),
  country: z.string().min(1),
  from: isoDate,
  /** Absent while the term lasts. */
  to: isoDate.optional(),
  /** Overrides the office's `leads` for this term (a prime minister who leads the country). */
  leads: z.boolean().optional(),
});

const PersonSchema = z.strictObject({
  name: z.string().min(1),
  /** Absent for people known by one name ("Sukarno"). */
  given: z.string().min(1).optional(),
  family: z.string().min(1),
  /** family-first: Korean, Chinese, Hungarian names ("Kim Jong Un": family Kim, given Jong Un). */
  order: z.enum(['given-first', 'family-first']).default('given-first'),
  /** Other accepted spellings of the full name ("Sergei Lavrov"). */
  aliases: words.default([]),
  terms: z.array(TermSchema).default([]),
});

export const FactsSchema = z
  .strictObject({
    kind: z.literal('facts'),
    /** Spelling differences that transliteration allows, as [from, to]; "$" ends a word: [y$, i]. */
    spellingEquivalents: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
    /** Sets of letters languages swap in one name ("Pacific"/"Pasifik"): no misspelling. */
    exonymLetters: z.array(z.array(z.string().length(1)).min(2)).default([]),
    /** Words that say someone leads a country, per language ("dipimpin", "led by"). */
    leadWords: perLanguage.default({}),
    offices: z.record(z.string().min(1), OfficeSchema).default({}),
    countries: z.record(z.string().min(1), CountrySchema).default({}),
    people: z.array(PersonSchema).default([]),
  })
  .superRefine((facts, ctx) => {
    facts.people.forEach((person, p) => {
      const words = person.name.split(/\s+/);
      if (!words.includes(person.family) && !person.name.includes(person.family)) {
        ctx.addIssue({ code: 'custom', path: ['people', p, 'family'], message: `"${person.family}" is not part of the name "${person.name}"` });
      }
      person.terms.forEach((term, t) => {
        if (!(term.office in facts.offices)) {
          ctx.addIssue({ code: 'custom', path: ['people', p, 'terms', t, 'office'], message: `unknown office "${term.office}" (define it under offices:)` });
        }
        if (!(term.country in facts.countries)) {
          ctx.addIssue({ code: 'custom', path: ['people', p, 'terms', t, 'country'], message: `unknown country "${term.country}" (define it under countries:)` });
        }
        if (term.to !== undefined && term.to < term.from) {
          ctx.addIssue({ code: 'custom', path: ['people', p, 'terms', t, 'to'], message: `the term ends (${term.to}) before it starts (${term.from})` });
        }
      });
    });
  });

export type Facts = z.output<typeof FactsSchema>;
export type FactPerson = Facts['people'][number];
export type FactTerm = FactPerson['terms'][number];
export type FactOffice = Facts['offices'][string];
