import { describe, expect, it } from 'vitest';
import { labelReference, parseReference, parseReferences, type CslItem } from '../../src/refparse/index.js';

/**
 * Hand-written references in different styles (none of them is in the gold
 * data), each with the CSL fields that must come out. Only the listed fields
 * are checked; `toMatchObject` ignores the others.
 */
const CASES: { style: string; raw: string; expected: Partial<CslItem> }[] = [
  {
    style: 'Indonesian thesis, Chicago author-date with "Diunduh dari"',
    raw: 'Fedorovskiy, Alexander. 2013. "Russia\'s Policy Toward North Korea". Russian Analytical Digest. Diunduh dari http://www.css.ethz.ch/publications/pdfs/RAD-129.pdf',
    expected: {
      author: [{ family: 'Fedorovskiy', given: 'Alexander' }],
      issued: { 'date-parts': [[2013]] },
      title: "Russia's Policy Toward North Korea",
      'container-title': 'Russian Analytical Digest',
      URL: 'http://www.css.ethz.ch/publications/pdfs/RAD-129.pdf',
    },
  },
  {
    style: 'Indonesian thesis, news site with Markdown italics and "Accessed"',
    raw: 'Kompas. 2022. *Daftar Sanksi Barat terhadap Rusia*. Accessed 12 March 2023. https://www.kompas.com/global/read/2022/03/01/daftar-sanksi-barat',
    expected: {
      author: [{ literal: 'Kompas' }],
      issued: { 'date-parts': [[2022]] },
      title: 'Daftar Sanksi Barat terhadap Rusia',
      accessed: { 'date-parts': [[2023, 3, 12]] },
      URL: 'https://www.kompas.com/global/read/2022/03/01/daftar-sanksi-barat',
    },
  },
  {
    style: 'Indonesian thesis, ministry web page with "Diakses pada … dari"',
    raw: 'Kementerian Luar Negeri Republik Indonesia. 2021. "Hubungan Bilateral Indonesia dan Korea Utara". Diakses pada 5 Januari 2023 dari https://kemlu.go.id/pyongyang/id',
    expected: {
      author: [{ literal: 'Kementerian Luar Negeri Republik Indonesia' }],
      issued: { 'date-parts': [[2021]] },
      title: 'Hubungan Bilateral Indonesia dan Korea Utara',
      accessed: { 'date-parts': [[2023, 1, 5]] },
      URL: 'https://kemlu.go.id/pyongyang/id',
    },
  },
  {
    style: 'Indonesian agency report, the agency both author and publisher',
    raw: 'Bakamla RI. (2020). Laporan Tahunan Badan Keamanan Laut 2019. Jakarta: Bakamla RI.',
    expected: {
      author: [{ literal: 'Bakamla RI' }],
      issued: { 'date-parts': [[2020]] },
      publisher: 'Bakamla RI',
      'publisher-place': 'Jakarta',
    },
  },
  {
    style: 'Indonesian undergraduate thesis (skripsi)',
    raw: 'Pratama, Rizky. 2020. "Diplomasi Indonesia dalam Isu Nuklir Semenanjung Korea". Skripsi. Yogyakarta: Universitas Gadjah Mada.',
    expected: {
      type: 'thesis',
      author: [{ family: 'Pratama', given: 'Rizky' }],
      issued: { 'date-parts': [[2020]] },
      title: 'Diplomasi Indonesia dalam Isu Nuklir Semenanjung Korea',
      publisher: 'Universitas Gadjah Mada',
      'publisher-place': 'Yogyakarta',
    },
  },
  {
    style: 'APA journal article with DOI',
    raw: 'Hartono, B., & Sari, D. P. (2019). Kebijakan luar negeri Indonesia terhadap Korea Utara. Jurnal Hubungan Internasional, 8(2), 115–130. https://doi.org/10.18196/hi.82150',
    expected: {
      type: 'article-journal',
      author: [{ family: 'Hartono', given: 'B.' }, { family: 'Sari', given: 'D. P.' }],
      issued: { 'date-parts': [[2019]] },
      title: 'Kebijakan luar negeri Indonesia terhadap Korea Utara',
      'container-title': 'Jurnal Hubungan Internasional',
      volume: '8',
      issue: '2',
      page: '115-130',
      DOI: '10.18196/hi.82150',
    },
  },
  {
    style: 'APA report with "Retrieved … from" access date',
    raw: 'Pew Research Center. (2019, June 12). Trust in government: 1958-2019. Retrieved March 3, 2021, from https://www.pewresearch.org/politics/2019/04/11/public-trust-in-government',
    expected: {
      author: [{ literal: 'Pew Research Center' }],
      issued: { 'date-parts': [[2019, 6, 12]] },
      title: 'Trust in government: 1958-2019',
      accessed: { 'date-parts': [[2021, 3, 3]] },
      URL: 'https://www.pewresearch.org/politics/2019/04/11/public-trust-in-government',
    },
  },
  {
    style: 'APA book chapter with editors',
    raw: 'Nugroho, A. (2018). Civil society and democratic consolidation. In R. Mietzner & E. Aspinall (Eds.), Problems of democratisation in Indonesia (pp. 45–62). Singapore: ISEAS Publishing.',
    expected: {
      type: 'chapter',
      author: [{ family: 'Nugroho', given: 'A.' }],
      editor: [{ family: 'Mietzner', given: 'R.' }, { family: 'Aspinall', given: 'E.' }],
      issued: { 'date-parts': [[2018]] },
      title: 'Civil society and democratic consolidation',
      'container-title': 'Problems of democratisation in Indonesia',
      page: '45-62',
      publisher: 'ISEAS Publishing',
      'publisher-place': 'Singapore',
    },
  },
  {
    style: 'Chicago notes-bibliography book',
    raw: 'Cumings, Bruce. The Korean War: A History. New York: Modern Library, 2010.',
    expected: {
      type: 'book',
      author: [{ family: 'Cumings', given: 'Bruce' }],
      title: 'The Korean War: A History',
      'publisher-place': 'New York',
      publisher: 'Modern Library',
      issued: { 'date-parts': [[2010]] },
    },
  },
  {
    style: 'MLA book',
    raw: 'Morrison, Toni. Beloved. Knopf, 1987.',
    expected: { author: [{ family: 'Morrison', given: 'Toni' }], title: 'Beloved', publisher: 'Knopf', issued: { 'date-parts': [[1987]] } },
  },
  {
    style: 'Vancouver journal article',
    raw: '1. Smith JA, Jones RB. Effects of exercise on sleep quality in older adults. J Sleep Res. 2015;24(3):245-52.',
    expected: {
      'citation-number': '1',
      author: [{ family: 'Smith', given: 'JA' }, { family: 'Jones', given: 'RB' }],
      title: 'Effects of exercise on sleep quality in older adults',
      'container-title': 'J Sleep Res',
      issued: { 'date-parts': [[2015]] },
    },
  },
  {
    style: 'IEEE conference paper',
    raw: '[7] K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image recognition," in Proc. IEEE Conf. Computer Vision and Pattern Recognition, 2016, pp. 770–778.',
    expected: {
      type: 'paper-conference',
      'citation-number': '7',
      author: [{ family: 'He', given: 'K.' }, { family: 'Zhang', given: 'X.' }, { family: 'Ren', given: 'S.' }, { family: 'Sun', given: 'J.' }],
      title: 'Deep residual learning for image recognition',
      issued: { 'date-parts': [[2016]] },
      page: '770-778',
    },
  },
  {
    style: 'humanities footnote style with place and publisher in brackets',
    raw: 'Benedict Anderson, Imagined Communities: Reflections on the Origin and Spread of Nationalism (London: Verso, 1983), 37.',
    expected: {
      author: [{ family: 'Anderson', given: 'Benedict' }],
      title: 'Imagined Communities: Reflections on the Origin and Spread of Nationalism',
      'publisher-place': 'London',
      publisher: 'Verso',
      issued: { 'date-parts': [[1983]] },
    },
  },
  {
    style: 'German author-year book with volume',
    raw: 'Habermas, Jürgen (1981): Theorie des kommunikativen Handelns. Bd. 1. Frankfurt am Main: Suhrkamp.',
    expected: {
      author: [{ family: 'Habermas', given: 'Jürgen' }],
      issued: { 'date-parts': [[1981]] },
      title: 'Theorie des kommunikativen Handelns',
      volume: '1',
      publisher: 'Suhrkamp',
    },
  },
];

describe('parseReference', () => {
  it.each(CASES)('$style', ({ raw, expected }) => {
    expect(parseReference(raw)).toMatchObject(expected);
  });

  it('is deterministic', () => {
    const raw = CASES[0]!.raw;
    expect(parseReference(raw)).toEqual(parseReference(raw));
  });

  it('returns an untyped document for empty input', () => {
    expect(parseReference('   ')).toEqual({ type: 'document' });
  });

  it('never calls a word that is not 10.<registrant>/… a DOI', () => {
    expect(parseReference('x').DOI).toBeUndefined();
  });

  it('parses several references and numbers their ids', () => {
    const items = parseReferences([CASES[8]!.raw, CASES[9]!.raw]);
    expect(items.map((item) => item.id)).toEqual(['ref-1', 'ref-2']);
    expect(items[1]?.title).toBe('Beloved');
  });
});

describe('labelReference', () => {
  it('returns spans that cover the input in order, with offsets', () => {
    const raw = CASES[8]!.raw;
    const spans = labelReference(raw);
    expect(spans.map((s) => s.label)).toEqual(['author', 'title', 'location', 'publisher', 'date']);
    for (const span of spans) expect(raw.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => s.text).join(' ')).toBe(raw);
  });
});
