/**
 * The footnote/* family: markers without notes, notes without markers, numbering.
 *
 * Scoping in a multi-file manuscript follows each format: Markdown (pandoc, GFM) labels and HTML
 * note links belong to their file, so those notes are checked chapter by chapter, unless the
 * build joins the chapters into one text first (Manubot; pandoc without --file-scope), where a
 * label belongs to the whole manuscript and a second definition of it is never used. Notes whose
 * numbers are written in the text (superscript ¹, bracket [1]) are numbered across the whole
 * manuscript: a marker in chapter 2 may have its note in an endnotes file, and the numbers run
 * on from chapter to chapter (or start again at 1 in a new chapter).
 */
import { distance } from 'fastest-levenshtein';
import type { DocModel, FootnoteDefinition, FootnoteMarker, FootnoteStyle, SourceFile } from '../model/types.js';
import type { ManuscriptCheck, RawFinding } from './types.js';

type Finding = RawFinding & { source: SourceFile };

/** Styles whose numbers are written in the text and so run across the chapters of a manuscript. */
const WRITTEN_NUMBERS = new Set<FootnoteStyle>(['superscript', 'bracket']);
type Scope = (style: FootnoteStyle) => boolean;

/** Which notes belong to the whole manuscript rather than to their chapter file. */
function scopeOf(chapters: DocModel[]): Scope {
  const joined = chapters[0]?.manuscript?.joined === true;
  return (style) => WRITTEN_NUMBERS.has(style) || (joined && style === 'gfm');
}
/** Inline notes (Distill <d-footnote>) have no marker and are never "unused". */
const pairedDefinitions = (defs: FootnoteDefinition[]) => defs.filter((d) => d.style !== 'inline');

/**
 * Superscript digits are only note markers in documents that have superscript notes
 * (elsewhere they are exponents: km², x³); HTML <sup>n</sup> likewise.
 */
function countedMarkers(markers: FootnoteMarker[], defs: FootnoteDefinition[]): FootnoteMarker[] {
  const styles = new Set(defs.map((d) => d.style));
  const maxLabel = Math.max(0, ...defs.map((d) => Number(d.label)).filter(Number.isFinite));
  return markers.filter((m) => {
    if (m.style === 'gfm' || m.style === 'bracket') return true;
    if (!styles.has(m.style) && !(m.style === 'html' && styles.has('superscript'))) return false;
    const n = Number(m.label);
    return !Number.isFinite(n) || n <= maxLabel + 3; // a stray ⁹⁹ is more likely an exponent
  });
}

/** A chapter's notes, and the notes of the other chapters that its markers may point to. */
interface ChapterNotes {
  doc: DocModel;
  own: FootnoteDefinition[];
  /** Notes with written numbers elsewhere in the manuscript. */
  elsewhere: { def: FootnoteDefinition; source: SourceFile }[];
  markers: FootnoteMarker[];
}

function chapterNotes(chapters: DocModel[], acrossChapters: Scope): ChapterNotes[] {
  const shared = chapters.flatMap((doc) => pairedDefinitions(doc.footnoteDefinitions).filter((d) => acrossChapters(d.style)).map((def) => ({ def, source: doc.source, doc })));
  return chapters.map((doc) => {
    const own = pairedDefinitions(doc.footnoteDefinitions);
    const elsewhere = shared.filter((s) => s.doc !== doc);
    const byOwnNotes = new Set(countedMarkers(doc.footnoteMarkers, own));
    // Superscripts that are markers only for notes in another file (an endnotes chapter) must
    // run as notes do (¹ ² ³ …); a chapter's km² and m³ stay exponents.
    const forNotesElsewhere = countedMarkers(doc.footnoteMarkers, [...own, ...elsewhere.map((s) => s.def)]).filter((m) => !byOwnNotes.has(m));
    const markers = runsOn(forNotesElsewhere) ? [...byOwnNotes, ...forNotesElsewhere].sort((a, b) => a.span.start - b.span.start) : [...byOwnNotes];
    return { doc, own, elsewhere, markers };
  });
}

