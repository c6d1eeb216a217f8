import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/refparse/dates.js';
import { parseNames } from '../../src/refparse/names.js';
import { cleanDoi, cleanText, parseEdition, parsePages, spansToCsl, splitVolume } from '../../src/refparse/to-csl.js';

describe('parseNames', () => {
  it.each([
    ['Romero, C., Paunesku, D., & Dweck, C.', [{ family: 'Romero', given: 'C.' }, { family: 'Paunesku', given: 'D.' }, { family: 'Dweck', given: 'C.' }]],
    ['Pérez-Higueras JJ, Arias A, de la Macorra JC, Peters OA.', [
      { family: 'Pérez-Higueras', given: 'JJ' }, { family: 'Arias', given: 'A' },
      { family: 'Macorra', 'non-dropping-particle': 'de la', given: 'JC' }, { family: 'Peters', given: 'OA' },
    ]],
    ['S. E. Han, G. Chen,', [{ family: 'Han', given: 'S. E.' }, { family: 'Chen', given: 'G.' }]],
    ['Foster, Catherine P., and Bradley J. Parker', [{ family: 'Foster', given: 'Catherine P.' }, { family: 'Parker', given: 'Bradley J.' }]],
    ['Levy, H.; Lessman, F.', [{ family: 'Levy', given: 'H.' }, { family: 'Lessman', given: 'F.' }]],
    ['Fedorovskiy, Alexander.', [{ family: 'Fedorovskiy', given: 'Alexander' }]],
    ['Heidegger M.,', [{ family: 'Heidegger', given: 'M.' }]],
    ['In M. B. Parkes and A. G. Watson (eds.),', [{ family: 'Parkes', given: 'M. B.' }, { family: 'Watson', given: 'A. G.' }]],
    ['Edited by Giorgio Colli and Mazzino Montinari.', [{ family: 'Colli', given: 'Giorgio' }, { family: 'Montinari', given: 'Mazzino' }]],
    ['United Nations.', [{ literal: 'United Nations' }]],
    ['Kementerian Luar Negeri Republik Indonesia.', [{ literal: 'Kementerian Luar Negeri Republik Indonesia' }]],
    ['Kompas.', [{ literal: 'Kompas' }]],
    ['Baldwin, M., et al.', [{ family: 'Baldwin', given: 'M.' }]],
    ['- Balkan Devlen, Ozgur Ozdamar.', [{ family: 'Devlen', given: 'Balkan' }, { family: 'Ozdamar', given: 'Ozgur' }]],
    ['• Devaney, Johanna, Jason Hockman', [{ family: 'Devaney', given: 'Johanna' }, { family: 'Hockman', given: 'Jason' }]],
    ['———.', [{ literal: '———.' }]],
    ['Last and Usyskin,', [{ literal: 'Last' }, { literal: 'Usyskin' }]],
    ['Romero, C., & Dweck, C.', [{ family: 'Romero', given: 'C.' }, { family: 'Dweck', given: 'C.' }]],
    ['Levy, H. and Lessman, F.', [{ family: 'Levy', given: 'H.' }, { family: 'Lessman', given: 'F.' }]],
    ['Hsuan, J.J., Wiebauer, and K.,', [{ family: 'Hsuan', given: 'J.J.' }, { family: 'Wiebauer', given: 'K.' }]],
    ['The Wire.', [{ literal: 'The Wire' }]],
    ['CNBC Indonesia.', [{ literal: 'CNBC Indonesia' }]],
    ['AP News.', [{ literal: 'AP News' }]],
    ['RCTI Plus.com.', [{ literal: 'RCTI Plus.com' }]],
    ['Tempo Internasional.', [{ literal: 'Tempo Internasional' }]],
    ['Smith JA, Jones BB.', [{ family: 'Smith', given: 'JA' }, { family: 'Jones', given: 'BB' }]],
    ['RAHNER Karl,', [{ family: 'RAHNER', given: 'Karl' }]],
    ['GORDON M. J.,', [{ family: 'GORDON', given: 'M. J.' }]],
    ['Theodore Zeldin.', [{ family: 'Zeldin', given: 'Theodore' }]],
  ])('%s', (printed, expected) => {
    expect(parseNames(printed)).toEqual(expected);
  });
});

describe('parseDate', () => {
  it.each([
    ['(2011).', [[2011]]],
    ['septembre 2014,', [[2014, 9]]],
    ['May 28, 2013.', [[2013, 5, 28]]],
    ['(2006, June 29).', [[2006, 6, 29]]],
    ['12 Maret 2023', [[2023, 3, 12]]],
    ['2010-08-07.', [[2010, 8, 7]]],
    ['[Accessed: 19-Oct-2017]', [[2017, 10, 19]]],
    ['2014b.', [[2014]]],
  ])('%s', (printed, dateParts) => {
    expect(parseDate(printed)?.['date-parts']).toEqual(dateParts);
  });

  it('keeps undated markers as literals', () => {
    expect(parseDate('(n.d.).')).toEqual({ literal: 'n.d' });
    expect(parseDate('no date here')).toBeUndefined();
  });
});

