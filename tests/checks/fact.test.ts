import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { RULES_DIR } from '../helpers/build.js';
import { factContradiction } from '../../src/checks/fact.js';
import { parseYaml } from '../../src/config/yaml-file.js';
import { UsageError } from '../../src/config/errors.js';
import { FactsSchema } from '../../src/facts/schema.js';
import { loadFacts } from '../../src/facts/load.js';
import { FactBase } from '../../src/facts/base.js';

const id = 'id' as const;

ruleTester(factContradiction, {
  valid: [
    { name: 'trap T2: the right name in its term', text: 'Beberapa bulan setelah pertemuan puncak dengan Presiden Rusia saat itu Dmitry Medvedev pada Agustus 2011, Kim Jong Il meninggal.', lang: id },
    { name: 'a term that ended that year', text: 'Setelah Boris Yeltsin, Rusia dipimpin oleh Vladimir Putin sampai tahun 2008.', lang: id },
    { name: 'a term still running', text: 'Ia akan menjabat sebagai presiden Rusia, dan Putin sampai tahun 2024 tetap berkuasa.', lang: id },
    { name: 'since the start of the term', text: 'Sergei Lavrov, Menteri Luar Negeri Rusia sejak 2004, datang.', lang: id },
    { name: 'loose talk of power allows a year either way', text: 'Indonesia berada di bawah kekuasaan Suharto sejak 1966.', lang: id },
    { name: 'a January end may be said to end the year before', text: 'The United States was led by Barack Obama until 2016.' },
    { name: 'another Medvedev, no office in the sentence', text: 'Alexander Medvedev, seorang manajer perusahaan gas, berbicara.', lang: id },
    { name: 'a former office holder', text: 'Mantan Presiden Rusia Dmitry Medvedev sampai 2024 tetap aktif menulis.', lang: id },
    { name: 'a quotation', text: 'Koran itu menulis “Vladimir Medvedev” sebagai pemimpin Rusia.', lang: id },
    { name: 'a family name the facts share among several people', text: 'Pemimpin Korea Utara Kim Jong Un bertemu Kim Yo Jong dan Kim Eun-jung.', lang: id },
    { name: 'no period next to the name', text: 'Russia was led by Dmitry Medvedev, and in 2015 the economy shrank.' },
    { name: 'markdown, right name', text: 'Presiden **Rusia** saat itu, *Dmitry Medvedev*, datang.', format: 'md', lang: id },
    { name: 'a titled holder in a year of the term', text: 'In 2000, German Chancellor Gerhard Schröder received Vladimir Putin in Berlin.' },
    { name: 'the year the term began counts', text: 'In 1998, Chancellor Gerhard Schröder formed a coalition with the Greens.' },
    { name: 'a former office holder, dated after the term', text: 'In 2010, former Chancellor Gerhard Schröder chaired the Nord Stream board.' },
    { name: 'a future office holder', text: 'In 1996, future Chancellor Gerhard Schröder met Boris Yeltsin.' },
    { name: 'two dates: which one dates the title is unclear', text: 'In 1996 and again in 2001, Chancellor Gerhard Schröder met Boris Yeltsin.' },
    { name: 'no title before the name', text: 'In 1996, Gerhard Schröder met Boris Yeltsin in Hanover.' },
    { name: 'a date a year cites is no date', text: 'Chancellor Gerhard Schröder changed the labour market (Smith 2010).' },
  ],
  invalid: [
    {
      name: 'en: a titled holder in a year before the term',
      text: 'In 1996, German Chancellor Gerhard Schröder received Boris Yeltsin in Bonn.',
      errors: [{ excerpt: 'Chancellor Gerhard Schröder', severity: 'warning', related: 1, message: /Chancellor of Germany from 27 October 1998 to 22 November 2005, not in 1996/ }],
    },
    {
      name: 'id: a president after the term',
      text: 'Presiden Abdurrahman Wahid memimpin Indonesia pada 2003.',
      lang: id,
      errors: [{ excerpt: 'Presiden Abdurrahman Wahid', severity: 'warning', message: /not in 2003/ }],
    },
    {
      name: 'id: the old spelling (Soeharto) is the same person',
      text: 'Pada 2005, Presiden Soeharto menyatakan sikapnya.',
      lang: id,
      errors: [{ excerpt: 'Presiden Soeharto', severity: 'warning', message: /Suharto was President of Indonesia .* not in 2005/ }],
    },
    {
      name: 'en: a day after the term ended',
      text: 'Prime Minister Boris Johnson spoke in the Commons on 9 September 2022.',
      errors: [{ excerpt: 'Prime Minister Boris Johnson', severity: 'warning', message: /to 6 September 2022, not in 9 September 2022/ }],
    },
    {
      name: 'seed 000: wrong given name and a period outside the term',
      text: 'Setelah Boris Yeltsin, Rusia dipimpin oleh Vladimir Putin dan dilanjutkan Vladimir Medvedev sampai tahun 2008.',
      lang: id,
      errors: [
        { excerpt: 'Vladimir Medvedev', severity: 'error', suggestion: 'Dmitry Medvedev', message: '“Vladimir Medvedev”: the Medvedev who was President of Russia (from 7 May 2008 to 7 May 2012) is Dmitry Medvedev.' },
        { excerpt: 'Vladimir Medvedev sampai tahun 2008', severity: 'error', message: /from 7 May 2008 to 7 May 2012; “sampai tahun 2008” does not fit/ },
      ],
    },
    {
      name: 'the family name alone, as in the issue',
      text: 'Rusia dipimpin oleh Putin dan dilanjutkan Medvedev sampai tahun 2008.',
      lang: id,
      errors: [{ excerpt: 'Medvedev sampai tahun 2008', message: /Dmitry Medvedev was President of Russia/ }],
    },
    {
      name: 'a start year outside the term',
      text: 'Rusia dipimpin oleh Dmitry Medvedev sejak 2010.',
      lang: id,
      errors: [{ excerpt: 'Dmitry Medvedev sejak 2010', message: /“sejak 2010” does not fit/ }],
    },
    {
      name: 'English: an end year outside the term',
      text: 'Russia was led by Boris Yeltsin until 2005.',
      errors: [{ excerpt: 'Boris Yeltsin until 2005', message: /Boris Yeltsin was President of Russia from 10 July 1991 to 31 December 1999/ }],
    },
    {
      name: 'English: wrong given name with the office as title',
      text: 'Then Russian President Sergei Medvedev met them.',
      errors: [{ excerpt: 'Sergei Medvedev', suggestion: 'Dmitry Medvedev' }],
    },
    {
      name: 'markdown: positions survive emphasis',
      text: '# Bab II\n\nRusia dipimpin oleh *Vladimir Putin* lalu **Vladimir Medvedev**.',
      format: 'md',
      lang: id,
      errors: [{ line: 3, column: 45, excerpt: 'Vladimir Medvedev' }],
    },
  ],
});

