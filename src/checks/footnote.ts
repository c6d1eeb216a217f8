/** The footnote/* family: markers without notes, notes without markers, numbering. */
import { distance } from 'fastest-levenshtein';
import type { FootnoteDefinition, FootnoteMarker } from '../model/types.js';
import type { DocumentCheck, RawFinding } from './types.js';

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

export const missingDefinition: DocumentCheck = {
  id: 'footnote/missing-definition',
  severity: 'error',
  scope: 'document',
  description: 'A footnote marker with no footnote text.',
  run(doc) {
    const defs = pairedDefinitions(doc.footnoteDefinitions);
    const labels = new Set(defs.map((d) => d.label));
    return countedMarkers(doc.footnoteMarkers, defs)
      .filter((m) => !labels.has(m.label))
      .map((m): RawFinding => {
        const near = nearestLabel(m.label, [...labels]);
        return {
          span: m.span,
          message: `Footnote marker "${m.label}" has no footnote text.${near ? ` A note "${near}" exists.` : ''}`,
          ...(near ? { suggestion: doc.source.text.slice(m.span.start, m.span.end).replace(m.label, near) } : {}),
          ...(near ? { related: defs.filter((d) => d.label === near).map((d) => ({ source: doc.source, span: d.labelSpan })) } : {}),
        };
      });
  },
};

export const unusedDefinition: DocumentCheck = {
  id: 'footnote/unused-definition',
  severity: 'warning',
  scope: 'document',
  description: 'Footnote text that no marker points to.',
  run(doc) {
    const defs = pairedDefinitions(doc.footnoteDefinitions);
    const used = new Set(countedMarkers(doc.footnoteMarkers, defs).map((m) => m.label));
    return defs
      .filter((d) => !used.has(d.label))
      .map((d) => ({ span: d.labelSpan, message: `Footnote "${d.label}" is defined but no marker points to it.` }));
  },
};

export const numbering: DocumentCheck = {
  id: 'footnote/numbering',
  severity: 'warning',
  scope: 'document',
  description: 'Footnote numbers that skip, repeat or run out of order.',
  run(doc) {
    const defs = pairedDefinitions(doc.footnoteDefinitions);
    const findings: RawFinding[] = [];
    // Markers: numbered notes should first appear as 1, 2, 3 … in reading order.
    const seen = new Set<string>();
    const firsts: FootnoteMarker[] = [];
    for (const marker of countedMarkers(doc.footnoteMarkers, defs)) {
      if (!/^\d+$/.test(marker.label)) continue;
      if (!seen.has(marker.label)) {
        seen.add(marker.label);
        firsts.push(marker);
      } else if (marker.style !== 'gfm' && marker.style !== 'html') {
        // GFM notes may be referred to again; a superscript or bracket number may not.
        findings.push({ span: marker.span, message: `Footnote number ${marker.label} is used again; each note marker should have its own number.` });
      }
    }
    let highest = 0;
    firsts.forEach((marker, i) => {
      const n = Number(marker.label);
      if (n < highest) {
        findings.push({ span: marker.span, message: `Footnote ${n} appears after footnote ${highest}: the notes are numbered out of order.` });
        return;
      }
      // A gap that a later marker fills is reported there, as out of order, not twice.
      const missing = range(highest + 1, n).filter((k) => !firsts.slice(i + 1).some((m) => Number(m.label) === k));
      if (missing.length > 0) {
        const which = missing.length === 1 ? `number ${missing[0]}` : `numbers ${missing[0]}–${missing.at(-1)}`;
        findings.push({ span: marker.span, message: `Footnote ${n} skips ${which}.` });
      }
      highest = n;
    });
    // Definitions of numbered text notes (¹, [3]) should also run in order.
    let previous = 0;
    for (const def of defs) {
      if (def.style === 'gfm' || def.style === 'html' || !/^\d+$/.test(def.label)) continue;
      const n = Number(def.label);
      if (n <= previous) {
        findings.push({ span: def.labelSpan, message: `Note ${n} is defined after note ${previous}: note numbers repeat or run backwards.` });
      }
      previous = Math.max(previous, n);
    }
    return findings;
  },
};

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** A defined label one edit away ("explanatory" → "explantory"), to suggest. */
function nearestLabel(label: string, labels: string[]): string | undefined {
  if (/^\d+$/.test(label)) return undefined;
  return labels.find((other) => other.length > 3 && distance(label.toLowerCase(), other.toLowerCase()) <= 2);
}
