import { describe, expect, it } from 'vitest';
import { buildDoc, type Fixture } from '../helpers/build.js';

/** Names found in a text, as "kind:text" or "kind:text [title]". */
function names(fixture: Fixture): string[] {
  const doc = buildDoc(fixture);
  return (doc.entities ?? []).map((e) => {
    expect(doc.source.text.slice(e.span.start, e.span.end)).toBe(e.text); // exact spans
    if (e.title) expect(doc.source.text.slice(e.title.span.start, e.title.span.end)).toBe(e.title.text);
    return `${e.kind}:${e.text}${e.title ? ` [${e.title.text}]` : ''}`;
  });
}

describe('extractEntities', () => {
  const cases: [string, Fixture, string[]][] = [
    ['title and country stay out of the name', { text: 'Kemudian Presiden Rusia Vladimir Putin berpidato.', lang: 'id' }, ['person:Vladimir Putin [Presiden Rusia]']],
    ['lower-case title before the name', { text: 'Stabilitas dijaga oleh presiden Putin selama ini.', lang: 'id' }, ['name:Stabilitas', 'person:Putin [presiden]']],
    ['multi-word title', { text: 'Lalu Menteri Luar Negeri Rusia Sergei Lavrov menyatakan hal itu.', lang: 'id' }, ['person:Sergei Lavrov [Menteri Luar Negeri Rusia]']],
    ['family-first name with hyphen', { text: 'Pemimpin Korea Utara Kim Jong-Un bertemu Putin.', lang: 'id' }, ['person:Kim Jong-Un [Pemimpin Korea Utara]', 'name:Putin']],
    ['possessive ends the name', { text: 'North Korea’s Kim Hong Un meets Russian defence chief.' }, ['name:North Korea', 'name:Kim Hong Un', 'name:Russian']],
    ['particles inside a name', { text: 'The crown prince Muhammad bin Salman met Ludwig van Beethoven fans.' }, ['person:Muhammad bin Salman [prince]', 'name:Ludwig van Beethoven']],
    ['prefix particle al-', { text: 'The leader Abu Bakr al-Baghdadi was killed.' }, ['name:Abu Bakr al-Baghdadi']],
    ['initials and honorific with a period', { text: 'The collection of Dr. W. H. Holmes was large.' }, ['person:W. H. Holmes [Dr.]']],
    // A sentence opener the text never writes in lower case stays a one-word name ("Stabilitas"):
    // harmless, since one-word names are compared only when long and well attested.
    ['sentence-initial common word is dropped', { text: 'Setelah Boris Yeltsin, Rusia berubah. Rusia setelah itu maju.', lang: 'id' }, ['name:Boris Yeltsin', 'name:Rusia', 'name:Rusia']],
    ['Indonesian confixed noun is no name', { text: 'Kecenderungan Yeltsin kepada AS jelas.', lang: 'id' }, ['name:Yeltsin', 'organisation:AS']],
    ['organisation words', { text: 'Data dari Badan Intelijen Luar Negeri dan Universitas Padjadjaran dipakai.', lang: 'id' }, ['name:Data', 'organisation:Badan Intelijen Luar Negeri', 'organisation:Universitas Padjadjaran']],
    ['months and weekdays are no names', { text: 'Pada Juli Korea Utara meluncurkan rudal pada hari Selasa.', lang: 'id' }, ['name:Korea Utara']],
    ['URLs and e-mail addresses are skipped', { text: 'see https://www.AlJazeera.com/Kim-Jong-Un and Mail@Example.org today.' }, []],
    ['quoted name is marked', { text: 'He wrote “Kim Jong Un” in full.' }, ['name:Kim Jong Un']],
    ['footnote superscript is not part of the name', { text: 'Menurut Amerika Serikat.⁵ Kunjungan itu batal.', lang: 'id' }, ['name:Amerika Serikat', 'name:Kunjungan']],
    ['title followed by a country only', { text: 'Beliau bertemu menteri luar negeri Rusia, Sergey Lavrov, kemarin.', lang: 'id' }, ['name:Beliau', 'name:Rusia', 'name:Sergey Lavrov']],
  ];
  for (const [label, fixture, expected] of cases) {
    it(label, () => expect(names(fixture)).toEqual(expected));
  }

  it('marks quotations, references and notes', () => {
    const doc = buildDoc({ text: '# Notes\n\nHe wrote “Kim Jong Un” once.[^1]\n\n[^1]: Reuters, Vladimir Putin speech.\n', format: 'md' });
    const byText = new Map((doc.entities ?? []).map((e) => [e.text, e]));
    expect(byText.get('Kim Jong Un')?.quoted).toBe(true);
    expect(byText.get('Vladimir Putin')?.inReference).toBe(true);
    expect(byText.get('Kim Jong Un')?.inReference).toBe(false);
  });

  it('keeps positions in Markdown and HTML', () => {
    for (const fixture of [
      { text: 'Intro *Presiden* **Vladimir Putin** datang.', format: 'md' as const, lang: 'id' },
      { text: '<p>Intro Presiden <b>Vladimir</b> Putin datang.</p>', format: 'html' as const, lang: 'id' },
    ]) {
      const doc = buildDoc(fixture);
      const putin = (doc.entities ?? []).find((e) => e.tokens.includes('Putin'));
      expect(putin?.tokens).toEqual(['Vladimir', 'Putin']);
      expect(doc.source.text.slice(putin!.span.start, putin!.span.end)).toBe(putin!.text);
    }
  });

  it('never reads names from code', () => {
    const doc = buildDoc({ text: 'some text.\n\n```\nVladimir Putin = 1\n```\n', format: 'md' });
    expect(doc.entities).toEqual([]);
  });
});
