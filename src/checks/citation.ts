/**
 * The citation/* family (except citation/anachronism): citations with no entry, misspelt or
 * variant author names, wrong years, ambiguous author-years, unreadable citations, entries that
 * nothing cites, and Ibid. with nothing before it. All resolve citations the same way
 * (src/extract/resolve-citations.ts), over the whole run: a manuscript's chapters share their
 * entries (src/checks/citation-analysis.ts).
 */
import type { Citation, DocModel, ReferenceEntry, SourceFile } from '../model/types.js';
import { foldWord } from '../lang/lexicon.js';
import { citationContext } from '../extract/citation-context.js';
import { foldName, Tier, type EntryProfile } from '../extract/names.js';
import { distinctWorks, type Resolution } from '../extract/resolve-citations.js';
import { analyzeCitations, hasKeyedEntries, hasNamedEntries, listKind, listUnits, type DocAnalysis } from './citation-analysis.js';
import type { CorpusCheck, RawFinding, RelatedPlace } from './types.js';
import type { Severity } from './rule-ids.js';

type Finding = RawFinding & { source: SourceFile };

const related = (entries: ReferenceEntry[]): RelatedPlace[] => [...new Set(entries)].map((e) => ({ source: e.source, span: e.span }));
const short = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);
/** An entry as a reader would recognise it: its text, or for a .bib/CSL entry its key and title. */
function describe(entry: ReferenceEntry): string {
  if (entry.origin !== 'companion') return `"${short(entry.raw.replace(/\s+/g, ' '))}"`;
  const title = typeof entry.csl.title === 'string' ? `: "${short(entry.csl.title)}"` : '';
  return `${entry.id}${title}`;
}

function profileOf(analysis: DocAnalysis, entry: ReferenceEntry): EntryProfile | undefined {
  return [...analysis.pool.list, ...analysis.pool.notes].find((p) => p.entry === entry);
}

/** Every resolution of the run with its document's analysis. */
function* resolutions(docs: DocModel[]): Generator<{ analysis: DocAnalysis; result: Resolution }> {
  for (const analysis of analyzeCitations(docs).values()) for (const result of analysis.results) yield { analysis, result };
}

function finding(analysis: DocAnalysis, citation: Citation, message: string, extra: Partial<RawFinding> = {}): Finding {
  return { span: citation.span, message, source: analysis.doc.source, ...extra };
}

/** The citation as written, with the cited name replaced by the entry's. */
function withName(citation: Citation, name: string): string | undefined {
  const cited = citation.names?.[0];
  return cited && citation.text.includes(cited) ? citation.text.replace(cited, name) : undefined;
}

