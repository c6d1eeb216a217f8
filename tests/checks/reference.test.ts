/** reference/duplicate, incomplete, malformed (companion problems included), cross-document-mismatch. */
import { ruleTester } from '../helpers/rule-tester.js';
import { crossDocumentMismatch, duplicate, incomplete, malformed } from '../../src/checks/reference.js';

const bib = (entries: string) => ({ 'refs.bib': entries });
const withBib = (text: string) => `---\nbibliography: refs.bib\n---\n\n${text}`;

ruleTester(duplicate, {
  valid: [
    { name: 'two works of one author', format: 'md', text: '## References\n\n- Foyle, Douglas. 1997. *Public Opinion And Foreign Policy*. ISQ.\n- Foyle, Douglas. 1999. *Counting The Public In*. Columbia University Press.\n' },
    { name: 'a yearbook series repeats its year in the title', format: 'md', text: '## References\n\n- Statistics Indonesia. 2020. *Statistical Yearbook of Indonesia 2020*. Jakarta.\n- Statistics Indonesia. 2021. *Statistical Yearbook of Indonesia 2021*. Jakarta.\n' },
    { name: 'notes cite one work again and again', format: 'md', text: 'A[^1] b[^2].\n\n[^1]: Fedorovskiy, Alexander. 2013. "Russia\'s Policy Toward North Korea". *Russian Analytical Digest*.\n[^2]: Fedorovskiy, Alexander. 2013. "Russia\'s Policy Toward North Korea". *Russian Analytical Digest*, p. 5.\n' },
    { name: 'two pages of one site', format: 'md', text: '## References\n\n- Kompas. 2022. *Satu*. <https://www.kompas.com/>.\n- Kompas. 2023. *Dua*. <https://www.kompas.com/>.\n' },
    { name: 'a paper and its blog post (different kinds)', format: 'md', path: 'p.md', text: withBib('Text.\n'), files: bib('@article{a, title={AI safety via debate}, author={Irving, Geoffrey and Amodei, Dario}, year={2018}, journal={arXiv}}\n@misc{b, title={AI safety via debate}, author={Irving, Geoffrey and Amodei, Dario}, year={2018}, howpublished={blog}}\n') },
    { name: 'tags for two DOIs', format: 'md', text: '[@tag:A]: doi:10.1/a\n[@tag:B]: doi:10.1/b\n' },
  ],
  invalid: [
    {
      name: 'the same work with author and year in another order',
      format: 'md',
      text: '## Daftar Pustaka\n\n- Douglas Foyle. "Public Opinion And Foreign Policy: Elite Beliefs". *International Studies Quarterly*. 1997.\n- Ford, Arthur P. 2009. *Denting The Hub*. Alabama.\n- Foyle, Douglas. 1997. *Public Opinion And Foreign Policy: Elite Beliefs*. *International Studies Quarterly*.\n',
      errors: [{ line: 5, column: 3, message: /same work as line 3 .*the same authors and title\.$/, related: 1 }],
    },
    {
      name: 'under two years (n.d. and 2022), one word misspelt',
      format: 'md',
      text: '## References\n\n- Brookings. n.d. "What do North Korean Troop Deployments to Russia Mean For Geopolitics".\n- Brookings. 2022. "What do North Korean Troop Deployements to Russia Mean For Geopolitics". Accessed 2024. <https://www.brookings.edu/articles/what-do/>.\n',
      errors: [{ line: 4, message: /under 2022 here and no date there/ }],
    },
    {
      name: 'one URL written with different capitals',
      format: 'md',
      text: '## References\n\n- Pusat Analisis DPR RI. 2023. *Peningkatan Hubungan*. <https://Berkas.Dpr.Go.Id/Pusaka/Files/Isu-Sepekan-238.Pdf>\n- Berkas DPR.go. 2022. *Isu Sepekan*. <https://berkas.dpr.go.id/pusaka/files/isu-sepekan-238.pdf>\n',
      errors: [{ line: 4, message: /the same address, written with different capitals/ }],
    },
    {
      name: 'Manubot: two tags for one DOI',
      format: 'md',
      text: '## References\n\n[@tag:Angermueller2016_single_methyl]: doi:10.1186/s13059-017-1189-z\n[@tag:Angermueller2017]: doi:10.1186/s13059-017-1189-z\n',
      errors: [{ line: 4, column: 1, excerpt: '[@tag:Angermueller2017]: doi:10.1186/s13059-017-1189-z', message: 'Citation tags "tag:Angermueller2016_single_methyl" and "tag:Angermueller2017" are defined for the same DOI 10.1186/s13059-017-1189-z: one work, two tags.' }],
    },
    {
      name: 'a .bib with one DOI under two keys: the finding points into the .bib',
      format: 'md',
      path: 'p.md',
      text: withBib('Text.\n'),
      files: bib('@article{one, title={T}, author={A, B}, year={2020}, doi={10.1/X}}\n@article{two, title={T}, author={A, B}, year={2020}, doi={10.1/x}}\n'),
      errors: [{ file: 'refs.bib', line: 2, column: 1, message: /same DOI 10\.1\/x/ }],
    },
  ],
});

