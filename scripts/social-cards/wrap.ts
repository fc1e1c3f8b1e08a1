/**
 * Text cut into lines no wider than `width`, greedily, as a browser wraps a paragraph: a line
 * may break after a space (which then takes no room) or after a hyphen or dash; a word wider
 * than the box stays whole on its own line and overflows, as with CSS's default `overflow-wrap`.
 * @example wrapLines('a bb ccc', 4, (s) => s.length) // ['a bb', 'ccc']
 */
export function wrapLines(
  text: string,
  width: number,
  measure: (text: string) => number,
): string[] {
  const pieces = text.match(/[^\s–—-]*(?:[–—-]+|\s+|$)/gu)?.filter((p) => p !== '') ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line !== '' && measure(candidate.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line.trimEnd() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
