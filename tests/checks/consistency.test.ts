import { ruleTester } from '../helpers/rule-tester.js';
import { entityVariant } from '../../src/checks/entity-variant.js';
import { countMismatch } from '../../src/checks/count-mismatch.js';

const id = 'id' as const;
/** A second chapter about the same things (the run's documents share several names). */
const chapter = (extra: string) => ({
  text: `Hubungan Vladimir Putin dengan Kim Jong Un dibahas di Semenanjung Korea. ${extra} Menteri Luar Negeri Sergey Lavrov ikut.`,
  lang: id,
  path: 'bab2.txt',
});

ruleTester(entityVariant, {
  valid: [
    { name: 'one spelling everywhere', text: 'Presiden Vladimir Putin datang. Kemudian Putin pergi.', lang: id, others: [{ text: 'Vladimir Putin bertemu Kim Jong Un.', lang: id, path: 'b.txt' }] },
    { name: 'hyphenation variants are info', text: 'Lalu Kim Jong-Un bertemu Putin.', lang: id, others: [{ text: 'Lalu Kim Jong Un dan Kim Jong-un hadir. Kim Jong Un pulang.', lang: id, path: 'b.txt' }] },
    { name: 'transliteration variants are info', text: 'Menteri Luar Negeri Rusia Sergei Lavrov datang.', lang: id, others: [{ text: 'Menteri Luar Negeri Rusia Sergey Lavrov pergi.', lang: id, path: 'b.txt' }] },
    { name: 'a shared given name is no conflict', text: 'Russia under Vladimir Putin remembers Vladimir Lenin.' },
    { name: 'two people of one family known to the facts', text: 'President Bill Clinton met Hillary Clinton in Washington.' },
    { name: 'father and son', text: 'Kim Jong Il died; Kim Jong Un followed. Kim Jong Il had ruled since 1994.' },
    { name: 'unrelated documents', text: 'The pottery of Chiriqui, Colombia, is old.', others: [{ text: 'Deep learning at Columbia University. Columbia hosts it.', path: 'b.txt' }] },
    { name: 'languages spell places differently', text: 'Konsep Indo-Pasifik dan Indo-Pasifik baru. Lalu Indo-Pasifik lagi.', lang: id, others: [{ text: 'The Indo-Pacific coined to contain China.', path: 'b.txt' }] },
    { name: 'a suffix is no slip', text: 'North Korea and the North Korean army. North Korea again.' },
    { name: 'acronym-like words one letter apart', text: 'We used ChIP-seq and ChIP-seq data, then CLIP-seq.' },
    { name: 'different people sharing a family name', text: 'John Smith wrote the report. Adam Smith argued otherwise. John Smith replied.' },
    { name: 'one-off spellings in different places', text: 'The firm Vostok Intru sold tours in May. Meanwhile the travellers praised Vostok Intur.' },
    { name: 'markdown: consistent', text: '# Bab\n\nPresiden **Vladimir Putin** datang. [Putin](https://example.org) pergi.', format: 'md', lang: id },
  ],
  invalid: [
    {
      name: 'a wrong given name, known to the facts',
      text: 'Setelah Boris Yeltsin, Rusia dipimpin oleh Vladimir Putin dan dilanjutkan Vladimir Medvedev.',
      lang: id,
      path: 'a.txt',
      others: [{ text: 'Pertemuan dengan Presiden Rusia saat itu Dmitry Medvedev pada Agustus 2011.', lang: id, path: 'b.txt' }],
      errors: [{ file: 'a.txt', excerpt: 'Vladimir Medvedev', severity: 'warning', suggestion: 'Dmitry Medvedev', related: 1, message: /given name differs/ }],
    },
    {
      name: 'a slip against a well-attested form, with URL support',
      text: 'North Korea’s Kim Hong Un meets Russian defence chief. https://www.aljazeera.com/news/2023/7/27/north-koreas-kim-jong-un-meets-russian',
      path: 'a.txt',
      others: [{ text: 'Kim Jong Un bertemu Putin. Kim Jong Un pulang.', lang: id, path: 'b.txt' }],
      errors: [{ excerpt: 'Kim Hong Un', severity: 'warning', suggestion: 'Kim Jong Un', related: 1, message: /misspelling of “Kim Jong Un”/ }],
    },
    {
      name: 'an organisation misspelt in one reference',
      text: '[5] AlJazeera. (2023). Kim meets. https://www.aljazeera.com/news/a\n[7] AlJazeerra. (2023). Lavrov visits. https://www.aljazeera.com/news/b\n[10] AlJazeera. (2024). Seoul. https://www.aljazeera.com/news/c\n',
      errors: [{ line: 2, excerpt: 'AlJazeerra', suggestion: 'AlJazeera', related: 1 }],
    },
    {
      name: 'a tie in the same slot: reported on the later spelling, no suggestion',
      text: 'Agen perjalanan Rusia, Vostok Intru, menawarkan tur. Agen perjalanan Rusia, Vostok Intur, membatalkan tur.',
      lang: id,
      errors: [{ excerpt: 'Vostok Intur', severity: 'warning', related: 1, message: /spelt two ways/ }],
    },
    {
      name: 'same title, different given names',
      text: 'Foreign Minister Tomas Novak spoke. Later Foreign Minister Tomas Novak left. Then Foreign Minister Petr Novak arrived.',
      errors: [{ excerpt: 'Petr Novak', suggestion: 'Tomas Novak', related: 1 }],
    },
    {
      name: 'reported once across documents, other places related',
      text: 'Lalu Kim Hong Un datang ke Moskow.',
      lang: id,
      path: 'a.txt',
      others: [chapter('Kim Hong Un berpidato.'), { text: 'Vladimir Putin, Kim Jong Un, Sergey Lavrov dan Kim Jong Un di Semenanjung Korea.', lang: id, path: 'c.txt' }],
      errors: [{ file: 'a.txt', excerpt: 'Kim Hong Un', suggestion: 'Kim Jong Un', related: 3 }],
    },
    {
      name: 'a quoted misspelling is info',
      text: 'The tabloid wrote “Kim Hong Un” on its cover. Kim Jong Un was not amused. Kim Jong Un left.',
      errors: [{ excerpt: 'Kim Hong Un', severity: 'info' }],
    },
    {
      name: 'a variant is info, with the usual form as suggestion',
      text: 'Kim Jong Un tiba. Kim Jong Un pergi. Lalu Kim Jong-un kembali.',
      lang: id,
      errors: [{ excerpt: 'Kim Jong-un', severity: 'info', suggestion: 'Kim Jong Un' }],
    },
    {
      name: 'html: positions survive markup',
      text: '<p>Agen perjalanan Rusia, <b>Vostok Intru</b>, menawarkan tur.</p><p>Agen perjalanan Rusia, Vostok Intur, membatalkan tur.</p>',
      format: 'html',
      lang: id,
      errors: [{ line: 1, excerpt: 'Vostok Intur' }],
    },
  ],
});