describe('field clean-up', () => {
  it.each([
    ['12(2),', { volume: '12', issue: '2' }],
    ['Vol. 9,', { volume: '9' }],
    ['vol. 57, no. 12,', { volume: '57', issue: '12' }],
    ['No. 134, Part 3,', { issue: '134' }],
    ['106,', { volume: '106' }],
    ['4 (2).', { volume: '4', issue: '2' }],
    ['Volume 42', { volume: '42' }],
    ['vol. 9, no. 2,', { volume: '9', issue: '2' }],
    ['2 vols.', { 'number-of-volumes': '2' }],
  ])('splitVolume(%s)', (printed, expected) => {
    expect(splitVolume(printed)).toEqual(expected);
  });

  it.each([
    ['pp. 1761–1800).', { page: '1761-1800' }],
    ['1477-81.', { page: '1477-81' }],
    ['231 p.', { 'number-of-pages': '231' }],
    ['S. 27-63.', { page: '27-63' }],
    ['Halaman 532.', { page: '532' }],
    ['Hal. 809-827', { page: '809-827' }],
    ['Hlm: 10.', { page: '10' }],
    ['Article 104512.', { page: '104512' }],
    ['e0123456.', { page: 'e0123456' }],
  ])('parsePages(%s)', (printed, expected) => {
    expect(parsePages(printed)).toEqual(expected);
  });

  it('cleans titles, editions and DOIs', () => {
    expect(cleanText('“Human Rights.”')).toBe('Human Rights');
    expect(cleanText('"Russia\'s Policy Toward North Korea".')).toBe("Russia's Policy Toward North Korea");
    expect(cleanText('*Daftar Sanksi Barat terhadap Rusia*.')).toBe('Daftar Sanksi Barat terhadap Rusia');
    expect(cleanText('(Cambridge University Press,')).toBe('Cambridge University Press');
    expect(cleanText('Is this a question?')).toBe('Is this a question?');
    expect(parseEdition('(2nd ed.).')).toBe('2');
    expect(parseEdition('Third Edition.')).toBe('3');
    expect(cleanDoi('doi:10.3998/3336451.0004.203')).toBe('10.3998/3336451.0004.203');
    expect(cleanDoi('https://doi.org/10.1037/a0012345.')).toBe('10.1037/a0012345');
  });
});

describe('spansToCsl: two dates', () => {
  const spans = (...dates: string[]) => dates.map((text) => ({ label: 'date', text, start: 0, end: text.length }));
  it.each([
    // One date written twice: the precise one is the date of issue, no original date.
    [['2013.', '11 July 2013.'], { issued: { 'date-parts': [[2013, 7, 11]] } }],
    [['(1991).', '1991.'], { issued: { 'date-parts': [[1991]] } }],
    // A reprint: the second year is the original publication's.
    [['1990.', '1890.'], { issued: { 'date-parts': [[1990]] }, 'original-date': { 'date-parts': [[1890]] } }],
  ])('%j', (dates, expected) => {
    const item = spansToCsl(spans(...dates));
    expect({ issued: item.issued, 'original-date': item['original-date'] }).toEqual({ 'original-date': undefined, ...expected });
  });
});

describe('spansToCsl: type of a work with a publisher', () => {
  const item = (fields: [string, string][]) => spansToCsl(fields.map(([label, text]) => ({ label, text, start: 0, end: text.length })));
  it.each([
    // An organisation's web page: dated to the day, with its address.
    [[['author', 'Pant, H. V.'], ['date', '(2024, March 5).'], ['title', 'The quick transformation of ties.'], ['publisher', 'Observer Research Foundation.'], ['url', 'https://www.orfonline.org/x']], 'webpage'],
    // A book cited with its address (APA 7 has no place).
    [[['author', 'Pant, H. V.'], ['date', '(2024).'], ['title', 'Ties.'], ['publisher', 'Routledge.'], ['url', 'https://doi.org/10.4324/x']], 'book'],
    [[['author', 'Danim, Sudarwan.'], ['date', '2002.'], ['title', 'Menjadi Peneliti Kualitatif.'], ['location', 'Bandung:'], ['publisher', 'Pustaka Setia.']], 'book'],
  ] as [[string, string][], string][])('%#: %s', (fields, type) => {
    expect(item(fields).type).toBe(type);
  });
});
