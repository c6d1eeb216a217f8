/**
 * Reference entries per seed document, against a count made by reading the seeds (input/):
 *
 * - 000 (Indonesian thesis chapter, PDF text): no bibliography section; 13 superscript notes
 *   (¹…¹³, each marker once and each note once). Notes 4, 7, 12, 13 are "Ibid." and refer back;
 *   the other 9 cite a source (1, 2, 3, 5, 6, 8, 9, 10, 11) → 9 references.
 * - 001 (journal article, Markdown): "## DAFTAR PUSTAKA" with "### Buku" (24 bullets, lines
 *   340–364) and "### Internet" (37 entries, lines 368–411: the IP Defense Forum entry continues
 *   with its URL after a blank line, line 391, and the Antara News entry, line 410, is a plain
 *   paragraph). Line 380, "2024. <https://www.kompas.com/…>", is no entry but a fragment of the
 *   Kompas entry on line 385 → 61 references and 1 fragment. No footnotes.
 * - 002 and 004 (news pages): no references, no notes.
 * - 003 (translated article): 23 endnotes "[1]"…"[23]"; [3] is "Ibid." → 22 references.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments, loadSetup } from '../../src/pipeline/run.js';
import { RULES_DIR } from '../helpers/build.js';

const INPUT = join(import.meta.dirname, '..', '..', 'input');

const HAND_COUNT: Record<string, { references: number; fragments: number; notes: number; sections?: Record<string, number> }> = {
  '000_94f03f8c890e53d0.txt': { references: 9, fragments: 0, notes: 13 },
  '001_5a448dbc96d01709.txt': { references: 61, fragments: 1, notes: 0, sections: { Buku: 24, Internet: 37 } },
  '002_0a3e3fb498370d12.txt': { references: 0, fragments: 0, notes: 0 },
  '003_99947cb2f86a3045.txt': { references: 22, fragments: 0, notes: 23 },
  '004_dc909485f31bc26a.txt': { references: 0, fragments: 0, notes: 0 },
};

describe('seed reference counts (hand count)', () => {
  const files = readdirSync(INPUT).filter((f) => f.endsWith('.txt')).sort();
  const { docs } = loadDocuments(files.map((f) => join(INPUT, f)), loadSetup(RULES_DIR));

  it('covers every seed', () => {
    expect(files).toEqual(Object.keys(HAND_COUNT));
  });

  for (const [file, expected] of Object.entries(HAND_COUNT)) {
    it(file, () => {
      const doc = docs.find((d) => d.source.path.endsWith(file))!;
      expect(doc.references).toHaveLength(expected.references);
      expect(doc.referenceFragments ?? []).toHaveLength(expected.fragments);
      expect(doc.footnoteDefinitions).toHaveLength(expected.notes);
      if (expected.sections) {
        const perSection: Record<string, number> = {};
        for (const r of doc.references) perSection[r.section ?? ''] = (perSection[r.section ?? ''] ?? 0) + 1;
        expect(perSection).toEqual(expected.sections);
      }
    });
  }
});
