/**
 * The contract between checks and the engine. A check is a pure function of the model: it
 * returns spans and messages; the engine stamps rule id, severity, file, line, column, excerpt.
 */
import type { FactBase } from '../facts/base.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { DocModel, SourceFile, Span } from '../model/types.js';
import type { RuleId, Severity } from './rule-ids.js';

export interface RelatedPlace {
  source: SourceFile;
  span: Span;
}

export interface RawFinding {
  span: Span;
  message: string;
  suggestion?: string;
  related?: RelatedPlace[];
  /** The file the span points into when it is not the document itself (a companion .bib). */
  source?: SourceFile;
  /** A check may lower its own severity for weak evidence (never raise it). */
  severity?: Severity;
}

export interface CheckContext {
  options: Record<string, unknown>;
  lexicon(language: string): Lexicon;
  /** Today's date (YYYY-MM-DD), injected so results stay reproducible in tests. */
  today: string;
  /** rules/facts.yaml (people, offices, terms); absent when a caller loads none. */
  facts?: FactBase;
}

export interface DocumentCheck {
  id: RuleId;
  severity: Severity;
  scope: 'document';
  description: string;
  run(doc: DocModel, ctx: CheckContext): RawFinding[];
}

/** A check over all documents of a run (cross-document rules); findings name their source. */
export interface CorpusCheck {
  id: RuleId;
  severity: Severity;
  scope: 'corpus';
  description: string;
  run(docs: DocModel[], ctx: CheckContext): (RawFinding & { source: SourceFile })[];
}

/**
 * A check over one manuscript: its chapters in reading order (src/manuscripts/units.ts), or a
 * document that is not part of a manuscript on its own. Findings name their source (the chapter).
 */
export interface ManuscriptCheck {
  id: RuleId;
  severity: Severity;
  scope: 'manuscript';
  description: string;
  run(chapters: DocModel[], ctx: CheckContext): (RawFinding & { source: SourceFile })[];
}

export type Check = DocumentCheck | CorpusCheck | ManuscriptCheck;
