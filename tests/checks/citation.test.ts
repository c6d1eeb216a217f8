import { ruleTester } from '../helpers/rule-tester.js';
import { ambiguous, ibidWithoutAntecedent, malformed, missingReference, nameVariant, uncitedReference, yearMismatch } from '../../src/checks/citation.js';

const LIST = `

## References

- Brookings. 2022. "What do North Korean Troop Deployments Mean". https://www.brookings.edu/a
- Foyle, Douglas. 1997. Public Opinion and Foreign Policy. International Studies Quarterly.
- Kompas.com. 2023. Poin Penting Perjanjian Kemitraan Rusia. https://www.kompas.com/global/read/1
- Saito, Motohide. 2016. Russian North Korea Policy. Chapter 10.
- Devlen, Balkan, and Ozgur Ozdamar. 2009. Neoclassical Realism and Foreign Policy Crises. Routledge.
`;
const md = (text: string) => ({ text: `${text}${LIST}`, format: 'md' as const });
const ALL_CITED = 'Sources: (Brookings 2022), (Foyle 1997), (Kompas.com 2023), (Saito 2016), (Ozdamar 2009).';

ruleTester(missingReference, {
  valid: [
    { name: 'every citation has an entry', ...md(`${ALL_CITED} Foyle (1997) agrees.`) },
    { name: 'second author, given name first, accepted variant', ...md('As (Balkan Devlen 2009) and (Kompas 2023) show.') },
    { name: 'no reference list at all: undecidable', text: 'As shown (Smith 2021) and [@smith2021].', format: 'md' },
    { name: 'pandoc keys without any bibliography', text: '---\ntitle: x\n---\n\nAs shown [@smith2021; @lee2020].', format: 'md' },
    { name: 'Manubot persistent identifiers need no entry', text: 'See [@doi:10.1038/nature14539; @arxiv:1512.03385].\n\n[@tag:A]: doi:10.1/x\n', format: 'md' },
    {
      name: 'multi-file manuscript: the tag is defined in another file of the folder',
      text: 'Deep learning helps [@tag:Abe2003].',
      format: 'md',
      path: 'content/02.intro.md',
      others: [{ text: '[@tag:Abe2003]: doi:10.1101/gr.634603\n', format: 'md', path: 'content/90.back-matter.md' }],
    },
    { name: 'an official quoted after a cue word is no citation', ...md('Menurut Sekretaris Jenderal NATO, Mark Rutte, itu benar (Foyle 1997).'), lang: 'id' },
    { name: 'footnote markers are never missing references here', text: 'Claim.¹\n\n¹ Alexander Fedorovskiy. 2013. Russia. Digest. Hal. 5\n' },
    { name: 'a titled person quoted with an interview is no citation', ...md('According to Dr. Ellis, head of planning, "the problem is will" (interview, 2022). Teams matter (Foyle 1997).') },
    { name: 'id: a titled official quoted from an interview', ...md('Menurut Dr. Rahmawati, kepala Bappeda, "kendalanya bukan teknologi" (wawancara, 2022).'), lang: 'id' },
    { name: 'a personal communication needs no entry', ...md('According to Tanaka (personal communication, March 2, 2021), budgets were cut (Foyle 1997).') },
  ],
  invalid: [
    {
      name: 'author-year with no entry',
      ...md('This is new (Smith 2021).'),
      errors: [{ line: 1, column: 13, excerpt: '(Smith 2021)', severity: 'error', message: 'No entry of the reference list matches "Smith 2021".' }],
    },
    { name: 'a lone surname after a cue word', ...md('Tujuan balancing menurut Sheehan adalah membendung hegemoni.'), lang: 'id', errors: [{ excerpt: 'Sheehan', severity: 'warning' }] },
    {
      name: 'an author after "but see" with no entry',
      ...md('The third mechanism remains untested (but see Ferreira, 2021).'),
      errors: [{ excerpt: '(but see Ferreira, 2021)', severity: 'error', message: 'No entry of the reference list matches "Ferreira 2021".' }],
    },
    {
      name: 'numeric citation beyond the list',
      text: 'Shown [1] and [4].\n\n## References\n\n1. A. One, "X", 2001.\n2. B. Two, "Y", 2002.\n3. C. Three, "Z", 2003.\n',
      format: 'md',
      errors: [{ excerpt: '[4]', severity: 'error', message: /has no entry 4/ }],
    },
    {
      name: 'txt: numeric citation beyond a "[n] …" list under References',
      text: 'Disease [1]. Sensors [2] drift [7].\n\nReferences\n\n[1] Cohen AJ. Estimates. Lancet. 2017;389:1907-1918.\n[2] Castell N. Sensors. Environ Int. 2017;99:293-302.\n',
      errors: [{ line: 1, column: 32, excerpt: '[7]', severity: 'error', message: /has no entry 7/ }],
    },
    {
      name: 'html: numeric citation beyond the <ol> under References',
      text: '<html><body><p>Disease [1]. Sensors [2] drift [3].</p><h2>References</h2><ol><li>Cohen AJ. Estimates. Lancet. 2017.</li><li>Castell N. Sensors. Environ Int. 2017.</li></ol></body></html>',
      format: 'html',
      errors: [{ excerpt: '[3]', severity: 'error', message: /has no entry 3/ }],
    },
    {
      name: 'a numeric link to an anchor that does not exist (the 3rd entry repeats label 2)',
      text: 'A [[1](#r01)], B [[2](#r02)], C [[3](#r03)].\n\n## note\n\n1. <a name="r01"></a>A. One, "X", 2001.\n2. <a name="r02"></a>B. Two, "Y", 2002.\n2. <a name="r02"></a>C. Three, "Z", 2003.\n',
      format: 'md',
      errors: [{ excerpt: '[[3](#r03)]', severity: 'error', message: /no anchor "r03"/, related: 1 }],
    },
    {
      name: 'a citation link whose fragment differs in case from the anchor',
      text: 'See [Hedges, (1978)](#hedges).\n\n# References\n\n<a name="Hedges"></a>Hedges, Stephen A. 1978. "Dice Music". Music & Letters.\n',
      format: 'md',
      errors: [{ excerpt: '[Hedges, (1978)](#hedges)', severity: 'warning', suggestion: '[Hedges, (1978)](#Hedges)' }],
    },
    {
      name: 'a key missing from the tag definitions of the same document',
      text: 'Shown [@tag:Missing].\n\n[@tag:Abe2003]: doi:10.1101/gr.634603\n',
      format: 'md',
      errors: [{ excerpt: '[@tag:Missing]', severity: 'error' }],
    },
    {
      name: 'html: author-year with no entry',
      text: '<html><body><p>As shown (Smith 2021).</p><h2>References</h2><ul><li>Foyle, Douglas. 1997. Public Opinion. ISQ.</li></ul></body></html>',
      format: 'html',
      errors: [{ excerpt: '(Smith 2021)' }],
    },
  ],
});

