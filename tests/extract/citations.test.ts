/**
 * In-text citations of every style, through the real readers and extractors: what is a citation
 * (kind, exact text, names/keys/numbers, year, locator, resolved targets) and what is not.
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/model/types.js';
import { buildDoc, type Fixture } from '../helpers/build.js';

interface Case extends Fixture {
  name: string;
  /** Every citation of the document, in order (fields given are compared). */
  citations: Partial<Citation>[];
}

const EN_LIST = `

## References

- Foyle, Douglas. 1997. Public Opinion and Foreign Policy. International Studies Quarterly.
- Levi, Werner. 1970. Ideology, Interest, and Foreign Policy. International Studies Quarterly.
- Smith, John, and Anna Lee. 2020. A Study of Things. Journal of Things.
- Wang, Li, Ming Zhao, and Jun Chen. 2019a. Deep Methods. Nature.
- Wang, Li. 2019b. Shallow Methods. Science.
- Müller, Hans. 2011. Über Dinge. Verlag.
- Berg, Jan van der. 2012. Dutch Things. Brill.
- Devlen, Balkan, and Ozgur Ozdamar. 2009. Neoclassical Realism. Routledge.
`;

const ID_LIST = `

## Daftar Pustaka

- Kompas.com. 2023. Poin Penting Perjanjian Kemitraan. Accessed 2024. https://www.kompas.com/global/read/1
- Internasional Kompas. 2022. Pasang Surut Hubungan. Accessed 2024. https://internasional.kompas.com/read/2
- Berkas DPR.go. 2022. Isu Sepekan Rusia-Korea Utara. Accessed 2024. https://berkas.dpr.go.id/isu
- Brookings. n.d. What do North Korean Troop Deployments Mean. https://www.brookings.edu/x
- Plano, Jack, and Olton Roy. 1982. The International Relations Dictionary. ABC-Clio.
`;

const NUMBERED = `

## References

1. A. Helwig, "Simple Linear Regression", University of Minnesota, 2017.
2. B. Weisstein, "Least Squares Fitting", MathWorld, 2019.
3. C. Miller, "The Method of Least Squares", Brown University, 2006.
4. D. Glen, "IID Statistics", StatisticsHowTo, 2016.
5. E. Kosorok, "Bootstraps of sums", Journal of Multivariate Analysis, 2003.
`;