function missingMessage(analysis: DocAnalysis, result: Resolution): { message: string; severity: Severity; extra: Partial<RawFinding> } | null {
  const { citation, pool } = { citation: result.citation, pool: analysis.pool };
  const kind = listKind(analysis);
  if (kind === 'none' && result.fragments.length === 0) return null;
  const weak: Severity = kind === 'borrowed' ? 'info' : 'error';
  const broken = result.fragments.filter((f) => f.status === 'none');
  if (broken.length) {
    const fragment = broken[0]!.fragment;
    let message = `This citation links to #${fragment}, but the document has no anchor "${fragment}".`;
    const number = citation.numbers?.[0];
    const positional = number !== undefined ? (pool.byNumber.get(number)?.[0] ?? pool.numbered[number - 1]) : undefined;
    if (positional) {
      const label = positional.label !== undefined && positional.label !== String(number) ? `, numbered ${positional.label}` : '';
      message += ` Entry ${number} of the list (${describe(positional)}${label}) has another anchor: the list numbers or labels it wrongly.`;
    }
    return { message, severity: 'error', extra: positional ? { related: related([positional]) } : {} };
  }
  if (result.status === 'broken-link') {
    const link = result.fragments.find((f) => f.status === 'case-mismatch')!;
    const written = analysis.doc.source.text.slice(link.span.start, link.span.end);
    return {
      message: `The link #${link.fragment} reaches no anchor; the entry's anchor is "${link.anchor}" (fragments are case-sensitive).`,
      severity: 'warning',
      extra: { span: link.span, suggestion: written.replace(`#${link.fragment}`, `#${link.anchor}`), related: related(result.targets) },
    };
  }
  switch (citation.kind) {
    case 'key': {
      if (!hasKeyedEntries(pool)) return null;
      const keys = result.missingKeys ?? [];
      return { message: `No bibliography entry has the key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}.`, severity: weak, extra: {} };
    }
    case 'numeric': {
      if (pool.byNumber.size === 0) return null;
      const numbers = result.missingNumbers ?? [];
      return { message: `The numbered reference list has no entry ${numbers.join(', ')} (it has ${pool.byNumber.size}).`, severity: weak, extra: {} };
    }
    case 'author-year':
    case 'narrative': {
      if (!hasNamedEntries(pool)) return null;
      const name = citation.names?.join(' & ') ?? citation.text;
      let message = `No entry of the reference list matches "${name}${citation.year ? ` ${citation.year}` : ''}".`;
      const extra: Partial<RawFinding> = {};
      const near = result.near[0] && profileOf(analysis, result.near[0]);
      if (near) {
        message += ` The closest is ${describe(near.entry)}.`;
        extra.related = related(result.near);
      }
      // A name the text keeps talking about ("Orde Baru", "Putin") may be a topic, not an author.
      const topic = citation.kind === 'author-year' && mentionedOften(analysis.doc, citation);
      const severity: Severity = kind === 'borrowed' ? 'info' : citation.kind === 'narrative' || topic ? 'warning' : 'error';
      return { message, severity, extra };
    }
    default:
      return null;
  }
}

/** The cited name occurs (capitalised) at least three times outside citations. */
function mentionedOften(doc: DocModel, citation: Citation): boolean {
  const name = citation.names?.[0]?.split(/\s+/)[0];
  if (!name) return false;
  const counts = citationContext(doc).capitalizedCounts.get(foldWord(name)) ?? 0;
  const inCitations = doc.citations.filter((c) => c.names?.some((n) => n.split(/\s+/).includes(name))).length;
  return counts - inCitations >= 3;
}

export const missingReference: CorpusCheck = {
  id: 'citation/missing-reference',
  severity: 'error',
  scope: 'corpus',
  description: 'An in-text citation (author-year, numeric, key, narrative) with no reference entry.',
  run(docs) {
    const findings: Finding[] = [];
    for (const { analysis, result } of resolutions(docs)) {
      if (result.status !== 'missing' && result.status !== 'broken-link') continue;
      const outcome = missingMessage(analysis, result);
      if (outcome) findings.push(finding(analysis, result.citation, outcome.message, { ...outcome.extra, severity: outcome.severity }));
    }
    return findings;
  },
};

export const nameVariant: CorpusCheck = {
  id: 'citation/name-variant',
  severity: 'error',
  scope: 'corpus',
  description: 'A cited name that is a misspelling or variant of an entry author.',
  run(docs) {
    const findings: Finding[] = [];
    for (const { analysis, result } of resolutions(docs)) {
      const citation = result.citation;
      if (result.status === 'near-miss' && citation.kind === 'key') {
        const key = result.missingKeys?.[0] ?? '';
        const listed = analysisKey(result.near[0]!, key);
        findings.push(finding(analysis, citation, `No bibliography entry has the key "${key}"; "${listed}" is probably meant.`, { suggestion: citation.text.replace(key, listed), related: related(result.near) }));
      } else if (result.status === 'near-miss') {
        const near = profileOf(analysis, result.near[0]!)!;
        const cited = citation.names?.[0] ?? citation.text;
        const suggestion = withName(citation, near.display);
        findings.push(
          finding(analysis, citation, `"${cited}" is not in the reference list; it is probably a misspelling of "${near.display}" (${describe(near.entry)}).`, {
            ...(suggestion ? { suggestion } : {}),
            related: related(result.near),
          }),
        );
      } else if (result.status === 'resolved' && result.tier === Tier.Variant) {
        const profile = profileOf(analysis, result.targets[0]!)!;
        const cited = citation.names?.[0] ?? citation.text;
        const suggestion = withName(citation, profile.display);
        findings.push(
          finding(analysis, citation, `Cited as "${cited}", listed as "${profile.display}": an accepted variant, but one spelling is easier to check.`, {
            severity: 'info',
            ...(suggestion ? { suggestion } : {}),
            related: related(result.targets),
          }),
        );
      }
    }
    return findings;
  },
};

