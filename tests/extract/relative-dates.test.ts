/** Relative dates resolved against the document's own date, per language; and that date itself. */
import { describe, expect, it } from 'vitest';
import { buildDoc, type Fixture } from '../helpers/build.js';
import { isoOf } from '../../src/util/date-compare.js';

const relative = (fixture: Fixture) =>
  buildDoc(fixture)
    .dates.filter((d) => d.relative)
    .map((d) => `${d.text}=${isoOf(d)}`);

const dateline = (body: string) => `Judul\n\n#Fokus Sepekan l 2020-05-21\n\n${body}`;
const frontMatter = (body: string, date = '2020-05-21') => `---\ntitle: T\ndate: ${date}\n---\n\n${body}\n`;

const TABLE: [name: string, fixture: Fixture, expected: string[]][] = [
  ['id: month of last year', { text: dateline('Kim dan Putin bertemu pada April tahun lalu di Vladivostok.'), lang: 'id' }, ['April tahun lalu=2019-04']],
  ['id: day and month "lalu"', { text: dateline('Pada tanggal 9 Mei lalu, surat kabar itu terbit.'), lang: 'id' }, ['9 Mei lalu=2020-05-09']],
  ['id: a month after the anchor is last year', { text: dateline('Kereta beroperasi sejak 6 Juni lalu dan Februari lalu.'), lang: 'id' }, ['6 Juni lalu=2019-06-06', 'Februari lalu=2020-02']],
  ['id: yesterday, last month, last year', { text: dateline('Kemarin ia tiba. Bulan lalu sepi. Tahun lalu ramai.'), lang: 'id' }, ['Kemarin=2020-05-20', 'Bulan lalu=2020-04', 'Tahun lalu=2019']],
  ['id: n years ago in words', { text: dateline('Dua puluh empat tahun yang lalu ia datang.'), lang: 'id' }, ['Dua puluh empat tahun yang lalu=1996']],
  ['id: "tahun itu" follows the date before it', { text: 'Setelah terpilih pada tahun 2000, Putin mengunjungi Pyongyang pada bulan Juli tahun itu.', lang: 'id' }, ['Juli tahun itu=2000-07']],
  ['id: "tahun berikutnya" after a range', { text: 'Pada 2000-2008 ia menjabat; tahun berikutnya ia mundur.', lang: 'id' }, ['tahun berikutnya=2009']],
  ['en: "last April" in a 2020 article is April 2019', { text: frontMatter('We met last April, and yesterday again.'), format: 'md' }, ['last April=2019-04', 'yesterday=2020-05-20']],
  ['en: "two years later" follows the date before it', { text: 'The lab opened in 2010. Two years later it closed.' }, ['Two years later=2012']],
  ['en: "three years ago"', { text: frontMatter('Three years ago, in spring, we began.'), format: 'md' }, ['Three years ago=2017']],
  ['es', { text: frontMatter('Hace diez años, y el año pasado también; ayer no.'), format: 'md', lang: 'es' }, ['Hace diez años=2010', 'el año pasado=2019', 'ayer=2020-05-20']],
  ['fr', { text: frontMatter("L'année dernière, et il y a deux ans, et hier."), format: 'md', lang: 'fr' }, ["L'année dernière=2019", 'il y a deux ans=2018', 'hier=2020-05-20']],
  ['fr: an accented month, "dernier"', { text: frontMatter('En février dernier, et en août dernier.'), format: 'md', lang: 'fr' }, ['février dernier=2020-02', 'août dernier=2019-08']],
  ['de', { text: frontMatter('Letztes Jahr und vor zwei Jahren, gestern auch.'), format: 'md', lang: 'de' }, ['Letztes Jahr=2019', 'vor zwei Jahren=2018', 'gestern=2020-05-20']],
  ['pt', { text: frontMatter('No ano passado e há dois anos; ontem também.'), format: 'md', lang: 'pt' }, ['ano passado=2019', 'há dois anos=2018', 'ontem=2020-05-20']],
];

