import { ruleTester } from '../helpers/rule-tester.js';
import { accessedBeforePublished, accessedInFuture, urlDateMismatch } from '../../src/checks/reference-dates.js';

/** A short Markdown document whose bibliography holds `entries` (one per line). */
const withReferences = (entries: string[], heading = 'References', front = '') =>
  `${front}# Title\n\nBody text (Author 2022).\n\n## ${heading}\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`;

ruleTester(urlDateMismatch, {
  valid: [
    { name: 'a WordPress upload after the work appeared is normal', text: 'Body.\n\nReferences\n\nASEAN Secretariat. 2019. "ASEAN Outlook on the Indo-Pacific". https://asean.org/wp-content/uploads/2021/01/ASEAN-Outlook.pdf\n' },
    { name: 'URL date in the entry year', text: withReferences(['Kompas. 2024. *Pasang Surut*. <https://internasional.kompas.com/read/2024/02/26/163450470/pasang-surut>.']), format: 'md' },
    { name: 'a day apart (time zones)', text: withReferences(['Reuters. (2024, March 28). Spy chief. https://www.reuters.com/world/delegation-visits-pyongyang-2024-03-27/']), format: 'md' },
    { name: 'a day apart across New Year', text: withReferences(['Wire. (2023, December 31). Year end. https://example.org/news/2024/01/01/year-end']), format: 'md' },
    { name: 'a DOI holds no date', text: withReferences(['Lee, K. 2013. Genome study. https://doi.org/10.1186/gb-2013-14-10-r115']), format: 'md' },
    { name: 'month words that repeat the title', text: withReferences(['Smith, J. 2021. *Report on the March 2019 floods*. https://example.org/report-on-the-march-2019-floods']), format: 'md' },
    { name: 'one of two slug dates is the entry year', text: withReferences(['Crisis Group. 2020. *Timeline*. https://www.crisisgroup.org/asia/afghanistan-between-february-2019-and-august-2020-timeline']), format: 'md' },
    { name: 'no date in the entry', text: withReferences(['Kompas. n.d. *Pasang Surut*. https://kompas.com/read/2024/02/26/x']), format: 'md' },
    { name: 'a path date beats a slug date', text: withReferences(['Blog. 2015. *Notes*. https://blog.example.org/2015/06/notes-from-march-2012']), format: 'md' },
    { name: 'id: same year', text: withReferences(['CNBC Indonesia. 2024. *Pakta*. Diakses 2024. <https://www.cnbcindonesia.com/news/20240620050803-4-547646/putin-kim>'], 'Daftar Pustaka'), format: 'md', lang: 'id' },
  ],
  invalid: [
    {
      name: 'txt: a URL cut after the scheme and after a dot, the date still points at itself',
      text: 'Isi (Tempo.co 2021).\n\nDAFTAR PUSTAKA\n\nTempo.co. 2021. "Ratusan PMI Dideportasi". Diunduh dari https://\n      nasional.tempo.co/read/2022/06/14/ratusan-pmi pada 10 Mei 2023.\nTempo. 2022. "Setop Kirim PMI". Diunduh dari https://nasional.\n      tempo.co/read/2023/01/05/setop pada 10 Mei 2023.\n',
      lang: 'id',
      errors: [
        { line: 6, excerpt: '2022/06/14', message: /dated 2021, but its URL carries the date 14 June 2022/ },
        { line: 8, excerpt: '2023/01/05', message: /dated 2022, but its URL carries the date 5 January 2023/ },
      ],
    },
    {
      name: 'id: entry 2022, URL 2024 (seed 001)',
      text: withReferences(['Internasional Kompas. 2022. *Pasang Surut Hubungan Rusia dan Korea Utara*. Accessed 2024. <https://internasional.kompas.com/read/2024/02/26/163450470/pasang-surut-hubungan>,'], 'Daftar Pustaka'),
      format: 'md',
      lang: 'id',
      errors: [{ excerpt: '2024/02/26', severity: 'warning', message: 'The entry is dated 2022, but its URL carries the date 26 February 2024.', related: 1 }],
    },
    {
      name: 'month name in a file name',
      text: withReferences(['Berkas DPR.go. 2022. *Isu Sepekan*. [https://berkas.dpr.go.id/files/Isu%20Sepekan---III-PUSLIT-Juni-2024-238.pdf](https://berkas.dpr.go.id/files/Isu%20Sepekan---III-PUSLIT-Juni-2024-238.pdf).'], 'Daftar Pustaka'),
      format: 'md',
      lang: 'id',
      errors: [{ excerpt: 'Juni-2024', message: /dated 2022, but its URL carries the date June 2024/ }],
    },
    {
      name: 'a compact stamp with a time',
      text: withReferences(['CNN Indonesia. 2022. *Sekjen Nato*. <https://www.cnnindonesia.com/internasional/20230711193114-134-972249/sekjen-nato>.']),
      format: 'md',
      errors: [{ excerpt: '20230711', message: /11 July 2023/ }],
    },
    {
      name: 'same year, a week apart: info only',
      text: withReferences(['Kim Eun-jung. (2024, April 10). NATO invites S.Korea. Yonhap. https://en.yna.co.kr/view/AEN20240403008500315']),
      format: 'md',
      errors: [{ excerpt: '20240403', severity: 'info', message: /7 days apart/ }],
    },
    {
      name: 'plain text bibliography',
      text: 'Body.\n\nReferences\n\nAlexander, Chris. 2022. "Boarders". https://thecic.org/wp-content/uploads/2020/09/Behind-the-Headlines.pdf\n',
      errors: [{ excerpt: '2020/09', message: /September 2020/ }],
    },
  ],
});