/** The key of `entry` closest to the one cited. */
function analysisKey(entry: ReferenceEntry, cited: string): string {
  const keys = [entry.id, typeof entry.csl.id === 'string' ? entry.csl.id : ''].filter(Boolean);
  return keys.find((k) => k.toLowerCase() === cited.toLowerCase()) ?? keys[0]!;
}

export const yearMismatch: CorpusCheck = {
  id: 'citation/year-mismatch',
  severity: 'error',
  scope: 'corpus',
  description: 'The cited year differs from the year of the entry the name matches.',
  run(docs) {
    const findings: Finding[] = [];
    for (const { analysis, result } of resolutions(docs)) {
      if (result.status !== 'year-mismatch') continue;
      const citation = result.citation;
      const profiles = result.targets.map((e) => profileOf(analysis, e)).filter((p): p is EntryProfile => p !== undefined);
      const years = [...new Set(profiles.map((p) => (p.year !== undefined ? `${p.year}${p.suffix ?? ''}` : 'n.d.')))];
      const single = distinctWorks(result.targets).length === 1 && (result.tier ?? Tier.Variant) <= Tier.FirstAuthor;
      const name = profiles[0]?.display ?? citation.names?.[0] ?? '';
      const suggestion = years.length === 1 && citation.year && citation.text.includes(citation.year) ? citation.text.replace(citation.year, years[0]!) : undefined;
      findings.push(
        finding(analysis, citation, `Cited with the year ${citation.year}, but the reference list has ${name} only for ${years.join(', ')}.`, {
          severity: single ? 'error' : 'warning',
          ...(suggestion ? { suggestion } : {}),
          related: related(result.targets),
        }),
      );
    }
    return findings;
  },
};

export const ambiguous: CorpusCheck = {
  id: 'citation/ambiguous',
  severity: 'warning',
  scope: 'corpus',
  description: 'A citation that matches more than one reference entry.',
  run(docs) {
    const findings: Finding[] = [];
    for (const { analysis, result } of resolutions(docs)) {
      if (result.status !== 'ambiguous') continue;
      const works = distinctWorks(result.targets).map((group) => group[0]!);
      const year = result.citation.year ?? '';
      const letters = works.map((_, i) => `${year}${String.fromCharCode(97 + i)}`);
      const advice = /^\d{4}$/.test(year) ? ` Label them ${letters.slice(0, -1).join(', ')} and ${letters.at(-1)} in the reference list and in the citations.` : ' Add a letter to the years (2023a, 2023b) or more of the names.';
      findings.push(
        finding(analysis, result.citation, `This citation fits ${works.length} different entries: ${works.map(describe).join('; ')}.${advice}`, { related: related(works) }),
      );
    }
    return findings;
  },
};