ruleTester(incomplete, {
  valid: [
    { name: 'Retrieved from a URL', format: 'md', text: '## References\n\n- Smith, J. 2020. *Title*. Retrieved from https://example.org/title\n' },
    { name: 'APA 6: retrieved from a named database', format: 'md', text: '## References\n\n- Smith, J. 2020. *Title*. Retrieved from ERIC database.\n' },
    { name: 'a note: Dikutip dari <url> diakses pada …', text: 'Teks.¹\n\n¹ Dikutip dari <http://parstoday.com/id/news/world-1> diakses pada 24 April 2018\n', lang: 'id' },
    { name: 'a short note citation without a year', text: 'Text.[1] More.[2]\n\n[Footnote 1: Seemann: Voy. Herald, Vol. I, p. 312.]\n\n[Footnote 2: Cullen’s Darien, p. 38.]\n' },
    { name: 'n.d. is a year given', format: 'md', text: '## References\n\n- Brookings. n.d. *What do North Korean Troop Deployments Mean*.\n' },
    { name: 'an access date after the URL', format: 'md', text: '## References\n\n- WHO. 2020. *Report*. https://who.int/report/2020, accessed 12 May 2020.\n' },
    { name: 'Retrieved from a database', format: 'md', text: '## References\n\n- Smith, J. 2001. *Reading in class*. Retrieved from ERIC database.\n' },
    { name: 'a complete .bib entry', format: 'md', path: 'p.md', text: withBib('Text.\n'), files: bib('@book{a, title={T}, author={A, B}, year={Work In Progress}}\n') },
  ],
  invalid: [
    {
      name: 'id: a site named instead of its address (laman resmi, Kompas.com)',
      text: 'Isi (Kompas.com 2020) dan (IESR, 2023).\n\nDAFTAR PUSTAKA\n\nIESR. (2023). Indonesia Energy Transition Outlook 2023. Jakarta: IESR. Diunduh dari laman resmi IESR pada 2 Februari 2023.\nKompas.com. 2020. "Jokowi: Tak Ada Tawar-Menawar". Diunduh dari Kompas.com pada 12 Maret 2023.\n',
      lang: 'id',
      errors: [
        { line: 5, excerpt: 'Diunduh dari', message: '"Diunduh dari" is followed by the name of a site, not its address: the URL of this page is missing.' },
        { line: 6, excerpt: 'Diunduh dari' },
      ],
    },
    {
      name: 'en: retrieved from the ILO website',
      format: 'md',
      text: '## References\n\n- ILO. (2020). *COVID-19 and Migrant Workers*. Bangkok: ILO. Retrieved from the ILO website on 2 February 2023.\n',
      errors: [{ excerpt: 'Retrieved from', message: /name of a site/ }],
    },
    {
      name: '"Diunduh dari" ends the note',
      text: 'Teks.²\n\n² Alexander Fedorovskiy.2013."Russia\'s Policy Toward North Korea".*Russian Analytical Digest*.Diunduh dari\n',
      lang: 'id',
      errors: [{ line: 3, column: 95, excerpt: 'Diunduh dari', message: '"Diunduh dari" is not followed by an address: the URL of this source is missing.' }],
    },
    {
      name: '"Accessed" ends the entry',
      format: 'md',
      lang: 'id',
      text: '## Daftar Pustaka\n\n- Kompas. 2022. *Daftar Sanksi*. Accessed\n- Lentner, Howard H. 1973. *Foreign Policy Analysis*. Merril.\n',
      errors: [{ line: 3, column: 34, excerpt: 'Accessed' }],
    },
    {
      name: '"Diakses pada" a date, and no address anywhere',
      format: 'md',
      lang: 'id',
      text: '## Daftar Pustaka\n\n- Tempo. 2020. *Berita Satu*. Diakses pada 12 Mei 2020.\n',
      errors: [{ line: 3, column: 31, excerpt: 'Diakses pada' }],
    },
    {
      name: 'no year, and no year on an online source (info)',
      format: 'md',
      text: '## References\n\n- Secretariat Cairo. *United Nation Congress On The Prevention Of Crime*. Cairo: UN.\n- Weisstein, Eric W. "Least Squares Fitting". MathWorld. <https://mathworld.wolfram.com/LeastSquaresFitting.html>.\n',
      errors: [
        { line: 3, severity: 'warning', message: 'This entry gives no year of publication.' },
        { line: 4, severity: 'info', message: /write n\.d\./ },
      ],
    },
    {
      name: 'a .bib entry without title',
      format: 'md',
      path: 'p.md',
      text: withBib('Text.\n'),
      files: bib('@misc{web, author={A, B}, year={2020}, url={https://example.org/x}}\n'),
      errors: [{ file: 'refs.bib', line: 1, message: 'Entry "web" has no title.' }],
    },
  ],
});