/** At least three markers numbered one after the other. */
function runsOn(markers: FootnoteMarker[]): boolean {
  return markers.length >= 3 && markers.every((m, i) => i === 0 || Number(m.label) === Number(markers[i - 1]!.label) + 1);
}

/** Whether a marker finds its note: in its own file, or (written numbers) anywhere in the manuscript. */
function hasNote(marker: FootnoteMarker, notes: ChapterNotes, acrossChapters: Scope): boolean {
  return notes.own.some((d) => d.label === marker.label) || (acrossChapters(marker.style) && notes.elsewhere.some((s) => s.def.label === marker.label));
}

export const missingDefinition: ManuscriptCheck = {
  id: 'footnote/missing-definition',
  severity: 'error',
  scope: 'manuscript',
  description: 'A footnote marker with no footnote text.',
  run(chapters) {
    const acrossChapters = scopeOf(chapters);
    return chapterNotes(chapters, acrossChapters).flatMap((notes) => {
      const { doc, own } = notes;
      const labels = [...new Set(own.map((d) => d.label))];
      return notes.markers
        .filter((m) => !hasNote(m, notes, acrossChapters))
        .map((m): Finding => {
          const near = nearestLabel(m.label, labels);
          return {
            span: m.span,
            source: doc.source,
            message: `Footnote marker "${m.label}" has no footnote text.${near ? ` A note "${near}" exists.` : ''}`,
            ...(near ? { suggestion: doc.source.text.slice(m.span.start, m.span.end).replace(m.label, near) } : {}),
            ...(near ? { related: own.filter((d) => d.label === near).map((d) => ({ source: doc.source, span: d.labelSpan })) } : {}),
          };
        });
    });
  },
};

export const unusedDefinition: ManuscriptCheck = {
  id: 'footnote/unused-definition',
  severity: 'warning',
  scope: 'manuscript',
  description: 'Footnote text that no marker points to.',
  run(chapters) {
    const acrossChapters = scopeOf(chapters);
    const all = chapterNotes(chapters, acrossChapters);
    const usedAcross = new Set(all.flatMap((n) => n.markers.filter((m) => acrossChapters(m.style)).map((m) => m.label)));
    const findings: Finding[] = [];
    const firstDefinition = new Map<string, { def: FootnoteDefinition; source: SourceFile }>();
    for (const { doc, own, markers } of all) {
      const used = new Set(markers.map((m) => m.label));
      for (const def of own) {
        const first = firstDefinition.get(def.label);
        if (acrossChapters(def.style) && def.style === 'gfm' && first && first.source !== doc.source) {
          // One text: pandoc keeps the first definition of a label and never uses this one.
          findings.push({ span: def.labelSpan, source: doc.source, message: `Footnote "${def.label}" is already defined in ${first.source.path}; the chapters are read as one text, so this note is never used.`, related: [{ source: first.source, span: first.def.labelSpan }] });
          continue;
        }
        if (!first) firstDefinition.set(def.label, { def, source: doc.source });
        if (used.has(def.label) || (acrossChapters(def.style) && usedAcross.has(def.label))) continue;
        findings.push({ span: def.labelSpan, source: doc.source, message: `Footnote "${def.label}" is defined but no marker points to it.` });
      }
    }
    return findings;
  },
};

interface Placed<T> {
  item: T;
  source: SourceFile;
  /** The first of its chapter (a manuscript may number each chapter from 1). */
  opensChapter: boolean;
}