const UNRESOLVED: [name: string, fixture: Fixture][] = [
  ['no date anywhere: nothing to resolve against', { text: 'Tahun lalu dan kemarin ia datang.', lang: 'id' }],
  ['"later" with no date before it', { text: 'Two years later it closed.' }],
  ['id: "16 tahun ini" counts years', { text: dateline('Stabilitas dijaga Putin selama kurang lebih 16 tahun ini.'), lang: 'id' }],
  ['id: "sepuluh tahun berikutnya" counts years', { text: 'Pada 2008 program kedua berlangsung selama delapan hingga sepuluh tahun berikutnya.', lang: 'id' }],
  ['lower-case "may" is no month', { text: frontMatter('What we saw last may be gone.'), format: 'md' }],
  ['a relative phrase inside an absolute date is not read twice', { text: dateline('Pada April 2019 mereka bertemu.'), lang: 'id' }],
];

describe('relative dates', () => {
  it.each(TABLE)('%s', (_name, fixture, expected) => expect(relative(fixture)).toEqual(expected));
  it.each(UNRESOLVED)('%s', (_name, fixture) => expect(relative(fixture)).toEqual([]));
  it('a document dated only by its references resolves years, not days', () => {
    const text = 'Ia datang tahun lalu, kemarin juga (Smith 2021).\n\n## Daftar Pustaka\n\n- Smith, J. 2021. Judul buku. Jakarta: Penerbit.\n';
    expect(relative({ text, format: 'md', lang: 'id' })).toEqual(['tahun lalu=2020']);
  });
});

describe('the document date', () => {
  const TABLE_DOC: [name: string, fixture: Fixture, expected: string | undefined][] = [
    ['front matter', { text: frontMatter('Body.', '15 April 2021'), format: 'md' }, 'front-matter 2021-04-15'],
    ['front matter with time and zone', { text: frontMatter('Body.', '2021-12-02 21:20:00 +0700'), format: 'md' }, 'front-matter 2021-12-02'],
    ['a dateline near the top', { text: dateline('Isi berita yang panjang.'), lang: 'id' }, 'dateline 2020-05-21'],
    ['a "Published" line', { text: 'Title\n\nPublished: 5 May 2019\n\nThe report published on 9 June 2020 said so.' }, 'published 2019-05-05'],
    ['"Submitted" in the right column of a PDF title page', { text: 'University of Leeds                 MA Dissertation\nSchool of History                   Submitted Monday, 15 May 2023\n\nChapter 3\n\nBody text.' }, 'published 2023-05-15'],
    ['id: "Diajukan pada"', { text: 'Skripsi\n\nDiajukan pada 3 Februari 2022\n\nIsi skripsi.', lang: 'id' }, 'published 2022-02-03'],
    ['a news page: a line with only the date and time', { text: 'Menlu Retno Minta Perlindungan Pekerja Migran\n\nRabu, 8 Maret 2023 14:20 WIB\n\nJakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi meminta agar isu pekerja migran menjadi prioritas.', lang: 'id' }, 'dateline 2023-03-08'],
    ['a city and a date opening the story', { text: '# Senate hopes\n\n**WASHINGTON, Thursday, Nov. 10, 2022** — Two days after the midterm elections, control of the Senate still hinged on slow counts in Nevada and Arizona, officials said on Wednesday.', format: 'md' }, 'dateline 2022-11-10'],
    ['a date in a sentence is no dateline', { text: `Title\n\n${'The long first paragraph of the body. '.repeat(12)}On 9 June 2020 it happened.` }, undefined],
    ['none', { text: 'Nothing dated here.' }, undefined],
    ['a title naming a date is no dateline', { text: '# The Events of 11 September 2001\n\nBody.', format: 'md' }, undefined],
    [
      'a dateline older than a cited work is not the document date',
      { text: 'Title\n\n12 March 2015\n\nBody (Lee 2021).\n\n## References\n\n- Lee, K. 2021. *Treaty*. Seoul: Press.\n', format: 'md' },
      'references 2021',
    ],
  ];
  it.each(TABLE_DOC)('%s', (_name, fixture, expected) => {
    const date = buildDoc(fixture).documentDate;
    expect(date ? `${date.source} ${isoOf(date)}` : undefined).toBe(expected);
  });
});