ruleTester(malformed, {
  valid: [
    { name: 'a URL after a page break completes its entry', format: 'md', text: '## References\n\n- IP Defense Forum. 2024. *Ikatan Militer*. Accessed 2025.\n\n<https://ipdefenseforum.com/id/2024/11/ikatan-militer>.\n' },
    { name: 'numbers in order', format: 'md', text: '## References\n\n1. Smith, J. 2020. *One*. Publisher.\n2. Doe, A. 2019. *Two*. Press.\n' },
    { name: 'a companion that exists', format: 'md', path: 'p.md', text: withBib('Text.\n'), files: bib('@book{a, title={T}, author={A, B}, year={2020}}\n') },
  ],
  invalid: [
    {
      name: 'a date and URL split off another entry',
      format: 'md',
      lang: 'id',
      text: '## Daftar Pustaka\n\n- Mulvey, S. 2022. "Ukraina". Accessed 2024. <https://www.bbc.com/indonesia/dunia-1>.\n2024. <https://www.kompas.com/tren/read/2022/03/05/1/daftar-sanksi-rusia-invasi>.\n- Kompas. 2022. *Daftar Sanksi Rusia atas Invasi Ukraina*. Accessed\n',
      errors: [{ line: 4, column: 1, excerpt: '2024. <https://www.kompas.com/tren/read/2022/03/05/1/daftar-sanksi-rusia-invasi>.', message: /rest of line 5/, related: 1 }],
    },
    {
      name: 'two entries numbered 18',
      format: 'md',
      text: '## note\n\n17. Scikit Learn, "Linear Models", 2021, <https://scikit-learn.org/a>.\n18. McGrath, Colin, "How to Calculate Linearity", 2017, <https://sciencing.com/b>.\n18. Wikipedia contributors, "Einstein notation", 2021, <https://en.wikipedia.org/c>.\n',
      errors: [{ line: 5, column: 5, message: 'Two entries are numbered 18 (it follows 18; 19 was probably meant): a citation of [18] cannot tell them apart.', related: 1 }],
    },
    {
      name: 'a companion that does not exist (info, on its mention)',
      format: 'md',
      path: 'p.md',
      text: withBib('Text.\n'),
      files: {},
      errors: [{ line: 2, column: 15, excerpt: 'refs.bib', severity: 'info', message: /"refs\.bib" does not exist/ }],
    },
    {
      name: 'a companion entry that cannot be read (info, in the .bib)',
      format: 'md',
      path: 'p.md',
      text: withBib('Text.\n'),
      files: bib('@article{bad, title={Bad, year=2020}\n@book{good, title={Good}, author={Roe, R.}, year=1999}\n'),
      errors: [{ file: 'refs.bib', line: 1, column: 1, severity: 'info', excerpt: '@article{bad, title={Bad, year=2020}', message: /Entry "bad" in refs\.bib cannot be read/ }],
    },
  ],
});

