/**
 * The reference/* family for the entries themselves: the same work listed twice, entries that
 * lack what they need (a year, a title, the URL after "Retrieved from"), pieces that are not
 * entries (and, as info, unreadable companion files), the same work described differently in
 * two documents.
 * (reference/url-date-mismatch and the accessed-* rules live with the date checks.)
 */
import { distance } from 'fastest-levenshtein';
import type { DocModel, ReferenceEntry, SourceFile, Span } from '../model/types.js';
import { foldWord } from '../lang/lexicon.js';
import { hasDateEvidence, shapeWords, URL_OR_DOI } from '../extract/entry-shape.js';
import { alternation, WORD_END, WORD_START } from '../util/regex.js';
import { sameWork, workFacts, yearOf, type SameWorkReason, type WorkFacts } from './reference-identity.js';
import type { CorpusCheck, DocumentCheck, ManuscriptCheck, RawFinding } from './types.js';
import { pushTo } from '../util/multimap.js';

const brief = (entry: ReferenceEntry) => {
  const text = entry.raw.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
const lineOf = (entry: ReferenceEntry) => entry.source.lines.position(entry.span.start).line;
const place = (entry: ReferenceEntry) => ({ source: entry.source, span: entry.span });
const isTagDefinition = (entry: ReferenceEntry) => entry.raw.startsWith('[@');

/** The source span of raw[start, end) of an entry. */
export function spanInEntry(entry: ReferenceEntry, start: number, end: number): Span {
  if (entry.offsets && end > start && end <= entry.offsets.length) return { start: entry.offsets[start]!, end: entry.offsets[end - 1]! + 1 };
  const text = entry.source.text.slice(entry.span.start, entry.span.end);
  const at = text.indexOf(entry.raw.slice(start, end));
  return at === -1 ? entry.span : { start: entry.span.start + at, end: entry.span.start + at + (end - start) };
}

function duplicateReason(reason: SameWorkReason, a: WorkFacts, b: WorkFacts, noDate: (t: string) => boolean): string {
  if (reason === 'doi') return `the same DOI ${a.doi}`;
  if (reason === 'url') {
    const [ua, ub] = [a.entry.csl.URL ?? '', b.entry.csl.URL ?? ''];
    return ua !== ub && ua.toLowerCase() === ub.toLowerCase() ? 'the same address, written with different capitals' : 'the same address';
  }
  const [ya, yb] = [yearOf(a, noDate), yearOf(b, noDate)];
  return ya === yb ? 'the same authors and title' : `the same authors and title, under ${ya} here and ${yb} there`;
}

export const duplicate: ManuscriptCheck = {
  id: 'reference/duplicate',
  severity: 'warning',
  scope: 'manuscript',
  description: 'The same work listed more than once (also under different years, or URLs that differ only in case), in one document or across the reference lists of a manuscript.',
  run(chapters) {
    // Notes cite a work again and again; only lists (bibliography, tag definitions, one companion
    // file) must not. A manuscript's chapter lists are one list; a shared .bib is read once.
    const groups = new Map<string, WorkFacts[]>();
    const seen = new Set<ReferenceEntry>();
    for (const doc of chapters) {
      for (const entry of doc.references) {
        if (entry.origin === 'footnote' || seen.has(entry)) continue;
        seen.add(entry);
        const key = entry.origin === 'companion' ? `companion:${entry.source.path}` : 'document';
        pushTo(groups, key, workFacts(entry, doc.lexicon));
      }
    }
    const words = shapeWords(chapters[0]!.lexicon);
    const noDate = (text: string) => words.noDate?.test(text) ?? false;
    const findings: (RawFinding & { source: SourceFile })[] = [];
    for (const facts of groups.values()) {
      facts.forEach((later, j) => {
        for (const earlier of facts.slice(0, j)) {
          const reason = sameWork(earlier, later);
          if (!reason) continue;
          const [a, b] = [later.entry, earlier.entry];
          const where = a.source === b.source ? `line ${lineOf(b)}` : `${b.source.path}:${lineOf(b)}`;
          const message = isTagDefinition(a) && isTagDefinition(b)
            ? `Citation tags "${b.id}" and "${a.id}" are defined for ${duplicateReason(reason, later, earlier, noDate)}: one work, two tags.`
            : `This entry lists the same work as ${where} ("${brief(b)}"): ${duplicateReason(reason, later, earlier, noDate)}.`;
          findings.push({ span: a.span, message, related: [place(b)], source: a.source });
          break;
        }
      });
    }
    return findings;
  },
};

export const incomplete: DocumentCheck = {
  id: 'reference/incomplete',
  severity: 'warning',
  scope: 'document',
  description: 'An entry missing what its kind needs: a year, a title, the URL after "Retrieved from"/"Diunduh dari"/"Accessed".',
  run(doc) {
    const words = shapeWords(doc.lexicon);
    const findings: RawFinding[] = [];
    for (const entry of doc.references) {
      if (isTagDefinition(entry)) continue;
      if (entry.origin === 'companion') {
        findings.push(...incompleteCompanion(entry, doc));
        continue;
      }
      const retrieval = danglingRetrieval(entry.raw, words.retrieval, dateWords(doc), siteWords(doc));
      if (retrieval) {
        findings.push({
          span: spanInEntry(entry, retrieval.start, retrieval.end),
          message: retrieval.site
            ? `"${retrieval.text}" is followed by the name of a site, not its address: the URL of this page is missing.`
            : `"${retrieval.text}" is not followed by an address: the URL of this source is missing.`,
        });
        continue;
      }
      if (entry.origin !== 'bibliography' || hasDateEvidence(entry.raw, words)) continue;
      const online = URL_OR_DOI.test(entry.raw);
      findings.push({
        span: entry.span,
        message: online ? 'This entry gives no year of publication (write n.d. if the page has none).' : 'This entry gives no year of publication.',
        ...(online ? { severity: 'info' as const } : {}),
      });
    }
    return findings;
  },
};

/** Month names, weekdays and "on"/"pada": the words of an access date. */
function dateWords(doc: DocModel): RegExp {
  const words = [...doc.lexicon.months.flat(), ...doc.lexicon.weekdays.flat(), ...doc.lexicon.dateFillers, ...doc.lexicon.accessed, 'on', 'pada', 'el', 'le', 'am', 'em'];
  return new RegExp(`${WORD_START}(?:${alternation(words)})${WORD_END}`, 'giu');
}

/**
 * "Retrieved from" / "Diunduh dari" / "Accessed …" followed by nothing but a date: the address
 * is missing. ("Retrieved from ERIC database" names a database; "accessed 12 May 2020" after
 * the URL is complete.)
 */
function danglingRetrieval(raw: string, retrieval: RegExp | null, dates: RegExp, sites: RegExp | null): { start: number; end: number; text: string; site?: true } | null {
  if (!retrieval) return null;
  const global = new RegExp(retrieval.source, 'giu');
  for (const match of raw.matchAll(global)) {
    const after = raw.slice(match.index! + match[0].length);
    if (URL_OR_DOI.test(after) || URL_OR_DOI.test(raw.slice(0, match.index))) continue;
    const found = { start: match.index!, end: match.index! + match[0].length, text: match[0] };
    const rest = after.replace(dates, ' ').replace(/[\d\s.,:;/()*_-]+/g, '');
    if (rest === '') return found;
    // "Diunduh dari Kompas.com pada …", "… dari laman resmi Kemlu", "Retrieved from the ILO website on …".
    const named = after.split(dates)[0]!.trim();
    if (BRAND_DOMAIN.test(named) || (sites?.test(named) && named.length <= 60)) return { ...found, site: true };
  }
  return null;
}

/** "Kompas.com", "Detik.com": a site's name written like a domain, not the address of a page. */
const BRAND_DOMAIN = /^[\p{Lu}][\p{L}\d-]*\.(?:com|co\.id|id|org|net|go\.id|or\.id|ac\.id)[.,;]?$/u;

function siteWords(doc: DocModel): RegExp | null {
  const words = [...doc.lexicon.websiteWords];
  return words.length ? new RegExp(`${WORD_START}(?:${alternation(words)})${WORD_END}`, 'iu') : null;
}

function incompleteCompanion(entry: ReferenceEntry, doc: DocModel): RawFinding[] {
  const missing: string[] = [];
  if (!entry.csl.title) missing.push('title');
  if (!entry.csl.issued && !/\b(?:year|date)\s*=/i.test(entry.raw) && !/"issued"/.test(entry.raw)) missing.push('year');
  if (missing.length === 0) return [];
  return [{ span: entry.span, message: `Entry "${entry.id}" has no ${missing.join(' and no ')}.`, ...(entry.source !== doc.source ? { source: entry.source } : {}) }];
}

export const malformed: DocumentCheck = {
  id: 'reference/malformed',
  severity: 'warning',
  scope: 'document',
  description: 'A broken entry: a piece split off another entry, a numbered list that repeats a number; (info) a companion bibliography file or entry that cannot be read.',
  run(doc) {
    const findings: RawFinding[] = [];
    for (const fragment of doc.referenceFragments ?? []) {
      const owner = doc.references.find((r) => r.id === fragment.belongsTo);
      findings.push({
        span: fragment.span,
        message: owner
          ? `This is not an entry of its own but a piece of another one, split off it: it looks like the rest of line ${lineOf(owner)} ("${brief(owner)}").`
          : 'This is not an entry of its own but a piece split off another entry (an address or date with no author or title).',
        ...(owner ? { related: [place(owner)] } : {}),
      });
    }
    findings.push(...repeatedNumbers(doc.references.filter((r) => r.origin === 'bibliography' && r.label !== undefined)));
    // A companion file that is missing or unreadable, or an entry in it that cannot be read: worth knowing.
    for (const problem of doc.companionProblems ?? []) {
      findings.push({ span: problem.span, message: problem.message, severity: 'info', ...(problem.source !== doc.source ? { source: problem.source } : {}) });
    }
    return findings;
  },
};

/** A numbered bibliography that gives one number to two entries ("18." twice where 19 was meant). */
function repeatedNumbers(entries: ReferenceEntry[]): RawFinding[] {
  const findings: RawFinding[] = [];
  const seen = new Map<string, ReferenceEntry>();
  entries.forEach((entry, i) => {
    const first = seen.get(entry.label!);
    if (!first) {
      seen.set(entry.label!, entry);
      return;
    }
    const previous = Number(entries[i - 1]?.label);
    const expected = Number.isFinite(previous) && previous === Number(entry.label) ? ` (it follows ${previous}; ${previous + 1} was probably meant)` : '';
    findings.push({
      span: entry.span,
      message: `Two entries are numbered ${entry.label}${expected}: a citation of [${entry.label}] cannot tell them apart.`,
      related: [place(first)],
    });
  });
  return findings;
}

const normalTitle = (title: string) => foldWord(title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Two titles of one work that differ. Titles read from free text by the parser may start or end
 * a word early or late, so for them only a near miss (a misspelling) counts.
 */
function titlesDiffer(a: WorkFacts, b: WorkFacts): boolean {
  const [x, y] = [normalTitle(a.title!), normalTitle(b.title!)];
  if (x === y) return false;
  if (a.entry.origin === 'companion' && b.entry.origin === 'companion') return true;
  return distance(x, y) <= Math.max(x.length, y.length) * 0.2;
}

/** What two descriptions of one work disagree on: year, pages, title. */
function differences(here: WorkFacts, there: WorkFacts): string[] {
  const found: string[] = [];
  if (here.year !== undefined && there.year !== undefined && here.year !== there.year) found.push(`year ${here.year} here, ${there.year} there`);
  if (here.pages && there.pages) {
    const [a, b] = [here.pages, there.pages];
    const differ = a.first !== b.first || a.last !== b.last;
    // A note may cite a few pages of an article: only a range that shares one end and not the other is a slip.
    const notes = here.entry.origin === 'footnote' || there.entry.origin === 'footnote';
    const slip = (a.first === b.first) !== (a.last === b.last);
    if (differ && (!notes || slip)) found.push(`pages ${a.first}-${a.last} here, ${b.first}-${b.last} there`);
  }
  if (here.title && there.title && titlesDiffer(here, there)) found.push(`title "${here.title}" here, "${there.title}" there`);
  return found;
}

export const crossDocumentMismatch: CorpusCheck = {
  id: 'reference/cross-document-mismatch',
  severity: 'warning',
  scope: 'corpus',
  description: 'The same work described differently (pages, year, title) in two documents of one run.',
  run(docs) {
    const perDoc = docs.map((doc) => doc.references.filter((r) => !isTagDefinition(r)).map((r) => workFacts(r, doc.lexicon)));
    const findings: ReturnType<CorpusCheck['run']> = [];
    // Chapters of one manuscript are one text: reference/duplicate compares their lists.
    const sameManuscript = (a: DocModel, b: DocModel) => a.manuscript !== undefined && a.manuscript.name === b.manuscript?.name;
    perDoc.forEach((entries, d) => {
      const reported = new Set<ReferenceEntry>(); // a work cited in several notes is reported once
      for (const here of entries) {
        const conflicts: { there: WorkFacts; notes: string[] }[] = [];
        for (const [e, earlierDoc] of perDoc.slice(0, d).entries()) {
          if (sameManuscript(docs[d]!, docs[e]!)) continue;
          for (const there of earlierDoc) {
            if (there.entry.source.path === here.entry.source.path || !sameWork(here, there)) continue;
            const notes = differences(here, there);
            if (notes.length > 0) conflicts.push({ there, notes });
          }
        }
        if (conflicts.length === 0 || conflicts.every((c) => reported.has(c.there.entry))) continue;
        for (const c of conflicts) reported.add(c.there.entry);
        const first = conflicts[0]!;
        findings.push({
          span: here.entry.span,
          source: here.entry.source,
          message: `${first.there.entry.source.path} describes this work differently: ${first.notes.join('; ')}.`,
          related: conflicts.map((c) => place(c.there.entry)),
        });
      }
    });
    return findings;
  },
};