const cases: Case[] = [
  {
    name: 'txt: "(Sukma, 2019; 2020)" — years alone after ";" belong to the author before; "(Kompas, 14 Maret 2022)" — a news item\'s day',
    lang: 'id',
    text: 'Kajian lanjutan tersedia (Sukma, 2019; 2020). Isu ini ramai diberitakan (Kompas, 14 Maret 2022).\n\nDAFTAR PUSTAKA\n\nKompas. 2022. "Indonesia Tolak Sanksi". Kompas, 14 Maret 2022, hlm. 4.\nSukma, Rizal. 2019. Islam in Indonesian Foreign Policy. London: Routledge.\nSukma, Rizal. 2020. "Indonesia\'s Foreign Policy". Asia Policy 15 (2): 10–25.\n',
    citations: [
      { kind: 'author-year', text: 'Sukma, 2019', names: ['Sukma'], year: '2019', targets: ['ref-2'] },
      { kind: 'author-year', text: '2020', names: ['Sukma'], year: '2020', targets: ['ref-3'] },
      { kind: 'author-year', text: '(Kompas, 14 Maret 2022)', names: ['Kompas'], year: '2022', targets: ['ref-1'] },
    ],
  },
  {
    name: 'md: author-year parenthetical, several items, locator, narrative, cue',
    format: 'md',
    text: `Prior work (Smith & Lee 2020; Wang et al. 2019a) agrees (Foyle, 1997, p. 12). Foyle (1997) said so, and according to Levi the rest follows.${EN_LIST}`,
    citations: [
      { kind: 'author-year', text: 'Smith & Lee 2020', names: ['Smith', 'Lee'], year: '2020', targets: ['ref-3'] },
      { kind: 'author-year', text: 'Wang et al. 2019a', year: '2019a', targets: ['ref-4'] },
      { kind: 'author-year', text: '(Foyle, 1997, p. 12)', names: ['Foyle'], year: '1997', locator: 'p. 12', targets: ['ref-1'] },
      { kind: 'narrative', text: 'Foyle (1997)', names: ['Foyle'], year: '1997', targets: ['ref-1'] },
      { kind: 'narrative', text: 'Levi', names: ['Levi'], targets: ['ref-2'] },
    ],
  },
  {
    name: 'md: diacritics, particles, second author and given name first',
    format: 'md',
    text: `Shown by (Muller 2011), (Van der Berg 2012), (Ozdamar 2009) and (Balkan Devlen 2009).${EN_LIST}`,
    citations: [
      { text: '(Muller 2011)', targets: ['ref-6'] },
      { text: '(Van der Berg 2012)', targets: ['ref-7'] },
      { text: '(Ozdamar 2009)', targets: ['ref-8'] },
      { text: '(Balkan Devlen 2009)', targets: ['ref-8'] },
    ],
  },
  {
    name: 'md: corporate and multi-word authors, n.d., cue words in Indonesian',
    format: 'md',
    lang: 'id',
    text: `Rusia memperkuat aliansi (Kompas.com 2023). Hal itu dibahas (Internasional Kompas 2022) dan (Berkas DPR.go 2022), juga (Brookings n.d.). Aliansi menurut Jack C. Plano dan Roy Olton diartikan sebagai perjanjian.${ID_LIST}`,
    citations: [
      { kind: 'author-year', text: '(Kompas.com 2023)', names: ['Kompas.com'], targets: ['ref-1'] },
      { kind: 'author-year', text: '(Internasional Kompas 2022)', targets: ['ref-2'] },
      { kind: 'author-year', text: '(Berkas DPR.go 2022)', targets: ['ref-3'] },
      { kind: 'author-year', text: '(Brookings n.d.)', year: 'n.d.', targets: ['ref-4'] },
      { kind: 'narrative', text: 'Jack C. Plano dan Roy Olton', names: ['Jack C. Plano', 'Roy Olton'], targets: ['ref-5'] },
    ],
  },
  {
    name: 'md: not citations — months, ranges, prose, acronyms, officials after a cue',
    format: 'md',
    lang: 'id',
    text: `Perang (1950-1953) berakhir (Juni 1950). Konvensi (Konvensi Jenewa IV tahun 1949) berlaku (ZEE). Menurut Sekretaris Jenderal NATO, Mark Rutte, dan menurut Kim Jong Un, itu benar.${ID_LIST}`,
    citations: [],
  },
  {
    name: 'md: numeric [12], [3–5], [1, 4] with a numbered list',
    format: 'md',
    text: `Regression is old [1]. Least squares [2, 4] and later work [3–5] agree.${NUMBERED}`,
    citations: [
      { kind: 'numeric', text: '[1]', numbers: [1], targets: ['ref-1'] },
      { kind: 'numeric', text: '[2, 4]', numbers: [2, 4], targets: ['ref-2', 'ref-4'] },
      { kind: 'numeric', text: '[3–5]', numbers: [3, 4, 5], targets: ['ref-3', 'ref-4', 'ref-5'] },
    ],
  },
  {
    name: 'txt: "[n] …" lines under "References" are a numbered list; [2–4] and [3, 5] cite it',
    text: 'Disease [1]. Sensors [2–4] drift [3, 5].\n\nReferences\n\n[1] Cohen AJ. Estimates. Lancet. 2017;389:1907-1918.\n[2] Castell N. Sensors. Environ Int. 2017;99:293-302.\n[3] Jayaratne R. Humidity. Atmos Meas Tech. 2018;11:4883-4890.\n[4] Zimmerman N. Calibration. Atmos Meas Tech. 2018;11:291-313.\n[5] Morawska L. Sensing. Environ Int. 2018;116:286-299.\n',
    citations: [
      { kind: 'numeric', text: '[1]', numbers: [1], targets: ['ref-1'] },
      { kind: 'numeric', text: '[2–4]', numbers: [2, 3, 4], targets: ['ref-2', 'ref-3', 'ref-4'] },
      { kind: 'numeric', text: '[3, 5]', numbers: [3, 5], targets: ['ref-3', 'ref-5'] },
    ],
  },
  {
    name: 'html: [n] in paragraphs cite the <ol> under "References"',
    format: 'html',
    text: '<html><body><p>Disease [1]. Sensors [2–3] drift [1, 3].</p><h2>References</h2><ol><li>Cohen AJ. Estimates. Lancet. 2017;389:1907–1918.</li><li>Castell N. Sensors. Environ Int. 2017;99:293–302.</li><li>Jayaratne R. Humidity. Atmos Meas Tech. 2018;11:4883–4890.</li></ol></body></html>',
    citations: [
      { kind: 'numeric', text: '[1]', numbers: [1], targets: ['ref-1'] },
      { kind: 'numeric', text: '[2–3]', numbers: [2, 3], targets: ['ref-2', 'ref-3'] },
      { kind: 'numeric', text: '[1, 3]', numbers: [1, 3], targets: ['ref-1', 'ref-3'] },
    ],
  },
  {
    name: 'html: a citation wrapped over two source lines',
    format: 'html',
    text: '<html><body><p>Here to stay (Barrero et al.,\n2021, p. 3).</p><h2>References</h2><ul><li>Barrero, J. M., Bloom, N., &amp; Davis, S. J. (2021). Why working from home will stick. NBER.</li></ul></body></html>',
    citations: [{ kind: 'author-year', text: '(Barrero et al.,\n2021, p. 3)', year: '2021', targets: ['ref-1'] }],
  },
  {
    name: 'html: [n] with an unordered reference list is no citation',
    format: 'html',
    text: '<html><body><p>The array a[1] is set [2].</p><h2>References</h2><ul><li>Cohen, A. 2017. Estimates. Lancet.</li><li>Castell, N. 2017. Sensors. Environ Int.</li></ul></body></html>',
    citations: [],
  },
  {
    name: 'md: hard-wrapped citations are read across the soft line break (LF and CRLF)',
    format: 'md',
    text: 'Here to stay (Barrero et al.,\n2021, p. 3). As (Barrero,\r\n2021) and Wang et\nal. (2019b) said.\n\n## References\n\n- Barrero, J. M., Bloom, N., & Davis, S. J. (2021). Why working from home will stick. NBER.\n- Wang, L. (2019b). Shallow Methods. Science.\n',
    citations: [
      { kind: 'author-year', text: '(Barrero et al.,\n2021, p. 3)', names: ['Barrero et al.'], year: '2021', locator: 'p. 3', targets: ['ref-1'] },
      { kind: 'author-year', text: '(Barrero,\r\n2021)', names: ['Barrero'], year: '2021', targets: ['ref-1'] },
      { kind: 'narrative', text: 'Wang et\nal. (2019b)', year: '2019b', targets: ['ref-2'] },
    ],
  },
  {
    name: 'md: a narrative citation of several years cites each year',
    format: 'md',
    text: 'Dubé et al. (2013, 2014) reviewed the determinants.\n\n## References\n\nDubé, E., Laberge, C., & Guay, M. (2013). Vaccine hesitancy: An overview. *Human Vaccines*, 9(8), 763–773.\n\nDubé, E., Vivion, M., & MacDonald, N. E. (2014). Vaccine refusal. *Expert Review of Vaccines*, 14(1), 99–117.\n',
    citations: [
      { kind: 'narrative', text: 'Dubé et al. (2013', year: '2013', targets: ['ref-1'] },
      { kind: 'narrative', text: '2014', year: '2014', targets: ['ref-2'] },
    ],
  },
  {
    name: 'md: "(World Health Organization [WHO], 2019)" makes WHO a name of the organisation',
    format: 'md',
    text: 'A global threat (World Health Organization [WHO], 2019). Later (WHO, 2019) and the WHO (2019) framework; World Health Organization [WHO] (2019) again.\n\n## References\n\nWorld Health Organization. (2019). *Ten threats to global health in 2019*. Geneva.\n\nWHOLE Foods Market. (2019). *Annual report*. Austin.\n',
    citations: [
      { kind: 'author-year', text: '(World Health Organization [WHO], 2019)', names: ['World Health Organization'], targets: ['ref-1'] },
      { kind: 'author-year', text: '(WHO, 2019)', names: ['World Health Organization'], targets: ['ref-1'] },
      { kind: 'narrative', text: 'WHO (2019)', names: ['World Health Organization'], targets: ['ref-1'] },
      { kind: 'narrative', text: 'World Health Organization [WHO] (2019)', names: ['World Health Organization'], targets: ['ref-1'] },
    ],
  },
  {
    name: 'md: "the World Health Organization (WHO, 2019)" defines WHO too; "(NATO)" after other words defines nothing',
    format: 'md',
    text: 'Named by the World Health Organization (WHO, 2019). The alliance (NATO) grew (WHO, 2019).\n\n## References\n\nWorld Health Organization. (2019). *Ten threats to global health in 2019*. Geneva.\n',
    citations: [
      { kind: 'author-year', text: '(WHO, 2019)', names: ['World Health Organization'], targets: ['ref-1'] },
      { kind: 'author-year', text: '(WHO, 2019)', names: ['World Health Organization'], targets: ['ref-1'] },
    ],
  },
  {
    name: 'md: prefixes "but see", "lihat juga", "véase también" before the author',
    format: 'md',
    text: `Untested (but see Foyle, 1997). Juga (lihat juga Levi, 1970) dan (véase también Müller, 2011).${EN_LIST}`,
    citations: [
      { kind: 'author-year', text: '(but see Foyle, 1997)', names: ['Foyle'], targets: ['ref-1'] },
      { kind: 'author-year', text: '(lihat juga Levi, 1970)', names: ['Levi'], targets: ['ref-2'] },
      { kind: 'author-year', text: '(véase también Müller, 2011)', names: ['Müller'], targets: ['ref-6'] },
    ],
  },
  {
    name: 'md: a titled person quoted, and personal communications, are no citations',
    format: 'md',
    text: `According to Dr. Ellis, head of planning, "the problem is will" (interview, 2022). Menurut Dr. Rahmawati, kepala Bappeda, "bukan teknologi" (wawancara, 2022). According to Tanaka (personal communication, 2021), budgets were cut. As Prof. Tan noted (Ellis, interview, 2022), they were.${EN_LIST}`,
    citations: [],
  },
  {
    name: 'md: a title before a listed author is dropped, the author is cited',
    format: 'md',
    text: `According to Prof. Levi the rest follows, as Dr. Foyle (1997) showed (Prof. Müller, 2011).${EN_LIST}`,
    citations: [
      { kind: 'narrative', text: 'Levi', names: ['Levi'], targets: ['ref-2'] },
      { kind: 'narrative', text: 'Foyle (1997)', names: ['Foyle'], targets: ['ref-1'] },
      { kind: 'author-year', text: '(Prof. Müller, 2011)', names: ['Müller'], targets: ['ref-6'] },
    ],
  },
  {
    name: 'md: "Gonzalez and Park (2018)" names Gonzalez first, not the co-author Park',
    format: 'md',
    text: 'The estimates by Gonzalez and Park (2018) were converted.\n\n## References\n\nGonzales, M., & Park, H. (2018). Informal talk in distributed teams. *Journal of Applied Psychology*, 103(9), 101–115.\n',
    citations: [{ kind: 'narrative', text: 'Gonzalez and Park (2018)', names: ['Gonzalez', 'Park'], targets: [] }],
  },
  {
    name: 'md: a word before "and" that names no listed author is not part of the name',
    format: 'md',
    text: 'Data from Kenya and Park (2018) agree.\n\n## References\n\nGonzales, M., & Park, H. (2018). Informal talk in distributed teams. *Journal of Applied Psychology*, 103(9), 101–115.\n',
    citations: [{ kind: 'narrative', text: 'Park (2018)', names: ['Park'], targets: ['ref-1'] }],
  },
  {
    name: 'md: [n] without a numbered list is no citation',
    format: 'md',
    text: 'The array a[1] and the note [2] are not citations.',
    citations: [],
  },
  {
    name: 'md: numeric links to entry anchors',
    format: 'md',
    text: 'Model [[1](#r01)] and notation [[2](#r02)].\n\n## note\n\n1. <a name="r01"></a>A. Helwig, "Simple Linear Regression", 2017.\n2. <a name="r02"></a>Wikipedia contributors, "Einstein notation", Wikipedia, 2021.\n',
    citations: [
      { kind: 'numeric', text: '[[1](#r01)]', numbers: [1], targets: ['ref-1'] },
      { kind: 'numeric', text: '[[2](#r02)]', numbers: [2], targets: ['ref-2'] },
    ],
  },
  {
    name: 'txt: "[n]" are footnote markers when "[n] …" notes exist (not counted twice)',
    text: 'Putin visited[1] and met Kim.[2] Later more.[3]\n\n[1] RBC. Kim invited Putin. (2023). https://www.rbc.ru/a\n[2] AP News. (2024, 15 January). Minister visits Moscow. https://apnews.com/b\n[3] Ibid.\n',
    citations: [
      { kind: 'footnote', text: '[1]', targets: ['note-1'] },
      { kind: 'footnote', text: '[2]', targets: ['note-2'] },
      { kind: 'ibid', text: 'Ibid.', targets: ['note-2'] },
    ],
  },
  {
    name: 'txt: superscript notes, Ibid. with locator, Ibid. after Ibid.',
    lang: 'id',
    text: 'Klaim pertama.¹ Klaim kedua.² Klaim ketiga.³\n\n¹ Alexander Fedorovskiy. 2013. "Russia\'s Policy Toward North Korea". Russian Analytical Digest. Hal. 5\n\n² Ibid., hlm. 7\n\n³ *Ibid.*\n',
    citations: [
      { kind: 'footnote', text: '¹', targets: ['note-1'] },
      { kind: 'ibid', text: 'Ibid.', locator: 'hlm. 7', targets: ['note-1'] },
      { kind: 'ibid', text: 'Ibid.', targets: ['note-1'] },
    ],
  },
  {
    name: 'txt: "Author, op. cit." refers to the last note by that author',
    lang: 'id',
    text: 'Satu.¹ Dua.² Tiga.³\n\n¹ Alexander Fedorovskiy. 2013. "Russia\'s Policy". Russian Analytical Digest. Hal. 5\n\n² Saito, Motohide. 2016. Russian North Korea Policy. Chapter 10\n\n³ Fedorovskiy, op. cit., hlm. 9\n',
    citations: [
      { kind: 'footnote', text: '¹', targets: ['note-1'] },
      { kind: 'footnote', text: '²', targets: ['note-2'] },
      { kind: 'ibid', text: 'Fedorovskiy, op. cit.', names: ['Fedorovskiy'], locator: 'hlm. 9', targets: ['note-1'] },
    ],
  },
  {
    name: 'md: GFM note cites a bibliography entry through its text',
    format: 'md',
    text: `A claim.[^1]\n\n[^1]: Douglas Foyle, Public Opinion, 1997, p. 12.${EN_LIST}`,
    citations: [{ kind: 'footnote', text: '[^1]', targets: ['note-1', 'ref-1'] }],
  },
  {
    name: 'md: inline (Ibid.) takes the citation before it',
    format: 'md',
    text: `First (Foyle 1997). Then again (Ibid., p. 4).${EN_LIST}`,
    citations: [
      { kind: 'author-year', text: '(Foyle 1997)', targets: ['ref-1'] },
      { kind: 'ibid', text: '(Ibid., p. 4)', locator: 'p. 4', targets: ['ref-1'] },
    ],
  },
  {
    name: 'md: pandoc keys, narrative key, locator',
    format: 'md',
    text: 'As shown [@smith2020; @lee2021, p. 3], and @wang2019 agrees [-@foyle1997].',
    citations: [
      { kind: 'key', text: '[@smith2020; @lee2021, p. 3]', keys: ['smith2020', 'lee2021'], locator: 'p. 3' },
      { kind: 'key', text: '@wang2019', keys: ['wang2019'] },
      { kind: 'key', text: '[-@foyle1997]', keys: ['foyle1997'] },
    ],
  },
  {
    name: 'md: key look-alikes are not citations',
    format: 'md',
    text: 'See Figure @fig:nn and Table @tbl:glossary. Mail a@b.com or follow [@njbart](https://github.com/njbart). Use `[@name_title_date, 67]` and @{{manubot.ci_source.commit}}.\n\n```\n[@inside_code]\n```\n\nAlso [@real_key].',
    citations: [{ kind: 'key', text: '[@real_key]', keys: ['real_key'] }],
  },
  {
    name: 'md: Manubot identifiers and tags resolve to tag definitions',
    format: 'md',
    text: 'Deep learning [@doi:10.1038/nature14539; @tag:Abe2003] and @arxiv:1512.03385 help.\n\n[@tag:Abe2003]: doi:10.1101/gr.634603\n',
    citations: [
      { kind: 'key', keys: ['doi:10.1038/nature14539', 'tag:Abe2003'], targets: ['tag:Abe2003'] },
      { kind: 'key', text: '@arxiv:1512.03385', keys: ['arxiv:1512.03385'] },
    ],
  },
  {
    name: 'md: LaTeX \\cite but not \\autoref',
    format: 'md',
    text: 'Shown \\citep{smith2020,lee2021} in \\autoref{tab:output}.',
    citations: [{ kind: 'key', keys: ['smith2020', 'lee2021'] }],
  },
  {
    name: 'html: Distill <d-cite key="a,b"> and an author-year citation',
    format: 'html',
    text: '<html><body><p>As argued <d-cite key="Engelbart:1968:RCA,kay1977"></d-cite> before (Foyle 1997).</p><h2>References</h2><ul><li>Foyle, Douglas. 1997. Public Opinion. ISQ.</li></ul></body></html>',
    citations: [
      { kind: 'key', text: '<d-cite key="Engelbart:1968:RCA,kay1977"></d-cite>', keys: ['Engelbart:1968:RCA', 'kay1977'] },
      { kind: 'author-year', text: '(Foyle 1997)', targets: ['ref-1'] },
    ],
  },
  {
    name: 'md: author-year links to entry anchors, including a broken one',
    format: 'md',
    text: 'As [Drucker](#Drucker) said (cf. [Koebler, 2015](#Koebler)) and [Hedges, (1978)](#hedges).\n\n# References\n\n<a name="Drucker"></a>Drucker, Johanna. 2011. Humanities Approaches. DHQ.\n\n<a name="Koebler"></a>Koebler, Jason. 2015. "The Strange Phenomenon". Motherboard.\n\n<a name="Hedges"></a>Hedges, Stephen A. 1978. "Dice Music". Music & Letters.\n',
    citations: [
      { kind: 'narrative', text: '[Drucker](#Drucker)', targets: ['ref-1'] },
      { kind: 'author-year', text: '(cf. [Koebler, 2015](#Koebler))', targets: ['ref-2'] },
      { kind: 'narrative', text: 'Hedges, (1978)', targets: ['ref-3'] },
    ],
  },
  {
    name: 'md: secondary citation, year letters continued, a particle first, a prefix joined to the name',
    format: 'md',
    text: 'Seen (Foyle dalam Levi, 1970), (Wang 2019a, b), (van der Berg, 2012) and (al-Farabi 2001).\n\n## References\n\n- Levi, Werner. 1970. Ideology. ISQ.\n- Wang, Li. 2019a. Deep Methods. Nature.\n- Wang, Li. 2019b. Shallow Methods. Science.\n- Berg, Jan van der. 2012. Dutch Things. Brill.\n- Farabi, Abu Nasr al-. 2001. Politics. Cairo.\n',
    citations: [
      { text: '(Foyle dalam Levi, 1970)', names: ['Levi'], targets: ['ref-1'] },
      { text: 'Wang 2019a', year: '2019a', targets: ['ref-2'] },
      { text: 'b', year: '2019b', targets: ['ref-3'] },
      { text: '(van der Berg, 2012)', targets: ['ref-4'] },
      { text: '(al-Farabi 2001)', targets: ['ref-5'] },
    ],
  },
  {
    name: 'md: events and subjects with a year are no narrative citations',
    format: 'md',
    text: `During the Great Depression (1929) and after the UN Charter (1945), since COVID (2020), Putin (2000) ruled; Putin and Putin and Putin again.${EN_LIST}`,
    citations: [],
  },
  {
    name: 'html: <sup><a href="#fn1"> markers whose notes are references',
    format: 'html',
    text: '<html><body><p>A claim.<sup><a href="#fn1">1</a></sup> Another.<sup><a href="#fn2">2</a></sup></p><ol><li id="fn1">Douglas Foyle, Public Opinion, 1997, p. 12.</li><li id="fn2">Ibid., p. 14.</li></ol></body></html>',
    citations: [
      { kind: 'footnote', text: '<a href="#fn1">1</a>', targets: ['note-1'] },
      { kind: 'ibid', text: 'Ibid.', locator: 'p. 14', targets: ['note-1'] },
    ],
  },
  {
    name: 'md: malformed — no year, unclosed parenthesis',
    format: 'md',
    lang: 'id',
    text: `Penelitian ini bersifat deskriptif dan kualitatif (Plano Roy). Aliansi penting (Plano 1982 menurut dia.${ID_LIST}`,
    citations: [
      { kind: 'author-year', text: '(Plano Roy)', targets: ['ref-5'] },
      { kind: 'author-year', text: '(Plano 1982', year: '1982', targets: ['ref-5'] },
    ],
  },
];

describe('extractCitations', () => {
  for (const c of cases) {
    it(c.name, () => {
      const doc = buildDoc(c);
      const found = doc.citations.map((citation) => {
        const picked: Partial<Citation> = {};
        for (const key of Object.keys(c.citations[doc.citations.indexOf(citation)] ?? {}) as (keyof Citation)[]) (picked as Record<string, unknown>)[key] = citation[key];
        return picked;
      });
      expect(doc.citations.map((x) => `${x.kind} ${x.text}`)).toHaveLength(c.citations.length);
      expect(found).toEqual(c.citations);
      for (const citation of doc.citations) expect(doc.source.text.slice(citation.span.start, citation.span.end)).toBe(citation.text);
    });
  }
});
