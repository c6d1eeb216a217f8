import { ruleTester } from '../helpers/rule-tester.js';
import { urlDuplicate, urlMalformed } from '../../src/checks/url.js';

ruleTester(urlMalformed, {
  valid: [
    { text: 'Diakses dari https://www.setneg.go.id/ pada 2 Mei 2024.' },
    { text: 'See https://en.wikipedia.org/wiki/Unitarity_(physics), then stop.' },
    { name: 'a handle link with a stray "?" is a valid URL', text: 'Thanks to [@njbart](https://github.com/njbart?).', format: 'md' },
    { name: 'access date glued after an autolink', text: '4. Post. <https://towardsdatascience.com/8da168d740c>[20211201]', format: 'md' },
    { name: 'reserved names are fine', text: 'Open http://localhost:4000/ or http://example.test/ or http://127.0.0.1:8080/x.' },
    { name: 'a typo in code is not reported', text: 'Run `curl htps://example.org/x` now.\n\n```\nwget https://www.setneg.go/\n```\n', format: 'md' },
    { name: 'templates are not URLs yet', text: 'Source: [repo](https://github.com/{{ci.repo_slug}}/tree/{{ci.commit}}).', format: 'md' },
    { name: 'other schemes are left alone', text: 'Clone git://github.com/x/y.git or write to mailto:x@example.org.' },
    { name: 'a relative file link is not a domain', text: 'See [the notes](notes.md) and [the script](run.sh).', format: 'md' },
    { name: 'an ellipsis after a bare host ends the sentence', text: 'Everything is on https://example.org...' },
    { name: 'html: a valid href', text: '<p><a href="https://example.org/?a=1&amp;b=2">x</a></p>', format: 'html' },
    { name: 'a PDF line break inside a URL is not a space', text: 'Kompas. 2024. Poin penting, https://www.kompas.com/global/read/2024/06/20/\n162700270/20-poin-penting-perjanjian. Accessed 2024.' },
  ],
  invalid: [
    {
      name: 'unknown top-level domain (seed 001)',
      text: '- Kementerian Sekretaris Negara. 2021. *Kerjasama*. Accessed Januari 29, 2024. <https://www.setneg.go/>.',
      format: 'md',
      errors: [{ excerpt: 'https://www.setneg.go/', message: '".go" is not a top-level domain, so "www.setneg.go" cannot exist.', severity: 'error' }],
    },
    { text: 'Sumber: https://www.setneg.go/berita/1 (diakses 2024).', errors: [{ column: 9, excerpt: 'https://www.setneg.go/berita/1', severity: 'error' }] },
    { name: 'scheme typo', text: 'Read htps://example.org/a today.', errors: [{ excerpt: 'htps://example.org/a', suggestion: 'https://example.org/a', severity: 'error' }] },
    { name: 'missing colon', text: 'Read http//example.org/a today.', errors: [{ excerpt: 'http//example.org/a', suggestion: 'http://example.org/a' }] },
    { name: 'one slash', text: 'Read http:/example.org/a today.', errors: [{ excerpt: 'http:/example.org/a', suggestion: 'http://example.org/a' }] },
    { name: 'scheme twice', text: 'Read https://https://example.org/a today.', errors: [{ excerpt: 'https://https://example.org/a', suggestion: 'https://example.org/a' }] },
    {
      name: 'md: space in a link destination',
      text: 'See [the file](<https://example.org/my file.pdf>).',
      format: 'md',
      errors: [{ excerpt: 'https://example.org/my file.pdf', suggestion: 'https://example.org/my%20file.pdf', severity: 'warning' }],
    },
    {
      name: 'html: unknown TLD in an href',
      text: '<p>See <a href="http://portal.kemlu.go/berita">the ministry</a>.</p>',
      format: 'html',
      errors: [{ excerpt: 'http://portal.kemlu.go/berita', message: /"\.go" is not a top-level domain/ }],
    },
    {
      name: 'Markdown escape left in a plain-text URL',
      text: 'Berkas: https://berkas.example.org/files/isu\\_sepekan/x.pdf diakses 2024.',
      errors: [{ excerpt: 'https://berkas.example.org/files/isu\\_sepekan/x.pdf', suggestion: 'https://berkas.example.org/files/isu_sepekan/x.pdf', severity: 'warning' }],
    },
    { name: 'shortened with an ellipsis', text: 'As reported at https://example.org/news/2024/05/…', errors: [{ excerpt: 'https://example.org/news/2024/05/', severity: 'warning' }] },
    { name: 'cut off in a %-escape', text: 'Online at https://example.org/a%2 only.', errors: [{ excerpt: 'https://example.org/a%2', message: /cut off/ }] },
    { name: 'host without a top-level domain', text: 'Go to https://www/news today.', errors: [{ excerpt: 'https://www/news', message: /cut off/ }] },
    {
      name: 'md: scheme-less link targets are info (arguable)',
      text: 'Simpan di [Zenodo](zenodo.org), [OSF](osf.io) atau [Dimensions](app.dimensions.ai).',
      format: 'md',
      errors: [
        { excerpt: 'zenodo.org', suggestion: 'https://zenodo.org', severity: 'info' },
        { excerpt: 'osf.io', severity: 'info' },
        { excerpt: 'app.dimensions.ai', severity: 'info' },
      ],
    },
    { name: 'crlf positions', text: 'Line one\r\nSee htps://example.org/a\r\n', errors: [{ line: 2, column: 5, endColumn: 25, excerpt: 'htps://example.org/a' }] },
  ],
});

