/** A ligature found at a place in a run of glyph ids: the glyph and how many ids it replaces. */
export interface Ligature {
  glyph: number;
  length: number;
}

type Subtable = (ids: number[], at: number) => Ligature | undefined;

/** A ligature substitution subtable (GSUB lookup type 4, format 1). */
function ligatureSubtable(t: Buffer, at: number): Subtable {
  const cov = at + t.readUInt16BE(at + 2);
  const covered = new Map<number, number>();
  const count = t.readUInt16BE(cov + 2);
  if (t.readUInt16BE(cov) === 1) {
    for (let i = 0; i < count; i++) covered.set(t.readUInt16BE(cov + 4 + i * 2), i);
  } else {
    for (let i = 0; i < count; i++) {
      const r = cov + 4 + i * 6;
      const [start, end, index] = [0, 2, 4].map((o) => t.readUInt16BE(r + o)) as number[];
      for (let g = start!; g <= end!; g++) covered.set(g, index! + g - start!);
    }
  }
  return (ids, place) => {
    const index = covered.get(ids[place]!);
    if (index === undefined) return undefined;
    const set = at + t.readUInt16BE(at + 6 + index * 2);
    // A set lists its ligatures in order of preference (the longest first).
    for (let i = 0; i < t.readUInt16BE(set); i++) {
      const lig = set + t.readUInt16BE(set + 2 + i * 2);
      const length = t.readUInt16BE(lig + 2);
      let matches = place + length <= ids.length;
      for (let k = 1; matches && k < length; k++) {
        matches = t.readUInt16BE(lig + 2 + k * 2) === ids[place + k];
      }
      if (matches) return { glyph: t.readUInt16BE(lig), length };
    }
    return undefined;
  };
}

/**
 * The font's standard ligatures (GSUB `liga`: fi, fl, ff, ffl …), as a function giving the
 * ligature that starts at `at` in a run of glyph ids, if any; none for a font without GSUB.
 */
export function ligatures(gsub: Buffer | undefined): Subtable {
  if (!gsub) return () => undefined;
  const features = gsub.readUInt16BE(6);
  const lookups = gsub.readUInt16BE(8);
  const indices = new Set<number>();
  for (let i = 0; i < gsub.readUInt16BE(features); i++) {
    const record = features + 2 + i * 6;
    if (gsub.toString('latin1', record, record + 4) !== 'liga') continue;
    const feature = features + gsub.readUInt16BE(record + 4);
    for (let j = 0; j < gsub.readUInt16BE(feature + 2); j++) {
      indices.add(gsub.readUInt16BE(feature + 4 + j * 2));
    }
  }
  const subtables: Subtable[] = [];
  for (const index of [...indices].sort((a, b) => a - b)) {
    const lookup = lookups + gsub.readUInt16BE(lookups + 2 + index * 2);
    const type = gsub.readUInt16BE(lookup);
    for (let k = 0; k < gsub.readUInt16BE(lookup + 4); k++) {
      let sub = lookup + gsub.readUInt16BE(lookup + 6 + k * 2);
      // An extension subtable (type 7) points on to a subtable of its real type.
      if (type === 7) {
        if (gsub.readUInt16BE(sub + 2) !== 4) continue;
        sub += gsub.readUInt32BE(sub + 4);
      } else if (type !== 4) continue;
      if (gsub.readUInt16BE(sub) === 1) subtables.push(ligatureSubtable(gsub, sub));
    }
  }
  return (ids, at) => {
    for (const subtable of subtables) {
      const found = subtable(ids, at);
      if (found) return found;
    }
    return undefined;
  };
}
