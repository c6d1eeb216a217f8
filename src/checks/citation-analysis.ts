/**
 * Citations resolved against the right reference entries, once per run for all citation/*
 * checks.
 * - The chapters of a manuscript (src/manuscripts/detect.ts) share their reference lists and
 *   bibliography files: a chapter's citation resolves against the entries of every chapter (a
 *   numbered citation against its own chapter's numbered list when it has one), and an Ibid. at
 *   the start of a chapter refers to the last note of the chapter before.
 * - A document outside a manuscript with no references of its own borrows the entries of the
 *   other files in its folder; findings that rest on borrowed entries are only informative,
 *   because the folder may hold other papers.
 */
import { dirname } from 'node:path';
import type { Citation, DocModel, FootnoteDefinition, ReferenceEntry } from '../model/types.js';
import { anchorIndex, fragmentLinks } from '../extract/anchors.js';
import { citationContext, type CitationContext } from '../extract/citation-context.js';
import { citedName, matchTier, Tier, type EntryProfile } from '../extract/names.js';
import { referencePool, resolveCitations, type EarlierChapters, type ReferencePool, type Resolution } from '../extract/resolve-citations.js';
import { documentUnits } from '../manuscripts/units.js';
import { pushTo } from '../util/multimap.js';

export interface DocAnalysis {
  doc: DocModel;
  results: Resolution[];
  pool: ReferencePool;
  /** Profiles of the document's own list entries (bibliography, companions, tag definitions). */
  ownList: EntryProfile[];
  ownNotes: EntryProfile[];
  /** Documents whose citations were resolved against this one's entries. */
  borrowers: DocModel[];
}

const cache = new WeakMap<readonly DocModel[], Map<DocModel, DocAnalysis>>();

/** First profile of each entry (a shared .bib is read into every chapter as the same entries). */
function uniqueProfiles(profiles: EntryProfile[]): EntryProfile[] {
  const seen = new Set<ReferenceEntry>();
  return profiles.filter((p) => !seen.has(p.entry) && seen.add(p.entry));
}

export function analyzeCitations(docs: readonly DocModel[]): Map<DocModel, DocAnalysis> {
  const cached = cache.get(docs);
  if (cached) return cached;
  const analyses = new Map<DocModel, DocAnalysis>();
  const contexts = new Map<DocModel, CitationContext>(docs.map((doc) => [doc, citationContext(doc)]));
  const borrowersOf = new Map<DocModel, DocModel[]>();
  for (const unit of documentUnits(docs)) {
    if (unit.length > 1 || unit[0]!.manuscript) {
      analyzeManuscript(unit, contexts, analyses);
      continue;
    }
    const doc = unit[0]!;
    const own = contexts.get(doc)!;
    let pool = referencePool([...own.listProfiles, ...own.noteProfiles]);
    const needsList = doc.citations.some((c) => c.kind !== 'footnote' && c.kind !== 'ibid');
    if (doc.references.length === 0 && needsList) {
      const siblings = docs.filter((d) => d !== doc && dirname(d.source.path) === dirname(doc.source.path) && contexts.get(d)!.listProfiles.length > 0);
      if (siblings.length) {
        pool = referencePool(uniqueProfiles(siblings.flatMap((d) => contexts.get(d)!.listProfiles)), true);
        for (const sibling of siblings) pushTo(borrowersOf, sibling, doc);
      }
    }
    const results = resolveCitations(doc, doc.citations, pool, fragmentLinks(doc, anchorIndex(doc)), own.words);
    analyses.set(doc, { doc, results, pool, ownList: own.listProfiles, ownNotes: own.noteProfiles, borrowers: [] });
  }
  for (const [doc, borrowers] of borrowersOf) analyses.get(doc)!.borrowers.push(...borrowers);
  cache.set(docs, analyses);
  return analyses;
}

