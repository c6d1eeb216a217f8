/** --format github: workflow-command annotations, escaped as @actions/core does. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finalize.js';
import { annotation, escapeData, escapeProperty, renderGithub } from '../../src/reporters/github.js';
import type { Report } from '../../src/report/report.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'date/weekday-mismatch',
  severity: 'warning',
  file: 'input/paper.md',
  line: 137,
  column: 120,
  endLine: 137,
  endColumn: 141,
  message: '14 April 2018 was a Saturday, not a Tuesday (Selasa).',
  excerpt: 'Selasa, 14 April 2018',
  ...over,
});

describe('GitHub annotations', () => {
  it.each<[string, Partial<Finding>, string]>([
    ['a warning on one line', {}, '::warning file=input/paper.md,line=137,col=120,endLine=137,endColumn=141,title=date/weekday-mismatch::14 April 2018 was a Saturday, not a Tuesday (Selasa).'],
    ['an error', { severity: 'error', ruleId: 'date/invalid', message: 'No 30 February.' }, '::error file=input/paper.md,line=137,col=120,endLine=137,endColumn=141,title=date/invalid::No 30 February.'],
    ['info is a notice', { severity: 'info' }, '::notice file=input/paper.md,'],
    ['several lines: no columns', { endLine: 139, endColumn: 4 }, '::warning file=input/paper.md,line=137,endLine=139,title=date/weekday-mismatch::'],
    ['the suggestion on a second line', { suggestion: 'Sabtu, 14 April 2018' }, '(Selasa).%0ASuggestion: Sabtu, 14 April 2018'],
    ['a file name with a comma and a colon', { file: './a,b:c 100%.md' }, 'file=a%2Cb%3Ac 100%25.md,line=137'],
    ['a message with newlines and percent signs', { message: '50% of\r\nthe text:: fine' }, '::50%25 of%0D%0Athe text:: fine'],
  ])('%s', (_name, over, expected) => {
    expect(annotation(finding(over))).toContain(expected);
  });

  it('prints one line per finding and nothing without findings', () => {
    const report = { findings: [finding(), finding({ line: 200, endLine: 200 })] } as Report;
    const out = renderGithub(report);
    expect(out.split('\n')).toHaveLength(3);
    expect(out.endsWith('\n')).toBe(true);
    expect(renderGithub({ findings: [] as Finding[] } as Report)).toBe('');
  });

  it('escapes data and properties', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
  });
});
