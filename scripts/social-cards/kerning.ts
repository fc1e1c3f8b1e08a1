import { inflateSync } from 'node:zlib';

/** One table's bytes from a WOFF file (version 1: each table zlib-compressed or stored). */
export function woffTable(woff: Uint8Array, tag: string): Buffer | undefined {
  const data = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (data.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  for (let i = 0; i < data.readUInt16BE(12); i++) {
    const entry = 44 + i * 20;
    if (data.toString('latin1', entry, entry + 4) !== tag) continue;
    const [offset, compressed, length] = [4, 8, 12].map((o) => data.readUInt32BE(entry + o)) as [
      number,
      number,
      number,
    ];
    const body = data.subarray(offset, offset + compressed);
    return compressed < length ? inflateSync(body) : body;
  }
  return undefined;
}

/** Glyph ids a coverage table lists, each with its coverage index. */
function coverage(t: Buffer, at: number): Map<number, number> {
  const out = new Map<number, number>();
  const count = t.readUInt16BE(at + 2);
  if (t.readUInt16BE(at) === 1) {
    for (let i = 0; i < count; i++) out.set(t.readUInt16BE(at + 4 + i * 2), i);
  } else {
    for (let i = 0; i < count; i++) {
      const r = at + 4 + i * 6;
      const [start, end, index] = [0, 2, 4].map((o) => t.readUInt16BE(r + o)) as number[];
      for (let g = start!; g <= end!; g++) out.set(g, index! + g - start!);
    }
  }
  return out;
}

/** A class definition table: glyph id to class (absent means class 0). */
function classes(t: Buffer, at: number): Map<number, number> {
  const out = new Map<number, number>();
  if (t.readUInt16BE(at) === 1) {
    const start = t.readUInt16BE(at + 2);
    for (let i = 0; i < t.readUInt16BE(at + 4); i++)
      out.set(start + i, t.readUInt16BE(at + 6 + i * 2));
  } else {
    for (let i = 0; i < t.readUInt16BE(at + 2); i++) {
      const r = at + 4 + i * 6;
      const [start, end, cls] = [0, 2, 4].map((o) => t.readUInt16BE(r + o)) as number[];
      for (let g = start!; g <= end!; g++) out.set(g, cls!);
    }
  }
  return out;
}

/** Bytes of a value record of this format, and where its x advance sits in it (or -1). */
function valueRecord(format: number): { size: number; xAdvance: number } {
  let size = 0;
  let xAdvance = -1;
  for (let bit = 0; bit < 8; bit++) {
    if (!(format & (1 << bit))) continue;
    if (bit === 2) xAdvance = size;
    size += 2;
  }
  return { size, xAdvance };
}

/** A pair adjustment subtable (GPOS lookup type 2) as a function of two glyph ids. */
function pairSubtable(t: Buffer, at: number): (left: number, right: number) => number | undefined {
  const covered = coverage(t, at + t.readUInt16BE(at + 2));
  const first = valueRecord(t.readUInt16BE(at + 4));
  const second = valueRecord(t.readUInt16BE(at + 6));
  const read = (record: number) =>
    first.xAdvance < 0 ? 0 : t.readInt16BE(record + first.xAdvance);
  if (t.readUInt16BE(at) === 1) {
    return (left, right) => {
      const index = covered.get(left);
      if (index === undefined) return undefined;
      const set = at + t.readUInt16BE(at + 10 + index * 2);
      const size = 2 + first.size + second.size;
      for (let i = 0; i < t.readUInt16BE(set); i++) {
        const pair = set + 2 + i * size;
        if (t.readUInt16BE(pair) === right) return read(pair + 2);
      }
      return undefined;
    };
  }
  const leftClasses = classes(t, at + t.readUInt16BE(at + 8));
  const rightClasses = classes(t, at + t.readUInt16BE(at + 10));
  const rightCount = t.readUInt16BE(at + 14);
  const size = first.size + second.size;
  return (left, right) => {
    if (!covered.has(left)) return undefined;
    const cell = (leftClasses.get(left) ?? 0) * rightCount + (rightClasses.get(right) ?? 0);
    return read(at + 16 + cell * size);
  };
}

/**
 * The font's kerning (GPOS `kern` feature, pair adjustments) as a function giving the change
 * to the first glyph's advance, in font units, before the second; 0 for a font without one.
 * The first subtable that covers a pair decides it, as the OpenType rules say.
 */
export function kerning(gpos: Buffer | undefined): (left: number, right: number) => number {
  if (!gpos) return () => 0;
  const features = gpos.readUInt16BE(6);
  const lookups = gpos.readUInt16BE(8);
  const lookupIndices = new Set<number>();
  for (let i = 0; i < gpos.readUInt16BE(features); i++) {
    const record = features + 2 + i * 6;
    if (gpos.toString('latin1', record, record + 4) !== 'kern') continue;
    const feature = features + gpos.readUInt16BE(record + 4);
    for (let j = 0; j < gpos.readUInt16BE(feature + 2); j++) {
      lookupIndices.add(gpos.readUInt16BE(feature + 4 + j * 2));
    }
  }
  const subtables: ((left: number, right: number) => number | undefined)[] = [];
  for (const index of [...lookupIndices].sort((a, b) => a - b)) {
    const lookup = lookups + gpos.readUInt16BE(lookups + 2 + index * 2);
    const type = gpos.readUInt16BE(lookup);
    for (let k = 0; k < gpos.readUInt16BE(lookup + 4); k++) {
      let sub = lookup + gpos.readUInt16BE(lookup + 6 + k * 2);
      // An extension subtable (type 9) points on to a subtable of its real type.
      if (type === 9) {
        if (gpos.readUInt16BE(sub + 2) !== 2) continue;
        sub += gpos.readUInt32BE(sub + 4);
      } else if (type !== 2) continue;
      subtables.push(pairSubtable(gpos, sub));
    }
  }
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    let value = cache.get(key);
    if (value === undefined) {
      value = 0;
      for (const subtable of subtables) {
        const found = subtable(left, right);
        if (found !== undefined) {
          value = found;
          break;
        }
      }
      cache.set(key, value);
    }
    return value;
  };
}
