import { ruleTester } from '../helpers/rule-tester.js';
import { missingDefinition, numbering, unusedDefinition } from '../../src/checks/footnote.js';

const NUMBERED_TXT = 'Disease [1]. Sensors [2–4] drift [3, 5]. Earlier [7].\n\nReferences\n\n[1] Cohen AJ. Estimates. Lancet. 2017;389:1907-1918.\n[2] Castell N. Sensors. Environ Int. 2017;99:293-302.\n[3] Jayaratne R. Humidity. Atmos Meas Tech. 2018;11:4883-4890.\n[4] Zimmerman N. Calibration. Atmos Meas Tech. 2018;11:291-313.\n[5] Morawska L. Sensing. Environ Int. 2018;116:286-299.\n';
const pdfText = (body: string, notes: string) => `${body}\n\n${notes}\n`;

ruleTester(missingDefinition, {
  valid: [
    { name: 'txt: superscript markers with notes', text: pdfText('Kalimat pertama.¹ Kalimat kedua.²', '¹ Catatan satu.\n\n² Catatan dua.'), lang: 'id' },
    { name: 'txt: exponents in a document without notes', text: 'The area is 17 km² and the volume 3 m³.' },
    { name: 'txt: bracket notes', text: 'Claim one.[1] Claim two.[2]\n[1] First note.\n[2] Second note.' },
    { name: 'md: GFM notes', text: 'Text.[^1] More.[^note]\n\n[^1]: One.\n[^note]: Named.', format: 'md' },
    { name: 'md: footnote syntax in code', text: '```\nA sentence.[^1]\n```\n\nText `[^2]` here.', format: 'md' },
    { name: 'html: linked notes', text: '<p>Text<sup><a href="#fn1">1</a></sup>.</p><ol><li id="fn1">Note.</li></ol>', format: 'html' },
    { name: 'txt: numeric citations without a note list', text: 'As shown in [3], and [4].\n\nReferences\n\n3. A. Author. 2001. Title.' },
    { name: 'txt: "[n] …" entries under a References heading are no notes', text: NUMBERED_TXT },
  ],
  invalid: [
    {
      name: 'txt: superscript marker without a note',
      text: pdfText('Kalimat pertama.¹ Kalimat kedua.²', '¹ Catatan satu.'),
      lang: 'id',
      errors: [{ line: 1, column: 33, excerpt: '²', message: 'Footnote marker "2" has no footnote text.' }],
    },
    {
      name: 'md: GFM label typo',
      text: 'Only ten percent explanatory value[^explanatory] appear.\n\n[^explantory]: The note.',
      format: 'md',
      errors: [{ line: 1, column: 35, excerpt: '[^explanatory]', suggestion: '[^explantory]', related: 1 }],
    },
    { name: 'txt: bracket marker without a note', text: 'Claim.[1] Claim.[2] Claim.[3]\n[1] First.\n[2] Second.', errors: [{ excerpt: '[3]' }] },
    {
      name: 'txt: bracket notes under a Notes heading stay notes',
      text: 'Claim.[1] Claim.[2] Claim.[3]\n\nNotes\n\n[1] Cohen AJ. Estimates. Lancet. 2017.\n[2] Castell N. Sensors. Environ Int. 2017.\n',
      errors: [{ excerpt: '[3]' }],
    },
    { name: 'html: link to a missing note', text: '<p>A<sup><a href="#fn1">1</a></sup> B<sup><a href="#fn2">2</a></sup></p><ol><li id="fn1">Note.</li></ol>', format: 'html', errors: [{ excerpt: '<a href="#fn2">2</a>' }] },
  ],
});

ruleTester(unusedDefinition, {
  valid: [
    { name: 'txt: every note used', text: pdfText('Satu.¹', '¹ Catatan.'), lang: 'id' },
    { name: 'md: every note used', text: 'Text.[^a]\n\n[^a]: Note.', format: 'md' },
    { name: 'txt: numbered references cited by range are no unused notes', text: NUMBERED_TXT },
  ],
  invalid: [
    { name: 'md: note nobody cites', text: 'Text.[^a]\n\n[^a]: Note.\n[^factoextra]: Unused.', format: 'md', errors: [{ line: 4, column: 1, excerpt: '[^factoextra]:' }] },
    { name: 'txt: superscript note nobody cites', text: pdfText('Satu.¹', '¹ Catatan.\n\n² Lain.'), lang: 'id', errors: [{ excerpt: '²' }] },
  ],
});

ruleTester(numbering, {
  valid: [
    { name: 'txt: in order', text: pdfText('A.¹ B.² C.³', '¹ x.\n\n² y.\n\n³ z.') },
    { name: 'md: a note cited twice', text: 'A.[^1] B.[^2] C.[^1]\n\n[^1]: x\n[^2]: y', format: 'md' },
    { name: 'md: named labels have no order', text: 'A.[^b] B.[^a]\n\n[^a]: x\n[^b]: y', format: 'md' },
    { name: 'txt: km² next to a note is an exponent', text: pdfText('Pada 2020.¹ Dijaga patroli.² Luasnya 262.197 km².³', '¹ x.\n\n² y.\n\n³ z.') },
  ],
  invalid: [
    {
      name: 'md: a label out of order',
      text: 'A.[^1] B.[^2] C.[^3] D.[^5] E.[^6] F.[^4] G.[^7]\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n[^5]: e\n[^6]: f\n[^7]: g',
      format: 'md',
      errors: [{ excerpt: '[^4]', message: 'Footnote 4 appears after footnote 6: the notes are numbered out of order.' }],
    },
    { name: 'txt: a skipped number', text: pdfText('A.¹ B.³', '¹ x.\n\n³ z.'), errors: [{ excerpt: '³', message: 'Footnote 3 skips number 2.' }] },
    {
      name: 'txt: a repeated superscript',
      text: pdfText('A.¹ B.² C.²', '¹ x.\n\n² y.'),
      errors: [{ line: 1, column: 11, excerpt: '²', message: 'Footnote number 2 is used again; each note marker should have its own number.' }],
    },
  ],
});
