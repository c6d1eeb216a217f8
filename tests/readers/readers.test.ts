import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../src/input/read-source.js';
import { readerFor } from '../../src/readers/index.js';
import type { Block } from '../../src/model/types.js';
import { SHARED_DIR } from '../helpers/build.js';

const read = (path: string, text: string) => {
  const source = makeSource(path, text);
  return readerFor(source).read(source);
};

/** Every visible character that is not synthetic (joining space) or decoded (entity) sits at its offset. */
function mismatches(block: Block, text: string): number {
  let bad = 0;
  for (let i = 0; i < block.text.length; i++) {
    const ch = block.text[i]!;
    const at = text[block.offsets[i]!];
    if (at !== ch && !/\s/.test(ch) && at !== '&' && at !== '\\') bad++;
  }
  return bad;
}

describe('text reader', () => {
  it('joins wrapped lines, undoes hyphenation, drops page numbers', () => {
    const text = 'Kebijakan luar negeri Rusia dan kebi-\njakan Korea Utara.\n\n12\n\nParagraf kedua.\r\n';
    const { blocks } = read('a.txt', text);
    expect(blocks.map((b) => b.text)).toEqual(['Kebijakan luar negeri Rusia dan kebijakan Korea Utara.', 'Paragraf kedua.']);
    const second = blocks[1]!;
    expect(text.slice(second.span.start, second.span.end)).toBe('Paragraf kedua.');
  });

  it('keeps a hyphen before a capital letter', () => {
    const { blocks } = read('a.txt', 'Hubungan Korea-\nUtara membaik dalam beberapa tahun terakhir ini di kawasan Asia.\n');
    expect(blocks[0]!.text).toBe('Hubungan Korea-Utara membaik dalam beberapa tahun terakhir ini di kawasan Asia.');
  });

  it('starts a new block at a note or list item without a blank line', () => {
    const { blocks } = read('a.txt', 'Body text that is long enough to be a paragraph.\n[1] First note.\n[2] Second note.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Body text that is long enough to be a paragraph.', '[1] First note.', '[2] Second note.']);
  });

  it('recognises short title lines as headings', () => {
    const { blocks } = read('a.txt', 'DAFTAR PUSTAKA\n\nSmith, J. 2001. A book. Jakarta: Penerbit.\n');
    expect(blocks[0]!.kind).toBe('heading');
    expect(blocks[1]!.kind).toBe('paragraph');
  });

  it('drops a running foot in mixed case that splits an entry across pages', () => {
    const { blocks } = read('a.txt', 'DAFTAR PUSTAKA\n\nSukma, Rizal. 2023. "Indonesia and Myanmar". The\nSkripsi – Universitas Padjadjaran                     33\n   Jakarta Post, 5 September 2023.\n');
    expect(blocks.map((b) => b.text)).toEqual(['DAFTAR PUSTAKA', 'Sukma, Rizal. 2023. "Indonesia and Myanmar". The Jakarta Post, 5 September 2023.']);
  });

  it('a line in capitals is a heading of its own, even glued to the note above it', () => {
    const { blocks } = read('a.txt', 'Isi paragraf yang cukup panjang.¹\n\n¹ Kemlu RI, Capaian (Jakarta: Kemlu, 2023), hlm. 18.\n                         32\nDAFTAR PUSTAKA\n\nHuxley, Tim. 2021. Judul. Survival.\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Isi paragraf yang cukup panjang.¹'],
      ['paragraph', '¹ Kemlu RI, Capaian (Jakarta: Kemlu, 2023), hlm. 18.'],
      ['heading', 'DAFTAR PUSTAKA'],
      ['paragraph', 'Huxley, Tim. 2021. Judul. Survival.'],
    ]);
  });

  it('undoes end-of-line hyphenation, but keeps the hyphen of a name syllable ("Jong-un")', () => {
    const { blocks } = read('a.txt', 'Pertemuan Kim Jong-\nun dan Moon Jae-\nin membahas kebi-\njakan baru.\n');
    expect(blocks[0]!.text).toBe('Pertemuan Kim Jong-un dan Moon Jae-in membahas kebijakan baru.');
  });

  it('drops a running head of PDF text, so the heading after it stays a heading', () => {
    const { blocks } = read('a.txt', 'Outbreaks followed (Wong & Tan, 2020).\n\nVACCINE HESITANCY                      2\nReferences\n\nLarson, H. J. (2016). The state of vaccine confidence.\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Outbreaks followed (Wong & Tan, 2020).'],
      ['heading', 'References'],
      ['paragraph', 'Larson, H. J. (2016). The state of vaccine confidence.'],
    ]);
  });

  it.each([
    ['7. Stabilitas strategis dan kerjasama internasional.¹', 'list-item'],
    ['Putin tiba pada 19 Juni 2024.[3]', 'paragraph'],
    ['BAB II TINJAUAN PUSTAKA', 'heading'],
    ['Kerangka Teori', 'heading'],
  ])('a short line ending in a note mark is not a heading: %s', (line, kind) => {
    const { blocks } = read('a.txt', `Pembukaan yang cukup panjang untuk menjadi paragraf.\n\n${line}\n`);
    expect(blocks[1]!.kind).toBe(kind);
  });
});