ruleTester(nameVariant, {
  valid: [
    { name: 'exact names', ...md(ALL_CITED) },
    { name: 'an unrelated missing name is not a variant', ...md('New (Smith 2021).') },
  ],
  invalid: [
    {
      name: 'a misspelt corporate author',
      ...md('Pembelotan akan memalukan rezim. (Brookngs 2022).'),
      lang: 'id',
      errors: [{ excerpt: '(Brookngs 2022)', severity: 'error', suggestion: '(Brookings 2022)', related: 1, message: /misspelling of "Brookings"/ }],
    },
    { name: 'txt-like run-on: a misspelt person', ...md('As argued (Foyel 1997).'), errors: [{ excerpt: '(Foyel 1997)', suggestion: '(Foyle 1997)' }] },
    {
      name: 'a misspelt first author before a correct co-author',
      text: 'The estimates by Gonzalez and Park (2018) were converted.\n\n## References\n\nGonzales, M., & Park, H. (2018). Informal talk in distributed teams. *Journal of Applied Psychology*, 103(9), 101–115.\n',
      format: 'md',
      errors: [{ excerpt: 'Gonzalez and Park (2018)', severity: 'error', message: /misspelling of "Gonzales"/ }],
    },
    { name: 'a site name without its domain is an accepted variant (info)', ...md('Dibahas (Kompas 2023).'), errors: [{ excerpt: '(Kompas 2023)', severity: 'info', suggestion: '(Kompas.com 2023)' }] },
  ],
});

