/**
 * Citations per seed document, counted by hand and compared with what the pipeline extracts.
 *
 * How they were counted (reading input/*.txt):
 * - 000 (thesis chapter, footnote style): 13 superscript markers ¹–¹³ in the text, 13 notes.
 *   Notes 4, 7, 12, 13 are "Ibid." (ibid citations, one per note, pointing back: 4→3, 7→6,
 *   12→11, 13→12→11); the other 9 markers point at notes that are references (footnote
 *   citations). 9 + 4 = 13.
 * - 001 (journal article, author-year): every "( … year)" group in the body (lines 1–349) was
 *   listed with `grep -o "([^()]*)"` and read one by one: 110 parenthetical citations (e.g. 11 ×
 *   "(Internasional Kompas 2022)", 7 × "(Brookings 2022)", 4 × "(Kompas.com 2023)", 2 ×
 *   "(Brookngs 2022)", 1 × "(Brookings n.d.)", 1 × "(Mardalis Jakarta)" without a year); no
 *   group holds two citations. Plus 3 narrative citations without a year: "dikemukakan oleh
 *   Howard Lentner", "menurut Jack C. Plano dan Roy Olton", "menurut Sheehan". Persons quoted
 *   after "menurut" (Mark Rutte, Rachel Lee, Kim Jong Un, officials, "teori") are not citations.
 *   110 + 3 = 113.
 * - 002 (news chronology): no citations. 004 (news feature): no citations.
 * - 003 (analysis with bracket notes): markers [1]–[23] in the text, notes "[n] …" at the end;
 *   note [3] is "Ibid." (→ [2]). 22 footnote citations + 1 ibid = 23.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../helpers/build.js';

const INPUT = join(import.meta.dirname, '..', '..', 'input');

const seeds: { file: string; total: number; byKind: Record<string, number> }[] = [
  { file: '000_94f03f8c890e53d0.txt', total: 13, byKind: { footnote: 9, ibid: 4 } },
  { file: '001_5a448dbc96d01709.txt', total: 113, byKind: { 'author-year': 110, narrative: 3 } },
  { file: '002_0a3e3fb498370d12.txt', total: 0, byKind: {} },
  { file: '003_99947cb2f86a3045.txt', total: 23, byKind: { footnote: 22, ibid: 1 } },
  { file: '004_dc909485f31bc26a.txt', total: 0, byKind: {} },
];

describe('citations in the seed documents match the hand count', () => {
  for (const seed of seeds) {
    it(seed.file, () => {
      const doc = buildDoc({ text: readFileSync(join(INPUT, seed.file), 'utf8'), path: `input/${seed.file}`, lang: 'id' });
      const byKind: Record<string, number> = {};
      for (const c of doc.citations) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
      expect(byKind).toEqual(seed.byKind);
      expect(doc.citations).toHaveLength(seed.total);
    });
  }

  it('001: the misspelt and the yearless citations are among them, and resolve as they should', () => {
    const doc = buildDoc({ text: readFileSync(join(INPUT, '001_5a448dbc96d01709.txt'), 'utf8'), path: 'input/001.txt', lang: 'id' });
    const brookngs = doc.citations.filter((c) => c.text === '(Brookngs 2022)');
    expect(brookngs).toHaveLength(2);
    expect(brookngs.every((c) => c.targets.length === 0)).toBe(true);
    const mardalis = doc.citations.find((c) => c.text === '(Mardalis Jakarta)');
    expect(mardalis?.year).toBeUndefined();
    expect(mardalis?.targets).toHaveLength(1);
    // Every other parenthetical citation reaches an entry.
    const unresolved = doc.citations.filter((c) => c.kind === 'author-year' && c.targets.length === 0).map((c) => c.text);
    expect(unresolved).toEqual(['(Brookngs 2022)', '(Brookngs 2022)']);
  });
});