/** The chapters of one manuscript, in reading order, against the entries of all its chapters. */
function analyzeManuscript(chapters: DocModel[], contexts: Map<DocModel, CitationContext>, analyses: Map<DocModel, DocAnalysis>): void {
  const shared = uniqueProfiles(chapters.flatMap((d) => contexts.get(d)!.listProfiles));
  const earlier: EarlierChapters = {};
  const notes: { targets: ReferenceEntry[]; pool: ReferencePool }[] = [];
  for (const doc of chapters) {
    const own = contexts.get(doc)!;
    const ownEntries = new Set(own.listProfiles.map((p) => p.entry));
    // The chapter's own entries last, so that its "ref-N" ids win over other chapters' ones.
    const pool = referencePool([...shared.filter((p) => !ownEntries.has(p.entry)), ...own.listProfiles, ...own.noteProfiles]);
    const ownNumbers = referencePool(own.listProfiles);
    if (ownNumbers.numbered.length > 0) Object.assign(pool, { byNumber: ownNumbers.byNumber, numbered: ownNumbers.numbered });
    earlier.noteBy = (name) => lastNoteBy(name, notes, own);
    const results = resolveCitations(doc, doc.citations, pool, fragmentLinks(doc, anchorIndex(doc)), own.words, { ...earlier });
    analyses.set(doc, { doc, results, pool, ownList: own.listProfiles, ownNotes: own.noteProfiles, borrowers: [] });
    for (const result of results) {
      if (result.citation.kind === 'footnote' || result.citation.kind === 'ibid') notes.push({ targets: result.targets, pool });
      else if (!noteHolding(doc, result.citation)) earlier.previous = result;
    }
    const lastNote = [...doc.footnoteDefinitions].sort((a, b) => a.span.start - b.span.start).at(-1);
    if (lastNote) earlier.lastNote = results.find((r) => citesNote(doc, r.citation, lastNote))?.targets ?? [];
  }
}

const noteHolding = (doc: DocModel, citation: Citation) => doc.footnoteDefinitions.find((d) => d.span.start <= citation.span.start && citation.span.end <= d.span.end);

/** A marker citation of the note, or an Ibid. written in it. */
const citesNote = (doc: DocModel, citation: Citation, note: FootnoteDefinition) =>
  (citation.kind === 'footnote' && citation.names?.[0] === note.label) || (citation.kind === 'ibid' && noteHolding(doc, citation) === note);

/** The entries of the last note of earlier chapters whose work is by `name` ("Fedorovskiy, op. cit."). */
function lastNoteBy(name: string, notes: { targets: ReferenceEntry[]; pool: ReferencePool }[], ctx: CitationContext): ReferenceEntry[] | undefined {
  const cited = [citedName(name, ctx.words)];
  for (const note of [...notes].reverse()) {
    const profiles = [...note.pool.list, ...note.pool.notes].filter((p) => note.targets.includes(p.entry));
    if (profiles.some((p) => (matchTier(cited, p) ?? Tier.NearMiss) <= Tier.CoAuthor)) return note.targets;
  }
  return undefined;
}

/** A reference list and everything that may cite it: a document, or all chapters of a manuscript. */
export interface ListUnit {
  /** The chapters of a manuscript (one text), rather than one document. */
  manuscript: boolean;
  list: EntryProfile[];
  citations: Citation[];
  cited: Set<ReferenceEntry>;
}

/** The reference lists of the run, each with its citing documents (a manuscript's lists as one). */
export function listUnits(all: Map<DocModel, DocAnalysis>): ListUnit[] {
  const units: ListUnit[] = [];
  for (const unit of documentUnits([...all.keys()])) {
    const analyses = unit.map((doc) => all.get(doc)!);
    const users = [...new Set(analyses.flatMap((a) => [a.doc, ...a.borrowers]))];
    const cited = new Set(analyses.flatMap((a) => [...citedEntries(a, all)]));
    units.push({ manuscript: unit[0]!.manuscript !== undefined, list: uniqueProfiles(analyses.flatMap((a) => a.ownList)), citations: users.flatMap((d) => d.citations), cited });
  }
  return units;
}

/** Entries that something cites (a near miss counts: its entry is reported under another rule). */
export function citedEntries(analysis: DocAnalysis, all: Map<DocModel, DocAnalysis>): Set<ReferenceEntry> {
  const cited = new Set<ReferenceEntry>();
  for (const doc of [analysis.doc, ...analysis.borrowers]) {
    for (const result of all.get(doc)?.results ?? []) for (const entry of [...result.targets, ...result.near]) cited.add(entry);
  }
  return cited;
}

/** Whether citations of this document can be judged against a list: its own, or borrowed. */
export function listKind(analysis: DocAnalysis): 'own' | 'borrowed' | 'none' {
  if (analysis.pool.list.length === 0) return 'none';
  return analysis.pool.borrowed ? 'borrowed' : 'own';
}

export const hasNamedEntries = (pool: ReferencePool) => pool.list.some((p) => p.lead !== '');
export const hasKeyedEntries = (pool: ReferencePool) => pool.byKey.size > 0;
