/**
 * The one ordering of text the archive uses wherever output order depends on it: Unicode
 * code-point order, the same on every machine and in every locale (a bare `localeCompare`
 * follows the machine's locale, so a Swedish machine sorted some names differently).
 * @example ['b', 'a', 'B'].sort(compareCodePoints) // ['B', 'a', 'b']
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (an astral character) sorts after every other BMP code unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
