import { ruleTester } from '../helpers/rule-tester.js';
import { eventConflict } from '../../src/checks/date-event-conflict.js';

ruleTester(eventConflict, {
  valid: [
    { name: 'the same event, the same date, two documents', text: 'Pada 12 September 2023, Kim Jong Un bertemu Putin di Vladivostok.', lang: 'id', others: [{ text: '12 September 2023 — Kim Jong Un bertemu Putin di Timur Jauh Rusia.', lang: 'id', path: 'other.txt' }] },
    { name: 'two meetings with Putin, months apart, different people', text: 'Pada 16 Januari 2024, Menteri Luar Negeri Korea Utara bertemu Putin di Moskow.\n\nPada 12 September 2023, Kim Jong Un bertemu Putin.', lang: 'id' },
    { name: 'years only do not take part', text: 'Putin visited Pyongyang in 2000.\n\nPutin visited Pyongyang again in 2024.' },
    { name: 'two dates in one sentence are two events on purpose', text: 'Putin visited Pyongyang on 19 July 2000 and on 19 June 2024.' },
    { name: 'the same names but no shared word for what happened', text: 'Putin tiba di Pyongyang, Korea Utara pada 19 Juni 2024.\n\nBerbeda dengan kunjungan Putin ke Korea Utara pada 19 Juli 2000 yang menyepakati kerja sama.', lang: 'id' },
    { name: 'a shared topic alone is not one event', text: 'On 3 March 2020 the ministry of health of Korea closed schools.\n\nOn 9 October 2021 the ministry of trade of Korea opened ports.' },
    { name: 'a recurring event is at most info', text: 'The NATO summit met on 11 July 2023 in Vilnius.\n\nThe NATO summit met on 11 July 2024 in Washington.' },
  ],
  invalid: [
    {
      name: 'id: two visits to Pyongyang on 19 June 2024 and 19 July 2000 (seed 001)',
      text: 'Pada tanggal 19 Juni 2024, Presiden Rusia Vladimir Putin melakukan kunjungan ke Pyongyang, Korea Utara.\n\nBerbeda dengan kunjungan Putin ke Korea Utara pada 19 Juli 2000 yang menyepakati kerja sama.',
      lang: 'id',
      errors: [{ line: 3, excerpt: '19 Juli 2000', severity: 'info', related: 1, message: /similar event is dated 19 June 2024 earlier in this document/ }],
    },
    {
      name: 'id: one meeting dated 12 and 13 September 2023 in two documents',
      text: 'Pada 12 September 2023, Kim Jong Un bertemu Putin di Vladivostok.',
      lang: 'id',
      others: [{ text: 'Latar\n\n13 September 2023 — Kim Jong Un bertemu Putin di Timur Jauh Rusia.', lang: 'id', path: 'other.txt' }],
      errors: [{ file: 'other.txt', line: 3, excerpt: '13 September 2023', severity: 'warning', related: 1, message: /same event seems to be dated 13 September 2023 here and 12 September 2023 in fixture.txt/ }],
    },
    {
      name: 'en: two visits on the 19th of look-alike months',
      text: 'Putin visited Pyongyang on 19 July 2000.\n\nOn 19 June 2024 Putin visited Pyongyang again.',
      errors: [{ excerpt: '19 June 2024', severity: 'info' }],
    },
    {
      name: 'en: the same launch a week apart: maybe a second launch (info)',
      text: 'The satellite was launched from Sohae on 21 November 2023.\n\nAfter the satellite was launched from Sohae on 28 November 2023, Seoul protested.',
      errors: [{ excerpt: '28 November 2023', severity: 'info' }],
    },
    {
      name: 'en: the same launch two days apart in one document',
      text: 'The satellite was launched from Sohae on 21 November 2023.\n\nAfter the satellite was launched from Sohae on 23 November 2023, Seoul protested.',
      errors: [{ excerpt: '23 November 2023', severity: 'warning', message: /same event seems to be dated 23 November 2023 here and 21 November 2023 earlier in this document/ }],
    },
  ],
});