ruleTester(accessedBeforePublished, {
  valid: [
    { name: 'accessed after publication', text: withReferences(['Smith, J. 2021. *Title*. https://example.org. Accessed 5 March 2022.']), format: 'md' },
    { name: 'accessed the day before (time zones)', text: withReferences(['Reuters. (2024, March 28). *Spy chief*. https://example.org. Accessed 27 March 2024.']), format: 'md' },
    { name: 'accessed after the date in its URL', text: withReferences(['Kementerian ESDM. (2022). *Siaran Pers JETP*. Diakses pada 20 November 2022, dari https://www.esdm.go.id/id/berita/siaran-pers-jetp-2022-11-16'], 'Daftar Pustaka'), format: 'md', lang: 'id' },
    { name: 'an upload folder is no publication date', text: withReferences(['ASEAN. (2019). *Outlook*. https://asean.org/wp-content/uploads/2021/01/outlook.pdf. Accessed 5 January 2021.']), format: 'md' },
    { name: 'year-only access date', text: withReferences(['Smith, J. 2022. *Title*. Accessed 2021. https://example.org']), format: 'md' },
  ],
  invalid: [
    {
      name: 'id: accessed before the day its URL carries',
      text: withReferences(['Kementerian ESDM. (2022). *Siaran Pers JETP*. Diakses pada 1 November 2022, dari https://www.esdm.go.id/id/berita/siaran-pers-jetp-2022-11-16'], 'Daftar Pustaka'),
      format: 'md',
      lang: 'id',
      errors: [{ excerpt: '1 November 2022', message: 'Accessed 1 November 2022, before the date in its URL (16 November 2022).', related: 1 }],
    },
    {
      text: withReferences(['Smith, J. 2021. *Title*. https://example.org. Accessed 5 March 2020.']),
      format: 'md',
      errors: [{ excerpt: '5 March 2020', message: 'Accessed 5 March 2020, before the work was published (2021).', related: 1 }],
    },
    {
      text: withReferences(['Badan Pusat. 2023. *Laporan*. Diakses pada 12 Januari 2022 dari https://example.go.id.'], 'Daftar Pustaka'),
      format: 'md',
      lang: 'id',
      errors: [{ excerpt: '12 Januari 2022' }],
    },
  ],
});

ruleTester(accessedInFuture, {
  valid: [
    { name: 'before the document date', text: withReferences(['Smith, J. 2019. *Title*. https://example.org. Accessed 20 May 2020.'], 'References', '---\ndate: 2020-05-21\n---\n\n'), format: 'md' },
    { name: 'a day after the document date', text: withReferences(['Smith, J. 2019. *Title*. https://example.org. Accessed 22 May 2020.'], 'References', '---\ndate: 2020-05-21\n---\n\n'), format: 'md' },
    { name: 'no own date: references only bound it from below', text: withReferences(['Smith, J. 2024. *Title*. https://example.org. Accessed 3 June 2025.']), format: 'md' },
  ],
  invalid: [
    {
      name: 'after today',
      text: withReferences(['Smith, J. 2019. *Title*. https://example.org. Accessed 5 March 2027.']),
      format: 'md',
      errors: [{ excerpt: '5 March 2027', message: 'Accessed 5 March 2027, which is after today (26 November 2026).' }],
    },
    {
      name: "after the document's front-matter date",
      text: withReferences(['Smith, J. 2019. *Title*. https://example.org. Accessed 1 June 2021.'], 'References', '---\ndate: 2020-05-21\n---\n\n'),
      format: 'md',
      errors: [{ excerpt: '1 June 2021', message: /after the document's own date \(21 May 2020, from its front matter\)/, related: 1 }],
    },
    {
      name: 'id: after the dateline',
      text: 'Judul\n\n#Fokus Sepekan l 2020-05-21\n\nIsi.\n\n## Daftar Pustaka\n\n- Kompas. 2019. *Judul*. Diakses pada 3 Juli 2020 dari https://kompas.com.\n',
      format: 'md',
      lang: 'id',
      errors: [{ excerpt: '3 Juli 2020', message: /from its dateline/ }],
    },
  ],
});
