/** The run's timeline: dated events of all documents in date order, nothing that is not an event. */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../helpers/build.js';
import { buildTimeline, renderTimelineMarkdown } from '../../src/report/timeline.js';

const first = buildDoc({
  path: 'a.md',
  format: 'md',
  lang: 'id',
  text: [
    '# Judul',
    '',
    '#Fokus Sepekan l 2020-05-21',
    '',
    'Kim dan Putin bertemu pada April tahun lalu di Vladivostok (Brookings 2019).',
    '',
    'Pada 12 September 2023, Kim Jong-Un bertemu Putin. Perang Korea berlangsung 1950–1953.',
    '',
    'Lihat https://kompas.com/read/2024/02/26/x untuk rinciannya.',
    '',
    '## Daftar Pustaka',
    '',
    '- Brookings. 2019. *What do North Korean Troop Deployments Mean*. Accessed 2024.',
  ].join('\n'),
});
const second = buildDoc({ path: 'b.txt', lang: 'id', text: '19 Juni 2024 — Putin tiba di Pyongyang.\n\nPada 1990-an hubungan membeku. Sebanyak 1547 senyawa diuji.' });

describe('buildTimeline', () => {
  const timeline = buildTimeline([first, second]);

  it('lists dated events of every document in date order', () => {
    expect(timeline.map((e) => `${e.date}${e.until ? `..${e.until}` : ''} ${e.file}:${e.line} ${e.text}`)).toEqual([
      '1950..1953 a.md:7 1950–1953',
      '1990..1999 b.txt:3 1990-an',
      '2019-04 a.md:5 April tahun lalu',
      '2020-05-21 a.md:3 2020-05-21',
      '2023-09-12 a.md:7 12 September 2023',
      '2024-06-19 b.txt:1 19 Juni 2024',
    ]);
  });

  it('keeps the sentence, the place and the kind of date', () => {
    const april = timeline.find((e) => e.text === 'April tahun lalu')!;
    expect(april).toMatchObject({ relative: true, approximate: false, line: 5, column: 28, endLine: 5, endColumn: 44 });
    expect(april.sentence).toBe('Kim dan Putin bertemu pada April tahun lalu di Vladivostok (Brookings 2019).');
    expect(timeline.find((e) => e.text === '1990-an')).toMatchObject({ approximate: true, until: '1999' });
  });

  it('leaves out citation years, reference entries and URL dates', () => {
    expect(timeline.some((e) => e.date === '2019' || e.date === '2024' || e.date.startsWith('2024-02'))).toBe(false);
  });

  it('renders a Markdown table', () => {
    const md = renderTimelineMarkdown(timeline).join('\n');
    expect(md).toContain('## Timeline');
    expect(md).toContain('| 2019-04 ≈ | April tahun lalu | a.md:5 | Kim dan Putin bertemu pada April tahun lalu di Vladivostok (Brookings 2019). |');
    expect(renderTimelineMarkdown([])).toEqual([]);
  });
});
