import { ruleTester } from '../helpers/rule-tester.js';
import { dateInvalid, weekdayMismatch } from '../../src/checks/date.js';

ruleTester(weekdayMismatch, {
  valid: [
    { text: 'Rapat digelar hari Selasa 26 Desember 2017 di Moskow.', lang: 'id' },
    { text: 'Sabtu, 14 April 2018', lang: 'id' },
    { text: 'The meeting on Saturday, 14 April 2018 was short.' },
    { text: 'It happened on Saturday, April 14, 2018.' },
    { name: 'month only: undecidable', text: 'Selasa, April 2018', lang: 'id' },
    { name: 'weekday far from the date', text: 'On Tuesday we read what happened on 14 April 2018.' },
    { name: 'id news: weekday before a numeric date, right', text: 'Rapat digelar Jumat (18/10/2024) di Jakarta.', lang: 'id' },
    { name: 'en: "The Sun" before a numeric date is a newspaper', text: 'As reported by The Sun (12/10/2024), the match was cancelled.' },
    { text: 'El sábado 14 de abril de 2018 se firmó.', lang: 'es' },
    { text: 'Le samedi 14 avril 2018, rien.', lang: 'fr' },
    { text: 'Am Samstag, 14. April 2018 war es kalt.', lang: 'de' },
    { text: 'No sábado, 14 de abril de 2018, choveu.', lang: 'pt' },
    { text: 'Rapat digelar *Sabtu, 14 April 2018* di Jakarta.', format: 'md', lang: 'id' },
    { text: '<p>Rapat digelar Sabtu, 14 April 2018.</p>', format: 'html', lang: 'id' },
    { name: 'lower-case "may" is a verb', text: 'They may 14 times ask, 2018 or not.' },
    { name: 'id: seed 000 trap, 26 December 2017 was a Tuesday', text: 'Pertemuan diadakan pada hari Selasa 26 Desember 2017 di Moskow.', lang: 'id' },
    { name: 'id: Jumat with an apostrophe', text: "Jum'at, 13 April 2018", lang: 'id' },
    { name: 'en: abbreviated weekday', text: 'Sat, 14 Apr 2018' },
    { name: 'a weekday inside a URL date is no weekday', text: 'See https://example.org/Tuesday/2018/04/14/x.' },
  ],
  invalid: [
    {
      name: 'id news: "Sabtu (18/10/2024)" was a Friday',
      text: 'Presiden berpidato pada Sabtu (18/10/2024) di Jakarta.',
      lang: 'id',
      errors: [{ excerpt: 'Sabtu (18/10/2024)', suggestion: 'Jumat (18/10/2024)' }],
    },
    {
      text: 'Rapat digelar Selasa, 14 April 2018.',
      lang: 'id',
      errors: [{ line: 1, column: 15, endColumn: 36, excerpt: 'Selasa, 14 April 2018', suggestion: 'Sabtu, 14 April 2018', message: '14 April 2018 was a Saturday, not a Tuesday (Selasa).' }],
    },
    {
      text: 'First line\r\nIt was Tuesday, April 14, 2018, they said.',
      errors: [{ line: 2, column: 8, excerpt: 'Tuesday, April 14, 2018', suggestion: 'Saturday, April 14, 2018', message: '14 April 2018 was a Saturday, not a Tuesday.' }],
    },
    { text: 'El martes 14 de abril de 2018 se firmó.', lang: 'es', errors: [{ excerpt: 'martes 14 de abril de 2018', suggestion: 'sábado 14 de abril de 2018' }] },
    { text: 'Le mardi 14 avril 2018, rien.', lang: 'fr', errors: [{ excerpt: 'mardi 14 avril 2018', suggestion: 'samedi 14 avril 2018' }] },
    { text: 'Am Dienstag, 14. April 2018 war es kalt.', lang: 'de', errors: [{ excerpt: 'Dienstag, 14. April 2018', suggestion: 'Samstag, 14. April 2018' }] },
    { text: 'Na terça-feira, 14 de abril de 2018, choveu.', lang: 'pt', errors: [{ excerpt: 'terça-feira, 14 de abril de 2018', suggestion: 'sábado, 14 de abril de 2018' }] },
    { text: 'Kamis, 14 April 2018', lang: 'id', errors: [{ suggestion: 'Sabtu, 14 April 2018', message: '14 April 2018 was a Saturday, not a Thursday (Kamis).' }] },
    { text: 'Mon, 14 Apr 2018', errors: [{ suggestion: 'Sat, 14 Apr 2018' }] },
    {
      name: 'markdown: position survives emphasis and a link',
      text: '# Title\n\nSee [the news](https://example.org) of **Selasa, 14 April 2018**.',
      format: 'md',
      lang: 'id',
      errors: [{ line: 3, column: 42, excerpt: 'Selasa, 14 April 2018' }],
    },
    {
      name: 'html: position survives tags and entities',
      text: '<html><body><nav>Menu</nav><p>Tom &amp; Jerry met on <b>Selasa, 14 April 2018</b>.</p></body></html>',
      format: 'html',
      lang: 'id',
      errors: [{ line: 1, column: 57, excerpt: 'Selasa, 14 April 2018', suggestion: 'Sabtu, 14 April 2018' }],
    },
  ],
});

ruleTester(dateInvalid, {
  valid: [
    { text: 'Signed on 29 February 2024.' },
    { text: 'Signed on 30 April 2018.' },
    { text: 'Published 2018-04-30 in print.' },
    { name: 'DOI digits are no date', text: 'See doi:10.1186/gb-2013-14-10-r115 for details.' },
    { name: 'an impossible date inside a URL is no date', text: 'See https://example.org/news/2024/02/30/story for details.' },
    { name: 'a relative date is never invalid', text: 'Judul\n\n#Fokus l 2020-03-31\n\nBulan lalu ramai.', lang: 'id' },
    { text: 'Signé le 29 février 2024.', lang: 'fr' },
    { text: 'Unterzeichnet am 29. Februar 2024.', lang: 'de' },
    { text: 'Assinado em 30 de abril de 2018.', lang: 'pt' },
  ],
  invalid: [
    { text: 'Signed on 30 February 2018.', errors: [{ excerpt: '30 February 2018', message: 'February 2018 has 28 days; day 30 does not exist.' }] },
    { text: 'Ditandatangani 31 April 2018.', lang: 'id', errors: [{ excerpt: '31 April 2018' }] },
    { text: 'Signed on 29 February 2023.', errors: [{ excerpt: '29 February 2023' }] },
    { text: 'Published 2018-02-30 in print.', errors: [{ excerpt: '2018-02-30' }] },
    { text: 'Publicado el 31 de junio de 2019.', lang: 'es', errors: [{ excerpt: '31 de junio de 2019' }] },
    { text: 'Signé le 30 février 2019.', lang: 'fr', errors: [{ excerpt: '30 février 2019', message: 'February 2019 has 28 days; day 30 does not exist.' }] },
    { text: 'Unterzeichnet am 31. April 2018.', lang: 'de', errors: [{ excerpt: '31. April 2018' }] },
    { text: 'Assinado em 31 de setembro de 2020.', lang: 'pt', errors: [{ excerpt: '31 de setembro de 2020' }] },
    { text: 'Diterbitkan 2023-02-29.', lang: 'id', errors: [{ excerpt: '2023-02-29' }] },
  ],
});