ruleTester(yearMismatch, {
  valid: [{ name: 'years match', ...md(ALL_CITED) }, { name: 'a year the entry does not have, but a misspelt name', ...md('(Saitoo 2015)') }],
  invalid: [{ name: 'wrong year', ...md('Stagnasi politik berlanjut (Saito 2015).'), errors: [{ excerpt: '(Saito 2015)', severity: 'error', suggestion: '(Saito 2016)', related: 1 }] }],
});

ruleTester(ambiguous, {
  valid: [
    { name: 'one entry per author-year', ...md(ALL_CITED) },
    {
      name: 'the same work listed twice is not ambiguous',
      text: 'As argued (Foyle 1997).\n\n## References\n\n- Douglas Foyle. "Public Opinion And Foreign Policy: Elite Beliefs". International Studies Quarterly. 1997.\n- Foyle, Douglas. 1997. Public Opinion And Foreign Policy: Elite Beliefs. International Studies Quarterly.\n',
      format: 'md',
    },
    {
      name: 'years with letters',
      text: 'Cited (Kompas.com 2023a) and (Kompas.com 2023b).\n\n## Daftar Pustaka\n\n- Kompas.com. 2023a. Poin Penting Perjanjian. Online.\n- Kompas.com. 2023b. Kerja Sama Militer Tidak Melanggar Hukum. Online.\n',
      format: 'md',
      lang: 'id',
    },
  ],
  invalid: [
    {
      name: 'two different works, same author and year',
      text: 'Dibahas (Kompas.com 2023).\n\n## Daftar Pustaka\n\n- Kompas.com. 2023. 20 Poin Penting Perjanjian Kemitraan Rusia dan Korea Utara. Accessed 2024.\n- Kompas.com, . 2023. Rusia: Kerja Sama Militer dengan Korea Utara Tidak Melanggar Hukum. Accessed 2024.\n',
      format: 'md',
      lang: 'id',
      errors: [{ excerpt: '(Kompas.com 2023)', severity: 'warning', related: 2, message: /Label them 2023a and 2023b/ }],
    },
  ],
});

ruleTester(malformed, {
  valid: [{ name: 'well-formed citations', ...md(ALL_CITED) }, { name: 'an acronym in brackets is no citation', ...md('The alliance (NATO) grew (Foyle 1997).') }],
  invalid: [
    { name: 'no year', ...md('Analisis deskriptif yang diamati. (Saito Motohide). Berikut cirinya.'), lang: 'id', errors: [{ excerpt: '(Saito Motohide)', suggestion: '(Saito 2016)', related: 1 }] },
    { name: 'unclosed parenthesis', ...md('As argued (Foyle 1997 and nobody closed it.'), errors: [{ excerpt: '(Foyle 1997', message: /never closed/ }] },
    { name: 'unclosed pandoc bracket', text: 'As argued [@foyle1997, p. 3 and on.', format: 'md', errors: [{ excerpt: '[@foyle1997', suggestion: '[@foyle1997]', message: /never closed/ }] },
  ],
});

