import { describe, expect, it } from 'vitest';
import { mergeParsedFields, parseReferenceText } from '../../src/pipeline/parse-reference.js';
import { lexicons } from '../helpers/build.js';

describe('parseReferenceText: trained parser merged with pattern-read fields', () => {
  it('takes names, title and container from the parser', () => {
    const item = parseReferenceText('Bandypadhyaya, Jayanatanuja. 1976. "National Character And International Relations." International Studies 15(2): 51-62.', lexicons());
    expect(item.author).toEqual([{ family: 'Bandypadhyaya', given: 'Jayanatanuja' }]);
    expect(item.title).toBe('National Character And International Relations');
    expect(item['container-title']).toBe('International Studies');
    expect(item.issued).toEqual({ 'date-parts': [[1976]] });
  });

  it('keeps the access date apart from the year of publication (Indonesian "Diakses")', () => {
    const item = parseReferenceText('Kompas. 2022. Daftar Sanksi untuk Rusia. Diakses pada 12 Mei 2024 dari https://www.kompas.com/global/read/2022/03/01/abc.', lexicons());
    expect(item.issued).toEqual({ 'date-parts': [[2022]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 5, 12]] });
    expect(item.URL).toBe('https://www.kompas.com/global/read/2022/03/01/abc');
  });

  it('does not take the year of the access date for the year of publication', () => {
    const item = parseReferenceText('Dikutip dari <http://example.org/berita/ancaman> diakses pada 24 April 2018', lexicons());
    expect(item.accessed).toEqual({ 'date-parts': [[2018, 4, 24]] });
    expect(item.issued).toBeUndefined();
  });

  it('reads parts typed without spaces ("Agency.2017.")', () => {
    const item = parseReferenceText('Defence Intelligence Agency.2017. *"Russia Military Power"*. Washington D.C.', lexicons());
    expect(item.title).toBe('Russia Military Power');
    expect(item.issued).toEqual({ 'date-parts': [[2017]] });
  });
});

describe('mergeParsedFields', () => {
  it('prefers pattern-read URL, DOI, dates and removes the URL from other fields', () => {
    const parsed = { type: 'webpage', title: 'A note with https://example.org/x', URL: 'https://example.org/x.', issued: { 'date-parts': [[1999]] } };
    expect(mergeParsedFields(parsed, { URL: 'https://example.org/x', issued: { 'date-parts': [[2020]] } })).toEqual({
      type: 'webpage',
      title: 'A note with',
      URL: 'https://example.org/x',
      issued: { 'date-parts': [[2020]] },
    });
  });

  it('takes the access date from the patterns only (they skip a year-only "Accessed 2021" on purpose)', () => {
    expect(mergeParsedFields({ title: 'T', accessed: { 'date-parts': [[2021]] } }, {})).toEqual({ title: 'T' });
  });

  it('keeps parsed values where the patterns found none', () => {
    expect(mergeParsedFields({ issued: { literal: 'n.d' }, title: 'T' }, { URL: 'https://a.org/b' })).toEqual({ issued: { literal: 'n.d' }, title: 'T', URL: 'https://a.org/b' });
  });
});
