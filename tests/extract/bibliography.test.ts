/**
 * Bibliography sections through the real readers: headings in several languages, sub-sections,
 * numbered lists, entries over several lines or broken by a page break, fragments, prose.
 * Each case lists every entry expected (raw text, sub-section, label) and every fragment.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc, type Fixture } from '../helpers/build.js';

interface Case extends Fixture {
  name: string;
  entries: (string | [raw: string, section?: string, label?: string])[];
  fragments?: string[];
  headings?: number;
}

const cases: Case[] = [
  {
    name: 'md: Indonesian heading with Buku/Internet sub-sections, bullets',
    format: 'md',
    lang: 'id',
    text: '# Bab\n\nTeks.\n\n## DAFTAR PUSTAKA\n\n### Buku\n\n- Danim, Sudarwan. 2002. *Menjadi Peneliti*. Bandung: Pustaka Setia.\n- Moleong, Lexy J. 2006. *Metode Penelitian Kualitatif*. Bandung.\n\n### Internet\n\n- UII. 2022. *Konflik*. Accessed 2024. <https://www.uii.ac.id/konflik/>.\n',
    entries: [
      ['Danim, Sudarwan. 2002. Menjadi Peneliti. Bandung: Pustaka Setia.', 'Buku'],
      ['Moleong, Lexy J. 2006. Metode Penelitian Kualitatif. Bandung.', 'Buku'],
      ['UII. 2022. Konflik. Accessed 2024. https://www.uii.ac.id/konflik/.', 'Internet'],
    ],
  },
  {
    name: 'md: numbered list keeps the number as written, even when it repeats',
    format: 'md',
    text: '## Notes\n\n1. Helwig, "Simple Linear Regression", 2017, url <http://a.org/slr.pdf>.\n2. gunes, "Answer", Cross Validated, 21 Feb 2019, url <https://stats.stackexchange.com/a/1>.\n2. Wikipedia contributors, "Einstein notation", 2021, url <https://en.wikipedia.org/w/x>.\n',
    entries: [
      ['Helwig, "Simple Linear Regression", 2017, url http://a.org/slr.pdf.', undefined, '1'],
      ['gunes, "Answer", Cross Validated, 21 Feb 2019, url https://stats.stackexchange.com/a/1.', undefined, '2'],
      ['Wikipedia contributors, "Einstein notation", 2021, url https://en.wikipedia.org/w/x.', undefined, '2'],
    ],
  },
  {
    name: 'md: two entries on consecutive lines of one paragraph are split',
    format: 'md',
    text: '# References\n\nSmith, J. (2020). A title. *Journal*, 1(2), 3-4.\nDoe, A. (2019). Another title. Publisher.\n',
    entries: ['Smith, J. (2020). A title. Journal, 1(2), 3-4.', 'Doe, A. (2019). Another title. Publisher.'],
  },
  {
    name: 'md: a URL split off by a page break joins the entry that lacks it',
    format: 'md',
    lang: 'id',
    text: '## Daftar Pustaka\n\n- IP Defense Forum. 2024. *Ikatan Militer*. Accessed 2025.\n\n<https://ipdefenseforum.com/id/2024/11/ikatan-militer>.\n\n- Detik News. 2022. "AS Sorot". Accessed 2024. <https://news.detik.com/d-1/as-sorot>.\n',
    entries: [
      'IP Defense Forum. 2024. Ikatan Militer. Accessed 2025. https://ipdefenseforum.com/id/2024/11/ikatan-militer.',
      'Detik News. 2022. "AS Sorot". Accessed 2024. https://news.detik.com/d-1/as-sorot.',
    ],
  },
  {
    name: 'md: a date and URL that no neighbour lacks is a fragment, linked to the entry it names',
    format: 'md',
    lang: 'id',
    text: '## Daftar Pustaka\n\n- Mulvey, S. 2022. "Ukraina". Accessed 2024. <https://www.bbc.com/indonesia/dunia-1>.\n2024. <https://www.kompas.com/tren/read/2022/03/05/1/daftar-sanksi-rusia-invasi>.\n- Kompas. 2022. *Daftar Sanksi Rusia atas Invasi Ukraina*. Accessed\n',
    entries: ['Mulvey, S. 2022. "Ukraina". Accessed 2024. https://www.bbc.com/indonesia/dunia-1.', 'Kompas. 2022. Daftar Sanksi Rusia atas Invasi Ukraina. Accessed'],
    fragments: ['https://www.kompas.com/tren/read/2022/03/05/1/daftar-sanksi-rusia-invasi.'],
  },
  {
    name: 'txt: hanging indentation, sub-section line glued to its entries, page break after "Jakarta:"',
    format: 'txt',
    lang: 'id',
    text: 'BAB V\n\nTeks penutup bab ini cukup panjang untuk menjadi paragraf biasa.\n\nDAFTAR PUSTAKA\n\nBuku\nAbdullah, Taufik. 2010. Sejarah dan Masyarakat. Jakarta:\n    Pustaka Obor.\nBudiarjo, Miriam. 2008. Dasar-Dasar Ilmu Politik. Jakarta:\n\n12\n\nGramedia.\n',
    entries: [
      ['Abdullah, Taufik. 2010. Sejarah dan Masyarakat. Jakarta: Pustaka Obor.', 'Buku'],
      ['Budiarjo, Miriam. 2008. Dasar-Dasar Ilmu Politik. Jakarta: Gramedia.', 'Buku'],
    ],
  },
  {
    name: 'txt: a title wrapped into the next paragraph (no closing punctuation, no date of its own)',
    format: 'txt',
    lang: 'id',
    text: 'Daftar Pustaka\n\nAbdullah, Taufik. 2010. Sejarah dan Masyarakat: Lintasan Historis\n\nIslam di Indonesia. Jakarta: Pustaka Obor.\n\nKompas. 2022. Daftar Sanksi. Diakses\n\nSecretariat Cairo. United Nation Congress On Crime. Cairo: UN.\n',
    entries: [
      'Abdullah, Taufik. 2010. Sejarah dan Masyarakat: Lintasan Historis Islam di Indonesia. Jakarta: Pustaka Obor.',
      'Kompas. 2022. Daftar Sanksi. Diakses',
      'Secretariat Cairo. United Nation Congress On Crime. Cairo: UN.',
    ],
  },
  {
    name: 'txt: heading and sub-section lines glued to the entries, entries wrapped without indentation',
    format: 'txt',
    lang: 'id',
    text: 'Teks penutup.\n\nDAFTAR PUSTAKA\nWaltz, Kenneth N. 1979. Theory of International Politics. Reading:\nAddison-Wesley.\nSheehan, Michael. 2005. International Security. London: Lynne\nRienner Publishers.\nJurnal\nShin, Beom-Shik. 2008. "Russia\'s Northeast Asian Policy". The Journal of East Asia Affairs 22 (2): 163-195.\n',
    entries: [
      'Waltz, Kenneth N. 1979. Theory of International Politics. Reading: Addison-Wesley.',
      'Sheehan, Michael. 2005. International Security. London: Lynne Rienner Publishers.',
      ['Shin, Beom-Shik. 2008. "Russia\'s Northeast Asian Policy". The Journal of East Asia Affairs 22 (2): 163-195.', 'Jurnal'],
    ],
    headings: 1,
  },
  {
    name: 'txt: numbered entries over two lines, Spanish heading',
    format: 'txt',
    lang: 'es',
    text: 'Referencias\n\n1. García, Ana. 2015. Historia de la escritura.\nMadrid: Cátedra.\n2. López, Juan. 2018. La imprenta. Barcelona: Crítica.\n',
    entries: [
      ['García, Ana. 2015. Historia de la escritura. Madrid: Cátedra.', undefined, '1'],
      ['López, Juan. 2018. La imprenta. Barcelona: Crítica.', undefined, '2'],
    ],
  },
  {
    name: 'txt: bracket-numbered bibliography is read as entries, not as footnotes',
    format: 'txt',
    text: 'Body text cites [1] and [2] here.\n\nReferences\n\n[1] Smith, J. 2020. Title one. Publisher.\n[2] Doe, A. 2019. Title two. https://example.org/two\n',
    entries: [
      ['Smith, J. 2020. Title one. Publisher.', undefined, '1'],
      ['Doe, A. 2019. Title two. https://example.org/two', undefined, '2'],
    ],
  },
  {
    name: 'txt: a "Literature" chapter of running text is no bibliography',
    format: 'txt',
    text: 'LITERATURE.\n\nThe antiquarian literature of the province is extremely meager, being confined to brief sketches made by transient visitors or based for the most part upon the testimony of gold hunters and government explorers, who took but little note of the unpretentious relics of past ages. As there are few striking monuments, the attention of archaeologists was not called to the history of primeval man in this region.\n\nThe most important contributions to the literature of this region, so far as they have come to my knowledge, are the following: a paper by Mr. Merritt, published in 1860, and a volume issued in London; a valuable pamphlet by M. De Zeltner, French consul to Panama in 1860, and casual notes by a number of other writers, some of which will be referred to in the following pages of this paper.\n',
    entries: [],
    headings: 0,
  },
  {
    name: 'md: German heading, the section ends at the next heading of its level',
    format: 'md',
    lang: 'de',
    text: '## Literaturverzeichnis\n\nMüller, Hans. 2001. *Geschichte*. Berlin.\n\n## Anhang\n\nTabelle 1 zeigt 2001 Werte.\n',
    entries: ['Müller, Hans. 2001. Geschichte. Berlin.'],
  },
  {
    name: 'md: pandoc attributes after the heading; entries without a year are still entries',
    format: 'md',
    text: '## References {.page_break_before}\n\nSecretariat Cairo. United Nation Congress On The Prevention Of Crime.\n',
    entries: ['Secretariat Cairo. United Nation Congress On The Prevention Of Crime.'],
  },
  {
    name: 'html: ordered list under a French heading (an <ol> item is numbered by its place)',
    format: 'html',
    lang: 'fr',
    text: '<html><body><p>Texte.</p><h2>Bibliographie</h2><ol><li>Dupont, Marie. 2012. <i>Le livre</i>. Paris : Seuil.</li><li>Martin, Luc. 1999. « Article ». <i>Revue</i> 3 : 1-9.</li></ol></body></html>',
    entries: [
      ['Dupont, Marie. 2012. Le livre. Paris : Seuil.', undefined, '1'],
      ['Martin, Luc. 1999. « Article ». Revue 3 : 1-9.', undefined, '2'],
    ],
  },
  {
    name: 'html: <ol start> and <li value> set the numbers; <ul> items have none',
    format: 'html',
    text: '<html><body><h2>References</h2><ol start="4"><li>Cohen AJ. Estimates. Lancet. 2017.</li><li value="9">Castell N. Sensors. Environ Int. 2017.</li></ol><h2>Bibliography</h2><ul><li>Smith, J. 2020. Title one. Publisher.</li></ul></body></html>',
    entries: [['Cohen AJ. Estimates. Lancet. 2017.', undefined, '4'], ['Castell N. Sensors. Environ Int. 2017.', undefined, '9'], 'Smith, J. 2020. Title one. Publisher.'],
  },
  {
    name: 'html: an <li> that wraps its entry in a <p> keeps its number',
    format: 'html',
    text: '<html><body><h2>References</h2><ol><li><p>Cohen AJ. Estimates. Lancet. 2017.</p></li><li><p>Castell N. Sensors. Environ Int. 2017.</p></li></ol><p>After the list.</p></body></html>',
    entries: [['Cohen AJ. Estimates. Lancet. 2017.', undefined, '1'], ['Castell N. Sensors. Environ Int. 2017.', undefined, '2']],
  },
  {
    name: 'txt: "[n] …" lines under "References" are numbered entries, not notes',
    text: 'Sensors drift [2].\n\nReferences\n\n[1] Cohen AJ, Brauer M. Estimates. Lancet. 2017;389:1907-1918.\n[2] Castell N, Dauge FR. Sensors. Environ Int. 2017;99:293-302.\n',
    entries: [
      ['Cohen AJ, Brauer M. Estimates. Lancet. 2017;389:1907-1918.', undefined, '1'],
      ['Castell N, Dauge FR. Sensors. Environ Int. 2017;99:293-302.', undefined, '2'],
    ],
  },
  {
    name: 'html: entries separated by <br> in one paragraph',
    format: 'html',
    text: '<html><body><h2>References</h2><p>Smith, J. 2020. Title one. Publisher.<br>Doe, A. 2019. Title two. Press.</p></body></html>',
    entries: ['Smith, J. 2020. Title one. Publisher.', 'Doe, A. 2019. Title two. Press.'],
  },
  {
    name: 'md: a second line with a page range that looks like years (1650–1672) stays in its entry',
    format: 'md',
    text: '# Paper\n\nText (Smith & Lee, 2020).\n\n## References\n\nSmith, A., & Lee, R. (2020). Hybrid futures: Survey evidence from U.S. firms.\n*Human Relations, 73*(12), 1650–1672. https://doi.org/10.1177/0018726720962345\n\nTan, B. (2019). Hybrid futures revisited.\n*Human Relations, 72*(2), 150–172.\n',
    entries: [
      'Smith, A., & Lee, R. (2020). Hybrid futures: Survey evidence from U.S. firms. Human Relations, 73(12), 1650–1672. https://doi.org/10.1177/0018726720962345',
      'Tan, B. (2019). Hybrid futures revisited. Human Relations, 72(2), 150–172.',
    ],
  },
  {
    name: 'txt: "Washington, DC: …" continues the entry before it',
    text: 'Isi makalah (World Bank 2021).\n\nDaftar Pustaka\n\nWorld Bank. 2021. World Development Report 2021: Data for Better Lives.\nWashington, DC: World Bank. Diunduh dari https://www.worldbank.org/en/publication/wdr2021 pada 3 Oktober 2022.\n',
    lang: 'id',
    entries: ['World Bank. 2021. World Development Report 2021: Data for Better Lives. Washington, DC: World Bank. Diunduh dari https://www.worldbank.org/en/publication/wdr2021 pada 3 Oktober 2022.'],
  },
];

describe('bibliography extraction', () => {
  for (const c of cases) {
    it(c.name, () => {
      const doc = buildDoc(c);
      const entries = doc.references.filter((r) => r.origin === 'bibliography');
      const expected = c.entries.map((e) => (typeof e === 'string' ? [e] : e));
      expect(entries.map((e) => [e.raw.replace(/\s+/g, ' '), e.section, e.label].slice(0, 3))).toEqual(
        expected.map(([raw, section, label]) => [raw, section, label]),
      );
      expect((doc.referenceFragments ?? []).map((f) => f.raw)).toEqual(c.fragments ?? []);
      if (c.headings !== undefined) expect(doc.bibliographyHeadings).toHaveLength(c.headings);
      // Every entry's span and offsets point at its own text in the source.
      for (const entry of [...entries]) {
        expect(doc.source.text.slice(entry.span.start, entry.span.end).length).toBeGreaterThan(0);
        if (entry.offsets) expect([...entry.raw].every((ch, i) => ch === ' ' || doc.source.text[entry.offsets![i]!] === ch)).toBe(true);
      }
    });
  }

  it('links a fragment to the entry whose title its URL spells', () => {
    const doc = buildDoc(cases[4]!);
    const owner = doc.references.find((r) => r.id === doc.referenceFragments![0]!.belongsTo);
    expect(owner?.raw).toMatch(/^Kompas\. 2022/);
  });

  it('keeps "2024." before a fragment in its span', () => {
    const doc = buildDoc(cases[4]!);
    const span = doc.referenceFragments![0]!.span;
    expect(doc.source.text.slice(span.start, span.end)).toBe('2024. <https://www.kompas.com/tren/read/2022/03/05/1/daftar-sanksi-rusia-invasi>.');
  });
});

describe('a "Notes" section', () => {
  it('reads numbered notes, not the prose of a document titled "Notes"', () => {
    const prose = buildDoc({ format: 'md', text: '# Notes\n\nIn 1996 the chancellor met Yeltsin in Bonn to discuss debt relief (Smith 2001).\n\n## References\n\n- Smith, J. 2001. *Bonn and Moscow*. London: Press.\n' });
    expect(prose.references.map((r) => r.origin)).toEqual(['bibliography']);
    expect(prose.citations.map((c) => c.text)).toEqual(['(Smith 2001)']);
    const notes = buildDoc({ format: 'md', text: 'Text.\n\n## Notes\n\n1. Interview with an official, Jakarta, 12 March 2019.\n2. Smith, J. 2001. *Bonn and Moscow*. London: Press.\n' });
    expect(notes.references).toHaveLength(2);
  });
});

describe('footnotes as references', () => {
  it('keeps notes that cite, drops comments and Ibid.', () => {
    const doc = buildDoc({
      format: 'md',
      text: 'A[^1] b[^2] c[^3] d[^4] e[^5].\n\n[^1]: Le Roux, B. *Multiple Correspondence Analysis* (Los Angeles: SAGE, 2010), p. 5.\n[^2]: Ibid., p. 7.\n[^3]: Don\'t worry if you don\'t understand some of this terminology yet!\n[^4]: Seemann: Voy. Herald, Vol. I, p. 312.\n[^5]: ¡No te preocupes si no entiendes aún esta terminología!\n',
    });
    expect(doc.references.map((r) => r.id)).toEqual(['note-1', 'note-4']);
  });
});

describe('Manubot tag definitions', () => {
  it('reads [@tag:X]: doi:… lines as entries with the tag as id, never inside code', () => {
    const doc = buildDoc({
      format: 'md',
      text: '## References\n\n[@tag:Abe]: doi:10.1101/gr.634603\n[@tag:Web]: url:https://example.org/page\n[@tag:Arx]: arxiv:1705.00001\n\n```\n[@tag:InCode]: doi:10.1/x\n```\n',
    });
    expect(doc.references.map((r) => [r.id, r.csl.DOI ?? r.csl.URL, doc.source.text.slice(r.span.start, r.span.end)])).toEqual([
      ['tag:Abe', '10.1101/gr.634603', '[@tag:Abe]: doi:10.1101/gr.634603'],
      ['tag:Web', 'https://example.org/page', '[@tag:Web]: url:https://example.org/page'],
      ['tag:Arx', 'https://arxiv.org/abs/1705.00001', '[@tag:Arx]: arxiv:1705.00001'],
    ]);
  });
});