ruleTester(uncitedReference, {
  valid: [
    { name: 'every entry cited', ...md(ALL_CITED) },
    {
      name: 'id: organisations with digits in their acronym (BP2MI, LP3ES) are cited',
      text: 'Tercatat 1,6 juta PMI di Malaysia (BP2MI 2023). Data lain serupa (LP3ES 2020). Kajian Rahmawati (2020) relevan.\n\nDAFTAR PUSTAKA\n\nBP2MI. 2023. Data Penempatan PMI Tahun 2022. Jakarta: BP2MI.\nLP3ES. 2020. Laporan Survei Migrasi. Jakarta: LP3ES.\nRahmawati, Siti. 2020. Diplomasi Perlindungan WNI. Yogyakarta: Pustaka Pelajar.\n',
      lang: 'id',
    },
    {
      name: 'id: a secondary citation cites the original too when it is listed ("Putnam dalam Keohane")',
      text: 'Konsep two-level games (Putnam dalam Keohane, 1988). Analisis mengikuti Krippendorff (2019).\n\nDAFTAR PUSTAKA\n\nKeohane, R. O. (1988). International institutions. International Studies Quarterly, 32(4), 379-396.\nKrippendorff, K. (2019). Content Analysis. Thousand Oaks: SAGE.\nPutnam, R. D. (1988). Diplomacy and domestic politics. International Organization, 42(3), 427-460.\n',
      lang: 'id',
    },
    {
      name: 'an entry cited only through a footnote',
      text: 'Claim (Foyle 1997).[^1]\n\n[^1]: Douglas Foyle, Public Opinion, 1997, p. 12; and Saito, Russian Policy, 2016.\n\n## References\n\n- Foyle, Douglas. 1997. Public Opinion. ISQ.\n- Saito, Motohide. 2016. Russian North Korea Policy. Chapter 10.\n',
      format: 'md',
    },
    {
      name: 'footnote-style document: the list is consulted works (info at most)',
      text: 'Claim.¹ Other.²\n\n¹ Alexander Fedorovskiy. 2013. "Russia". Digest. Hal. 5\n\n² Ibid.\n\n## Daftar Pustaka\n\n- Fedorovskiy, Alexander. 2013. Russia. Digest.\n- Saito, Motohide. 2016. Russian North Korea Policy. Chapter 10.\n',
      format: 'md',
      lang: 'id',
    },
    {
      name: 'txt: every "[n] …" entry cited by [n], a range or a list',
      text: 'Sensors [1–2] drift [3, 1].\n\nReferences\n\n[1] Cohen AJ. Estimates. Lancet. 2017;389:1907-1918.\n[2] Castell N. Sensors. Environ Int. 2017;99:293-302.\n[3] Morawska L. Sensing. Environ Int. 2018;116:286-299.\n',
    },
    {
      name: 'md: an entry cited only by a citation wrapped over two lines',
      text: 'Working from home is here to stay (Barrero et al.,\n2021, p. 3).\n\n## References\n\nBarrero, J. M., Bloom, N., & Davis, S. J. (2021). Why working from home will stick. NBER.\n',
      format: 'md',
    },
    {
      name: 'every year of "Dubé et al. (2013, 2014)" and an abbreviation defined in a citation',
      text: 'Dubé et al. (2013, 2014) reviewed it. A threat (World Health Organization [WHO],\n2019); the WHO (2018) framework.\n\n## References\n\nDubé, E., Laberge, C., & Guay, M. (2013). Vaccine hesitancy: An overview. *Human Vaccines*, 9(8), 763–773.\n\nDubé, E., Vivion, M., & MacDonald, N. E. (2014). Vaccine refusal. *Expert Review of Vaccines*, 14(1), 99–117.\n\nWorld Health Organization. (2018). *Report on immunization*. Geneva.\n\nWorld Health Organization. (2019). *Ten threats to global health in 2019*. Geneva.\n',
      format: 'md',
    },
    {
      name: 'txt: the same, wrapped as in a PDF extraction',
      text: 'Dubé et al. (2013, 2014) reviewed the determinants of hesitancy in many countries over the decade. A threat (World Health Organization [WHO],\n2019). The WHO (2018) framework names three Cs.\n\nReferences\n\nDubé, E., Laberge, C., & Guay, M. (2013). Vaccine hesitancy: An overview. Human Vaccines, 9(8), 763–773.\nDubé, E., Vivion, M., & MacDonald, N. E. (2014). Vaccine refusal. Expert Review of Vaccines, 14(1), 99–117.\nWorld Health Organization. (2018). Report on immunization. Geneva.\nWorld Health Organization. (2019). Ten threats to global health in 2019. Geneva.\n',
    },
    { name: 'a reading list with no citations at all', text: 'Some prose.\n\n## References\n\n- Saito, Motohide. 2016. Russian North Korea Policy. Chapter 10.\n', format: 'md' },
  ],
  invalid: [
    {
      name: 'an entry nothing cites',
      text: `${ALL_CITED}${LIST}- Maulana., Arya Wirawan. 2020. "Kebijakan Luar Negeri Tiongkok". Universitas Islam Negeri.\n`,
      format: 'md',
      errors: [{ excerpt: 'Maulana., Arya Wirawan. 2020. "Kebijakan Luar Negeri Tiongkok". Universitas Islam Negeri.', severity: 'warning', message: 'Nothing in the text cites this entry (Maulana 2020).' }],
    },
    {
      name: 'txt: an entry of a "[n] …" list that no [n], range or list cites',
      text: 'Sensors [1–2] drift [1, 2].\n\nReferences\n\n[1] Cohen AJ. Estimates. Lancet. 2017;389:1907-1918.\n[2] Castell N. Sensors. Environ Int. 2017;99:293-302.\n[3] Morawska L. Sensing. Environ Int. 2018;116:286-299.\n',
      errors: [{ line: 7, excerpt: '[3] Morawska L. Sensing. Environ Int. 2018;116:286-299.', severity: 'warning' }],
    },
    {
      name: 'html: an <ol> entry no [n] cites',
      text: '<html><body><p>Disease [1].</p><h2>References</h2><ol><li>Cohen AJ. Estimates. Lancet. 2017.</li><li>Morawska L. Sensing. Environ Int. 2018.</li></ol></body></html>',
      format: 'html',
      errors: [{ excerpt: 'Morawska L. Sensing. Environ Int. 2018.', severity: 'warning' }],
    },
    {
      name: 'an unused Manubot tag definition is only worth knowing',
      text: 'Shown [@tag:A].\n\n[@tag:A]: doi:10.1/a\n[@tag:Unused]: doi:10.1/b\n',
      format: 'md',
      errors: [{ excerpt: '[@tag:Unused]: doi:10.1/b', severity: 'info' }],
    },
  ],
});

