/** Reads one file's bytes into a SourceFile, refusing binary data and invalid UTF-8 with a reason. */
import { readFileSync, statSync } from 'node:fs';
import { LineIndex } from '../model/line-index.js';
import type { SourceFile } from '../model/types.js';

export type ReadOutcome = { ok: true; source: SourceFile } | { ok: false; reason: string };

export function readSource(path: string, maxBytes: number): ReadOutcome {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, reason: `file is ${size} bytes, over the ${maxBytes}-byte limit (maxFileBytes in rules/config.yaml)` };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'EACCES' ? 'permission denied' : `cannot read file (${code ?? 'error'})` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, source: { path, text: decoded.text, lines: new LineIndex(decoded.text) } };
}

/** Text from bytes, refusing binary data (NUL bytes) and invalid UTF-8 with a reason. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }; // also drops a byte-order mark
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  // Decoding fails at the byte that breaks an unfinished sequence ("Sm\xe9th": at "t"); the bad byte
  // is the sequence's first one (\xe9).
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: the sequence started earlier
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? low - back : low;
  }
  return low;
}

export function makeSource(path: string, text: string): SourceFile {
  return { path, text, lines: new LineIndex(text) };
}
