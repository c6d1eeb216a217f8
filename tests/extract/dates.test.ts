/** Date extraction tables per language: what must be read (and as what), and what must not. */
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { findDates } from '../../src/extract/dates.js';
import { lexicons } from '../helpers/build.js';

const forLanguage = (code: string) => [lexicons().get(code)!, lexicons().get('en')!].filter((l, i, all) => all.indexOf(l) === i);

/** "text as found => value" with ~ for approximate and ..YYYY for the end of a range. */
function read(text: string, lang: string): string[] {
  return findDates(text, forLanguage(lang)).map(
    (d) => `${d.text} => ${[d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, '0') : x)).join('-')}${d.until ? `..${d.until.year}` : ''}${d.approximate ? '~' : ''}${d.invalid ? ' invalid' : ''}${d.weekday ? ` (weekday ${d.weekday.index})` : ''}`,
  );
}

const MUST_READ: [lang: string, text: string, expected: string[]][] = [
  ['id', 'Rapat digelar Selasa, 14 April 2018.', ['Selasa, 14 April 2018 => 2018-04-14 (weekday 1)']],
  ['id', 'Pada tanggal 19 Juni 2024, Putin tiba.', ['19 Juni 2024 => 2024-06-19']],
  ['id', 'Putin mengunjungi Pyongyang pada Juli tahun 2000.', ['Juli tahun 2000 => 2000-07']],
  ['id', 'Pada 19 Juni tahun 2024 dan Juni 2024.', ['19 Juni tahun 2024 => 2024-06-19', 'Juni 2024 => 2024-06']],
  ['id', 'Accessed Januari 30, 2024.', ['Januari 30, 2024 => 2024-01-30']],
  ['id', 'Hingga pada tahun 1970-an dan 1990an.', ['1970-an => 1970..1979~', '1990an => 1990..1999~']],
  ['id', '1950-1953 — Perang Korea; 2008–2012 dan 2008–12.', ['1950-1953 => 1950..1953', '2008–2012 => 2008..2012', '2008–12 => 2008..2012']],
  ['id', 'Ditandatangani 31 April 2018.', ['31 April 2018 => 2018-04-31 invalid']],
  ['en', 'It happened on Saturday, April 14, 2018.', ['Saturday, April 14, 2018 => 2018-04-14 (weekday 5)']],
  ['en', 'Reuters. (2024, March 28). Putin’s spy chief.', ['2024, March 28 => 2024-03-28']],
  ['en', 'AP News. (2024, 15 January). Visit.', ['2024, 15 January => 2024-01-15']],
  ['en', 'Ministry. (2023. March 31). Concept.', ['2023. March 31 => 2023-03-31']],
  ['en', 'Created: 12-Apr-1999', ['12-Apr-1999 => 1999-04-12']],
  ['en', 'Published 2018-04-30 and 14/04/2018.', ['2018-04-30 => 2018-04-30', '14/04/2018 => 2018-04-14']],
  ['en', 'Methods developed since the 1960s and the 1990’s.', ['1960s => 1960..1969~', '1990’s => 1990..1999~']],
  ['es', 'El sábado 14 de abril de 2018 y en los años 1990.', ['sábado 14 de abril de 2018 => 2018-04-14 (weekday 5)', 'los años 1990 => 1990..1999~']],
  ['es', 'Publicado el 31 de junio de 2019.', ['31 de junio de 2019 => 2019-06-31 invalid']],
  ['fr', 'Le samedi 14 avril 2018, dans les années 1990.', ['samedi 14 avril 2018 => 2018-04-14 (weekday 5)', 'les années 1990 => 1990..1999~']],
  ['de', 'Am Samstag, 14. April 2018, in den 1990er Jahren.', ['Samstag, 14. April 2018 => 2018-04-14 (weekday 5)', '1990er Jahren => 1990..1999~']],
  ['pt', 'No sábado, 14 de abril de 2018, e na década de 1980.', ['sábado, 14 de abril de 2018 => 2018-04-14 (weekday 5)', 'década de 1980 => 1980..1989~']],
];

/** [language, text, a piece of text that no date may contain] */
const MUST_NOT_READ: [lang: string, text: string, forbidden: string][] = [
  ['en', 'See doi:10.1186/gb-2013-14-10-r115 for details.', '2013'],
  ['en', 'See doi:10.1186/1471-2105-13-86.', '2105'],
  ['en', 'They may 14 times ask, 2018 or not.', 'may'],
  ['en', 'Journal 12(3), pp. 1995–2003.', '1995'],
  ['id', 'Resolusi DK PBB No. 1718 mengatur sanksi.', '1718'],
  ['en', 'Counting down 2020-2010 is no range.', '-'],
  ['id', 'Kami bertemu Jan lalu.', 'Jan'],
];

describe('findDates', () => {
  it.each(MUST_READ)('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
  it.each(MUST_NOT_READ)('%s: %s (not "%s")', (lang, text, forbidden) => {
    expect(findDates(text, forLanguage(lang)).map((d) => d.text).filter((t) => t.includes(forbidden))).toEqual([]);
  });
  it('keeps the source order and spans exact', () => {
    const text = 'Dari 2008–2012 hingga 19 Juni 2024.';
    for (const d of findDates(text, forLanguage('id'))) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

// chrono-node as an independent oracle for the English dates both can read: where both find a
// full date at the same place, they must agree on its value.
describe('findDates agrees with chrono-node on English full dates', () => {
  const samples = ['It was signed on April 14, 2018 in Paris.', 'Signed 14 April 2018.', 'On Saturday, 3 March 2001 they met.', 'Dated July 4, 1776.'];
  it.each(samples)('%s', (text) => {
    const ours = findDates(text, forLanguage('en')).filter((d) => d.precision === 'day');
    const theirs = chrono.en.strict.parse(text, new Date(Date.UTC(2020, 0, 1)));
    expect(ours.length).toBeGreaterThan(0);
    for (const d of ours) {
      const match = theirs.find((r) => r.index <= d.start + (d.weekday ? d.weekday.text.length + 2 : 0) && r.index + r.text.length >= d.end);
      expect(match, `chrono found nothing at ${d.text}`).toBeDefined();
      expect([match!.start.get('year'), match!.start.get('month'), match!.start.get('day')]).toEqual([d.year, d.month, d.day]);
    }
  });
});
