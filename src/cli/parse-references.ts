/** `citecheck parse-references FILE|-`: one reference per line in, one CSL-JSON object per line out. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../config/errors.js';
import { decodeText } from '../input/read-source.js';
import { parseReferences } from '../refparse/index.js';
import type { Io } from './main.js';

export async function runParseReferences(file: string, rulesDir: string, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${file === '-' ? 'standard input' : file}: ${decoded.reason}`);
  const lines = decoded.text.split(/\r?\n/).filter((line) => line.trim().length > 0);
  // The trained free-text parser (src/refparse); rulesDir is kept for word lists it may take later.
  void rulesDir;
  const out = parseReferences(lines.map((line) => line.trim())).map((item, i) => JSON.stringify({ ...item, id: `ref-${i + 1}` }));
  io.stdout(out.length ? out.join('\n') + '\n' : '');
  return 0;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