describe('markdown reader', () => {
  it('maps text through emphasis, links, escapes and entities', () => {
    const text = '# Judul\n\nA **bold** [link](http://x.org) \\*star\\* &amp; done.\n';
    const { blocks, links } = read('a.md', text);
    expect(blocks[1]!.text).toBe('A bold link *star* & done.');
    expect(mismatches(blocks[1]!, text)).toBe(0);
    expect(links).toEqual([{ url: 'http://x.org', span: { start: 20, end: 40 }, inCode: false }]);
  });

  it('reads GFM footnotes, front matter and code', () => {
    const text = '---\ntitle: T\nbibliography: refs.bib\n---\n\nText.[^1]\n\n```\ncode [^2]\n```\n\n[^1]: The note.\n';
    const result = read('a.md', text);
    expect(result.frontMatter).toEqual({ title: 'T', bibliography: 'refs.bib' });
    expect(result.bibliographyFiles).toEqual(['refs.bib']);
    expect(result.footnoteMarkers.map((m) => m.label)).toEqual(['1']);
    expect(result.footnoteDefinitions.map((d) => [d.label, d.text])).toEqual([['1', 'The note.']]);
    expect(result.blocks.find((b) => b.kind === 'code')?.text).toBe('code [^2]');
  });

  it('reads a soft line break as one space at the break\'s offset; a hard break stays a line break', () => {
    const text = 'Here (Barrero et al.,\n  2021) and\r\nmore.  \nHard.\n';
    const { blocks } = read('a.md', text);
    expect(blocks[0]!.text).toBe('Here (Barrero et al., 2021) and more.\nHard.');
    expect(mismatches(blocks[0]!, text)).toBe(0);
    const space = blocks[0]!.text.indexOf(' 2021');
    expect(text[blocks[0]!.offsets[space]!]).toBe('\n');
  });

  it('replaces inline code by spaces so nothing is extracted from it', () => {
    const { blocks } = read('a.md', 'See `[@key, 67]` here.\n');
    expect(blocks[0]!.text).toBe('See ' + ' '.repeat(12) + ' here.');
  });
});

describe('html reader', () => {
  it('keeps body text, skips scripts, styles and navigation', () => {
    const text = '<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><script>alert(1)</script><h1>Head</h1><p>Tom &amp; Jerry<br>next</p></body></html>';
    const { blocks } = read('a.html', text);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['heading', 'Head'], ['paragraph', 'Tom & Jerry\nnext']]);
    for (const block of blocks) expect(mismatches(block, text)).toBe(0);
  });

  it('reads a line break in running text as a space, but keeps it inside <pre>', () => {
    const text = '<p>Here (Barrero et al.,\n2021).</p><pre>a\nb</pre>';
    const { blocks } = read('a.html', text);
    expect(blocks.map((b) => b.text)).toEqual(['Here (Barrero et al., 2021).', 'a\nb']);
    for (const block of blocks) expect(mismatches(block, text)).toBe(0);
  });

  it('numbers the items of an HTML <ol> (start and value honoured), not those of a <ul>', () => {
    const text = '<ol start="3"><li>Three</li><li value="7">Seven</li><li>Eight</li></ol><ul><li>None</li></ul>';
    const { blocks } = read('a.html', text);
    expect(blocks.map((b) => [b.text, b.ordinal])).toEqual([['Three', 3], ['Seven', 7], ['Eight', 8], ['None', undefined]]);
  });

  it('records footnote links, note ids and Distill citations', () => {
    const text = '<p>A<sup><a href="#fn1">1</a></sup> <d-cite key="a,b"></d-cite></p><ol><li id="fn1">The note.</li></ol>';
    const result = read('a.html', text);
    expect(result.footnoteMarkers.map((m) => m.label)).toEqual(['1']);
    expect(result.footnoteDefinitions.map((d) => [d.label, d.text])).toEqual([['1', 'The note.']]);
    expect(result.keyCitations.map((c) => c.keys)).toEqual([['a', 'b']]);
  });
});

describe('every reader on every real document', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|txt|html)$/.test(name)) files.push(path);
    }
  };
  walk(join(SHARED_DIR, 'corpus'));
  walk(join(SHARED_DIR, 'seeds'));

  it.each(files.map((f) => [f.slice(SHARED_DIR.length + 1), f]))('%s: visible text maps back to the original', (_, path) => {
    const text = new TextDecoder().decode(readFileSync(path));
    const { blocks } = read(path, text);
    expect(blocks.length).toBeGreaterThan(0);
    const total = blocks.reduce((n, b) => n + b.text.length, 0);
    const bad = blocks.reduce((n, b) => n + mismatches(b, text), 0);
    expect(bad / total).toBeLessThan(0.001);
    for (const block of blocks) {
      expect(block.offsets.length).toBe(block.text.length + 1);
      expect(block.span.start).toBeLessThanOrEqual(block.span.end);
    }
  });
});
