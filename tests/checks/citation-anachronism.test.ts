import { ruleTester } from '../helpers/rule-tester.js';
import { citationAnachronism } from '../../src/checks/citation-anachronism.js';

const idDoc = (body: string, entries: string[]) => `${body}\n\n## Daftar Pustaka\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`;
const enDoc = (body: string, entries: string[]) => `${body}\n\n## References\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`;
const RCTI = 'RCTI Plus.com. 2022. "Mengulik Sejarah Hubungan Rusia dan Korut". Accessed 2024. <https://www.rctiplus.com/news/detail/4411312/mengulik>.';
const SMITH_2021 = 'Smith, J. 2021. *Trade in Asia*. London: Press.';

ruleTester(citationAnachronism, {
  valid: [
    { name: 'id: the source is from the year of the event', text: idDoc('Pada 12 September 2023, Kim Jong-Un bertemu Putin (Kompas 2023).', ['Kompas. 2023. *Pertemuan*. Jakarta.']), format: 'md', lang: 'id' },
    { name: 'en: the source is newer than the event', text: enDoc('In March 2020 the border closed (Smith 2021).', [SMITH_2021]), format: 'md' },
    { name: 'id: a forecast is no event', text: idDoc('IMF memprediksi pertumbuhan ekonomi sebesar 1,1% pada 2024 (Smith 2021).', [SMITH_2021]), format: 'md', lang: 'id' },
    { name: 'en: a deadline is no event', text: enDoc('The plan sets targets to reach by 2030 (Smith 2021).', [SMITH_2021]), format: 'md' },
    { name: 'a decade is too loose', text: enDoc('Trade grew in the 2020s (Smith 2021).', [SMITH_2021]), format: 'md' },
    { name: 'another citation closes the claim', text: enDoc('In 2024 the treaty was signed (Lee 2024). Trade had grown for years (Smith 2021).', ['Lee, K. 2024. *Treaty*. Seoul: Press.', SMITH_2021]), format: 'md' },
    { name: 'a source without a date', text: enDoc('In 2024 the treaty was signed (Lee n.d.).', ['Lee, K. n.d. *Treaty*. Seoul: Press.']), format: 'md' },
    { name: 'a relative date is not held against a source', text: idDoc('Judul\n\n#Fokus l 2020-05-21\n\nTahun lalu ekonomi tumbuh (Smith 2018).', ['Smith, J. 2018. *Ekonomi*. Jakarta.']), format: 'md', lang: 'id' },
    { name: "a date after the document's own date is a plan", text: enDoc('---\ndate: 2020-05-21\n---\n\nThe games take place in July 2021 (Smith 2019).', ['Smith, J. 2019. *Games*. London: Press.']), format: 'md' },
    { name: 'the source is cited for the date it names itself', text: enDoc('The 1961 treaty was abrogated in 1996 (Treaty Office 1961).', ['Treaty Office. 1961. *Treaty of Friendship*. Moscow.']), format: 'md' },
    { name: 'a count is no year', text: enDoc('The screen tested 2023 compounds against the target (Smith 2021).', [SMITH_2021]), format: 'md' },
    { name: 'the year of a citation is no event', text: enDoc('As Lee (2024) notes, trade grew (Smith 2021).', ['Lee, K. 2024. *Treaty*. Seoul: Press.', SMITH_2021]), format: 'md' },
    { name: 'id: the year of a law is no event', text: idDoc('Pengelolaan dana desa diatur dalam Undang-Undang Nomor 6 Tahun 2014 tentang Desa (Smith 2012).', ['Smith, J. 2012. *Desa*. Jakarta.']), format: 'md', lang: 'id' },
    { name: 'en: a resolution "No. 2397 of 2017" is no event', text: enDoc('Sanctions follow Resolution No. 2397 of 2017 (Smith 2012).', ['Smith, J. 2012. *Sanctions*. London: Press.']), format: 'md' },
    { name: 'en: a narrative citation names a method, it does not vouch for the date', text: enDoc('Researchers used the method of Cohen (1960) to compute agreement in 2022.', ['Cohen, J. (1960). A coefficient of agreement. *Educational and Psychological Measurement, 20*(1), 37–46.']), format: 'md' },
    { name: 'es: "cinco años después del informe de Pérez (2015)"', text: enDoc('En septiembre de 2020, cinco años después del informe de Pérez (2015), se aprobó la ley.', ['Pérez, J. (2015). *Informe*. Madrid: Editorial.']), format: 'md', lang: 'es' },
    { name: 'id: a note mark after the full stop belongs to the sentence before it', text: 'E-government bukan sekadar digitalisasi formulir.[^1] Indeks SPBE naik dari 1,98 pada 2018 menjadi 2,34 pada 2021.\n\n[^1]: Indrajit, R. E. 2016. *Electronic Government*. Yogyakarta: Andi.\n', format: 'md', lang: 'id' },
    { name: 'id: the citing sentence names dates of its own, the year before is another claim', text: idDoc('Pada tahun 2022 tercatat 1,6 juta PMI di Malaysia. Perlindungan PMI diatur dalam Undang-Undang Nomor 18 Tahun 2017, yang menggantikan Undang-Undang Nomor 39 Tahun 2004 (Farbenblum 2019).', ['Farbenblum, Bassina. 2019. "Governance of Migrant Worker Recruitment". *Asian Journal of International Law* 9 (1): 152–184.']), format: 'md', lang: 'id' },
    { name: 'a numeric citation vouches for its own sentence only', text: '# Methods\n\nData collection began on Friday, 1 April 2022. Humidity above 85% was flagged following [1] and [2].\n\n## References\n\n1. Smith J. Sensor drift. Atmos Env. 2021;12:1-9.\n2. Lee K. Humidity. Atmos Env. 2020;11:5-8.\n', format: 'md' },
    { name: 'pandoc: a bare @key is narrative', text: '---\nbibliography: refs.bib\n---\n\nThe survey closed on 21 March 2024. Data deposit follows @lowndes2017.\n', format: 'md', files: { 'refs.bib': '@article{lowndes2017, author = {Lowndes, Julia}, title = {Our path}, journal = {Nature}, year = {2017}}\n' } },
    { name: 'id: a "see also" note is further reading', text: 'Angka kemiskinan turun pada tahun 2021.[^1]\n\n[^1]: Lihat juga Halim, A. 2016. *Kemiskinan*. Jakarta: Penerbit.\n', format: 'md', lang: 'id' },
  ],
  invalid: [
    {
      name: 'id: seed 001, the event two sentences before the citation',
      text: idDoc('Pada 12 September 2023, Kim Jong-Un bertemu Putin. Sejak pertemuan ini, hubungan Korea Utara dan Rusia telah meningkat. (RCTI Plus.com 2022). Pertemuan ini menyusul kunjungan Shoigu.', [RCTI]),
      format: 'md',
      lang: 'id',
      errors: [{ line: 1, message: /dates this event to 12 September 2023.*dated 2022, before the event/, related: 2 }],
    },
    {
      name: 'en: a footnote cites a source older than the event',
      text: 'On 12 September 2023 Kim met Putin in Vladivostok.[^1]\n\n[^1]: RCTI Plus. 2022. Mengulik sejarah hubungan. https://www.rctiplus.com/news/x\n',
      format: 'md',
      errors: [{ excerpt: '[^1]', message: /12 September 2023.*dated 2022/ }],
    },
    {
      name: 'en: a year-dated event',
      text: enDoc('The Putin visit in 2024 moved ties from contact to alliance (Smith 2021).', [SMITH_2021]),
      format: 'md',
      errors: [{ message: 'The text dates this event to 2024, but the cited source (Smith 2021) is dated 2021, before the event.' }],
    },
    {
      name: 'es: a month-dated event',
      text: '# T\n\nEn marzo de 2024 se firmó el acuerdo (García 2022).\n\n## Referencias\n\n- García, L. 2022. *Acuerdos*. Madrid: Editorial.\n',
      format: 'md',
      lang: 'es',
      errors: [{ message: /March 2024.*dated 2022/ }],
    },
  ],
});