ruleTester(countMismatch, {
  valid: [
    { name: 'numbered list that matches', text: 'Ada tiga faktor, yaitu:\n\n1. Ekonomi;\n2. Politik;\n3. Budaya.\n', lang: id },
    { name: 'bulleted list that matches', text: 'There are three reasons:\n\n- cost\n- speed\n- safety\n', format: 'md' },
    { name: 'an amount, not items', text: 'The programme ran for 5 years:\n\n- it started\n- it ended\n', format: 'md' },
    { name: 'nested items are not counted', text: 'Two steps:\n\n1. Prepare\n   - wash\n   - cut\n2. Cook\n', format: 'md' },
    { name: 'a closed sentence does not announce a list', text: 'Rusia memiliki 8 prioritas nasional.\n\n1. Pertahanan;\n2. Ekonomi.\n', lang: id },
    { name: 'a lettered list that matches', text: 'Ada tiga faktor berikut:\n\na. ekonomi;\n\nb. politik;\n\nc. budaya.\n', lang: id },
    { name: 'a list further away', text: 'Ada tiga faktor, yaitu:\n\nPenjelasannya panjang sekali.\n\n1. Ekonomi;\n2. Politik.\n', lang: id },
    { name: 'ordinals that match', text: 'Ada tiga alasan utama. Pertama, ekonomi. Kedua, politik. Ketiga, budaya.', lang: id },
    { name: 'a last item closes the count', text: 'Ada tiga alasan. Pertama, ekonomi. Kedua, politik. Terakhir, budaya.', lang: id },
    { name: '"Kedua negara" means "both countries"', text: 'Ada dua alasan. Pertama, ekonomi. Kedua negara itu bersekutu.', lang: id },
    { name: 'no enumeration follows', text: 'The study took two approaches. We describe them below in turn.' },
    { name: 'id: inline items that match', text: 'Akuntabilitas memiliki tiga indikator, yaitu (1) kejelasan tujuan, (2) keterbukaan informasi, dan (3) mekanisme pengaduan.', lang: id },
    { name: 'en: inline lettered items that match', text: 'The model has two parts, namely (a) a parser and (b) a checker.' },
    { name: 'en: markers without an announced number', text: 'We compare (1) cost and (2) speed across the two sites.' },
    { name: 'en: a count that is no list', text: 'The survey ran for 5 years, namely (1) the pilot and (2) the main study.' },
    { name: 'id: a list in the sentence that matches', text: 'ASEAN didirikan oleh lima negara, yaitu Indonesia, Malaysia, Filipina, Singapura, dan Thailand.', lang: id },
    { name: 'en: "such as" gives examples, not the whole list', text: 'Four regions, such as Java and Bali, were studied.' },
    { name: 'en: a copula is no introducer', text: 'These two tasks are critical for studying rare variation, allele-specific transcription and translation, and splice site mutations.' },
    { name: 'en: the number is not the list\'s', text: 'Four angular fret links in black are inclosed in as many panels, bordered by red and separated by blank spaces.' },
    { name: 'id: items with numbers are left alone', text: 'KTT itu menghasilkan tiga hasil, yaitu Dana Pandemi senilai 1,4 miliar dollar dan JETP senilai 20 miliar dollar.', lang: id },
    { name: 'html list that matches', text: '<p>The two steps are:</p><ul><li>wash</li><li>cook</li></ul>', format: 'html' },
    { name: 'html nested list is left alone', text: '<p>The two steps are:</p><ul><li>wash<ul><li>hands</li><li>food</li></ul></li><li>cook</li></ul>', format: 'html' },
  ],
  invalid: [
    {
      name: 'id: four priorities announced, three listed in the sentence',
      text: 'Indonesia menetapkan empat prioritas, yaitu kesehatan global, transformasi digital, dan transisi energi.',
      lang: id,
      errors: [{ excerpt: 'empat prioritas', message: '“empat prioritas” announces 4 items, but 3 follow.', related: 1 }],
    },
    {
      name: 'en: three regions, four after the colon',
      text: 'The study covers three regions: Java, Sumatra, Bali and Papua.',
      errors: [{ excerpt: 'three regions' }],
    },
    {
      name: 'id: four indicators announced, three marked in the sentence',
      text: 'Akuntabilitas publik memiliki empat indikator, yaitu (1) kejelasan tujuan, (2) keterbukaan informasi, dan (3) adanya mekanisme pengaduan.',
      lang: id,
      errors: [{ excerpt: 'empat indikator', message: '“empat indikator” announces 4 items, but 3 follow.', related: 1 }],
    },
    {
      name: 'en: four indicators, namely (1) … (3)',
      text: 'Accountability has four indicators, namely (1) clear goals, (2) open information, and (3) a complaints mechanism.',
      errors: [{ excerpt: 'four indicators' }],
    },
    {
      name: 'seed 000: eight announced, seven listed',
      text: 'Kepentingan nasional ini bisa dicapai dengan mengembangkan 8 prioritas nasional, seperti ;\n\n1. Pertahanan nasional;\n2. Keamanan negara dan publik;\n3. Pertumbuhan ekonomi;\n4. Ilmu pengetahuan;\n5. Kesehatan & Budaya;\n6. Sumber daya alam;\n7. Stabilitas strategis dan kerjasama internasional.¹\n',
      lang: id,
      errors: [{ line: 1, excerpt: '8 prioritas nasional', message: '“8 prioritas nasional” announces 8 items, but 7 follow.', related: 1 }],
    },
    {
      name: 'number words in English, markdown bullets',
      text: 'There are three reasons for this:\n\n- cost\n- speed\n',
      format: 'md',
      errors: [{ excerpt: 'three reasons for this', message: /announces 3 items, but 2 follow/ }],
    },
    {
      name: 'Indonesian number word and ordinals',
      text: 'Ada empat faktor penyebabnya. Pertama, ekonomi. Kedua, politik. Ketiga, budaya.',
      lang: id,
      errors: [{ excerpt: 'empat faktor penyebabnya', message: /announces 4 items, but 3 follow/ }],
    },
    {
      name: 'a lettered list in plain text',
      text: 'Faktor-faktor yang memengaruhi kebijakan luar negeri ada empat, yaitu:\n\na. ekonomi;\n\nb. politik;\n\nc. budaya.\n',
      lang: id,
      errors: [{ excerpt: 'empat', message: /announces 4 items, but 3 follow/ }],
    },
    {
      name: 'ordinals running past the announcement',
      text: 'There are two reasons. First, cost. Second, speed. Third, safety.',
      errors: [{ excerpt: 'two reasons', message: /announces 2 items, but 3 follow/ }],
    },
    {
      name: 'html list',
      text: '<p>The two steps are:</p><ul><li>wash</li><li>cut</li><li>cook</li></ul>',
      format: 'html',
      errors: [{ excerpt: 'two steps', message: /but 3 follow/ }],
    },
  ],
});