ruleTester(ibidWithoutAntecedent, {
  valid: [
    { name: 'Ibid. after a note', text: 'Claim.¹ Again.²\n\n¹ Alexander Fedorovskiy. 2013. "Russia". Digest. Hal. 5\n\n² Ibid., hlm. 7\n', lang: 'id' },
    { name: 'inline Ibid. after a citation', ...md('First (Foyle 1997). Again (Ibid., p. 4).') },
    { name: 'md: GFM Ibid. after a note', text: 'A.[^1] B.[^2]\n\n[^1]: Smith, J. 2010. Book. Publisher.\n[^2]: Ibid., p. 4.\n', format: 'md' },
  ],
  invalid: [
    { name: 'the first note is Ibid.', text: 'Claim.¹ Other.²\n\n¹ Ibid.\n\n² Alexander Fedorovskiy. 2013. "Russia". Digest. Hal. 5\n', lang: 'id', errors: [{ excerpt: 'Ibid.', severity: 'error' }] },
    { name: 'inline Ibid. before any citation', ...md('As said before (Ibid., p. 3), and then (Foyle 1997).'), errors: [{ excerpt: '(Ibid., p. 3)' }] },
    {
      name: 'op. cit. for an author no earlier note cites',
      text: 'Satu.¹ Dua.²\n\n¹ Saito, Motohide. 2016. Russian North Korea Policy. Chapter 10\n\n² Lavrov, op. cit., hlm. 2\n',
      lang: 'id',
      errors: [{ excerpt: 'Lavrov, op. cit.', message: '"Lavrov, op. cit." refers to an earlier citation of Lavrov, but there is none.' }],
    },
  ],
});
