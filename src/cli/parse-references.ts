/** `citecheck parse-references FILE|-`: one reference per line in, one CSL-JSON object per line out. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../config/errors.js';
import { loadLexicons } from '../lang/load.js';
import { parseReferenceText } from '../pipeline/parse-reference.js';
import type { Io } from './main.js';

export async function runParseReferences(file: string, rulesDir: string, io: Io): Promise<number> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lexicons = loadLexicons(rulesDir);
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0);
  const out = lines.map((line, i) => JSON.stringify({ id: `ref-${i + 1}`, ...parseReferenceText(line.trim(), lexicons) }));
  io.stdout(out.length ? out.join('\n') + '\n' : '');
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