/** Numbered notes should first appear as 1, 2, 3 … in reading order. */
function markerNumbering(markers: Placed<FootnoteMarker>[]): Finding[] {
  const findings: Finding[] = [];
  let seen = new Set<string>();
  let firsts: Placed<FootnoteMarker>[] = [];
  const sequences: Placed<FootnoteMarker>[][] = [firsts];
  for (const placed of markers) {
    const marker = placed.item;
    if (!/^\d+$/.test(marker.label)) continue;
    if (placed.opensChapter && marker.label === '1' && firsts.length > 0) {
      // A chapter that numbers its notes from 1 again starts a sequence of its own.
      seen = new Set();
      firsts = [];
      sequences.push(firsts);
    }
    if (!seen.has(marker.label)) {
      seen.add(marker.label);
      firsts.push(placed);
    } else if (marker.style !== 'gfm' && marker.style !== 'html') {
      // GFM notes may be referred to again; a superscript or bracket number may not.
      findings.push({ span: marker.span, source: placed.source, message: `Footnote number ${marker.label} is used again; each note marker should have its own number.` });
    }
  }
  for (const sequence of sequences) {
    let highest = 0;
    sequence.forEach(({ item: marker, source }, i) => {
      const n = Number(marker.label);
      if (n < highest) {
        findings.push({ span: marker.span, source, message: `Footnote ${n} appears after footnote ${highest}: the notes are numbered out of order.` });
        return;
      }
      // A gap that a later marker fills is reported there, as out of order, not twice.
      const missing = range(highest + 1, n).filter((k) => !sequence.slice(i + 1).some((m) => Number(m.item.label) === k));
      if (missing.length > 0) {
        const which = missing.length === 1 ? `number ${missing[0]}` : `numbers ${missing[0]}–${missing.at(-1)}`;
        findings.push({ span: marker.span, source, message: `Footnote ${n} skips ${which}.` });
      }
      highest = n;
    });
  }
  return findings;
}

/** Definitions of numbered text notes (¹, [3]) should also run in order (from 1 again in a manuscript's next chapter). */
function definitionNumbering(defs: Placed<FootnoteDefinition>[]): Finding[] {
  const findings: Finding[] = [];
  let previous = 0;
  for (const { item: def, source, opensChapter } of defs) {
    if (def.style === 'gfm' || def.style === 'html' || !/^\d+$/.test(def.label)) continue;
    const n = Number(def.label);
    if (opensChapter && n === 1) previous = 0;
    if (n <= previous) {
      findings.push({ span: def.labelSpan, source, message: `Note ${n} is defined after note ${previous}: note numbers repeat or run backwards.` });
    }
    previous = Math.max(previous, n);
  }
  return findings;
}

function placed<T>(doc: DocModel, items: T[]): Placed<T>[] {
  return items.map((item, i) => ({ item, source: doc.source, opensChapter: i === 0 }));
}

export const numbering: ManuscriptCheck = {
  id: 'footnote/numbering',
  severity: 'warning',
  scope: 'manuscript',
  description: 'Footnote numbers that skip, repeat or run out of order.',
  run(chapters) {
    const acrossChapters = scopeOf(chapters);
    const all = chapterNotes(chapters, acrossChapters);
    if (all.length === 1) {
      const { doc, own, markers } = all[0]!;
      return [...markerNumbering(placed(doc, markers)), ...definitionNumbering(placed(doc, own))];
    }
    // Notes scoped to their file are numbered per chapter; written numbers run across chapters.
    const findings = all.flatMap(({ doc, own, markers }) => [
      ...markerNumbering(placed(doc, markers.filter((m) => !acrossChapters(m.style)))),
      ...definitionNumbering(placed(doc, own.filter((d) => !acrossChapters(d.style)))),
    ]);
    findings.push(...markerNumbering(all.flatMap(({ doc, markers }) => placed(doc, markers.filter((m) => acrossChapters(m.style))))));
    findings.push(...definitionNumbering(all.flatMap(({ doc, own }) => placed(doc, own.filter((d) => acrossChapters(d.style))))));
    return findings;
  },
};

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** A defined label one edit away ("explanatory" → "explantory"), to suggest. */
function nearestLabel(label: string, labels: string[]): string | undefined {
  if (/^\d+$/.test(label)) return undefined;
  return labels.find((other) => other.length > 3 && distance(label.toLowerCase(), other.toLowerCase()) <= 2);
}
