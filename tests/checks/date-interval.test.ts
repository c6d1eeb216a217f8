import { ruleTester } from '../helpers/rule-tester.js';
import { intervalMismatch } from '../../src/checks/date-interval.js';

ruleTester(intervalMismatch, {
  valid: [
    { name: 'id: seed 003, no dates to check against', text: 'Tahun ini menandai tahun ke-75 hubungan bilateral dan Presiden Rusia Vladimir Putin dapat mengunjungi Pyongyang, menandai kunjungan pertama setelah 24 tahun.', lang: 'id' },
    { name: 'id: 2000 to 2024 is 24 years', text: 'Putin mengunjungi Pyongyang pada 19 Juli 2000. Setelah 24 tahun, pada 19 Juni 2024, ia kembali.', lang: 'id' },
    { name: 'en: July 2000 to June 2024 is about 24 years', text: 'Putin visited Pyongyang in July 2000. After 24 years, in June 2024, he returned.' },
    { name: 'id: a range of four years', text: 'Ia menjabat selama 4 tahun (2008–2012).', lang: 'id' },
    { name: 'en: a range counted inclusively', text: 'The survey ran for five years (2008–2012).' },
    { name: 'en: two decades, roughly', text: 'The treaty was signed in 2000. Two decades later, in 2022, it was renewed.' },
    { name: 'en: three dates are ambiguous', text: 'In 1990 and 1995 it grew. After 10 years, in 2005, it fell.' },
    { name: 'en: the span has no date in its own sentence', text: 'In 2000 it opened. In 2010 it grew. After 24 years it closed.' },
    { name: 'en: the span names its own start, the year before is not it', text: 'The vaccine was reviewed in 2014. Two years after the Dengvaxia announcement, in 2019, measles returned.' },
    { name: 'en: years in a citation are no dates', text: 'Dubé et al. (2013, 2014) reviewed the determinants. Two years later, in 2019, measles returned.' },
    { name: 'id: the year of a law is no date', text: 'Undang-Undang Nomor 6 Tahun 2014 mengatur desa. Setelah 3 tahun, pada 2019, dana desa naik.', lang: 'id' },
    { name: 'de: nach 24 Jahren', text: 'Im Juli 2000 besuchte Putin Pjöngjang. Nach 24 Jahren, im Juni 2024, kam er wieder.', lang: 'de' },
  ],
  invalid: [
    {
      name: 'en: "later" names no start: the year before is the start',
      text: 'The treaty was signed in 2000. Five years later, in 2007, the parties met again.',
      errors: [{ excerpt: 'Five years later', related: 2 }],
    },
    {
      name: 'id: after 20 years, but 2000 to 2024',
      text: 'Putin mengunjungi Pyongyang pada Juli 2000. Setelah 20 tahun, pada Juni 2024, ia kembali.',
      lang: 'id',
      errors: [{ excerpt: 'Setelah 20 tahun', suggestion: 'Setelah 24 tahun', related: 2, message: '"Setelah 20 tahun" does not match the dates it spans: July 2000 to June 2024 is 24 years.' }],
    },
    {
      name: 'en: a range of four years called ten',
      text: 'The survey ran for 10 years (2008–2012).',
      errors: [{ excerpt: 'for 10 years', suggestion: 'for 4 years', related: 1 }],
    },
    {
      name: 'en: two decades later, but 45 years',
      text: 'The treaty was signed in 2000. Two decades later, in 2045, it was renewed.',
      errors: [{ excerpt: 'Two decades later', message: /2000 to 2045 is 45 years/ }],
    },
    {
      name: 'es: después de 5 años, pero 15',
      text: 'En 2000 se fundó. Después de 5 años, en 2015, cerró.',
      lang: 'es',
      errors: [{ excerpt: 'Después de 5 años', suggestion: 'Después de 15 años' }],
    },
    {
      name: 'fr: 30 ans plus tard, mais 20',
      text: 'En 1990 il partit. 30 ans plus tard, en 2010, il revint.',
      lang: 'fr',
      errors: [{ excerpt: '30 ans plus tard', suggestion: '20 ans plus tard' }],
    },
  ],
});
