/**
 * Deterministic post-processing: labelled spans → a CSL-JSON item. Strips the
 * printed labels ("pp.", "Vol.", "doi:", "In", "(Eds.)"), splits volume and
 * issue, parses names and dates, and guesses the item type.
 */
import type { CslItem, LabelledSpan } from './csl-types.js';
import { parseDate } from './dates.js';
import { parseNames } from './names.js';
import { pushTo } from '../util/multimap.js';

/** Access phrases in notes: "Retrieved from", "Accessed 3 Mar. 2012", "Diunduh dari", "diakses pada". */
const ACCESS_PHRASE =
  /\b(retrieved|accessed|accesed|viewed|visited|consulted|downloaded|diakses|diunduh|abgerufen|zugriff|consulté|consultado|retirado|available|tersedia|last modified|updated|url)\b/iu;
/** Notes that only introduce a URL and carry nothing else worth keeping. */
const URL_INTRO_ONLY =
  /^[\s[(]*(retrieved|available|accessed|diunduh|diakses|tersedia|downloaded|abgerufen|retirado|online|url|en ligne|verfügbar)?\s*(from|at|dari|di|pada|unter|de|online|on)?\s*:?[\s\])]*$/iu;

const ORDINAL_WORDS = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

/** A final period that ends the field, not an abbreviation or initial ("Jr.", "Inc.", "A."). */
const TRAILING_PERIOD = /(?<!\b\p{Lu}|\b(?:al|ed|eds|Inc|Ltd|Co|St|Jr|Sr|vol|no|pp|etc|Bros|Univ))\.$/u;
const OPENING_QUOTE = /^[“"«‘'„‚‹]/u;
const CLOSING_QUOTE = /[”"»’'‟“›]$/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Removes one layer of wrapping quotes or brackets, or an unbalanced one at either edge. */
function unwrap(text: string): string {
  if (OPENING_QUOTE.test(text) && CLOSING_QUOTE.test(text) && text.length > 1) return text.slice(1, -1);
  const opens = count(text, /[([]/gu);
  const closes = count(text, /[)\]]/gu);
  if (/^[([]/u.test(text) && /[)\]]$/u.test(text) && opens === closes && balancedInside(text.slice(1, -1))) return text.slice(1, -1);
  if (/^[([]/u.test(text) && opens > closes) return text.slice(1); // "(Cambridge University Press,"
  if (/[)\]]$/u.test(text) && closes > opens) return text.slice(0, -1); // "1986)."
  if (OPENING_QUOTE.test(text) && count(text, /[”"»’'‟“›]/gu) < count(text, /[“"«‘'„‚‹]/gu)) return text.slice(1);
  if (CLOSING_QUOTE.test(text) && !OPENING_QUOTE.test(text) && !/\w'$/u.test(text)) return text.slice(0, -1);
  return text;
}

/** True when no closing bracket comes before its opening one ("a) (b" is not balanced). */
function balancedInside(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Strips what surrounds a field's text: whitespace, separators (, ; : –),
 * a final period, wrapping quotes and brackets, Markdown emphasis. Keeps
 * "?" and "!", abbreviation periods ("Inc.") and brackets inside the text.
 */
export function cleanText(text: string): string {
  let cleaned = text.replace(/\s+/gu, ' ').trim();
  for (;;) {
    const before = cleaned;
    cleaned = cleaned.replace(/^[\s,;:.\-–—*_]+|[\s,;:\-–—*_]+$/gu, '').replace(TRAILING_PERIOD, '');
    cleaned = unwrap(cleaned);
    if (cleaned === before) return cleaned;
  }
}

function cleanTitle(text: string): string {
  return cleanText(text.replace(/^\s*(in|dans|dalam|en|im)\s*:\s*/iu, ''));
}

function cleanContainer(text: string): string {
  return cleanTitle(text.replace(/^\s*(in|dans|dalam|im)\s+(?=\p{Lu}|[“"«*_])/u, ''));
}

/** Vancouver-style "2015;24(3):245-52" (year;volume(issue):pages), printed as one word. */
const VANCOUVER_LOCATOR = /^((?:1[5-9]|20)\d\d)[a-z]?\s*;\s*([\w.]+)?\s*(?:\(([^)]+)\))?\s*(?::\s*([\w\-–]+))?/u;

export function parseVancouverLocator(text: string): { year: number; volume?: string; issue?: string; page?: string } | undefined {
  const match = VANCOUVER_LOCATOR.exec(cleanText(text));
  if (!match) return undefined;
  const [, year, volume, issue, page] = match;
  return {
    year: Number(year),
    ...(volume ? { volume } : {}),
    ...(issue ? { issue } : {}),
    ...(page ? { page: page.replace(/–/gu, '-') } : {}),
  };
}

/** "12(2)," → 12 / 2; "Vol. 9, No. 3" → 9 / 3; "No. 134, Part 3" → issue 134. */
export function splitVolume(text: string): { volume?: string; issue?: string; 'number-of-volumes'?: string } {
  const cleaned = cleanText(text);
  const count = /^(\d+)\s*vols?\.?$/iu.exec(cleaned); // "2 vols.": how many volumes the work has
  if (count) return { 'number-of-volumes': count[1]! };
  const parenthesised = /^(?:vol(?:ume)?\.?\s*)?([\p{L}\d.\-–/]+?)\s*\(([^)]+)\)/iu.exec(cleaned);
  if (parenthesised) return { volume: parenthesised[1]!, issue: parenthesised[2]!.replace(/^(no|nr|iss|issue)\.?\s*/iu, '') };
  const issueMatch = /\b(?:no|nr|nos|num|number|iss|issue|heft|nomor|n°|№)\.?\s*([\w\-–/]+)/iu.exec(cleaned);
  const volumeMatch = /\b(?:vols?|volume|bd|band|jg|jahrgang|tome|t|jilid|v)(?:\b|(?=\d))\.?\s*([\w\-–/.]+)/iu.exec(cleaned);
  const result: { volume?: string; issue?: string } = {};
  if (volumeMatch) result.volume = volumeMatch[1]!.replace(/[.,]$/u, '');
  if (issueMatch) result.issue = issueMatch[1]!;
  if (!volumeMatch && !issueMatch) {
    const numbers = cleaned.match(/[\divxlcdm]+(?:[-–/][\d]+)?/giu) ?? [];
    const dotted = /^(\d+)\.(\d+)$/u.exec(cleaned); // "75.1"
    if (dotted) return { volume: dotted[1]!, issue: dotted[2]! };
    if (numbers[0] !== undefined) result.volume = numbers[0];
    if (numbers[1] !== undefined) result.issue = numbers[1];
    if (numbers.length === 0) result.volume = cleaned;
  }
  return result;
}

/** "pp. 1761–1800)." → "1761-1800"; "231 p." → number of pages. */
export function parsePages(text: string): { page?: string; 'number-of-pages'?: string } {
  const cleaned = cleanText(text);
  const count = /^(\d+)\s*(p|pp|pages|s|hlm|hal|halaman|seiten|str)\.?$/iu.exec(cleaned);
  if (count) return { 'number-of-pages': count[1]! };
  const page = cleaned
    .replace(/^(pp?|pages?|pgs?|s|ss|hlm|hal|halaman|seiten|str|art|article)(?:\b|(?=\d))[.:]?\s*/iu, '')
    .replace(/\s*[–—‒]\s*|\s+-\s+/gu, '-')
    .replace(/[.,;:]+$/u, '');
  return page === '' ? {} : { page };
}

export function parseEdition(text: string): string {
  const cleaned = cleanText(text);
  const number = /(\d+)\s*(st|nd|rd|th|e|er|ème|\.)?/iu.exec(cleaned);
  if (number) return number[1]!;
  const ordinal = cleaned.toLowerCase().split(/\s+/u).map((w) => ORDINAL_WORDS.get(w)).find((n) => n !== undefined);
  return ordinal !== undefined ? String(ordinal) : cleaned;
}

export function cleanDoi(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/^.*?(?=10\.\d{4,})/iu, '')
    .replace(/[.,;)\]]+$/u, '');
}

export function cleanUrl(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/^[<([]+|[>)\]]+[.,;]?$/gu, '')
    .replace(/^(url|available|at|from):?/iu, '')
    .replace(/[.,;]+$/u, '');
}

/** Groups spans by label, joining separate spans of one label with a space. */
function textsByLabel(spans: readonly LabelledSpan[]): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const span of spans) pushTo(byLabel, span.label, span.text);
  return byLabel;
}

const CONFERENCE = /\b(proceedings|proc|conference|conf|symposium|workshop|congress|meeting|seminar|colloquium|konferensi|prosiding|tagung|kongress)\b/iu;
const THESIS = /\b(thesis|dissertation|diss|skripsi|tesis|disertasi|doctoral|phd|ph\.d|master'?s|magisterarbeit|doktorarbeit|habilitation|mémoire|thèse)\b/iu;
const REPORT = /\b(report|working paper|technical paper|discussion paper|white paper|laporan|policy brief|memorandum)\b/iu;

function inferType(item: CslItem, labels: ReadonlySet<string>, containerIntroduced: boolean): string {
  const genre = item.genre ?? '';
  if (THESIS.test(genre) || (THESIS.test(item.note ?? '') && !labels.has('journal'))) return 'thesis';
  if (labels.has('director') || /motion picture|film|dvd|video/iu.test(`${genre} ${item.medium ?? ''}`)) return 'motion_picture';
  if (labels.has('journal')) return /\b(times|post|globe|news|herald|tribune|gazette|kompas|tempo|guardian|zeitung)\b/iu.test(item['container-title'] ?? '') ? 'article-newspaper' : 'article-journal';
  if (REPORT.test(genre) || REPORT.test(item.title ?? '') || (REPORT.test(item['container-title'] ?? '') && !labels.has('editor'))) return 'report';
  if (item['container-title'] !== undefined) {
    if (CONFERENCE.test(item['container-title'])) return 'paper-conference';
    if (labels.has('editor') || containerIntroduced || labels.has('publisher')) return 'chapter';
    if (item.URL !== undefined) return 'webpage';
    return 'article';
  }
  // A page of an organisation's site ("(2024, March 5). Title. Observer Research Foundation. https://…"):
  // dated to the day and online, which books are not.
  const datedToTheDay = (item.issued?.['date-parts']?.[0]?.length ?? 0) === 3;
  if (item.URL !== undefined && datedToTheDay && item.ISBN === undefined && item.edition === undefined) return 'webpage';
  if (labels.has('publisher') || item.ISBN !== undefined || item.edition !== undefined) return 'book';
  if (item.URL !== undefined) return 'webpage';
  return labels.has('editor') ? 'book' : 'document';
}

/**
 * "Accessed" / "diakses pada" followed by a span the tagger called a date:
 * that date is the access date, so it joins the note instead of the issue date.
 */
function attachAccessDates(spans: readonly LabelledSpan[]): LabelledSpan[] {
  const result: LabelledSpan[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    const isAccessIntro = previous?.label === 'note' && ACCESS_PHRASE.test(previous.text) && parseDate(previous.text) === undefined;
    if (span.label === 'date' && previous !== undefined && isAccessIntro) {
      result[result.length - 1] = { ...previous, text: `${previous.text} ${span.text}`, end: span.end };
    } else result.push(span);
  }
  return result;
}

/**
 * Span-level repairs the tagger's labels need before conversion:
 * - a short span that only names a kind of work ("Skripsi.", "PhD thesis") is a genre;
 * - a title ending in ":" continues into a following span read as pages ("Trust in government: 1958-2019").
 */
function repairSpans(spans: readonly LabelledSpan[]): LabelledSpan[] {
  const result: LabelledSpan[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    const words = cleanText(span.text).split(/\s+/u);
    if (['container-title', 'journal', 'publisher', 'note'].includes(span.label) && words.length <= 3 && THESIS.test(span.text)) {
      result.push({ ...span, label: 'genre' });
    } else if (span.label === 'pages' && previous?.label === 'title' && /:$/u.test(previous.text)) {
      result[result.length - 1] = { ...previous, text: `${previous.text} ${span.text}`, end: span.end };
    } else result.push(span);
  }
  return result;
}

/** Builds a CSL-JSON item from labelled spans. */
export function spansToCsl(labelledSpans: readonly LabelledSpan[]): CslItem {
  const spans = attachAccessDates(repairSpans(labelledSpans));
  const byLabel = textsByLabel(spans);
  const joined = (label: string): string | undefined => byLabel.get(label)?.join(' ');
  const item: CslItem = { type: 'document' };
  const notes: string[] = [];

  const citationNumber = joined('citation-number');
  if (citationNumber !== undefined) item['citation-number'] = citationNumber.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const role of ['author', 'editor', 'translator', 'director', 'producer'] as const) {
    const printed = byLabel.get(role);
    if (printed === undefined) continue;
    const names = printed.flatMap((text) => parseNames(text));
    if (names.length > 0) item[role] = names;
  }

  // Dates: the first printed date is the issue date; a second year is usually an original or reprint date.
  const dates = (byLabel.get('date') ?? []).flatMap((text) => text.split(/[,;]\s*(?=(?:\[|\()?(?:1[5-9]|20)\d\d\b)/u));
  const parsedDates = dates.map(parseDate).filter((d) => d !== undefined);
  const [first, second] = parsedDates;
  const year = (date: typeof first) => date?.['date-parts']?.[0]?.[0];
  if (first !== undefined && second !== undefined && year(first) !== undefined && year(first) === year(second)) {
    // "2013. … No. 132, 11 July 2013": one date written twice; keep the more precise.
    item.issued = second['date-parts']![0]!.length > first['date-parts']![0]!.length ? second : first;
  } else {
    if (first !== undefined) item.issued = first;
    if (second?.['date-parts'] !== undefined) item['original-date'] = second;
  }

  const title = joined('title');
  if (title !== undefined) item.title = cleanTitle(title);
  const containers = [...(byLabel.get('journal') ?? []), ...(byLabel.get('container-title') ?? [])].map(cleanContainer);
  if (containers[0] !== undefined) item['container-title'] = containers[0];
  const collection = [...containers.slice(1), ...(byLabel.get('collection-title') ?? []).map(cleanText)];
  if (collection.length > 0) item['collection-title'] = collection.join('. ');

  const volume = joined('volume');
  const vancouver = volume !== undefined ? parseVancouverLocator(volume) : undefined;
  if (vancouver !== undefined) {
    const { year, ...locator } = vancouver;
    item.issued ??= { 'date-parts': [[year]] };
    Object.assign(item, locator);
  } else if (volume !== undefined) Object.assign(item, splitVolume(volume));
  const pages = joined('pages');
  if (pages !== undefined) Object.assign(item, parsePages(pages));
  const edition = joined('edition');
  if (edition !== undefined) item.edition = parseEdition(edition);
  const publisher = joined('publisher');
  if (publisher !== undefined) item.publisher = cleanText(publisher);
  // An author that is also the publisher is a body publishing its own work ("Bakamla RI … Jakarta:
  // Bakamla RI."), not a person whose initials happen to be "RI".
  const author = joined('author');
  if (author !== undefined && publisher !== undefined && cleanText(author) === cleanText(publisher)) item.author = [{ literal: cleanText(author) }];
  const location = joined('location');
  if (location !== undefined) item['publisher-place'] = cleanText(location);
  const genre = joined('genre');
  if (genre !== undefined) item.genre = cleanText(genre);
  const medium = joined('medium');
  if (medium !== undefined) item.medium = cleanText(medium);
  const url = byLabel.get('url')?.[0];
  if (url !== undefined) item.URL = cleanUrl(url);
  // A DOI always starts "10.<registrant>/": anything else the model called a DOI is not one.
  const doi = joined('doi');
  if (doi !== undefined && /10\.\d{4,}\//u.test(doi)) item.DOI = cleanDoi(doi);
  else if (item.URL !== undefined && /doi\.org\/10\./iu.test(item.URL)) item.DOI = cleanDoi(item.URL);
  const isbn = joined('isbn');
  if (isbn !== undefined) item.ISBN = isbn.replace(/^\s*isbn(-1[03])?\s*:?\s*/iu, '').replace(/[.,;]+$/u, '').trim();

  for (const note of [...(byLabel.get('note') ?? []), ...(byLabel.get('source') ?? [])]) {
    if (ACCESS_PHRASE.test(note)) {
      const accessed = parseDate(note);
      if (accessed?.['date-parts'] !== undefined && item.accessed === undefined) {
        item.accessed = accessed;
        continue;
      }
      if (URL_INTRO_ONLY.test(note)) continue;
    }
    const cleaned = cleanText(note);
    if (cleaned !== '') notes.push(cleaned);
  }
  if (notes.length > 0) item.note = notes.join('. ');

  const containerIntroduced = spans.some((s) => (s.label === 'container-title' || s.label === 'editor') && /^\s*(in|dans|dalam|im)\b/iu.test(s.text));
  item.type = inferType(item, new Set(byLabel.keys()), containerIntroduced);
  if (item.type === 'thesis' && item.publisher === undefined && item['container-title'] !== undefined && !byLabel.has('journal')) {
    // "PhD thesis, Duke University": the awarding body is the publisher in CSL.
    item.publisher = item['container-title'];
    delete item['container-title'];
  }
  return item;
}