describe('rules/facts.yaml', () => {
  const problem = (source: string): string => {
    try {
      parseYaml(source, FactsSchema, 'rules/facts.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    throw new Error('no error');
  };
  const base = 'kind: facts\noffices:\n  president: { name: President, words: { en: [President] } }\ncountries:\n  russia: { name: Russia, words: [Russia] }\n';

  it('loads the shipped file', () => {
    const facts = loadFacts(RULES_DIR);
    expect(facts.people.length).toBeGreaterThan(20);
    expect(new FactBase(facts).knownPerson('Sergei Lavrov')?.name).toBe('Sergey Lavrov');
  });

  const invalid: [string, string, RegExp][] = [
    ['unknown office', `${base}people:\n  - name: Dmitry Medvedev\n    given: Dmitry\n    family: Medvedev\n    terms:\n      - { office: presidnet, country: russia, from: 2008-05-07 }\n`, /^rules\/facts\.yaml:11:19: people\.0\.terms\.0\.office: unknown office "presidnet"/],
    ['unknown country', `${base}people:\n  - { name: Boris Yeltsin, given: Boris, family: Yeltsin, terms: [{ office: president, country: rusia, from: 1991-07-10 }] }\n`, /rules\/facts\.yaml:7:\d+: .*unknown country "rusia"/],
    ['a date that does not exist', `${base}people:\n  - { name: Boris Yeltsin, given: Boris, family: Yeltsin, terms: [{ office: president, country: russia, from: 1991-02-30 }] }\n`, /rules\/facts\.yaml:7:\d+: people\.0\.terms\.0\.from: a date that exists/],
    ['a term that ends before it starts', `${base}people:\n  - { name: Boris Yeltsin, given: Boris, family: Yeltsin, terms: [{ office: president, country: russia, from: 1999-12-31, to: 1991-07-10 }] }\n`, /ends \(1991-07-10\) before it starts/],
    ['a family name not in the name', `${base}people:\n  - { name: Boris Yeltsin, given: Boris, family: Jelzin }\n`, /people\.0\.family: "Jelzin" is not part of the name/],
    ['a misspelt key', `${base}peple: []\n`, /rules\/facts\.yaml:6:\d+: peple: .*"peple"/],
    ['the wrong kind', 'kind: lexicon\n', /rules\/facts\.yaml:1:7: kind/],
    ['broken YAML', 'kind: facts\npeople: [\n', /rules\/facts\.yaml:\d+:\d+: invalid YAML/],
  ];
  for (const [label, source, expected] of invalid) it(`rejects ${label}`, () => expect(problem(source)).toMatch(expected));

  it('is read from the rules folder and fails the run (exit 2) when broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citecheck-facts-'));
    writeFileSync(join(dir, 'facts.yaml'), 'kind: facts\npeople: [{ name: X }]\n');
    expect(() => loadFacts(dir)).toThrow(UsageError);
    expect(loadFacts(join(dir, 'missing')).people).toEqual([]);
  });
});
