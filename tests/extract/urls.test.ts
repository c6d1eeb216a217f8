import { describe, expect, it } from 'vitest';
import { buildDoc, type Fixture } from '../helpers/build.js';
import { diagnoseUrl, looseUrl, spellingDifferences, trimUrlEnd } from '../../src/extract/url-syntax.js';
import { linkTargets } from '../../src/extract/link-targets.js';

/** url as extracted, whether it is in code, and that the span holds exactly what was written. */
function urls(fixture: Fixture): string[] {
  const doc = buildDoc(fixture);
  return doc.urls.map((u) => {
    const written = doc.source.text.slice(u.span.start, u.span.end);
    expect(written.replace(/\r?\n[ \t]*/g, '').replace(/\\/g, '').replace(/&amp;/g, '&')).toContain(u.url.replace(/^http:\/\/(?=www\.)/, ''));
    return `${u.inCode ? 'code ' : ''}${u.url}`;
  });
}

describe('extractUrls', () => {
  const cases: { name: string; fixture: Fixture; expected: string[] }[] = [
    { name: 'txt: trailing sentence punctuation', fixture: { text: 'See https://example.org/a/b. And (https://example.org/c), too.' }, expected: ['https://example.org/a/b', 'https://example.org/c'] },
    { name: 'txt: parentheses that belong to the URL', fixture: { text: 'See https://en.wikipedia.org/wiki/Unitarity_(physics).' }, expected: ['https://en.wikipedia.org/wiki/Unitarity_(physics)'] },
    { name: 'txt: angle brackets', fixture: { text: 'Diunduh dari <https://example.org/berita/1> pada 2 Mei.' }, expected: ['https://example.org/berita/1'] },
    { name: 'txt: glued access date', fixture: { text: 'Source: https://towardsdatascience.com/8da168d740c[20211201] and more.' }, expected: ['https://towardsdatascience.com/8da168d740c'] },
    { name: 'txt: bare www', fixture: { text: 'Visit www.gutenberg.net for more, or mail x@www.example.org.' }, expected: ['www.gutenberg.net'] },
    {
      name: 'txt: a PDF line break inside a hyphenated path',
      fixture: { text: 'Kompas. 2024. Pasang surut hubungan, diakses dari https://internasional.kompas.com/read/pasang-\nsurut-hubungan-rusia pada 2 Mei 2024.' },
      expected: ['https://internasional.kompas.com/read/pasang-surut-hubungan-rusia'],
    },
    {
      name: 'txt: a PDF line break right after the scheme',
      fixture: { text: 'Kominfo. 2021. "Peta Jalan Indonesia Digital." Diunduh dari https://\nwww.kominfo.go.id/content/detail/34136/peta-jalan pada 5 Januari 2023.' },
      expected: ['https://www.kominfo.go.id/content/detail/34136/peta-jalan'],
    },
    { name: 'txt: a bare scheme before ordinary words stays no URL', fixture: { text: 'Alamatnya diawali https://\ndan seterusnya.' }, expected: [] },
    {
      name: 'txt: a PDF line break after a slash, next line starts with path pieces',
      fixture: { text: 'Kompas. 2024. Poin penting, https://www.kompas.com/global/read/2024/06/20/\n162700270/20-poin-penting-perjanjian. Accessed 2024.' },
      expected: ['https://www.kompas.com/global/read/2024/06/20/162700270/20-poin-penting-perjanjian'],
    },
    {
      name: 'txt: a line break after a URL followed by an ordinary word is not joined',
      fixture: { text: 'The whole report can be read online at https://example.org/report/\npada halaman kedua dan seterusnya.' },
      expected: ['https://example.org/report/'],
    },
    {
      name: 'txt: a short line is not a cut line',
      fixture: { text: 'See https://example.org/a-\nb' },
      expected: ['https://example.org/a-b'],
    },
    { name: 'txt: markdown link syntax in a text file', fixture: { text: 'Berkas [https://a.example.org/x](https://a.example.org/x).', format: 'txt' }, expected: ['https://a.example.org/x'] },
    { name: 'md: autolink and link', fixture: { text: 'See <https://example.org/a> and [the site](https://example.org/b "title").', format: 'md' }, expected: ['https://example.org/a', 'https://example.org/b'] },
    { name: 'md: link label that is a URL is not a second URL', fixture: { text: '[https://x.example.org/Isu\\_Sepekan](https://x.example.org/Isu_Sepekan)', format: 'md' }, expected: ['https://x.example.org/Isu_Sepekan'] },
    { name: 'md: autolink glued to an access date', fixture: { text: '4. Blog post. <https://towardsdatascience.com/8da168d740c>[20211201]', format: 'md' }, expected: ['https://towardsdatascience.com/8da168d740c'] },
    { name: 'md: inline code and code block', fixture: { text: 'Run `curl https://example.org/api.` now.\n\n```\nwget https://example.org/file.zip\n```\n', format: 'md' }, expected: ['code https://example.org/api', 'code https://example.org/file.zip'] },
    { name: 'md: handle link with a stray ?', fixture: { text: 'Thanks to [@njbart](https://github.com/njbart?).', format: 'md' }, expected: ['https://github.com/njbart?'] },
    { name: 'md: scheme-less link targets are not URLs', fixture: { text: 'Use [Zenodo](zenodo.org) or [notes](notes.md).', format: 'md' }, expected: [] },
    {
      name: 'md: reference-style link definitions, not in code, not footnotes',
      fixture: { text: 'See [the site][site] and [^1].\n\n[site]: <https://example.org/ref>\n[^1]: A note, https://example.org/note.\n\n```\n[x]: https://example.org/code\n```\n', format: 'md' },
      expected: ['https://example.org/ref', 'https://example.org/note', 'code https://example.org/code'],
    },
    { name: 'md: manubot url citations', fixture: { text: 'As said [@url:http://ana.blogs.com/x.html; @url:https://medium.com/y].', format: 'md' }, expected: ['http://ana.blogs.com/x.html', 'https://medium.com/y'] },
    { name: 'html: href with an entity, and a URL in text', fixture: { text: '<p>See <a href="https://example.org/?a=1&amp;b=2">this</a> or https://example.org/c.</p><pre>https://example.org/code</pre>', format: 'html' }, expected: ['https://example.org/?a=1&b=2', 'https://example.org/c', 'code https://example.org/code'] },
    { name: 'txt: a scheme typo is still extracted', fixture: { text: 'Read htps://example.org/a and http//example.org/b.' }, expected: ['htps://example.org/a', 'http//example.org/b'] },
  ];
  for (const c of cases) it(c.name, () => expect(urls(c.fixture)).toEqual(c.expected));
});

