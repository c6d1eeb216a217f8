import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/read-source.js';

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFSmíth 2020', 'utf8'))).toEqual({ ok: true, text: 'Smíth 2020' });
  });

  it.each([
    ['Latin-1 "é" before a letter', [0x53, 0x6d, 0xe9, 0x74], 2],
    ['a bad byte after a complete "é"', [0x61, 0xc3, 0xa9, 0xff], 3],
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82], 1],
  ])('points at the first bad byte: %s', (_case, bytes, offset) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ ok: false, reason: `not valid UTF-8 (first bad byte at offset ${offset})` });
  });

  it('refuses NUL bytes as binary', () => {
    expect(decodeText(Uint8Array.from([0x41, 0x00]))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes), not text' });
  });
});
