/** Sentence splitting: abbreviations, initials, brackets and bare citations do not end a sentence. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { lexicons } from '../helpers/build.js';

const split = (text: string, lang: string) => splitSentences(text, lexicons().get(lang)!).map((s) => text.slice(s.start, s.end));

const TABLE: [lang: string, text: string, expected: string[]][] = [
  [
    'id',
    'Pada 12 September 2023, Kim Jong-Un bertemu Putin. Sejak pertemuan ini, hubungan meningkat. (RCTI Plus.com 2022). Pertemuan ini menyusul kunjungan Shoigu.',
    ['Pada 12 September 2023, Kim Jong-Un bertemu Putin.', 'Sejak pertemuan ini, hubungan meningkat. (RCTI Plus.com 2022).', 'Pertemuan ini menyusul kunjungan Shoigu.'],
  ],
  ['id', 'Lihat hlm. 5 dan bab 3. Data dari Smith dkk. tahun 2020 dipakai.', ['Lihat hlm. 5 dan bab 3.', 'Data dari Smith dkk. tahun 2020 dipakai.']],
  ['en', 'Dr. Smith met J. Doe on Jan. 5. They talked.', ['Dr. Smith met J. Doe on Jan. 5.', 'They talked.']],
  ['en', 'Growth was 3.5 percent (Smith et al. 2022). Then it fell.', ['Growth was 3.5 percent (Smith et al. 2022).', 'Then it fell.']],
  ['en', 'He left in May. Then he returned.', ['He left in May.', 'Then he returned.']],
  ['en', 'The U.S. officials agreed, e.g. on trade. Others did not.', ['The U.S. officials agreed, e.g. on trade.', 'Others did not.']],
  ['de', 'Das war z. B. im Jahr 2000 so. Danach nicht mehr.', ['Das war z. B. im Jahr 2000 so.', 'Danach nicht mehr.']],
  ['es', 'Lo dijo el Sr. García. Nadie respondió.', ['Lo dijo el Sr. García.', 'Nadie respondió.']],
];

describe('splitSentences', () => {
  it.each(TABLE)('%s: %s', (lang, text, expected) => expect(split(text, lang)).toEqual(expected));
});
