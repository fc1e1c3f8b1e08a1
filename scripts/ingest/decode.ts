import { IngestError } from './errors.ts';

export interface DecodedSeed {
  /** The seed's text with a BOM removed and every line ending normalised to `\n`. */
  text: string;
  /** What was normalised, for the build log. */
  notes: string[];
}

/**
 * Returns the byte offset of the first byte that is not part of a well-formed
 * UTF-8 sequence, or -1 when the whole buffer is valid. One linear pass.
 * @example firstInvalidUtf8Byte(Buffer.from([0x61, 0xff])) // 1
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset (counts `\n` before it). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Turns a seed's raw bytes into clean text, or throws an {@link IngestError}
 * naming the file and line when the bytes cannot be trusted as text.
 * @example decodeSeed('seeds/a.txt', Buffer.from('\uFEFFHello\r\n')).text // 'Hello\n'
 */
export function decodeSeed(file: string, bytes: Uint8Array): DecodedSeed {
  const notes: string[] = [];
  const invalidAt = firstInvalidUtf8Byte(bytes);
  if (invalidAt !== -1) {
    const byte = bytes[invalidAt]!.toString(16).padStart(2, '0');
    throw new IngestError(
      file,
      lineOfByte(bytes, invalidAt),
      `not valid UTF-8: byte 0x${byte} at offset ${invalidAt} (re-save the file as UTF-8)`,
    );
  }
  // ignoreBOM keeps the mark in the text, so removing it can be logged below.
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.push('removed a UTF-8 byte-order mark');
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push('normalised CRLF/CR line endings to LF');
  }
  if (text.trim() === '') {
    throw new IngestError(file, 1, 'file is empty: a seed must contain an article');
  }
  text = removeInvisible(file, text, notes);
  return { text, notes };
}

/** C0 controls but tab and newline, DEL and C1 controls: never text, and invalid in XML. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
/** Bidi marks, embeddings, overrides and isolates: they reorder how a line reads. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Zero-width space, word joiner and a BOM inside the text: they split a name in two. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/gu;
/** Every character the patterns above and below remove, to find the seeds that have none. */
const ANY_INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;
/** Zero-width (non-)joiners between Latin letters; elsewhere (emoji, Persian) they mean something. */
const LATIN_JOINER = /(?<=\p{Script=Latin})[\u200c\u200d](?=\p{Script=Latin})/gu;

/**
 * Removes what would make a page, feed or export differ from how the seed reads: control
 * characters, bidi controls and zero-width characters inside words, each kind logged with
 * its count and first line. A seed that is mostly control characters is not text: refused.
 * @example removeInvisible('a.txt', 'Luciana\u200b Berger', []) // 'Luciana Berger'
 */
export function removeInvisible(file: string, text: string, notes: string[]): string {
  // Almost every seed has none of them: one scan of the text says so.
  if (!ANY_INVISIBLE.test(text)) return text;
  const kinds: [RegExp, string][] = [
    [CONTROL, 'control character'],
    [BIDI, 'bidirectional control'],
    [ZERO_WIDTH, 'zero-width character'],
    [LATIN_JOINER, 'zero-width joiner inside a word'],
  ];
  let result = text;
  for (const [pattern, what] of kinds) {
    const first = result.search(pattern);
    if (first === -1) continue;
    const line = lineOfOffset(result, first);
    const count = result.match(pattern)!.length;
    if (pattern === CONTROL && count * 2 > result.replace(/\s/gu, '').length) {
      throw new IngestError(file, line, `mostly control characters (${count}): not a text file`);
    }
    result = result.replace(pattern, '');
    notes.push(`removed ${count} ${what}${count === 1 ? '' : 's'} (first on line ${line})`);
  }
  return result;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
