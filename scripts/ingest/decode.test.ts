import { describe, expect, test } from 'vitest';
import { decodeSeed, firstInvalidUtf8Byte, lineOfByte } from './decode.ts';
import { IngestError } from './errors.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('firstInvalidUtf8Byte', () => {
  test('returns -1 for ASCII and well-formed multi-byte text', () => {
    expect(firstInvalidUtf8Byte(utf8('plain'))).toBe(-1);
    expect(firstInvalidUtf8Byte(utf8('£3 — “quoted” 🗳️'))).toBe(-1);
  });
  test('finds a Latin-1 byte', () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0x62, 0xa3, 0x33))).toBe(2);
  });
  test('rejects a truncated sequence at the end', () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xe2, 0x80))).toBe(1);
  });
  test('rejects overlong encodings and surrogates', () => {
    expect(firstInvalidUtf8Byte(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes(0xed, 0xa0, 0x80))).toBe(0);
  });
});

describe('lineOfByte', () => {
  test('counts newlines before the offset', () => {
    expect(lineOfByte(utf8('a\nb\nc'), 4)).toBe(3);
    expect(lineOfByte(utf8('abc'), 0)).toBe(1);
  });
});

describe('decodeSeed', () => {
  test('removes a BOM and normalises CRLF and lone CR, saying so', () => {
    const { text, notes } = decodeSeed('seeds/a.txt', utf8('\uFEFFHead\r\nBody\rEnd\r\n'));
    expect(text).toBe('Head\nBody\nEnd\n');
    expect(notes).toEqual([
      'removed a UTF-8 byte-order mark',
      'normalised CRLF/CR line endings to LF',
    ]);
  });
  test('leaves clean text alone with no notes', () => {
    expect(decodeSeed('seeds/a.txt', utf8('Head\n\nBody.\n'))).toEqual({
      text: 'Head\n\nBody.\n',
      notes: [],
    });
  });
  test('names file and line of a non-UTF-8 byte', () => {
    expect(() =>
      decodeSeed('seeds/bad.txt', Uint8Array.from([...utf8('one\ntwo '), 0xa3])),
    ).toThrow('seeds/bad.txt:2: not valid UTF-8: byte 0xa3 at offset 8');
  });
  test('rejects empty and whitespace-only files as empty', () => {
    expect(() => decodeSeed('seeds/e.txt', utf8(''))).toThrow(IngestError);
    expect(() => decodeSeed('seeds/e.txt', utf8(' \n\t\n'))).toThrow(
      'seeds/e.txt:1: file is empty',
    );
  });
});
