/**
 * Citations resolved against the right reference entries, once per run for all citation/*
 * checks. A document with no references of its own (a chapter of a multi-file manuscript such as
 * Manubot's content/*.md) borrows the entries of the other files in its folder; findings that
 * rest on borrowed entries are only informative, because the folder may hold other papers.
 */
import { dirname } from 'node:path';
import type { DocModel, ReferenceEntry } from '../model/types.js';
import { anchorIndex, fragmentLinks } from '../extract/anchors.js';
import { citationContext } from '../extract/citation-context.js';
import type { EntryProfile } from '../extract/names.js';
import { referencePool, resolveCitations, type ReferencePool, type Resolution } from '../extract/resolve-citations.js';
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

export function analyzeCitations(docs: readonly DocModel[]): Map<DocModel, DocAnalysis> {
  const cached = cache.get(docs);
  if (cached) return cached;
  const analyses = new Map<DocModel, DocAnalysis>();
  const profiles = new Map<DocModel, { list: EntryProfile[]; notes: EntryProfile[]; ctx: ReturnType<typeof citationContext> }>();
  for (const doc of docs) {
    const ctx = citationContext(doc);
    profiles.set(doc, { list: ctx.listProfiles, notes: ctx.noteProfiles, ctx });
  }
  const borrowersOf = new Map<DocModel, DocModel[]>();
  for (const doc of docs) {
    const own = profiles.get(doc)!;
    let pool = referencePool([...own.list, ...own.notes]);
    const needsList = doc.citations.some((c) => c.kind !== 'footnote' && c.kind !== 'ibid');
    if (doc.references.length === 0 && needsList) {
      const siblings = docs.filter((d) => d !== doc && dirname(d.source.path) === dirname(doc.source.path) && profiles.get(d)!.list.length > 0);
      if (siblings.length) {
        pool = referencePool(siblings.flatMap((d) => profiles.get(d)!.list), true);
        for (const sibling of siblings) pushTo(borrowersOf, sibling, doc);
      }
    }
    const results = resolveCitations(doc, doc.citations, pool, fragmentLinks(doc, anchorIndex(doc)), own.ctx.words);
    analyses.set(doc, { doc, results, pool, ownList: own.list, ownNotes: own.notes, borrowers: [] });
  }
  for (const [doc, borrowers] of borrowersOf) analyses.get(doc)!.borrowers = borrowers;
  cache.set(docs, analyses);
  return analyses;
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
