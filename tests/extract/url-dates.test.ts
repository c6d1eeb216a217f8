/** Dates inside URLs: the forms that must be read, and digits that are no date. */
import { describe, expect, it } from 'vitest';
import { findUrlDates } from '../../src/extract/url-dates.js';
import { lexicons } from '../helpers/build.js';

const lex = () => [lexicons().get('id')!, lexicons().get('en')!];
const read = (url: string) =>
  findUrlDates(url, lex()).map((d) => `${d.text}=${[d.year, d.month, d.day].filter((x) => x !== undefined).join('-')}${d.slug ? ' slug' : ''}`);

const MUST_READ: [string, string[]][] = [
  ['https://internasional.kompas.com/read/2024/02/26/163450470/pasang-surut', ['2024/02/26=2024-2-26']],
  ['https://www.aljazeera.com/news/2024/2/28/n-korea-sent-russia', ['2024/2/28=2024-2-28']],
  ['https://www.usip.org/publications/2023/06/russia-factor-nato-japan-relations', ['2023/06=2023-6']],
  ['https://www.nknews.org/2023/12/russian-region-in-siberia', ['2023/12=2023-12']],
  ['https://www.rbc.ru/politics/14/09/2023/650240729a79470be233f8ca', ['14/09/2023=2023-9-14']],
  ['https://en.yna.co.kr/view/AEN20240403008500315', ['20240403=2024-4-3']],
  ['https://www.fmprc.gov.cn/eng/xwfw_665399/202309/t20230913_11142374.html', ['202309=2023-9', '20230913=2023-9-13']],
  ['https://www.cnbcindonesia.com/news/20241031050407-4-584408/tentara-korut', ['20241031=2024-10-31']],
  ['https://www.reuters.com/world/russian-delegation-visits-pyongyang-2024-03-27/#:~:text=2019', ['2024-03-27=2024-3-27']],
  ['https://berkas.dpr.go.id/pusaka/files/isu_sepekan/Isu%20Sepekan---III-PUSLIT-Juni-2024-238.pdf', ['Juni-2024=2024-6 slug']],
  ['https://www.peaceinsight.org/en/articles/peace-dispatch-march-2019/?location=nigeria', ['march-2019=2019-3 slug']],
  ['https://example.org/news/20241031', ['20241031=2024-10-31']],
  ['https://www.who.int/news/item/04-03-2020-vaccine-update', ['04-03-2020=2020']],
  ['https://example.org/item/25-12-2019-christmas-notice', ['25-12-2019=2019-12-25']],
];

const MUST_NOT_READ: [string, string][] = [
  ['https://doi.org/10.1186/gb-2013-14-10-r115', 'a DOI'],
  ['https://link.springer.com/article/10.1186/1471-2105-13-86', 'a DOI in a publisher URL'],
  ['https://apnews.com/article/russia-58b2bd3259b680d2d35ed19479f4abab', 'a hash'],
  ['https://en.wikipedia.org/w/index.php?oldid=1055308884', 'a revision id'],
  ['https://github.com/org/repo/issues/2019', 'an issue number'],
  ['https://www.rctiplus.com/news/detail/berita-utama/4411312/mengulik', 'an article id'],
  ['https://2024.example.org/about', 'the host'],
  ['https://example.org/page#2024/02/26', 'the fragment'],
  ['https://example.org/item/a20241399', 'month 13'],
  ['https://example.org/12345678901234567890', 'a long number'],
];

describe('findUrlDates', () => {
  it.each(MUST_READ)('%s', (url, expected) => expect(read(url)).toEqual(expected));
  it.each(MUST_NOT_READ)('%s (%s)', (url) => expect(read(url)).toEqual([]));
  it('gives offsets into the URL', () => {
    const url = 'https://internasional.kompas.com/read/2024/02/26/163450470/x';
    const [date] = findUrlDates(url, lex());
    expect(url.slice(date!.start, date!.end)).toBe('2024/02/26');
  });
});
