import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'citecheck-parse-refs-'));
const file = (name: string, bytes: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('citecheck parse-references FILE', () => {
  it('prints one CSL-JSON object per non-blank line, in input order', async () => {
    const path = file('refs.txt', 'Danim, Sudarwan. 2002. Menjadi Peneliti Kualitatif. Bandung: Pustaka Setia.\n\n  \nFoyle, Douglas. 1997. Public Opinion and Foreign Policy. International Studies Quarterly.\n');
    const { code, stdout } = await runCli(['parse-references', path]);
    expect(code).toBe(0);
    const items = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(items.map((item) => item.id)).toEqual(['ref-1', 'ref-2']);
    expect(items[0]).toMatchObject({ author: [{ family: 'Danim', given: 'Sudarwan' }], issued: { 'date-parts': [[2002]] } });
    expect(items[1]).toMatchObject({ issued: { 'date-parts': [[1997]] } });
  });

  it.each([
    ['a path that does not exist', join(dir, 'missing.txt'), /missing\.txt: cannot read \(ENOENT\)/],
    ['invalid UTF-8', file('latin1.txt', Buffer.from([0x53, 0x6d, 0xe9, 0x74, 0x68, 0x0a])), /latin1\.txt: not valid UTF-8 \(first bad byte at offset 2\)/],
    ['a binary file', file('binary.txt', Buffer.from([0x41, 0x00, 0x42])), /binary\.txt: binary file \(contains NUL bytes\), not text/],
  ])('refuses %s with exit code 2 and a one-line reason, printing nothing', async (_case, path, reason) => {
    const { code, stdout, stderr } = await runCli(['parse-references', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