describe('trimUrlEnd', () => {
  it.each([
    ['https://a.org/x.', 'https://a.org/x', false],
    ['https://a.org/x)', 'https://a.org/x', false],
    ['https://a.org/x_(y)', 'https://a.org/x_(y)', false],
    ['https://a.org/x>.', 'https://a.org/x', false],
    ['https://a.org/x[2021-12-01].', 'https://a.org/x', false],
    ['https://a.org/x/…', 'https://a.org/x/', true],
    ['https://a.org/x...', 'https://a.org/x', true],
    ['https://a.org/x](https://a.org/x)', 'https://a.org/x', false],
  ])('%s', (raw, url, ellipsis) => expect(trimUrlEnd(raw)).toEqual({ url, ellipsis }));
});

describe('diagnoseUrl', () => {
  it.each([
    ['https://www.setneg.go/', 'tld'],
    ['htps://example.org/', 'scheme'],
    ['hhttp://example.org/', 'scheme'],
    ['http//example.org/', 'scheme'],
    ['http:/example.org/', 'scheme'],
    ['https://https://example.org/', 'scheme'],
    ['https://example.org/a b', 'space'],
    ['https://example.org/Isu\\_Sepekan', 'backslash'],
    ['https://www/', 'cut-off'],
    ['https://example.org/a%2', 'cut-off'],
    ['https://example.org/100%-sure', 'escape'],
    ['https://exa..mple.org/', 'host'],
    ['https://intranet/', 'tld'],
  ])('%s is malformed (%s)', (url, kind) => expect(diagnoseUrl(url)?.kind).toBe(kind));

  it.each([
    'https://www.setneg.go.id/', 'https://github.com/njbart?', 'http://localhost:4000/', 'https://example.com/', 'http://192.168.1.1/x',
    'https://app.dimensions.ai', 'git://github.com/x', 'mailto:x@example.org', 'https://orcid.org/{{author.orcid}}', 'www.gutenberg.net',
    'https://Berkas.Dpr.Go.Id/Pusaka/Files/x.Pdf', 'https://a.org/%E2%80%99', 'http://[::1]:8080/', 'https://xn--80ak6aa92e.com/', 'zotero://select', 'hxxp://malware.example.org/x',
  ])('%s is fine', (url) => expect(diagnoseUrl(url)).toBeNull());
});

describe('looseUrl', () => {
  const diff = (a: string, b: string) => {
    const [x, y] = [looseUrl(a)!, looseUrl(b)!];
    return x.key === y.key && x.exact !== y.exact ? spellingDifferences(x, y) : null;
  };
  it.each([
    ['http://a.org/x', 'https://a.org/x', ['scheme']],
    ['https://a.org/x', 'https://www.a.org/x', ['www']],
    ['https://a.org/x', 'https://a.org/x/', ['trailing-slash']],
    ['https://a.org/x', 'https://a.org/x?utm_source=tw&utm_medium=social', ['tracking']],
    ['https://a.org/File.Pdf', 'https://a.org/file.pdf', ['path-case']],
    ['https://a.org/x?a=1&b=2', 'https://a.org/x?b=2&a=1', ['query-order']],
    ['https://a.org/%7Ex', 'https://a.org/~x', ['escape']],
  ])('%s ~ %s', (a, b, expected) => expect(diff(a, b)).toEqual(expected));
  it.each([
    ['https://a.org/x#one', 'https://a.org/x#two'],
    ['https://A.org', 'https://a.org/'],
    ['www.a.org', 'http://www.a.org'],
  ])('%s and %s are the same spelling', (a, b) => expect(diff(a, b)).toBeNull());
  it('different query values are different resources', () => expect(looseUrl('https://a.org/?id=1')!.key).not.toBe(looseUrl('https://a.org/?id=2')!.key));
});

describe('linkTargets', () => {
  it('collects checkable URLs and DOIs, not code, malformed or templates', () => {
    const doc = buildDoc({
      format: 'md',
      text: [
        'See <https://example.org/a>, `https://example.org/code`, https://www.setneg.go/ and https://x.org/{{slug}}.',
        '',
        'Cited [@doi:10.1038/nrg.2015.16] and https://doi.org/10.1016/S0047-259X(02)00040-4.',
        '',
        'A ratio of 10.1234/5678 in prose is not a DOI.',
      ].join('\n'),
    });
    expect(linkTargets(doc).map((t) => `${t.kind} ${t.target}`)).toEqual([
      'url https://example.org/a',
      'doi https://doi.org/10.1016/S0047-259X(02)00040-4',
      'doi 10.1038/nrg.2015.16',
    ]);
  });
});
