/**
 * Sets of search parts, written compactly for the word directory and the filter file:
 * part numbers (positions in the manifest's `parts`) in ascending order, runs of three or
 * more as ranges. A word on nearly every page is in every part ("0-23"); a rare name in
 * one ("7"), so a directory of every word the archive holds stays small.
 */

/**
 * The text for a set of part numbers (any order, repeats ignored).
 * @example encodePartSet([0, 1, 2, 3, 7, 9, 10]) // '0-3,7,9,10'
 * @example encodePartSet([]) // ''
 */
export function encodePartSet(parts: Iterable<number>): string {
  const sorted = [...new Set(parts)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    if (j - i >= 2) out.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k += 1) out.push(String(sorted[k]));
    i = j + 1;
  }
  return out.join(',');
}

/** The most parts a set may name: far beyond any archive, so a damaged range cannot build a huge array. */
const MAX_PART = 1_000_000;

/**
 * The part numbers a set's text names, ascending. Throws on any text `encodePartSet` would
 * not have written (a backwards range, repeats, leading zeros), so a damaged directory file
 * is reported rather than read as "in no part".
 * @example decodePartSet('0-3,7') // [0, 1, 2, 3, 7]
 */
export function decodePartSet(text: string): number[] {
  if (text === '') return [];
  const parts: number[] = [];
  for (const piece of text.split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(piece);
    const from = range ? Number(range[1]) : NaN;
    const to = range?.[2] === undefined ? from : Number(range[2]);
    if (!range || !(to >= from) || to > MAX_PART)
      throw new Error(`search parts: "${text}" is not a set of part numbers`);
    for (let part = from; part <= to; part += 1) parts.push(part);
  }
  if (encodePartSet(parts) !== text)
    throw new Error(
      `search parts: "${text}" is not a set of part numbers as the index writes them`,
    );
  return parts;
}