const shin = (pages: string) => `## Daftar Pustaka\n\n- Shin, Beom-Shik. 2008. "Russia's Northeast Asian Policy and Korean Peninsular." *The Journal of East Asia Affairs*, Vol 22. No.2 ${pages}.\n`;

ruleTester(crossDocumentMismatch, {
  valid: [
    { name: 'the same description twice', format: 'md', text: shin('163-195'), others: [{ format: 'md', path: 'other.md', text: shin('163-195') }] },
    { name: 'a note citing a few pages of the article', format: 'md', text: shin('163-195'), others: [{ path: 'other.txt', lang: 'id', text: 'Teks.⁹\n\n⁹ Shin, Beom-Shik.2008."Russia\'s Northeast Asian Policy and Korean Peninsular". *The Journal of East Asia Affairs*, Vol 22. No.2 pg. 170-175\n' }] },
    { name: 'different works', format: 'md', text: shin('163-195'), others: [{ format: 'md', path: 'other.md', text: '## References\n\n- Saito, Motohide. 2016. "Russian North Korea Policy". 166-168.\n' }] },
  ],
  invalid: [
    {
      name: 'pages 163-195 in one document, 63-195 in the other',
      path: 'a.txt',
      lang: 'id',
      text: 'Teks.⁹\n\n⁹ Shin, Beom-Shik.2008."Russia\'s Northeast Asian Policy and Korean Peninsular". *The Journal of East Asia Affairs*, Vol 22. No.2 pg. 163-195\n',
      others: [{ format: 'md', path: 'b.md', text: shin('63-195') }],
      errors: [{ file: 'b.md', line: 3, message: 'a.txt describes this work differently: pages 63-195 here, 163-195 there.', related: 1 }],
    },
    {
      name: 'a misspelt title in two .bib files',
      format: 'md',
      path: 'a/p.md',
      text: withBib('Text.\n'),
      files: { 'a/refs.bib': '@article{k, title={Russia and North Korea: Dilemmas and Interests}, author={Buszynski, Leszek}, year={2009}, journal={Asian Survey}}\n', 'b/refs.bib': '@article{k, title={Russia and North Korea: Dilemas and Interests}, author={Buszynski, Leszek}, year={2009}, journal={Asian Survey}}\n' },
      others: [{ format: 'md', path: 'b/p.md', text: withBib('Text.\n'), files: { 'b/refs.bib': '@article{k, title={Russia and North Korea: Dilemas and Interests}, author={Buszynski, Leszek}, year={2009}, journal={Asian Survey}}\n' } }],
      errors: [{ file: 'b/refs.bib', message: 'a/refs.bib describes this work differently: title "Russia and North Korea: Dilemas and Interests" here, "Russia and North Korea: Dilemmas and Interests" there.' }],
    },
    {
      name: 'a different year',
      format: 'md',
      path: 'a.md',
      text: '## References\n\n- Buszynski, Leszek. 2009. "Russia and North Korea: Dilemmas and Interests". *Asian Survey* 49 (5): 809-830.\n',
      others: [{ format: 'md', path: 'b.md', text: '## References\n\n- Buszynski, Leszek. 2010. "Russia and North Korea: Dilemmas and Interests". *Asian Survey* 49 (5): 809-830.\n' }],
      errors: [{ file: 'b.md', message: /year 2010 here, 2009 there/ }],
    },
  ],
});