export const malformed: CorpusCheck = {
  id: 'citation/malformed',
  severity: 'warning',
  scope: 'corpus',
  description: 'Something shaped like a citation that cannot be read (no year, broken brackets).',
  run(docs) {
    const findings: Finding[] = [];
    for (const { analysis, result } of resolutions(docs)) {
      const citation = result.citation;
      const text = citation.text;
      if (citation.kind === 'author-year' && text.startsWith('(') && text.split('(').length > text.split(')').length) {
        findings.push(finding(analysis, citation, 'The parenthesis of this citation is never closed.', { suggestion: `${text})` }));
      } else if (citation.kind === 'key' && text.startsWith('[') && !text.includes(']')) {
        findings.push(finding(analysis, citation, 'The bracket of this citation is never closed.', { suggestion: `${text}]` }));
      } else if (result.status === 'no-year') {
        const profile = profileOf(analysis, result.targets[0]!);
        const year = profile?.year ?? (profile?.noDate ? 'n.d.' : undefined);
        const suggestion = profile && year !== undefined ? `(${profile.display} ${year})` : undefined;
        findings.push(
          finding(analysis, citation, `This citation has no year; it names ${describe(result.targets[0]!)}.`, { ...(suggestion ? { suggestion } : {}), related: related(result.targets) }),
        );
      }
    }
    return findings;
  },
};

export const ibidWithoutAntecedent: CorpusCheck = {
  id: 'citation/ibid-without-antecedent',
  severity: 'error',
  scope: 'corpus',
  description: 'Ibid. or op. cit. with nothing before it to refer to.',
  run(docs) {
    const findings: Finding[] = [];
    for (const { analysis, result } of resolutions(docs)) {
      if (result.status !== 'orphan') continue;
      const named = result.citation.names?.[0];
      const message = named ? `"${result.citation.text}" refers to an earlier citation of ${named}, but there is none.` : `"${result.citation.text}" has no earlier citation to refer to.`;
      findings.push(finding(analysis, result.citation, message));
    }
    return findings;
  },
};

const IN_TEXT = new Set<Citation['kind']>(['author-year', 'narrative', 'numeric', 'key']);

/**
 * "(Putnam dalam Keohane, 1988)" with a Putnam entry listed too: the original was read through
 * Keohane and is cited (its year is not given, so any entry of that first author counts).
 */
function readThrough(citation: Citation, profile: EntryProfile): boolean {
  if (!citation.original) return false;
  return citation.original.some((name) => profile.family.has(foldName(name)) || profile.firstAuthor.has(foldName(name)));
}

export const uncitedReference: CorpusCheck = {
  id: 'citation/uncited-reference',
  severity: 'warning',
  scope: 'corpus',
  description: 'A reference entry that nothing in the text cites.',
  run(docs) {
    const findings: Finding[] = [];
    // A manuscript's lists count as one, cited from all its chapters.
    for (const { manuscript, list, citations, cited } of listUnits(analyzeCitations(docs))) {
      if (list.length === 0 || citations.length === 0) continue;
      const candidates = list.filter((p) => p.lead !== '' || p.keys.length > 0 || p.entry.label !== undefined);
      // Footnote-style documents cite through notes; a list that is mostly "uncited" was not read right.
      const inText = citations.some((c) => IN_TEXT.has(c.kind));
      const readable = candidates.filter((p) => cited.has(p.entry)).length >= Math.min(3, candidates.length * 0.3);
      for (const profile of candidates) {
        const entry = profile.entry;
        // A second listing of a cited work (in any chapter of a manuscript) is reference/duplicate's business, not "uncited".
        if (cited.has(entry) || [...cited].some((c) => (manuscript || c.source === entry.source) && distinctWorks([c, entry]).length === 1)) continue;
        if (citations.some((c) => readThrough(c, profile))) continue;
        const definition = entry.origin === 'companion' || entry.raw.startsWith('[@');
        const severity: Severity = definition || !inText || !readable ? 'info' : 'warning';
        const what = profile.display ? `${profile.display}${profile.year !== undefined ? ` ${profile.year}` : ''}` : entry.id;
        findings.push({ span: entry.span, source: entry.source, severity, message: `Nothing in the text cites this entry (${what}).` });
      }
    }
    return findings;
  },
};
