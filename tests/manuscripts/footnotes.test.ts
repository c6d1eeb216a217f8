/**
 * Footnotes over the chapters of a manuscript with written note numbers (plain text): notes in an
 * endnotes file, numbering that starts again in each chapter, and exponents that stay exponents.
 */
import { describe, expect, it } from 'vitest';
import { missingDefinition, numbering, unusedDefinition } from '../../src/checks/footnote.js';
import type { DocModel } from '../../src/model/types.js';
import { buildDoc } from '../helpers/build.js';
import { runCheck } from '../helpers/rule-tester.js';

/** Plain-text chapters, optionally made one manuscript in the given order. */
function chapters(texts: Record<string, string>, asManuscript: boolean): DocModel[] {
  const docs = Object.entries(texts).map(([path, text]) => buildDoc({ path, text, format: 'txt', lang: 'en' }));
  if (asManuscript) docs.forEach((doc, chapter) => (doc.manuscript = { name: 'book', chapter }));
  return docs;
}

const findings = (docs: DocModel[]) =>
  [missingDefinition, unusedDefinition, numbering].flatMap((check) => runCheck(check, docs).map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.excerpt}`));

const ENDNOTES = {
  'book/01.txt': 'Trade grew quickly after the war.¹ Guilds formed in every port.² They kept careful records.³\n',
  'book/02.txt': 'The area of the harbour was 17 km² and its depth 3 m³ of water per metre.\n',
  'book/99-notes.txt': 'Notes\n\n¹ Harris, River Guilds, 12.\n\n² Harris, River Guilds, 40.\n\n³ Harris, River Guilds, 41.\n',
};

describe('written note numbers across chapters', () => {
  it('finds the notes of a chapter in the endnotes file, and leaves exponents alone', () => {
    expect(findings(chapters(ENDNOTES, true))).toEqual([]);
  });

  it('(file by file, every endnote is unused)', () => {
    expect(chapters(ENDNOTES, false).flatMap((doc) => findings([doc]))).toEqual([
      'footnote/unused-definition book/99-notes.txt:3 ¹',
      'footnote/unused-definition book/99-notes.txt:5 ²',
      'footnote/unused-definition book/99-notes.txt:7 ³',
    ]);
  });

  it('accepts numbering that starts again at 1 in each chapter, and reports a marker with no note anywhere', () => {
    const docs = chapters(
      {
        'book/ch1.txt': 'One claim.¹ Another claim.²\n\n¹ First note.\n\n² Second note.\n',
        'book/ch2.txt': 'A new start.¹ And more.² A third.³\n\n¹ First note again.\n\n² Second note again.\n',
      },
      true,
    );
    expect(findings(docs)).toEqual(['footnote/missing-definition book/ch2.txt:1 ³']);
  });
});
