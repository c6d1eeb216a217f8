/**
 * Footnote-style citations: a marker whose note is a reference cites that note's entry (and the
 * bibliography entries the note names); a note that is "Ibid." / "Ibid., hlm. 5" / "op. cit."
 * refers to the note before it. "Fedorovskiy, op. cit." refers to the last note by that author.
 */
import type { Citation, DocModel, FootnoteDefinition, ReferenceEntry, Span } from '../model/types.js';
import { alternation } from '../util/regex.js';
import { isIbidNote } from './references.js';
import { ibidAlternation, type CitationContext } from './citation-context.js';
import { citedName, foldName, matchTier, Tier, type EntryProfile } from './names.js';

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Bibliography entries a note names: the first author's name and, when the entry has one, its year. */
export function entriesNamedInNote(note: string, profiles: EntryProfile[]): ReferenceEntry[] {
  const folded = ` ${foldName(note)} `;
  return profiles
    .filter((p) => {
      const named = [...p.firstAuthor].some((form) => form.length >= 3 && folded.includes(` ${form} `));
      return named && (p.years.length === 0 || p.years.some((y) => note.includes(String(y))));
    })
    .map((p) => p.entry);
}

interface NoteTarget {
  note: FootnoteDefinition;
  /** Entry ids the note stands for (its own entry, or what an Ibid. refers to). */
  targets: string[];
}

function ibidCitation(doc: DocModel, note: FootnoteDefinition, ctx: CitationContext, named?: string): Citation | null {
  const text = doc.source.text;
  const from = note.labelSpan.end;
  const words = ibidAlternation(ctx.lexicon);
  const match = new RegExp(`(?<![\\p{L}])(?:${words})`, 'iu').exec(text.slice(from, note.span.end));
  if (!match) return null;
  const start = named !== undefined ? from + text.slice(from, note.span.end).indexOf(named) : from + match.index;
  const span = { start, end: from + match.index + match[0].length };
  // The locator from the note's visible text ("Ibid., hlm. 5" → "hlm. 5"), not from its markup.
  const visible = new RegExp(`(?<![\\p{L}])(?:${words})`, 'iu').exec(note.text);
  const rest = visible ? note.text.slice(visible.index + visible[0].length).split('\n')[0]!.replace(/^[\s.,*_]+/, '').replace(/[\s*_.]+$/, '').trim() : '';
  const citation: Citation = { kind: 'ibid', text: text.slice(span.start, span.end), span, targets: [] };
  if (rest) citation.locator = rest;
  if (named) citation.names = [named];
  return citation;
}

export function noteCitations(doc: DocModel, ctx: CitationContext): Citation[] {
  const notes = [...doc.footnoteDefinitions].sort((a, b) => a.span.start - b.span.start);
  const entryOf = new Map<string, ReferenceEntry>();
  for (const entry of doc.references) if (entry.origin === 'footnote' && entry.label !== undefined) entryOf.set(entry.label, entry);
  const opCitNamed = new RegExp(`^[\\s*_]*([^,;:.]{2,60}?)[,\\s]+(?:${alternation(ctx.lexicon.opCit)})`, 'iu');
  const citations: Citation[] = [];
  const resolved: NoteTarget[] = [];
  const ibidNotes = new Set<string>();

  for (const note of notes) {
    const entry = entryOf.get(note.label);
    const named = opCitNamed.exec(note.text);
    if (isIbidNote(note.text, ctx.lexicon) || (named && !/\d{4}/.test(named[1]!))) {
      const name = named?.[1]?.trim();
      const citation = ibidCitation(doc, note, ctx, isIbidNote(note.text, ctx.lexicon) ? undefined : name);
      ibidNotes.add(note.label);
      if (!citation) continue;
      // Ibid.: the note before; "Author, op. cit.": the last note by that author.
      let antecedent: NoteTarget | undefined = resolved.at(-1);
      if (citation.names) {
        const cited = [citedName(citation.names[0]!, ctx.words)];
        antecedent = [...resolved].reverse().find((r) => {
          const target = doc.references.find((e) => e.id === r.targets[0]);
          const profile = target && [...ctx.noteProfiles, ...ctx.listProfiles].find((p) => p.entry === target);
          const tier = profile ? matchTier(cited, profile) : undefined;
          return tier !== undefined && tier <= Tier.CoAuthor;
        });
      }
      citation.targets = antecedent ? [...antecedent.targets] : [];
      citations.push(citation);
      resolved.push({ note, targets: citation.targets });
      continue;
    }
    const targets = entry ? [entry.id, ...entriesNamedInNote(note.text, ctx.listProfiles).map((e) => e.id)] : [];
    resolved.push({ note, targets });
  }

  const byLabel = new Map(resolved.map((r) => [r.note.label, r]));
  for (const marker of doc.footnoteMarkers) {
    if (ibidNotes.has(marker.label)) continue; // the Ibid. note is the citation
    const target = byLabel.get(marker.label);
    if (!target || target.targets.length === 0 || contains(target.note.span, marker.span)) continue;
    citations.push({ kind: 'footnote', text: doc.source.text.slice(marker.span.start, marker.span.end), span: marker.span, names: [marker.label], targets: [...target.targets] });
  }
  return citations;
}

/** Whether a span lies in a footnote's text (where an Ibid. refers to the previous note). */
export function inNote(doc: DocModel, span: Span): FootnoteDefinition | undefined {
  return doc.footnoteDefinitions.find((d) => contains(d.span, span));
}

/** The note before `note` in reading order, if any. */
export function previousNote(doc: DocModel, note: FootnoteDefinition): FootnoteDefinition | undefined {
  const notes = [...doc.footnoteDefinitions].sort((a, b) => a.span.start - b.span.start);
  const i = notes.indexOf(note);
  return i > 0 ? notes[i - 1] : undefined;
}