ruleTester(urlDuplicate, {
  valid: [
    { text: 'See https://example.org/a and later https://example.org/a again.' },
    { name: 'root with and without slash is one spelling', text: 'See http://sonic-pi.net/ and http://sonic-pi.net today.' },
    { name: 'different fragments are different places in one page', text: 'See https://example.org/a#intro and https://example.org/a#end.' },
    { name: 'different query values are different pages', text: 'See https://example.org/?id=1 and https://example.org/?id=2.' },
    { name: 'scheme-less and http are one spelling', text: 'Visit www.gutenberg.net or http://www.gutenberg.net now.' },
    { name: 'code is not cited', text: 'See https://example.org/A.\n\n```\ncurl https://example.org/a\n```\n', format: 'md' },
    { name: 'html: same href twice', text: '<p><a href="https://a.org/x">1</a> <a href="https://a.org/x">2</a></p>', format: 'html' },
    { name: 'http versus https in prose is only info', text: 'See http://example.org/a and https://example.org/a.' },
  ],
  invalid: [
    {
      name: 'letter case of the path (seed 001)',
      format: 'md',
      text: [
        '## Internet',
        '',
        '- Pusat Analisis. 2023. *Peningkatan*. Accessed 2024. [https://Berkas.Dpr.Go.Id/Pusaka/Files/Isu\\_Sepekan/Isu%20sepekan---Iii-Puslit-Juni-2024-238.Pdf](https://Berkas.Dpr.Go.Id/Pusaka/Files/Isu_Sepekan/Isu%20sepekan---Iii-Puslit-Juni-2024-238.Pdf)',
        '- Berkas DPR.go. 2022. *Isu Sepekan*. Accessed 2024. [https://berkas.dpr.go.id/pusaka/files/isu\\_sepekan/Isu%20Sepekan---III-PUSLIT-Juni-2024-238.pdf](https://berkas.dpr.go.id/pusaka/files/isu_sepekan/Isu%20Sepekan---III-PUSLIT-Juni-2024-238.pdf).',
      ].join('\n'),
      errors: [{ line: 4, excerpt: 'https://berkas.dpr.go.id/pusaka/files/isu_sepekan/Isu%20Sepekan---III-PUSLIT-Juni-2024-238.pdf', severity: 'warning', message: /letter case of the path/, related: 1 }],
    },
    {
      name: 'tracking parameters',
      text: 'See https://example.org/story?utm_source=twitter&utm_medium=social and https://example.org/story.',
      errors: [{ column: 5, excerpt: 'https://example.org/story?utm_source=twitter&utm_medium=social', suggestion: 'https://example.org/story', severity: 'info' }],
    },
    {
      name: 'two reference entries, http and https: the same work listed twice',
      format: 'md',
      text: '## References\n\n1. Doe, J. 2020. Title. http://example.org/paper/\n2. Doe, J. 2020. Title again. https://example.org/paper\n',
      errors: [{ line: 3, excerpt: 'http://example.org/paper/', suggestion: 'https://example.org/paper', severity: 'warning', message: /http versus https; a trailing slash/ }],
    },
    {
      name: 'html: www and no www',
      format: 'html',
      text: '<p><a href="https://www.example.org/a">x</a> and <a href="https://example.org/a">y</a> and <a href="https://example.org/a">z</a></p>',
      errors: [{ excerpt: 'https://www.example.org/a', suggestion: 'https://example.org/a', severity: 'info', related: 2 }],
    },
  ],
});
